'use strict';
/**
 * Size budgets of the committed bundles (part of `npm test`). Prints raw and gzip (-9) sizes of every .js file under
 * dist/ (main scripts, polyfills, MD5 worker, chunks, locales) and fails when a budget in package.json
 * ("sizeBudgets": {file: {raw, gzip}} in bytes) is crossed, or when a file has no budget. A key may hold `*`
 * (any characters but `/`), e.g. "locales/*.js"; the exact name wins over a pattern.
 * The dist folder can be moved with FP_DIST_DIR.
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const root = path.resolve(__dirname, '..');
const budgets = require(path.join(root, 'package.json')).sizeBudgets || {};
const dist = process.env.FP_DIST_DIR ? path.resolve(process.env.FP_DIST_DIR) : path.join(root, 'dist');

function budgetFor(f) {
  if (budgets[f]) return budgets[f];
  for (const k of Object.keys(budgets)) {
    if (k.indexOf('*') >= 0 && new RegExp('^' + k.split('*').map((x) => x.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*') + '$').test(f)) return budgets[k];
  }
  return undefined;
}

function files(dir, base = '') {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name), path.join(base, e.name)) : e.name.endsWith('.js') ? [path.join(base, e.name)] : []);
}

let failed = false;
const rows = [];
for (const f of files(dist).filter((f) => !f.startsWith('types')).sort()) {
  const buf = fs.readFileSync(path.join(dist, f));
  const gz = zlib.gzipSync(buf, { level: 9 }).length;
  const b = budgetFor(f);
  let verdict = 'NO BUDGET (add it to package.json "sizeBudgets")';
  if (!b) failed = true;
  if (b) {
    const over = [];
    if (b.raw && buf.length > b.raw) over.push('raw ' + buf.length + ' > ' + b.raw);
    if (b.gzip && gz > b.gzip) over.push('gzip ' + gz + ' > ' + b.gzip);
    verdict = over.length ? 'OVER BUDGET: ' + over.join(', ') : 'within budget (raw ' + (b.raw || '-') + ', gzip ' + (b.gzip || '-') + ')';
    if (over.length) failed = true;
  }
  rows.push(f.padEnd(30) + String(buf.length).padStart(9) + String(gz).padStart(9) + '  ' + verdict);
}
for (const f of Object.keys(budgets)) {
  if (f.indexOf('*') < 0 && !fs.existsSync(path.join(dist, f))) { rows.push(f + ': budgeted but missing from dist/'); failed = true; }
}
process.stdout.write('file                               bytes     gzip\n' + rows.join('\n') + '\n');
if (failed) {
  process.stderr.write('size budget crossed (see package.json "sizeBudgets")\n');
  process.exit(1);
}
