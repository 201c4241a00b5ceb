// typed-http-status, scenario (e), everything: every export re-exported, so nothing can be shaken off.
export * from 'typed-http-status';
