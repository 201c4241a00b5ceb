// hono, scenario (e), everything: every status type re-exported; all of it is erased.
export type * from 'hono/utils/http-status';
