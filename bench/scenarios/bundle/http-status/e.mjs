// http-status, scenario (e), everything: every export re-exported.
export * from 'http-status';
