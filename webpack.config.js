'use strict';
/**
 * Builds the browser bundle: one UMD file, readable (dist/filepicker.js) and minified (dist/filepicker.min.js),
 * each with a source map and its on-demand chunks (dist/chunks/<name>.js and <name>.min.js: rest, widgets, export,
 * md5, …), plus, shared by both, dist/filepicker.polyfills.js (loaded by the entry, src/umd.js, only where the
 * browser lacks what the library needs), dist/filepicker.md5worker.js (the engine's MD5 Worker) and dist/locales/.
 * The entry is CommonJS on purpose: it requires the library from inside a function (after the polyfills), and a
 * CommonJS entry keeps the library one scope-hoisted module (an ES-module entry would make webpack wrap every
 * module of it in a lazy accessor, about 10% more code).
 * The output directory can be moved with FP_DIST_DIR (used by scripts/check-dist.js to compare a fresh build with dist/).
 */
const fs = require('fs');
const path = require('path');
const webpack = require('webpack');
const TerserPlugin = require('terser-webpack-plugin');
const pkg = require('./package.json');

const outDir = process.env.FP_DIST_DIR ? path.resolve(process.env.FP_DIST_DIR) : path.resolve(__dirname, 'dist');

function config(minified) {
  return {
    name: minified ? 'min' : 'readable',
    mode: 'production',
    target: ['web', 'es5'],
    context: __dirname,
    entry: { filepicker: './src/umd.js' },
    devtool: 'source-map',
    output: {
      path: outDir,
      filename: minified ? '[name].min.js' : '[name].js',
      // parts loaded on demand (import()): one file per chunk, readable and minified builds kept apart
      chunkFilename: minified ? 'chunks/[name].min.js' : 'chunks/[name].js',
      // chunks are loaded from the main script's folder: src/boot sets __webpack_public_path__ at run time
      publicPath: '',
      chunkLoadingGlobal: minified ? 'webpackChunkfilepicker_min' : 'webpackChunkfilepicker',
      library: { name: 'filepicker', type: 'umd', umdNamedDefine: false },
      globalObject: "typeof self !== 'undefined' ? self : this",
      environment: { arrowFunction: false, const: false, destructuring: false, forOf: false, module: false, optionalChaining: false, templateLiteral: false, dynamicImport: false },
      devtoolModuleFilenameTemplate: 'webpack://filepicker/[resource-path]',
      hashFunction: 'sha256',
    },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [{ test: /\.ts$/, loader: 'ts-loader', options: { configFile: path.resolve(__dirname, 'tsconfig.json'), compilerOptions: { types: [], sourceMap: true }, onlyCompileBundledFiles: true } }],
    },
    plugins: [
      // the minified bundle is for browsers: no node:http transport in it (src/core/http/defaultTransport.ts), and the
      // upload engine is its on-demand part chunks/engine.min.js (src/upload/onDemandUploader.ts); the readable one
      // (the package's main, used by Node) keeps both in the one file
      new webpack.DefinePlugin({ __VERSION__: JSON.stringify(pkg.version), __NODE_HTTP__: JSON.stringify(!minified), __ENGINE_PART__: JSON.stringify(minified) }),
      new webpack.BannerPlugin({ banner: 'filepicker-shim ' + pkg.version + ' | drop-in replacement for filepicker.js v2 | MIT' }),
    ],
    optimization: {
      minimize: true,
      moduleIds: 'deterministic',
      chunkIds: 'deterministic',
      concatenateModules: true,
      // modules shared by on-demand parts (the dialog's Modal, translator and English strings, also used by the
      // export part's save dialog) go to one named chunk, chunks/shared.js, instead of a numbered one; the folder
      // browser shared by the custom source and the cloud sources (src/picker/sources/browse) is chunks/browse.js. The
      // engine part is left out of both: the few small modules it shares with another part (file and store API
      // requests) are copied into it, so a first upload loads one file and not the dialog's strings with it
      splitChunks: {
        cacheGroups: {
          browse: { test: /[\\/]src[\\/]picker[\\/]sources[\\/]browse[\\/]/, minChunks: 2, priority: -10, reuseExistingChunk: true, name: 'browse' },
          default: { minChunks: 2, priority: -20, reuseExistingChunk: true, name: 'shared', chunks: (chunk) => chunk.name !== 'engine' },
        },
      },
      minimizer: [
        new TerserPlugin({
          extractComments: false,
          terserOptions: minified
            ? { ecma: 5, ie8: false, safari10: true, compress: { passes: 3, pure_getters: true }, mangle: true, format: { comments: /filepicker-shim/ } }
            : { ecma: 5, compress: false, mangle: false, format: { beautify: true, comments: /filepicker-shim/, indent_level: 2 } },
        }),
      ],
    },
    performance: { hints: false },
    stats: 'errors-warnings',
  };
}

