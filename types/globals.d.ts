/** Injected by webpack's DefinePlugin (and by jest's globals) from package.json. */
declare const __VERSION__: string;
