/**
 * Test fixture: the reference server with the conversion routes in front of it, for as long as the router does not
 * serve them itself. Storage is an embedded s3rver started here, shared with the reference server (its `s3` option),
 * and so are the handle records (in its bucket). Requests for `/api/file/<h>/convert` and `/process/…` go to this module's routes;
 * everything else is forwarded to the reference server unchanged.
 */
import * as http from 'http';
import { AddressInfo, Socket } from 'net';
import { mkdtempSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startServer, RunningServer, ServerOptions } from '../index';
import { startEmbeddedS3 } from '../storage/embedded';
import { Storage } from '../storage/Storage';
import { Locations } from '../storage/locations';
import { HandleStore } from '../handles';
import { createFaultController } from '../faults';
import { sendError, setCors, preflight } from '../http/respond';
import { HttpError } from '../http/errors';
import type { Ctx } from '../context';
import { convertRoute, processRoute } from './route';

export interface ConvertingServer {
  /** Base URL pages and clients use. */
  url: string;
  /** The reference server behind the front (its faults, storage, config). */
  inner: RunningServer;
  close(): Promise<void>;
}

export async function startServerWithConversions(options: Omit<ServerOptions, 's3' | 'dataDir' | 'publicUrl'> = {}): Promise<ConvertingServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fp-conv-'));
  const s3 = await startEmbeddedS3(path.join(dir, 's3'));
  const s3cfg = { endpoint: s3.endpoint, region: 'us-east-1', bucket: 'fp-test', accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey };
  const front = http.createServer();
  const sockets = new Set<Socket>();
  front.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => front.listen(0, '127.0.0.1', () => r()));
  const url = 'http://127.0.0.1:' + (front.address() as AddressInfo).port;
  const inner = await startServer({ ...options, port: 0, dataDir: path.join(dir, 'data'), s3: s3cfg, publicUrl: url });
  const storage = new Storage(s3cfg, 3600);
  const handles = new HandleStore(storage, s3cfg.bucket);
  const ctx = { cfg: inner.config, storage, locations: new Locations(inner.config, [storage]), handles, faults: createFaultController(), base: () => url, tmpDir: dir } as unknown as Ctx;
  const target = new URL(inner.url);

  front.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const u = new URL(req.url || '/', 'http://x');
    const m = /^\/api\/file\/([A-Za-z0-9]{1,64})\/convert\/?$/.exec(u.pathname);
    const ours = m || u.pathname.indexOf('/process/') === 0;
    if (ours && req.method === 'OPTIONS') return preflight(req, res);
    if (ours) {
      setCors(req, res);
      // the router's per-route fault injection, as it applies to the file routes
      const fault = inner.faults.next('file');
      if (fault && fault.kind === 'status') {
        req.resume();
        return sendError(req, res, new HttpError(fault.status, 'fault injected: HTTP ' + fault.status));
      }
      (m ? convertRoute(ctx, req, res, u, m[1]) : processRoute(ctx, req, res)).catch((e) => sendError(req, res, e));
      return;
    }
    const fwd = http.request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode || 502, up.headers);
      up.pipe(res);
    });
    fwd.on('error', () => res.destroy());
    req.pipe(fwd);
  });

  return {
    url,
    inner,
    async close() {
      await new Promise<void>((r) => {
        front.close(() => r());
        sockets.forEach((s) => s.destroy());
      });
      storage.destroy();
      await inner.close();
      await s3.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