/**
 * The dialog's languages other than English, each its own small script `locales/<code>.js` (minified, ES5), loaded on
 * demand by src/picker/i18n/registry.ts from the folder of the main script. Each stores its table in
 * `window.__filepickerLocales[<code>]`. English is in the main bundle.
 */
function localesConfig() {
  const dir = path.resolve(__dirname, 'src/picker/i18n/locales');
  const entry = {};
  for (const f of fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []) {
    const m = /^([a-z_]+)\.ts$/.exec(f);
    if (m && m[1] !== 'en') entry[m[1]] = './src/picker/i18n/locales/' + f;
  }
  const base = config(true);
  return {
    ...base,
    name: 'locales',
    entry,
    devtool: false,
    output: {
      ...base.output,
      filename: 'locales/[name].js',
      library: { name: ['__filepickerLocales', '[name]'], type: 'window', export: 'default' },
      globalObject: 'window',
    },
    plugins: [],
  };
}

/**
 * Scripts of their own, minified, shared by the readable and the minified bundle: the polyfills (src/polyfills.ts,
 * a plain script) and the MD5 Worker (src/md5worker.ts, a Worker script).
 */
function extraConfig(name, entry, target, extraRules) {
  const base = config(true);
  return {
    ...base,
    name,
    target: [target, 'es5'],
    entry: { [name]: entry },
    devtool: false,
    output: { ...base.output, filename: 'filepicker.[name].js', library: undefined, chunkLoadingGlobal: undefined },
    module: { rules: base.module.rules.concat(extraRules || []) },
  };
}

/**
 * hash-wasm (the MD5 Worker's hasher) ships ES2015+ (classes, arrow functions, generators): compiled down to ES5 so the
 * Worker file still parses in ES5-only browsers (where it falls back to spark-md5, having no WebAssembly).
 */
const hashWasmToEs5 = {
  test: /[\\/]node_modules[\\/]hash-wasm[\\/].*\.js$/,
  loader: 'ts-loader',
  options: { instance: 'hash-wasm', transpileOnly: true, compilerOptions: { allowJs: true, target: 'es5', module: 'esnext', importHelpers: false, sourceMap: false, types: [] } },
};

/**
 * The ES module build, dist/filepicker.mjs (the package's `import`): entry src/esm.ts (the library as the default
 * export), minified, its parts as dist/chunks/<name>.mjs loaded with import() relative to it. Like the readable
 * build it carries the upload engine and the node:http transport (Node imports it too). Not an ES5 file: es-check
 * and the size budgets look at .js files only.
 */
function esmConfig() {
  const base = config(true);
  return {
    ...base,
    name: 'esm',
    target: ['web', 'es2020'],
    entry: { filepicker: './src/esm.ts' },
    experiments: { outputModule: true },
    output: {
      path: outDir,
      filename: '[name].mjs',
      chunkFilename: 'chunks/[name].mjs',
      module: true,
      chunkFormat: 'module',
      chunkLoading: 'import',
      library: { type: 'module' },
      devtoolModuleFilenameTemplate: 'webpack://filepicker/[resource-path]',
      hashFunction: 'sha256',
    },
    // import.meta.url stays a run-time value (src/esmBase.ts finds the files' folder from it)
    module: { ...base.module, parser: { javascript: { importMeta: false } } },
    plugins: [
      new webpack.DefinePlugin({ __VERSION__: JSON.stringify(pkg.version), __NODE_HTTP__: 'true', __ENGINE_PART__: 'false' }),
      new webpack.BannerPlugin({ banner: 'filepicker-shim ' + pkg.version + ' | drop-in replacement for filepicker.js v2 | MIT' }),
    ],
    optimization: {
      ...base.optimization,
      minimizer: [
        new TerserPlugin({
          extractComments: false,
          terserOptions: { ecma: 2020, module: true, compress: { passes: 2, pure_getters: true }, mangle: true, format: { comments: /filepicker-shim/ } },
        }),
      ],
    },
  };
}

module.exports = [esmConfig(), config(false), config(true), extraConfig('polyfills', './src/polyfills.ts', 'web'), extraConfig('md5worker', './src/md5worker.ts', 'webworker', [hashWasmToEs5])].concat(Object.keys(localesConfig().entry).length ? [localesConfig()] : []);
