/**
 * The built-in storage: s3rver behind our gate. `npm start` runs it inside the API process; `npm run storage` runs it
 * as a process of its own that several API instances share. Either way the API instances reach it over its S3 API
 * only, admitted by the shared secret, so nothing about an upload lives in an API process.
 */
import type { IncomingMessage, ServerResponse } from 'http';
import { promises as fsp } from 'fs';
import { startEmbeddedS3 } from './embedded';
import { createGate } from './gate';
import { Storage } from './Storage';
import { admissionValue, builtinCredentials } from './admission';
import type { S3Config } from '../config';
import type { OrphanSweepTiming } from './orphanSweepConfig';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- s3rver's account registry has no typed entry point
const s3rverAccount = require('s3rver/lib/models/account') as { DUMMY_ACCOUNT: { createKeyPair(id: string, secret: string): void } };

export interface BuiltinStorageOptions {
  /** s3rver's data folder */
  dir: string;
  secret: string;
  host?: string;
  /** 0 = a free port */
  port?: number;
  /**
   * The endpoint the API instances use (presigned URLs are signed for its host, so the gate re-derives them with it);
   * default `http://<host>:<port>`.
   */
  publicUrl?: string;
  /** the orphan sweep's grace and interval (orphanSweepConfig.ts) */
  orphanSweep?: OrphanSweepTiming;
}

export interface BuiltinStorage {
  /** what the API instances use as `storageUrl` */
  endpoint: string;
  dir: string;
  /** Serves one storage request in-process (gate, then s3rver): lets an API mount storage on its own origin. */
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** One pass of the orphan sweep now (embedded.ts), with another grace if given; resolves with how many items went. */
  sweepOrphans(graceMs?: number): Promise<number>;
  close(): Promise<void>;
}

/** How an API instance talks to the built-in storage at `endpoint` with the shared `secret`. */
export function builtinClient(endpoint: string, secret: string, bucket: string, region: string, presignExpiresSeconds: number): Storage {
  const cfg: S3Config = { endpoint, region, bucket, ...builtinCredentials(secret) };
  return new Storage(cfg, presignExpiresSeconds, () => admissionValue(secret));
}

export async function startBuiltinStorage(o: BuiltinStorageOptions): Promise<BuiltinStorage> {
  await fsp.mkdir(o.dir, { recursive: true });
  const s3 = await startEmbeddedS3(o.dir, o.host || '127.0.0.1', o.port || 0, o.orphanSweep);
  const creds = builtinCredentials(o.secret);
  // s3rver checks the V4 signatures of signed requests against its accounts: it has to know this key
  s3rverAccount.DUMMY_ACCOUNT.createKeyPair(creds.accessKeyId, creds.secretAccessKey);
  const endpoint = (o.publicUrl || s3.endpoint).replace(/\/+$/, '');
  // the gate's own client: re-derives presigned URLs (for the public endpoint's host), heads and deletes objects
  const self = builtinClient(endpoint, o.secret, 'unused', 'us-east-1', 3600);
  // presigned URLs signed for region `auto` too (how GCS's XML API is signed: a stand-in for GCS in the tests)
  const auto = builtinClient(endpoint, o.secret, 'unused', 'auto', 3600);
  const gate = createGate(o.dir, self, o.secret, s3.locks, { signerFor: (region) => (region === 'us-east-1' ? self : region === 'auto' ? auto : null), parts: s3.parts });
  s3.setGate(gate.handler);
  return {
    endpoint,
    dir: o.dir,
    handle: s3.handle,
    sweepOrphans: s3.sweepOrphans,
    async close() {
      self.destroy();
      auto.destroy();
      await s3.close();
    },
  };
}
