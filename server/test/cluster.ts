/**
 * Several API instances over one built-in storage, behind a round-robin balancer (test/balancer.ts): the setup of an
 * operator running `npm run storage` and N × `npm start` with FP_STORAGE_URL, FP_SHARED_SECRET and PUBLIC_URL set to
 * the balancer. The instances share one data folder (as on one machine), so one's shutdown must not touch another's.
 */
import { mkdtempSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startServer, startBuiltinStorage, RunningServer, BuiltinStorage, ServerOptions } from '../src/index';
import { Balancer, startBalancer } from './balancer';

export const SHARED_SECRET = 'cluster-test-secret';

export interface Cluster {
  storage: BuiltinStorage;
  instances: RunningServer[];
  balancer: Balancer;
  dir: string;
  /** Starts one more instance over the same storage (not in the balancer's rotation until added). */
  add(options?: ServerOptions): Promise<RunningServer>;
  close(): Promise<void>;
}

export async function startCluster(n: number, options: ServerOptions = {}): Promise<Cluster> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fp-cluster-'));
  const storage = await startBuiltinStorage({ dir: path.join(dir, 'storage'), secret: SHARED_SECRET });
  const balancer = await startBalancer(['http://127.0.0.1:1']);
  const all: RunningServer[] = [];
  const add = async (more: ServerOptions = {}) => {
    const s = await startServer({ dataDir: path.join(dir, 'data'), storageUrl: storage.endpoint, sharedSecret: SHARED_SECRET, publicUrl: balancer.url, ...options, ...more });
    all.push(s);
    return s;
  };
  const instances: RunningServer[] = [];
  for (let i = 0; i < n; i++) instances.push(await add());
  balancer.backends = instances.map((s) => s.url);
  return {
    storage,
    instances,
    balancer,
    dir,
    add,
    async close() {
      await balancer.close();
      for (const s of all) await s.close();
      await storage.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
