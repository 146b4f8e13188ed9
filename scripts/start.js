'use strict';
/**
 * npm start: builds dist/ if it is missing, then starts the reference server (embedded S3 storage + the API +
 * the demo pages + /dist/) on 127.0.0.1:$PORT (default 8080). Configuration: environment variables, see server/README.md.
 * Stops cleanly on Ctrl-C (SIGINT) and SIGTERM.
 */
const path = require('path');
const fs = require('fs');
const { spawnSync } = require('child_process');

const root = path.resolve(__dirname, '..');

if (!fs.existsSync(path.join(root, 'dist', 'filepicker.js'))) {
  process.stdout.write('dist/filepicker.js is missing: building it first (node scripts/build.js)\n');
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.js')], { stdio: 'inherit', cwd: root });
  if (r.status !== 0) {
    process.stderr.write('the build failed; the server starts anyway, but /dist/filepicker.js will be missing\n');
  }
}

// The AWS SDK warns on every start that its releases after January 2027 will need Node 22; the versions in the lock
// run on Node 20 (README), so the first screen stays quiet. The SDK's own switch, not a filter on its text.
if (process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED === undefined) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
}

require('tsx/cjs/api').register();
const { main } = require(path.join(root, 'server', 'src', 'cli.ts'));
main(process.env).catch((e) => {
  process.stderr.write(String((e && e.message) || e) + '\n');
  process.exit(1);
});
