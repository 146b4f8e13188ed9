/** The command line server (what `npm start` runs after the build check): banner, demo pages under CSP, clean stop. */
import { spawn } from 'child_process';
import { mkdtempSync, rmSync, existsSync, readdirSync } from 'fs';
import * as os from 'os';
import * as path from 'path';

test('starts on the given port, serves the demo pages with CSP, and stops cleanly on SIGINT', async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'fp-cli-'));
  const root = path.resolve(__dirname, '..', '..');
  const child = spawn(process.execPath, ['-e', "require('tsx/cjs/api').register(); require('./server/src/cli.ts').main(process.env)"], {
    cwd: root,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, NODE_NO_WARNINGS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let out = '';
    const base = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d) => {
        out += d.toString();
        const m = /server on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (m && /Ctrl-C stops it/.test(out)) resolve(m[1]);
      });
      child.on('exit', (c) => reject(new Error('exited early with ' + c + ': ' + out)));
    });
    expect(out).toMatch(/API key:\s+demo \(no secret\)/);
    expect(out).toContain(base + '/demo/');
    const page = await fetch(base + '/demo/pick-and-store.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe("default-src 'self'");
    const html = await page.text();
    expect(html).not.toMatch(/<script>(?!<)/); // external scripts only
    expect(html).toMatch(/<script src="config\.js"><\/script>\s*<script src="\/dist\/filepicker\.js"><\/script>/);
    // every demo page renders at device width on a phone (the dialog was tiny without a viewport)
    const pages = readdirSync(path.join(root, 'server', 'public', 'demo')).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    for (const name of pages) {
      const text = await (await fetch(base + '/demo/' + name)).text();
      expect({ name, viewport: /<meta name="viewport" content="width=device-width, initial-scale=1">/.test(text) }).toEqual({ name, viewport: true });
    }
    expect(await (await fetch(base + '/demo/config.js')).text()).toContain('window.filepicker = { hostname: location.origin }');
    expect(await (await fetch(base + '/demo/pick-and-store.js')).text()).toContain("{ mimetype: 'image/*', multiple: true }");
    // part URLs are on the same origin (storage mounted at /s3/), so the demo pages can upload under CSP
    const s = await (await fetch(base + '/multipart/start', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ apikey: 'demo', filename: 'a', size: 1 }) })).json();
    const up = await (await fetch(base + '/multipart/upload', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, part: 1, size: 1 }) })).json();
    expect(up.url.indexOf(base + '/s3/')).toBe(0);
    const exit = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    child.kill('SIGINT');
    expect(await exit).toBe(0);
    // stored data stays (the built-in storage's folder and the instances' shared secret); the scratch space goes
    expect(existsSync(path.join(dataDir, 's3', 'fp-uploads'))).toBe(true);
    expect(existsSync(path.join(dataDir, 'shared-secret'))).toBe(true);
    expect(readdirSync(path.join(dataDir, 'tmp'))).toEqual([]);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 60000);
