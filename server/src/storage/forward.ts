/**
 * `/s3/` on the API's origin when the built-in storage runs as its own process: every request is passed on to it
 * unchanged (method, path, query, the headers S3 reads), and its answer back, streamed both ways.
 */
import * as http from 'http';
import * as https from 'https';

const REQUEST_HEADERS = ['content-length', 'content-md5', 'content-type', 'range', 'origin', 'access-control-request-method', 'access-control-request-headers', 'if-none-match', 'if-modified-since'];

export function forwardTo(endpoint: string): (req: http.IncomingMessage, res: http.ServerResponse) => void {
  const base = new URL(endpoint);
  const mod = base.protocol === 'https:' ? https : http;
  return (req, res) => {
    const headers: Record<string, string> = {};
    for (const h of REQUEST_HEADERS) {
      const v = req.headers[h];
      if (typeof v === 'string') headers[h] = v;
    }
    const up = mod.request(new URL(req.url || '/', base), { method: req.method, headers }, (ur) => {
      res.writeHead(ur.statusCode || 502, ur.headers);
      ur.pipe(res);
    });
    up.on('error', () => {
      if (!res.headersSent) {
        res.writeHead(502, { 'Content-Type': 'application/xml' });
        res.end('<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>BadGateway</Code><Message>storage is not reachable</Message></Error>');
      } else {
        res.destroy();
      }
    });
    res.on('close', () => {
      if (!res.writableFinished) up.destroy();
    });
    req.pipe(up);
  };
}
