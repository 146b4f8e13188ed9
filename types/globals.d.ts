/** Injected by webpack's DefinePlugin (and by jest's globals) from package.json. */
declare const __VERSION__: string;
/**
 * Injected by webpack's DefinePlugin: false in the minified bundle (browsers only, so it carries no `node:http`
 * transport), true in the readable one (the package's `main`, used by Node too). Undefined elsewhere (tests, tsx).
 */
declare const __NODE_HTTP__: boolean | undefined;
