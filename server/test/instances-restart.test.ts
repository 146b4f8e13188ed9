/**
 * Processes that go away: the built-in storage as its own process (`npm run storage`), an API instance killed
 * (SIGKILL) between its parts and complete, and a single `npm start`-style instance restarted in the middle of an
 * upload. Nothing an upload needs lives in an API process, so another (or the next) instance finishes it.
 */
import { ChildProcessWithoutNullStreams, spawn } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startServer } from '../src/index';
import { MiB, bytes, download, md5b64, postJson, putPart, split } from './helpers';

const ROOT = path.resolve(__dirname, '..', '..');
const SECRET = 'restart-test-secret';

/** Runs a server entry point in a child process and resolves with the URL it prints. */
function run(file: string, env: Record<string, string>, pattern: RegExp): Promise<{ child: ChildProcessWithoutNullStreams; url: string }> {
  const child = spawn(process.execPath, ['-e', `require('tsx/cjs/api').register(); require('./server/src/${file}').main(process.env)`], {
    cwd: ROOT,
    env: { ...process.env, NODE_NO_WARNINGS: '1', ...env },
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d.toString();
      const m = pattern.exec(out);
      if (m && /Ctrl-C stops it/.test(out)) resolve({ child, url: m[1] });
    });
    child.on('exit', (c) => reject(new Error(`${file} exited early with ${c}: ${out}`)));
  });
}

/** start + every part, through `base`; resolves with what complete needs. */
async function startAndSendParts(base: string, file: Buffer) {
  const s = (await postJson(base + '/multipart/start', { apikey: 'demo', filename: 'interrupted.bin', size: file.length })).json;
  const etags = [];
  const parts = split(file, 5 * MiB);
  for (let i = 0; i < parts.length; i++) {
    const up = await postJson(base + '/multipart/upload', { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, part: i + 1, size: parts[i].length, md5: md5b64(parts[i]) });
    const put = await putPart(up.json.url, up.json.headers, parts[i]);
    expect(put.status).toBe(200);
    etags.push({ part_number: i + 1, etag: put.headers.get('etag') });
  }
  return { apikey: 'demo', uri: s.uri, region: s.region, upload_id: s.upload_id, size: file.length, parts: etags };
}

test('npm run storage; an instance killed between parts and complete; the upload finished through another', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fp-kill-'));
  const procs: ChildProcessWithoutNullStreams[] = [];
  try {
    const storage = await run('storageCli.ts', { PORT: '0', DATA_DIR: path.join(dir, 'storage'), FP_SHARED_SECRET: SECRET }, /storage on (http:\/\/127\.0\.0\.1:\d+)/);
    procs.push(storage.child);
    const apiEnv = { PORT: '0', FP_STORAGE_URL: storage.url, FP_SHARED_SECRET: SECRET, SAME_ORIGIN_STORAGE: 'false' };
    const a = await run('cli.ts', { ...apiEnv, DATA_DIR: path.join(dir, 'a') }, /server on (http:\/\/127\.0\.0\.1:\d+)/);
    procs.push(a.child);
    const file = bytes(11 * MiB + 5, 41);
    const body = await startAndSendParts(a.url, file);
    const killed = new Promise((r) => a.child.on('exit', r));
    a.child.kill('SIGKILL');
    await killed;
    // another instance, with a data folder of its own: nothing of A's is needed
    const b = await startServer({ dataDir: path.join(dir, 'b'), storageUrl: storage.url, sharedSecret: SECRET });
    try {
      const c = await postJson(b.url + '/multipart/complete', body);
      expect(c.status).toBe(200);
      expect((await download(c.json.url)).body.equals(file)).toBe(true);
      // an instance with another secret knows nothing of it, and the storage does not admit it
      await expect(startServer({ dataDir: path.join(dir, 'c'), storageUrl: storage.url, sharedSecret: 'wrong' })).rejects.toThrow(/default bucket/);
    } finally {
      await b.close();
    }
  } finally {
    for (const p of procs) if (p.exitCode === null) p.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}, 90000);

test('a single instance restarted between parts and complete finishes the upload', async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'fp-restart-'));
  try {
    const first = await startServer({ dataDir });
    const file = bytes(7 * MiB, 42);
    const body = await startAndSendParts(first.url, file);
    await first.close();
    const second = await startServer({ dataDir });
    try {
      const c = await postJson(second.url + '/multipart/complete', body);
      expect(c.status).toBe(200);
      expect((await download(c.json.url)).body.equals(file)).toBe(true);
    } finally {
      await second.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 60000);
