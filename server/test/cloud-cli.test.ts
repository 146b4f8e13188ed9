/** `npm start`'s server also serves an FTP and a WebDAV demo source: listed, signed in with the offered values, browsed. */
import { spawn } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { postJson } from './helpers';

test('the CLI server offers the demo FTP and WebDAV sources with their sign-in values, and stops them on SIGINT', async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'fp-cloud-cli-'));
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
    expect(out).toMatch(/cloud API:\s+http:\/\/127\.0\.0\.1:\d+\/cloud \(ftp, webdav\); demo FTP ftp:\/\/127\.0\.0\.1:\d+, demo WebDAV http:\/\/127\.0\.0\.1:\d+\//);
    for (const cloud of ['ftp', 'webdav']) {
      const first = await postJson(base + '/cloud/folder/list', { apikey: 'demo', clouds: { [cloud]: { path: '/' } } });
      expect(first.status).toBe(200);
      const defaults = first.json[cloud].auth.defaults;
      expect(defaults.user).toBe('demo');
      const signIn = await postJson(base + '/cloud/auth/credentials', { apikey: 'demo', clouds: { [cloud]: defaults } });
      expect(signIn.status).toBe(200);
      const listed = await postJson(base + '/cloud/folder/list', { apikey: 'demo', token: signIn.json.token, clouds: { [cloud]: { path: '/' } } });
      expect(listed.json[cloud].contents.map((e: { name: string }) => e.name)).toEqual(['docs', 'photos', 'readme.txt']);
    }
    const exit = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    child.kill('SIGINT');
    expect(await exit).toBe(0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 60000);
