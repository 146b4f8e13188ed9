/**
 * Azurite (the Azure Storage emulator, a dev dependency) for the tests: its Blob service started with its CLI on
 * loopback, a free port, data in memory only, and the well-known development account.
 */
import { ChildProcess, spawn } from 'child_process';
import * as os from 'os';
import * as path from 'path';
import { BlobServiceClient, StorageSharedKeyCredential } from '@azure/storage-blob';

/** Azurite's fixed development account and key (public, documented by Azurite; no real account). */
export const AZURITE_ACCOUNT = 'devstoreaccount1';
export const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface Azurite {
  /** the Blob service URL of the development account, e.g. http://127.0.0.1:41234/devstoreaccount1 */
  endpoint: string;
  /** a client of it with the account's key (to look at what the server stored) */
  service: BlobServiceClient;
  stop(): Promise<void>;
}

const MAIN = path.join(__dirname, '..', '..', 'node_modules', 'azurite', 'dist', 'src', 'blob', 'main.js');

export function startAzurite(): Promise<Azurite> {
  const args = [MAIN, '--blobHost', '127.0.0.1', '--blobPort', '0', '--inMemoryPersistence', '--skipApiVersionCheck', '--disableTelemetry'];
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], cwd: os.tmpdir() });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error('azurite did not start in 20 s: ' + out));
    }, 20000);
    child.on('exit', (code) => reject(new Error(`azurite exited (${code}): ${out}`)));
    const onData = (b: Buffer) => {
      out += b.toString();
      const m = /successfully listens on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      const endpoint = `${m[1]}/${AZURITE_ACCOUNT}`;
      const service = new BlobServiceClient(endpoint, new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY));
      const stop = () =>
        new Promise<void>((done) => {
          child.removeAllListeners('exit');
          child.once('exit', () => done());
          child.kill('SIGTERM');
        });
      resolve({ endpoint, service, stop });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (b: Buffer) => (out += b.toString()));
  });
}
