#!/usr/bin/env node
'use strict';
/**
 * `filepicker-shim-server`: the reference server from an installed package (`npm i filepicker-shim-server`, then
 * `npx filepicker-shim-server`). Same configuration as `npm start` in the repository (environment variables, see
 * README.md next to this folder): 127.0.0.1:$PORT (default 8080, `PORT=0` for a free port), the built-in storage with
 * its data in ./.data of the working folder unless DATA_DIR says otherwise. The bundle is served at /dist/ from the
 * `filepicker-shim` package when it is installed next to this one (else /dist/ answers 404). The server's TypeScript
 * runs through tsx (a dependency), as in the repository.
 */
const fs = require('fs');
const path = require('path');

/** The folder of the `filepicker-shim` package (its dist/), from the working folder or from beside this package. */
function libraryRoot() {
  const checkout = path.resolve(__dirname, '..', '..');
  try {
    if (JSON.parse(fs.readFileSync(path.join(checkout, 'package.json'), 'utf8')).name === 'filepicker-shim') return checkout;
  } catch {
    // not the repository's server/ folder: look for an installed package
  }
  try {
    return path.dirname(require.resolve('filepicker-shim/package.json', { paths: [process.cwd(), __dirname] }));
  } catch {
    return path.resolve(__dirname, '..');
  }
}

// The AWS SDK warns on every start that its releases after January 2027 will need Node 22; the versions this package
// declares run on Node 20, so the first screen stays quiet. The SDK's own switch, not a filter on its text.
if (process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED === undefined) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
}

require('tsx/cjs/api').register();
const { main } = require(path.join(__dirname, '..', 'src', 'cli.ts'));
main(process.env, { rootDir: libraryRoot(), dataDir: path.resolve(process.cwd(), '.data') }).catch((e) => {
  process.stderr.write(String((e && e.message) || e) + '\n');
  process.exit(1);
});
