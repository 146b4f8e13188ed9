/** Writing answers: JSON, errors and the CORS headers every API answer carries. */
import { IncomingMessage, ServerResponse } from 'http';
import { HttpError } from './errors';
import { redactUrl } from './redact';

const EXPOSED = 'ETag, Content-Length, Content-Range, Content-Disposition, Retry-After, X-Request-Id, Filestack-Upload-Region';

/** Any origin may call the API (the pages that embed the library live anywhere). */
export function setCors(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Expose-Headers', EXPOSED);
}

export function preflight(req: IncomingMessage, res: ServerResponse): void {
  setCors(req, res);
  res.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, POST, PUT, DELETE, OPTIONS');
  const asked = req.headers['access-control-request-headers'];
  res.setHeader('Access-Control-Allow-Headers', typeof asked === 'string' && asked ? asked : 'Content-Type, Content-MD5, Range, X-NO-STREAM, Filestack-Upload-Region');
  res.setHeader('Access-Control-Max-Age', '600');
  res.statusCode = 204;
  res.end();
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent || res.destroyed) return;
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.setHeader('Cache-Control', 'no-store');
  res.end(text);
}

export function sendError(req: IncomingMessage, res: ServerResponse, err: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  // a refused body is not read on: the connection closes after the answer
  if (!req.complete && !res.destroyed) res.setHeader('Connection', 'close');
  if (err instanceof HttpError) {
    if (err.headers) for (const k of Object.keys(err.headers)) res.setHeader(k, err.headers[k]);
    sendJson(res, err.status, { error: err.message });
    return;
  }
  const e = err as Error;
  process.stderr.write(`server: internal error on ${req.method} ${redactUrl(req.url || '')}: ${redactUrl(e && e.stack ? e.stack : String(e))}\n`);
  sendJson(res, 500, { error: 'internal error' });
}
