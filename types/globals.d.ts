/** Injected by webpack's DefinePlugin (and by jest's globals) from package.json. */
declare const __VERSION__: string;
/**
 * Injected by webpack's DefinePlugin: false in the minified bundle (browsers only, so it carries no `node:http`
 * transport), true in the readable one (the package's `main`, used by Node too). Undefined elsewhere (tests, tsx).
 */
declare const __NODE_HTTP__: boolean | undefined;
/**
 * Injected by webpack's DefinePlugin: true in the minified bundle, whose upload engine is the on-demand part
 * chunks/engine.min.js (src/upload/onDemandUploader.ts); false in the readable one. Undefined elsewhere (tests, tsx).
 */
declare const __ENGINE_PART__: boolean | undefined;
