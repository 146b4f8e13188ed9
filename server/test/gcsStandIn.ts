/**
 * No Google Cloud Storage emulator runs here, so the `gcs` location's tests point its endpoint at a stand-in: the
 * built-in storage (s3rver behind the server's gate, the S3 protocol GCS's XML API also speaks) on its own loopback
 * port and folder, reached through the same code path as GCS. In front of it this file adds what the gate needs to
 * admit the adapter's signed calls (the admission header; presigned part PUTs pass the gate's own checks), records
 * the headers each request carried (to see `x-goog-acl`), and can fail chosen part PUTs (a fault in one part).
 */
import * as http from 'http';
import { AddressInfo } from 'net';
import { mkdtempSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { randomBytes } from 'crypto';
import { builtinClient, startBuiltinStorage } from '../src/storage/builtin';
import { admissionValue, builtinCredentials } from '../src/storage/admission';
import type { Storage } from '../src/storage/Storage';

export interface GcsStandIn {
  /** what the server gets as `gcs.endpoint` */
  endpoint: string;
  accessKey: string;
  secret: string;
  /** a client of the stand-in (to look at what the server stored) */
  client(bucket: string): Storage;
  /** method, path, part number (0: none) and headers of every request it answered */
  requests: { method: string; path: string; part: number; headers: http.IncomingHttpHeaders }[];
  /** The next `times` PUTs of part `part` answer 500 without reaching storage. */
  failPart(part: number, times: number): void;
  stop(): Promise<void>;
}

export async function startGcsStandIn(): Promise<GcsStandIn> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fp-gcs-'));
  const secret = randomBytes(16).toString('hex');
  const failing = new Map<number, number>();
  const requests: GcsStandIn['requests'] = [];
  let handle: ((req: http.IncomingMessage, res: http.ServerResponse) => void) | null = null;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url || '/', 'http://x');
    const part = Number(url.searchParams.get('partNumber'));
    requests.push({ method: req.method || '', path: url.pathname, part, headers: { ...req.headers } });
    if (req.method === 'PUT' && (failing.get(part) || 0) > 0) {
      failing.set(part, (failing.get(part) as number) - 1);
      req.resume();
      req.on('end', () => {
        res.writeHead(500, { 'Content-Type': 'application/xml', 'Access-Control-Allow-Origin': '*' });
        res.end('<Error><Code>InternalError</Code><Message>fault injected by the test</Message></Error>');
      });
      return;
    }
    if (req.headers.authorization) req.headers['x-fp-internal'] = admissionValue(secret);
    (handle as NonNullable<typeof handle>)(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const storage = await startBuiltinStorage({ dir, secret, publicUrl: endpoint });
  handle = storage.handle;
  const clients: Storage[] = [];
  const creds = builtinCredentials(secret);
  return {
    endpoint,
    accessKey: creds.accessKeyId,
    secret: creds.secretAccessKey,
    requests,
    client(bucket) {
      const c = builtinClient(endpoint, secret, bucket, 'auto', 3600);
      clients.push(c);
      return c;
    },
    failPart(part, times) {
      failing.set(part, times);
    },
    async stop() {
      for (const c of clients) c.destroy();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await storage.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
