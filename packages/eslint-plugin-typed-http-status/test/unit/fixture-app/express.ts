// A small Express 5 API written the way most code is: bare status codes. test/eslint-plugin/fixture-app.test.ts
// fixes it with the plugin, type-checks the result and checks it answers exactly as this original does.
import express, {type ErrorRequestHandler, type Express} from 'express';

interface Todo {
	id: number;
	title: string;
	done: boolean;
}

const PAGE_SIZE = 20;

/** The app: a todo list with paging, creation, deletion and a JSON error handler. */
export function createApp(): Express {
	const todos = new Map<number, Todo>([[1, {id: 1, title: 'write the RFC', done: false}]]);
	let nextId = 2;
	const app = express();
	app.use(express.json({limit: 1024}));
	app.get('/todos', (request, response) => {
		const page = Number(request.query['page'] ?? 0);
		if (!Number.isInteger(page) || page < 0) {
			response.status(400).json({error: 'page must be a non-negative integer'});
			return;
		}
		response.json([...todos.values()].slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE));
	});
	app.post('/todos', (request, response) => {
		const title: unknown = (request.body as {title?: unknown} | undefined)?.title;
		if (typeof title !== 'string' || title.length === 0 || title.length > 200) {
			response.status(422).json({error: 'a todo needs a title of 1 to 200 characters'});
			return;
		}
		const todo = {id: nextId++, title, done: false};
		todos.set(todo.id, todo);
		response.status(201).location(`/todos/${todo.id}`).json(todo);
	});
	app.delete('/todos/:id', (request, response) => {
		if (!todos.delete(Number(request.params.id))) {
			response.sendStatus(404);
			return;
		}
		response.status(204).end();
	});
	app.get('/old-todos', (_request, response) => {
		response.redirect(301, '/todos');
	});
	const answerErrors: ErrorRequestHandler = (error: unknown, _request, response, _next) => {
		const status = typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : 500;
		response.statusCode = status >= 400 && status < 500 ? status : 500;
		response.json({error: response.statusCode === 500 ? 'internal' : 'bad request'});
	};
	app.use(answerErrors);
	return app;
}
