'use strict';
/**
 * Size budgets of the committed bundles (part of `npm test`). Prints min and gzip sizes of every dist/*.js file and
 * fails when a budget in package.json ("sizeBudgets": {file: {raw, gzip}} in bytes) is crossed.
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const root = path.resolve(__dirname, '..');
const budgets = require(path.join(root, 'package.json')).sizeBudgets || {};
const dist = path.join(root, 'dist');

function files(dir, base = '') {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name), path.join(base, e.name)) : e.name.endsWith('.js') ? [path.join(base, e.name)] : []);
}

let failed = false;
const rows = [];
for (const f of files(dist).filter((f) => !f.startsWith('types')).sort()) {
  const buf = fs.readFileSync(path.join(dist, f));
  const gz = zlib.gzipSync(buf, { level: 9 }).length;
  const b = budgets[f];
  let verdict = '';
  if (b) {
    const over = [];
    if (b.raw && buf.length > b.raw) over.push('raw ' + buf.length + ' > ' + b.raw);
    if (b.gzip && gz > b.gzip) over.push('gzip ' + gz + ' > ' + b.gzip);
    verdict = over.length ? 'OVER BUDGET: ' + over.join(', ') : 'within budget (raw ' + (b.raw || '-') + ', gzip ' + (b.gzip || '-') + ')';
    if (over.length) failed = true;
  }
  rows.push(f.padEnd(28) + String(buf.length).padStart(9) + String(gz).padStart(9) + '  ' + verdict);
}
for (const f of Object.keys(budgets)) {
  if (!fs.existsSync(path.join(dist, f))) { rows.push(f + ': budgeted but missing from dist/'); failed = true; }
}
process.stdout.write('file                             bytes     gzip\n' + rows.join('\n') + '\n');
if (failed) {
  process.stderr.write('size budget crossed (see package.json "sizeBudgets")\n');
  process.exit(1);
}
