'use strict';
/**
 * npm run check:types: the type test. Emits the published declarations afresh (scripts/declarations.js) into a
 * temporary folder and compiles types-test/ against them with `tsc --noEmit` (its `// @ts-expect-error` lines must
 * each be an error). Exits non-zero on any type error.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { writeDeclarations } = require('./declarations');

const root = path.resolve(__dirname, '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fp-types-'));
try {
  const types = path.join(tmp, 'types');
  writeDeclarations(types);
  const entry = path.join(types, 'filepicker.d.ts');
  const config = path.join(tmp, 'tsconfig.json');
  fs.writeFileSync(config, JSON.stringify({
    extends: path.join(root, 'types-test', 'tsconfig.json'),
    compilerOptions: { baseUrl: path.join(root, 'types-test'), paths: { 'filepicker-shim': [entry] } },
    // global.ts is a script that uses the UMD global, which needs the declarations in the program
    files: [path.join(root, 'types-test', 'usage.ts'), path.join(root, 'types-test', 'global.ts'), entry],
  }));
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', config], { stdio: 'inherit', cwd: root });
  process.stdout.write('types-test: the published declarations compile the usage file as expected\n');
} catch (e) {
  process.exitCode = 1;
  if (e && e.status === undefined) process.stderr.write(String(e && e.stack || e) + '\n');
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
