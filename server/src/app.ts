/** The request dispatcher: CORS, fault injection per route, then the route handlers (URL layout of docs/ARCHITECTURE.md). */
import { IncomingMessage, ServerResponse } from 'http';
import * as path from 'path';
import { randomBytes } from 'crypto';
import type { Ctx } from './context';
import { queryFields, readFields } from './http/body';
import { HttpError, notFound } from './http/errors';
import { preflight, sendError, sendJson, setCors } from './http/respond';
import { redactUrl } from './http/redact';
import type { Fault, FaultRoute } from './faults';
import * as mp from './routes/multipart';
import * as files from './routes/files';
import { proxyPart } from './routes/s3proxy';
import { serveStatic } from './routes/static';
import { convertRoute, processRoute } from './convert/route';
import { listSource, storeFromSource } from './customSource';
import { cloudRoute, isCloudPath } from './cloud/routes';

/**
 * A handle, and the `+<filename>` pages append to a Blob URL to give a link a readable name (`<handle>+report.pdf`,
 * also percent-encoded): the name is cosmetic and ignored.
 */
const HANDLE = '([A-Za-z0-9]{1,64})(?:\\+[^/]*)?';
const FILE_RE = new RegExp('^/api/file/' + HANDLE + '(/metadata|/remove|/convert)?/?$');
const CDN_RE = new RegExp('^/cdn/' + HANDLE + '/?$');

/** Applies a fault; resolves true when the request was answered (or dropped) by it. */
async function applyFault(req: IncomingMessage, res: ServerResponse, fault: Fault | null): Promise<boolean> {
  if (!fault) return false;
  switch (fault.kind) {
    case 'status': {
      req.resume();
      const headers: Record<string, string> = {};
      if (fault.retryAfterSeconds !== undefined) headers['Retry-After'] = String(fault.retryAfterSeconds);
      sendError(req, res, new HttpError(fault.status, `fault injected: HTTP ${fault.status}`, headers));
      return true;
    }
    case 'drop':
      req.socket.destroy();
      return true;
    case 'stall':
      if (fault.ms === undefined) {
        // never answer; the client gives up (or the server closes)
        return true;
      }
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, fault.ms);
        res.on('close', () => {
          clearTimeout(t);
          resolve();
        });
      });
      return res.destroyed;
    case 'slow':
      return false;
  }
}

function log(ctx: Ctx, req: IncomingMessage, res: ServerResponse, started: number): void {
  if (!ctx.cfg.log) return;
  // policy, signature (query or /process security= segment) and presigned credentials are redacted
  const target = redactUrl(req.url || '');
  res.on('close', () => process.stderr.write(`${req.method} ${target} ${res.statusCode} ${Date.now() - started}ms\n`));
}

/** The request listener; its promise settles once the route is done with the request (the server drains them on close). */
export function createHandler(ctx: Ctx): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const demoRoot = path.join(__dirname, '..', 'public', 'demo');
  return (req, res) => {
    // the safety net: whatever a route throws or rejects with is a 500 with a generic message (logged, redacted)
    req.on('error', () => undefined);
    res.on('error', () => undefined);
    try {
      log(ctx, req, res, Date.now());
      res.setHeader('X-Request-Id', randomBytes(8).toString('hex'));
      return handle(ctx, req, res, demoRoot).catch((e: unknown) => sendError(req, res, e));
    } catch (e) {
      sendError(req, res, e);
      return Promise.resolve();
    }
  };
}

