'use strict';
/** npm run build: the two bundles (webpack) and the type declarations of the public API (tsc). Deterministic. */
const path = require('path');
const fs = require('fs');
const webpack = require('webpack');
const { writeDeclarations } = require('./declarations');

const root = path.resolve(__dirname, '..');
const outDir = process.env.FP_DIST_DIR ? path.resolve(process.env.FP_DIST_DIR) : path.join(root, 'dist');

function runWebpack() {
  return new Promise((resolve, reject) => {
    webpack(require(path.join(root, 'webpack.config.js')), (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString('errors-only')));
      if (stats.hasWarnings()) process.stderr.write(stats.toString('errors-warnings') + '\n');
      resolve();
    });
  });
}

async function main() {
  fs.rmSync(outDir, { recursive: true, force: true });
  await runWebpack();
  writeDeclarations(path.join(outDir, 'types'));
  if (!process.env.FP_QUIET) {
    for (const f of fs.readdirSync(outDir).filter((n) => n.endsWith('.js'))) {
      process.stdout.write(f + ' ' + fs.statSync(path.join(outDir, f)).size + ' bytes\n');
    }
  }
}

main().catch((e) => { process.stderr.write(String(e && e.stack || e) + '\n'); process.exit(1); });
