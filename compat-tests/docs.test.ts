/**
 * The documents say what the repository does: the names a reader types (scripts, environment variables, routes) are
 * the ones the code reads, the architecture lists every part of the build and every top-level source entry, and every
 * link between the documents reaches a file of the repository (nothing outside it).
 */
import * as fs from 'fs';
import * as path from 'path';
import { satisfies } from './helpers/engines';

const root = path.resolve(__dirname, '..');
const read = (file: string): string => fs.readFileSync(path.join(root, file), 'utf8');
const DOCS = ['README.md', 'COMPATIBILITY.md', 'BENCHMARKS.md', 'CHANGELOG.md', 'docs/ARCHITECTURE.md', 'server/README.md'];

describe('README.md', () => {
  const readme = read('README.md');

  test('names every step of `npm test`', () => {
    const pkg = JSON.parse(read('package.json')) as { scripts: { [name: string]: string } };
    const steps = (pkg.scripts.test.match(/npm run ([\w:]+)/g) || []).map((s) => s.slice('npm run '.length));
    expect(steps.length).toBeGreaterThan(5);
    const row = readme.split('\n').filter((l) => l.indexOf('| `npm test` |') === 0)[0] || '';
    expect(steps.filter((s) => row.indexOf('`' + s + '`') < 0)).toEqual([]);
  });

  test('the Node version it asks for is one every dependency in package-lock.json supports (npm install warns of none)', () => {
    const min = /Only Node \((\d+\.\d+) or later/.exec(readme);
    expect(min).not.toBeNull();
    const lock = JSON.parse(read('package-lock.json')) as { packages: { [at: string]: { engines?: { node?: unknown }; optional?: boolean } } };
    const refused: string[] = [];
    let checked = 0;
    for (const at of Object.keys(lock.packages)) {
      const p = lock.packages[at];
      // an optional package for another platform (sharp's win32 build) is never installed here
      if (p.optional || !p.engines || typeof p.engines.node !== 'string') continue;
      checked++;
      for (const version of [min![1] + '.0', process.version]) if (!satisfies(version, p.engines.node)) refused.push(at + ' needs ' + p.engines.node + ', not ' + version);
    }
    expect(checked).toBeGreaterThan(50);
    expect(refused).toEqual([]);
    expect(satisfies('20.18.0', '^20.19.0 || ^22.13.0 || >=24')).toBe(false);
    expect(satisfies('22.13.1', '^20.19.0 || ^22.13.0 || >=24')).toBe(true);
  });

  test('the server package\'s `engines` admit no Node version its runtime dependencies refuse', () => {
    const engines = (JSON.parse(read('server/package.json')) as { engines: { node: string } }).engines.node;
    const min = /^>=\s*(\d+(\.\d+)*)$/.exec(engines);
    expect(min).not.toBeNull();
    const lock = JSON.parse(read('package-lock.json')) as { packages: { [at: string]: { engines?: { node?: unknown }; dev?: boolean; optional?: boolean } } };
    const refused: string[] = [];
    for (const at of Object.keys(lock.packages)) {
      const p = lock.packages[at];
      // what `npm install filepicker-shim-server` brings: the packages the lock does not mark dev-only
      if (p.dev || p.optional || !p.engines || typeof p.engines.node !== 'string') continue;
      if (!satisfies(min![1], p.engines.node)) refused.push(at + ' needs ' + p.engines.node);
    }
    expect(refused).toEqual([]);
  });

  test('names the variable the browser runners read for Chromium, and no other', () => {
    const runner = read('e2e/run.js');
    const vars = (runner.match(/process\.env\.(\w*CHROMIUM\w*)/g) || []).map((s) => s.slice('process.env.'.length));
    expect(vars).toEqual(['FP_CHROMIUM']);
    expect(readme).toContain('`FP_CHROMIUM`');
    for (const doc of DOCS) expect([doc, /\bCHROMIUM_PATH\b/.test(read(doc))]).toEqual([doc, false]);
  });
});

describe('docs/ARCHITECTURE.md', () => {
  const arch = read('docs/ARCHITECTURE.md');

  test('its list of on-demand parts names every chunk of the build', () => {
    const chunks = fs.readdirSync(path.join(root, 'dist', 'chunks')).filter((f) => /\.js$/.test(f) && !/\.min\.js$/.test(f)).map((f) => f.replace(/\.js$/, ''));
    expect(chunks).toContain('dialog');
    const list = arch.slice(arch.indexOf('chunks/<name>.js'), arch.indexOf('locales/<code>.js'));
    expect(chunks.filter((c) => !new RegExp('(^|[\\s,(])' + c + ' \\(').test(list))).toEqual([]);
  });

  test('its source tree names every top-level folder and entry file of src/', () => {
    const entries = fs.readdirSync(path.join(root, 'src')).filter((f) => !/\.test\.ts$/.test(f)).map((f) => (fs.statSync(path.join(root, 'src', f)).isDirectory() ? 'src/' + f + '/' : 'src/' + f));
    expect(entries.filter((e) => arch.indexOf(e) < 0)).toEqual([]);
  });
});

describe('server/README.md', () => {
  test('lists the health check the server answers', () => {
    expect(read('server/src/app.ts')).toContain("p === '/health'");
    expect(read('server/README.md')).toMatch(/\| `GET \/health` \|/);
  });
});

describe('links between documents', () => {
  test('every relative link reaches a file or folder of the repository', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const doc of DOCS) {
      const text = read(doc);
      const links = text.match(/\]\(([^)#\s]+)(#[^)]*)?\)/g) || [];
      for (const l of links) {
        const target = l.replace(/^\]\(/, '').replace(/(#[^)]*)?\)$/, '');
        if (/^[a-z]+:/i.test(target)) continue;
        checked++;
        const abs = path.resolve(root, path.dirname(doc), target);
        if (abs.indexOf(root + path.sep) !== 0 || !fs.existsSync(abs)) broken.push(doc + ' → ' + target);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });

  test('every document named as a path (`server/src/cloud/PROTOCOL.md`) is in the repository', () => {
    const missing: string[] = [];
    for (const doc of DOCS) {
      for (const m of read(doc).match(/`[\w./-]+\.md`/g) || []) {
        const named = m.slice(1, -1);
        const found = [path.resolve(root, named), path.resolve(root, path.dirname(doc), named)].some((f) => f.indexOf(root + path.sep) === 0 && fs.existsSync(f));
        if (!found) missing.push(doc + ' → ' + named);
      }
    }
    expect(missing).toEqual([]);
  });
});
