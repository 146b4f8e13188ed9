/**
 * The responsive-images route: `GET /process/<apikey>/resize=width:N[/security=signature:S,policy:P]/<source url>`
 * (the URL v2's `data-fp-src` images ask for). `parseProcessPath` reads it, `buildResizeUrl` writes it.
 */
import { badRequest } from '../http/errors';
import { MAX_DIMENSION } from './params';
import { decodePathSegment } from '../validate';

export interface ProcessRequest {
  apikey: string;
  width: number;
  security?: { policy: string; signature: string };
  /** What to resize: an absolute URL (query string included) or a bare handle, as the page wrote it. */
  source: string;
}

const PREFIX = '/process/';

/**
 * Parses a request target under the process route. Give it the raw `req.url` (path and query): the source URL is
 * everything after the last task, its own `?query` included. A percent-encoded source (`https%3A%2F%2F…`) is decoded.
 */
export function parseProcessPath(path: string): ProcessRequest {
  if (path.indexOf(PREFIX) !== 0) throw badRequest(`process: the path must start with ${PREFIX}, got ${JSON.stringify(path.slice(0, 40))}`);
  const rest = path.slice(PREFIX.length);
  const parts = rest.split('/');
  const apikey = decodePathSegment('process: apikey', parts[0] || '');
  if (!apikey || !/^[A-Za-z0-9_-]+$/.test(apikey)) throw badRequest(`process: apikey: expected letters, digits, "-" or "_", got ${JSON.stringify(parts[0] || '')}`);

  const resize = parts[1] || '';
  const m = /^resize=(.*)$/.exec(resize);
  if (!m) throw badRequest(`process: expected the task resize=width:N after the apikey, got ${JSON.stringify(resize)}`);
  let width: number | undefined;
  m[1].split(',').forEach((pair) => {
    const kv = pair.split(':');
    if (kv[0] !== 'width' || kv.length !== 2) throw badRequest(`process: resize: only width:N is supported, got ${JSON.stringify(pair)}`);
    const n = /^\d+$/.test(kv[1]) ? Number(kv[1]) : NaN;
    if (!(n >= 1 && n <= MAX_DIMENSION)) throw badRequest(`process: resize width: expected a whole number from 1 to ${MAX_DIMENSION}, got ${JSON.stringify(kv[1])}`);
    width = n;
  });
  if (width === undefined) throw badRequest('process: resize: width:N is required');

  let next = 2;
  let security: ProcessRequest['security'];
  const sec = /^security=(.*)$/.exec(parts[2] || '');
  if (sec) {
    next = 3;
    const found: { [k: string]: string } = {};
    sec[1].split(',').forEach((pair) => {
      const i = pair.indexOf(':');
      const k = i > 0 ? pair.slice(0, i) : '';
      if (k !== 'policy' && k !== 'signature') throw badRequest(`process: security: expected signature:S,policy:P, got ${JSON.stringify(pair)}`);
      found[k] = decodePathSegment(`process: security: ${k}`, pair.slice(i + 1));
    });
    if (!found.policy || !found.signature) throw badRequest('process: security: both signature and policy are required');
    security = { policy: found.policy, signature: found.signature };
  }

  let source = parts.slice(next).join('/');
  if (/^https?%3A/i.test(source)) source = decodePathSegment('process: source', source);
  if (!source) throw badRequest('process: the source URL (or handle) is missing after the tasks');
  if (!/^https?:\/\//i.test(source) && !/^[A-Za-z0-9_-]+$/.test(source)) {
    throw badRequest(`process: source: expected an http(s) URL or a file handle, got ${JSON.stringify(source.slice(0, 80))}`);
  }
  return { apikey, width, security, source };
}

/** The process URL for `req` under `processBase` (for example `http://127.0.0.1:8080/process`). */
export function buildResizeUrl(processBase: string, req: ProcessRequest): string {
  const base = processBase.replace(/\/+$/, '');
  const sec = req.security ? '/security=signature:' + req.security.signature + ',policy:' + req.security.policy : '';
  return base + '/' + req.apikey + '/resize=width:' + req.width + sec + '/' + req.source;
}
