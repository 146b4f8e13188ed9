/** The command line server (what `npm start` runs after the build check): banner, demo pages under CSP, clean stop. */
import { existsSync, readdirSync } from 'fs';
import * as path from 'path';
import { startCli } from './cliProcess';

test('starts on the given port, serves the demo pages with CSP, and stops cleanly on SIGINT', async () => {
  const cli = await startCli('fp-cli-');
  const { base, out, dataDir, root } = cli;
  try {
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
    expect(await cli.interrupt()).toBe(0);
    // stored data stays (the built-in storage's folder and the instances' shared secret); the scratch space goes
    expect(existsSync(path.join(dataDir, 's3', 'fp-uploads'))).toBe(true);
    expect(existsSync(path.join(dataDir, 'shared-secret'))).toBe(true);
    expect(readdirSync(path.join(dataDir, 'tmp'))).toEqual([]);
  } finally {
    cli.cleanup();
  }
}, 60000);
