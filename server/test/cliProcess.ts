/** The command line server (`server/src/cli.ts`, what `npm start` runs) as a child process on a free port. */
import { ChildProcessWithoutNullStreams, spawn } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';

export interface CliServer {
  /** `http://127.0.0.1:<port>` */
  base: string;
  /** what it printed until its banner ended */
  out: string;
  dataDir: string;
  root: string;
  child: ChildProcessWithoutNullStreams;
  /** SIGINT; resolves with the exit code */
  interrupt(): Promise<number | null>;
  /** kills it if still running and removes its data folder */
  cleanup(): void;
}

/** Starts the CLI server with a fresh data folder; resolves once its banner is printed. */
export async function startCli(prefix: string): Promise<CliServer> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), prefix));
  const root = path.resolve(__dirname, '..', '..');
  const child = spawn(process.execPath, ['-e', "require('tsx/cjs/api').register(); require('./server/src/cli.ts').main(process.env)"], {
    cwd: root,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, NODE_NO_WARNINGS: '1' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const cleanup = () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  };
  let out = '';
  try {
    const base = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d) => {
        out += d.toString();
        const m = /server on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (m && /Ctrl-C stops it/.test(out)) resolve(m[1]);
      });
      child.on('exit', (c) => reject(new Error('exited early with ' + c + ': ' + out)));
    });
    const interrupt = () => {
      const exit = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
      child.kill('SIGINT');
      return exit;
    };
    return { base, out, dataDir, root, child, interrupt, cleanup };
  } catch (e) {
    cleanup();
    throw e;
  }
}
