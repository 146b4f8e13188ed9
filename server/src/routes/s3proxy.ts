/** PUT /s3proxy/<bucket>/<key>?<presigned query>: a pass-through to storage, used for part uploads when faults are on. */
import * as http from 'http';
import * as https from 'https';
import type { Ctx } from '../context';
import { throttle, Fault } from '../faults';
import { setCors } from '../http/respond';
import { HttpError } from '../http/errors';

const FORWARD = ['content-length', 'content-md5', 'content-type', 'x-amz-date', 'x-amz-content-sha256', 'authorization'];

export function proxyPart(ctx: Ctx, req: http.IncomingMessage, res: http.ServerResponse, rest: string, fault: Fault | null): Promise<void> {
  return new Promise((resolve, reject) => {
    const target = new URL(ctx.storage.endpoint + rest);
    if (req.method !== 'PUT') return reject(new HttpError(405, 'method: only PUT goes through /s3proxy'));
    const headers: Record<string, string> = {};
    for (const h of FORWARD) {
      const v = req.headers[h];
      if (typeof v === 'string') headers[h] = v;
    }
    const mod = target.protocol === 'https:' ? https : http;
    const up = mod.request(target, { method: 'PUT', headers }, (ur) => {
      setCors(req, res);
      res.statusCode = ur.statusCode || 502;
      for (const h of ['etag', 'content-type', 'content-length']) {
        const v = ur.headers[h];
        if (v !== undefined) res.setHeader(h, v);
      }
      ur.pipe(res);
      ur.on('end', () => resolve());
      ur.on('error', () => resolve());
    });
    up.on('error', () => {
      if (!res.headersSent) reject(new HttpError(502, 'storage: the part could not be forwarded'));
      else res.destroy();
      resolve();
    });
    req.on('aborted', () => up.destroy());
    res.on('close', () => {
      if (!res.writableFinished) up.destroy();
    });
    if (fault && fault.kind === 'slow') req.pipe(throttle(fault.bytesPerSecond)).pipe(up);
    else req.pipe(up);
  });
}
