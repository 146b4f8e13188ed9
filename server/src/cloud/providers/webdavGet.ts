/**
 * A WebDAV file's bytes: a plain GET through the guarded agent (the `webdav` client's read stream does not pass on
 * a connection cut mid-body, so a truncated file would look whole). A cut, reset or idle connection errors the stream.
 */
import * as http from 'http';
import * as https from 'https';
import type { Readable } from 'stream';
import { CloudError } from '../errors';

export interface GetOptions {
  url: string;
  user: string;
  password: string;
  agent: http.Agent;
  timeoutMs: number;
  /** maps an HTTP status or socket error to the provider's error */
  fail: (e: unknown) => Error;
}

export function getStream(o: GetOptions): Promise<Readable> {
  const u = new URL(o.url);
  const mod = u.protocol === 'https:' ? https : http;
  const headers: Record<string, string> = {};
  if (o.user) headers.Authorization = 'Basic ' + Buffer.from(o.user + ':' + o.password, 'utf8').toString('base64');
  return new Promise((resolve, reject) => {
    const req = mod.request(u, { method: 'GET', headers, agent: o.agent }, (res) => {
      const status = res.statusCode || 0;
      if (status !== 200) {
        res.resume();
        return reject(o.fail({ status, response: { headers: res.headers } }));
      }
      res.setTimeout(o.timeoutMs, () => res.destroy(new CloudError('timeout', 'webdav', 'the server stopped sending the file')));
      res.on('aborted', () => res.destroy(new CloudError('upstream', 'webdav', 'the server closed the connection during the transfer')));
      resolve(res);
    });
    req.setTimeout(o.timeoutMs, () => req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
    req.on('error', (e) => reject(o.fail(e)));
    req.end();
  });
}
