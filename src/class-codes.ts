// The named codes of each class. They live apart from status-class.ts (which re-exports them) so that status-code.ts
// can spell `StatusCode` with them without an import circle: this module imports only generated data.
import type {CodeTable} from './generated/code-table.ts';
import type {REASON_PHRASES} from './generated/reason-phrases.ts';

// The named codes, as the keys of the phrase table: a union the compiler reads straight from the table's property
// names. `(typeof STATUS_CODES)[number]` is the same union, read through the tuple's element types, whose type
// parameters and `ReadonlyArray` instantiation cost every consumer about 70 types and 70 instantiations on first use.
type Code = keyof typeof REASON_PHRASES;

// The named codes of each class, matched all at once as strings: `${Code}` is '100' | '101' | …; intersecting it with
// `4${string}` keeps the 4xx ones, and the code table, keyed by each code, turns them back into numbers
// (`CodeTable['404']` is 404). Reading the table is cheaper on first use than turning them back with `infer`
// (`` `${infer Named extends Code}` ``): 0.3 to 0.5 ms less for a fresh checker that derives the five classes, the cost
// a language server pays after every edit, and 15 fewer instantiations in the 300-handler program of `npm run bench`.
// One conditional type per code would cost every consumer about 1,300 more instantiations. The reads are members of an
// interface rather than aliases of their own: an alias would give each union a name, and `StatusCode` needs its 2xx
// codes to be a union without one (it says why).
/** The named codes of each class, each a union of literals without a name of its own. */
export interface NamedInClass {
	'1xx': CodeTable[`${Code}` & `1${string}`];
	'2xx': CodeTable[`${Code}` & `2${string}`];
	'3xx': CodeTable[`${Code}` & `3${string}`];
	'4xx': CodeTable[`${Code}` & `4${string}`];
	'5xx': CodeTable[`${Code}` & `5${string}`];
}

// Each class type names its union with a second member that is `never`: that changes nothing in the union but makes it
// a type of the alias, so `Status4xx` prints as `Status4xx` in errors, hovers and a consumer's declarations rather than
// as its 29 literals. That member is `(Status3xx & never)` rather than a bare `never` so that the compiler creates the
// class before it first: a union of classes (`Status1xx | Status3xx | Status4xx | Status5xx`, what is left of a
// `StatusCode` once its successes are ruled out) prints its members in the order the compiler created them under
// TypeScript 5 and 6 and in declaration order under TypeScript 7; created in order, they print the same under all
// three, whichever class a program names first.

/** The named 1xx (Informational) codes, RFC 9110 §15.2: `100 | 101 | 102 | 103 | 104`. */
export type Status1xx = NamedInClass['1xx'] | never;
/** The named 2xx (Successful) codes, RFC 9110 §15.3. */
export type Status2xx = NamedInClass['2xx'] | (Status1xx & never);
/** The named 3xx (Redirection) codes, RFC 9110 §15.4. */
export type Status3xx = NamedInClass['3xx'] | (Status2xx & never);
/** The named 4xx (Client Error) codes, RFC 9110 §15.5. */
export type Status4xx = NamedInClass['4xx'] | (Status3xx & never);
/** The named 5xx (Server Error) codes, RFC 9110 §15.6. */
export type Status5xx = NamedInClass['5xx'] | (Status4xx & never);
