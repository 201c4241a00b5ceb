# workerd's configuration for the runtime smoke suite (test/runtimes/runtimes.spec.ts copies this folder into a
# temporary project where the packed package is installed, and starts `workerd serve workerd.capnp`).
# One service, worker.mjs, listening on 127.0.0.1; port 0 lets the system choose one, which workerd reports on
# its control descriptor (--control-fd). Each entry of the package is its own module, named by its specifier
# and embedded from the installed package's ESM file, so the worker imports the package as published, with no
# bundler in between. Node.js compatibility is off: from compatibility date 2026-08-04 workerd turns it on by
# default (`Buffer` and `process` become globals), and the two `no_` flags turn it off again, as for a Worker
# configured without it, so a Node.js API used by the package fails here.
using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
	services = [(name = "main", worker = .worker)],
	sockets = [(name = "http", address = "127.0.0.1:0", http = (), service = "main")],
);

const worker :Workerd.Worker = (
	modules = [
		(name = "worker.mjs", esModule = embed "worker.mjs"),
		(name = "harness.mjs", esModule = embed "harness.mjs"),
		(name = "suite.mjs", esModule = embed "suite.mjs"),
		(name = "package.mjs", esModule = embed "package.mjs"),
		(name = "typed-http-status", esModule = embed "node_modules/typed-http-status/dist/index.js"),
		(name = "typed-http-status/registry", esModule = embed "node_modules/typed-http-status/dist/registry.js"),
		(name = "typed-http-status/response", esModule = embed "node_modules/typed-http-status/dist/response.js"),
		(name = "typed-http-status/openapi", esModule = embed "node_modules/typed-http-status/dist/openapi.js"),
		# dist/response.js imports the main entry as "./index.js", which workerd resolves against the importing module's
		# name; without a bundler, that is one more module (a second instance of dist/index.js, used by the subpath only).
		(name = "typed-http-status/index.js", esModule = embed "node_modules/typed-http-status/dist/index.js"),
		# dist/openapi.js imports the response subpath as "./response.js", likewise.
		(name = "typed-http-status/response.js", esModule = embed "node_modules/typed-http-status/dist/response.js"),
	],
	compatibilityDate = "2026-11-01",
	compatibilityFlags = ["no_nodejs_compat", "no_nodejs_compat_v2"],
);
