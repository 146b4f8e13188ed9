/** The cloud API under `/cloud` (PROTOCOL.md): every answer and error as JSON with CORS, errors as `{error, provider, cause}`. */
import type { IncomingMessage, ServerResponse } from 'http';
import type { Ctx } from '../context';
import { readFields } from '../http/body';
import { sendJson } from '../http/respond';
import { CloudError, sendCloudError } from './errors';
import { fileRoute, linkRoute } from './link';
import { listRoute } from './list';
import { logoutRoute } from './logout';
import { metadataRoute } from './metadata';
import { offeredRoute } from './offered';
import { credentialsRoute } from './signin';
import { storeRoute } from './store';
import { DONE_JS, oauthRoute } from './oauth';
import { thumbnailRoute } from './thumbnail';
import type { Fields } from '../http/body';

type JsonRoute = (ctx: Ctx, fields: Fields, req: IncomingMessage) => Promise<Record<string, unknown>>;

const POSTS: Record<string, JsonRoute> = {
  '/folder/list': listRoute,
  '/store': storeRoute,
  '/link': linkRoute,
  '/metadata': metadataRoute,
  '/auth/logout': logoutRoute,
  '/auth/credentials': credentialsRoute,
  '/offered': offeredRoute,
};

const FILE_RE = /^\/file\/([A-Za-z0-9_-]{40,65536})(\/metadata)?\/?$/;
const OAUTH_RE = /^\/auth\/([a-z]{1,32})\/(start|callback)\/?$/;

/** Whether `pathname` is the cloud API's. */
export function isCloudPath(pathname: string): boolean {
  return pathname === '/cloud' || pathname.indexOf('/cloud/') === 0;
}

export async function cloudRoute(ctx: Ctx, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const sub = url.pathname.slice('/cloud'.length);
  const method = req.method || 'GET';
  try {
    const fm = FILE_RE.exec(sub);
    if (fm) {
      if (method !== 'GET' && method !== 'HEAD') throw new CloudError('badrequest', undefined, `method: ${url.pathname.slice(0, 80)} takes GET`);
      return await fileRoute(ctx, req, res, url, fm[1], !!fm[2]);
    }
    const om = OAUTH_RE.exec(sub);
    if (om || sub === '/auth/done.js') {
      if (method !== 'GET' && method !== 'HEAD') throw new CloudError('badrequest', undefined, `method: ${url.pathname.slice(0, 80)} takes GET`);
      if (om) return await oauthRoute(ctx, req, res, url, om[1], om[2]);
      res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
      res.setHeader('Cache-Control', 'public, max-age=3600');
      return void res.end(DONE_JS);
    }
    const named = sub.replace(/\/+$/, '');
    if (named === '/thumbnail' && method === 'POST') return await thumbnailRoute(ctx, req, res, await readFields(req));
    const route = POSTS[named];
    if (!route && named !== '/thumbnail') throw new CloudError('notfound', undefined, `path: no cloud API route ${method} ${url.pathname.slice(0, 200)}`);
    if (method !== 'POST') throw new CloudError('badrequest', undefined, `method: ${url.pathname.slice(0, 80)} takes POST`);
    const answer = await route(ctx, await readFields(req), req);
    sendJson(res, 200, answer);
  } catch (e) {
    sendCloudError(req, res, e);
  }
}
