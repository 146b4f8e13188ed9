/**
 * `npm start`'s first screen (scripts/start.js, as a newcomer runs it): the banner and nothing else, no warning from
 * a dependency, also after the first upload has reached the storage. The environment is the user's, not the test
 * runner's: the switches jest sets for its own output (jest.config.js) are taken out.
 */
import { spawn } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { download, uploadJson } from './helpers';

test('npm start prints its banner and no warning, before and after an upload', async () => {
  const root = path.resolve(__dirname, '..', '..');
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'fp-start-'));
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', DATA_DIR: dataDir };
  delete env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED;
  delete env.NODE_NO_WARNINGS;
  delete env.NODE_OPTIONS;
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'start.js')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d.toString()));
  child.stderr.on('data', (d) => (err += d.toString()));
  try {
    const base = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', () => {
        const m = /server on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (m && /Ctrl-C stops it/.test(out)) resolve(m[1]);
      });
      child.on('exit', (c) => reject(new Error('exited early with ' + c + ': ' + out + err)));
    });
    const stored = await uploadJson(base, Buffer.from('hello'), { filename: 'a.txt', mimetype: 'text/plain' });
    expect(stored.status).toBe(200);
    expect((await download(stored.json.url)).body.toString()).toBe('hello');
    const exit = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    child.kill('SIGINT');
    expect(await exit).toBe(0);
    expect({ stderr: err, warnings: out.split('\n').filter((l) => /warn|deprecat|EBADENGINE/i.test(l)) }).toEqual({ stderr: '', warnings: [] });
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 90000);
