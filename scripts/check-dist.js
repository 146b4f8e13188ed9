'use strict';
/** Fails when the committed dist/ differs from a fresh `npm run build` (built into a temporary folder). */
const path = require('path');
const fs = require('fs');
const os = require('os');
const { execFileSync } = require('child_process');

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');
const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'fp-dist-'));

function list(dir, base = '') {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? list(path.join(dir, e.name), path.join(base, e.name)) : [path.join(base, e.name)]).sort();
}

try {
  execFileSync(process.execPath, [path.join(__dirname, 'build.js')], { stdio: 'inherit', env: { ...process.env, FP_DIST_DIR: fresh, FP_QUIET: '1' } });
  const want = list(fresh);
  const have = list(dist);
  const problems = [];
  for (const f of want) {
    if (!have.includes(f)) problems.push('missing in dist/: ' + f);
    else if (!fs.readFileSync(path.join(fresh, f)).equals(fs.readFileSync(path.join(dist, f)))) problems.push('differs from a fresh build: dist/' + f);
  }
  for (const f of have) if (!want.includes(f)) problems.push('not produced by the build: dist/' + f);
  if (problems.length) {
    process.stderr.write('dist/ is not a fresh build (run `npm run build` and commit dist/):\n  ' + problems.join('\n  ') + '\n');
    process.exit(1);
  }
  process.stdout.write('dist/ equals a fresh build (' + want.length + ' files)\n');
} finally {
  fs.rmSync(fresh, { recursive: true, force: true });
}
