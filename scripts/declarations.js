'use strict';
/**
 * The type declarations of the published package (dist/types), shared by scripts/build.js and scripts/check-types.js:
 * tsc emits src/ (tsconfig.build.json), then `filepicker.d.ts`, the package's `types` entry, is written: it says
 * what the UMD bundle really exports (`module.exports` / `define` / `window.filepicker`: one object, `export =`)
 * and carries every public type of src/publicApi.ts as `filepicker.<Type>`. Deterministic: names in source order.
 */
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const ts = require('typescript');

const root = path.resolve(__dirname, '..');

/** `export type Name<params> = T.Name<args>;` for each type export of publicApi.d.ts. */
function aliases(publicApi) {
  const program = ts.createProgram([publicApi], { noEmit: true, skipLibCheck: true, types: [] });
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(publicApi);
  const lines = [];
  for (const sym of checker.getExportsOfModule(checker.getSymbolAtLocation(file))) {
    const target = sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym;
    const decl = (target.declarations || [])[0];
    const params = decl && decl.typeParameters ? decl.typeParameters : [];
    const head = params.length ? '<' + params.map((p) => p.getText()).join(', ') + '>' : '';
    const args = params.length ? '<' + params.map((p) => p.name.getText()).join(', ') + '>' : '';
    lines.push('  export type ' + sym.name + head + ' = T.' + sym.name + args + ';');
  }
  return lines;
}

/** Emits the declarations of src/ into `typesDir` and writes the package entry `filepicker.d.ts` next to them. */
function writeDeclarations(typesDir) {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.build.json'), '--outDir', typesDir], { stdio: 'inherit', cwd: root });
  const entry = [
    '/**',
    ' * filepicker-shim: the object the bundle exports (CommonJS `module.exports`, AMD `define`) and sets as',
    ' * `window.filepicker` when loaded with a script tag: the v2 API and the modern `init` / `configure`.',
    ' * Written by scripts/declarations.js.',
    ' */',
    "import type * as T from './publicApi';",
    '',
    'declare const filepicker: T.Filepicker;',
    'declare namespace filepicker {',
  ].concat(aliases(path.join(typesDir, 'publicApi.d.ts')), ['}', '', 'export = filepicker;', 'export as namespace filepicker;', '']);
  fs.writeFileSync(path.join(typesDir, 'filepicker.d.ts'), entry.join('\n'));
}

module.exports = { writeDeclarations };