async function handle(ctx: Ctx, req: IncomingMessage, res: ServerResponse, demoRoot: string): Promise<void> {
  let url: URL;
  try {
    url = new URL(req.url || '/', 'http://x');
  } catch {
    throw new HttpError(400, 'url: malformed request target');
  }
  const p = url.pathname;
  const method = req.method || 'GET';
  if (ctx.mountedStorage && p.indexOf('/s3/') === 0) {
    // the embedded storage, in-process: the gate and s3rver see the request as if it came to their own port
    req.url = (req.url as string).slice(3);
    return ctx.mountedStorage(req, res);
  }
  if (method === 'OPTIONS') return preflight(req, res);
  setCors(req, res);

  const mpm = /^\/multipart\/(start|upload|commit|complete|abort)\/?$/.exec(p);
  if (mpm) {
    if (method !== 'POST') throw new HttpError(405, `method: ${p} takes POST`);
    const route = mpm[1] as 'start' | 'upload' | 'commit' | 'complete' | 'abort';
    if (route !== 'abort' && (await applyFault(req, res, ctx.faults.next(route as FaultRoute)))) return;
    const fields = await readFields(req);
    const answer = await mp[route](ctx, fields);
    return sendJson(res, answer.status, answer.body);
  }
  if (p.indexOf('/s3proxy/') === 0) {
    const fault = ctx.faults.next('part');
    if (await applyFault(req, res, fault)) return;
    return proxyPart(ctx, req, res, p.slice('/s3proxy'.length) + url.search, fault);
  }
  const fm = FILE_RE.exec(p) || CDN_RE.exec(p);
  if (fm) return fileRoute(ctx, req, res, url, fm[1], fm[2] || '');
  const sm = /^\/api\/store\/([^/]+)\/?$/.exec(p);
  if (sm) {
    if (method !== 'POST') throw new HttpError(405, 'method: /api/store takes POST');
    const fault = ctx.faults.next('store');
    if (await applyFault(req, res, fault)) return;
    return files.store(ctx, req, res, url, sm[1], fault);
  }
  const cm = /^\/api\/customsource\/(list|store)\/?$/.exec(p);
  if (cm) {
    if (cm[1] === 'list') {
      if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, 'method: /api/customsource/list takes GET');
      return sendJson(res, 200, await listSource(ctx, queryFields(url)));
    }
    if (method !== 'POST') throw new HttpError(405, 'method: /api/customsource/store takes POST');
    const fields = { ...queryFields(url), ...(await readFields(req)) };
    return sendJson(res, 200, await storeFromSource(ctx, fields));
  }
  if (isCloudPath(p)) return cloudRoute(ctx, req, res, url);
  if (p.indexOf('/process/') === 0) {
    if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, 'method: /process takes GET');
    if (await applyFault(req, res, ctx.faults.next('file'))) return;
    return processRoute(ctx, req, res);
  }
  if (ctx.cfg.staticDirs && (method === 'GET' || method === 'HEAD') && (await staticRoute(ctx, req, res, p, demoRoot))) return;
  if (p === '/health') return sendJson(res, 200, { status: 'ok' });
  if (p === '/favicon.ico') {
    res.statusCode = 204;
    res.end();
    return;
  }
  throw notFound(`path: no route for ${method} ${p.slice(0, 200)}`);
}

/** `/api/file/<handle>[/metadata|/remove|/convert]` and `/cdn/<handle>`. */
async function fileRoute(ctx: Ctx, req: IncomingMessage, res: ServerResponse, url: URL, handle: string, sub: string): Promise<void> {
  const p = url.pathname;
  const method = req.method || 'GET';
  const fault = ctx.faults.next(method === 'POST' && !sub ? 'store' : 'file');
  if (await applyFault(req, res, fault)) return;
  // conversions (issue 7) live in ./convert and are served from here
  if (sub === '/convert') return convertRoute(ctx, req, res, url, handle);
  if (sub === '/metadata' && (method === 'GET' || method === 'HEAD')) return files.getMetadata(ctx, res, url, handle);
  if (!sub && (method === 'GET' || method === 'HEAD')) return files.getContent(ctx, req, res, url, handle, fault);
  if (p.indexOf('/cdn/') === 0) throw new HttpError(405, 'method: /cdn takes GET');
  if (sub === '/remove' && method === 'POST') return files.remove(ctx, res, url, handle, await readFields(req, 64 * 1024));
  if (!sub && method === 'DELETE') return files.remove(ctx, res, url, handle, {});
  if (!sub && method === 'POST') return files.write(ctx, req, res, url, handle, fault);
  throw new HttpError(405, `method: ${method} is not allowed on ${p}`);
}

/** `/`, `/demo/…` and `/dist/…` (npm start only); true when answered. */
async function staticRoute(ctx: Ctx, req: IncomingMessage, res: ServerResponse, p: string, demoRoot: string): Promise<boolean> {
  if (p === '/' || p === '/demo') {
    res.statusCode = 302;
    res.setHeader('Location', '/demo/');
    res.end();
    return true;
  }
  if (p.indexOf('/dist/') === 0) {
    await serveStatic(res, path.join(ctx.cfg.rootDir, 'dist'), p.slice(6), false, req.method === 'HEAD');
    return true;
  }
  if (p.indexOf('/demo/') === 0) {
    await serveStatic(res, demoRoot, p.slice(6), true, req.method === 'HEAD');
    return true;
  }
  return false;
}
