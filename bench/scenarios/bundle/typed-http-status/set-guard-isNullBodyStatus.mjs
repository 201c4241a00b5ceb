// typed-http-status, the set-guard budget: one response-semantics guard on a runtime code (README "Usage").
import {isNullBodyStatus} from 'typed-http-status';

const code = Number(process.argv[2]);
console.log(isNullBodyStatus(code));
