'use strict';
/**
 * npm run check:pack (part of `npm test`): the two packages as a user installs them. `npm pack`s the library (this
 * folder: dist/, as committed) and the server (the `server` workspace) into a temp folder, installs both tarballs
 * into a fresh temp project (`--prefer-offline`: the dependencies come from npm's cache, filled by the install of
 * this repository; the registry only for what the cache lacks) at npm's default log level, failing on any warning it
 * prints (EBADENGINE, deprecations), then checks, in that project:
 * - `require('filepicker-shim')` gives the UMD build (dist/filepicker.js) and `import` the ES module build
 *   (dist/filepicker.mjs), each a working `filepicker` object; the `types` the package declares exist;
 * - the server's bin starts on a free port (PORT=0) and answers GET /health, and serves the installed library's
 *   bundle at /dist/filepicker.js; from Node, both builds upload a Buffer to it (`init().upload`), read back.
 * Prints one line per check; exits non-zero on the first failure. The temp folder is removed.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const http = require('http');
const { execFileSync, spawn, spawnSync } = require('child_process');

const root = path.resolve(__dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const QUIET = { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };

function run(cmd, args, cwd) {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...QUIET } });
}

function ok(what) {
  process.stdout.write('ok  ' + what + '\n');
}

/** `npm pack` of the package in `dir` (extra args choose a workspace) into `dest`; returns the tarball's path. */
function pack(dest, args) {
  const out = JSON.parse(run(npm, ['pack', '--json', '--pack-destination', dest].concat(args), root));
  const file = path.join(dest, out[0].filename);
  ok('npm pack ' + out[0].name + ' (' + out[0].entryCount + ' files, ' + Math.round(out[0].size / 1024) + ' KiB)');
  return file;
}

function get(url) {
  return new Promise((resolve, reject) => {
    http.get(url, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
    }).on('error', reject);
  });
}

/** Starts the installed bin; resolves with its URL (from its first line) and the child. */
function startBin(project) {
  const bin = path.join(project, 'node_modules', '.bin', 'filepicker-shim-server');
  const child = spawn(bin, [], { cwd: project, env: { ...process.env, PORT: '0', DATA_DIR: path.join(project, 'data') }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error('the server bin did not start within 60 s: ' + out + err)); }, 60000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = /filepicker reference server on (http:\/\/\S+)/.exec(out);
      if (m) { clearTimeout(timer); resolve({ url: m[1], child, output: () => out + err }); }
    });
    child.stderr.on('data', (d) => { err += d; });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error('the server bin exited (' + code + '): ' + out + err)); });
  });
}

function stop(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.on('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

const LIBRARY_CHECK = "typeof fp.init === 'function' && typeof fp.pick === 'function' && typeof fp.init('k').upload === 'function'";

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fp-check-pack-'));
  try {
    const lib = pack(tmp, []);
    const server = pack(tmp, ['--workspace', 'server']);
    const project = path.join(tmp, 'project');
    fs.mkdirSync(project);
    const { allowScripts } = require(path.join(root, 'package.json'));
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'check-pack', version: '1.0.0', private: true, allowScripts }, null, 2));
    // at npm's default log level, as a user installs: a warning (EBADENGINE, a deprecated package …) fails the check
    const install = spawnSync(npm, ['install', '--prefer-offline', '--omit=dev', '--no-audit', '--no-fund', lib, server], { cwd: project, encoding: 'utf8', env: { ...process.env, ...QUIET } });
    if (install.status !== 0) throw new Error('npm install failed:\n' + install.stdout + install.stderr);
    if (/warn/i.test(install.stdout + install.stderr)) throw new Error('npm install printed a warning:\n' + install.stdout + install.stderr);
    ok('both tarballs installed into a fresh project (--omit=dev), with no warning');

    const cjs = run(process.execPath, ['-e', "const fp = require('filepicker-shim'); if (!(" + LIBRARY_CHECK + ")) process.exit(1); console.log(require.resolve('filepicker-shim'))"], project).trim();
    if (!/dist[\\/]filepicker\.js$/.test(cjs)) throw new Error('require resolved to ' + cjs);
    ok('require("filepicker-shim") → dist/filepicker.js');
    const esm = run(process.execPath, ['--input-type=module', '-e', "import fp from 'filepicker-shim'; if (!(" + LIBRARY_CHECK + ")) process.exit(1); console.log(import.meta.resolve('filepicker-shim'))"], project).trim();
    if (!/dist\/filepicker\.mjs$/.test(esm)) throw new Error('import resolved to ' + esm);
    ok('import fp from "filepicker-shim" → dist/filepicker.mjs');
    const installed = path.join(project, 'node_modules', 'filepicker-shim');
    const pkg = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8'));
    if (!fs.existsSync(path.join(installed, pkg.exports['.'].types))) throw new Error('the declared types are missing: ' + pkg.exports['.'].types);
    ok('types: ' + pkg.exports['.'].types);

    const s = await startBin(project);
    try {
      const health = await get(s.url + '/health');
      if (health.status !== 200) throw new Error('GET /health answered ' + health.status + ' ' + health.body);
      ok('filepicker-shim-server started on ' + s.url + ', GET /health → 200');
      const bundle = await get(s.url + '/dist/filepicker.js');
      if (bundle.status !== 200 || bundle.body !== fs.readFileSync(path.join(installed, 'dist', 'filepicker.js'), 'utf8')) throw new Error('GET /dist/filepicker.js answered ' + bundle.status);
      ok('GET /dist/filepicker.js → the installed library\'s bundle');
      // the Node path of each build: an upload to the started server, read back
      const upload = "fp.init('demo', null, { hosts: process.argv[1] }).upload(Buffer.from(process.argv[2]))"
        + ".then((f) => fetch(f.url)).then((r) => r.text()).then((t) => { if (t !== process.argv[2]) { console.error('read back: ' + t); process.exit(1); } })"
        + ".catch((e) => { console.error(e); process.exit(1); })";
      run(process.execPath, ['-e', "const fp = require('filepicker-shim'); " + upload, s.url, 'bytes through require'], project);
      run(process.execPath, ['--input-type=module', '-e', "import fp from 'filepicker-shim'; " + upload, s.url, 'bytes through import'], project);
      ok('Node: init().upload(Buffer) through require and through import, stored and read back');
    } finally {
      await stop(s.child);
    }
    if (/warn/i.test(s.output())) throw new Error('the server printed a warning:\n' + s.output());
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write('check:pack failed: ' + (e && e.stack ? e.stack : String(e)) + '\n');
  process.exit(1);
});
