/** /dist/… (the bundle) and /demo/… (demo pages, served with a strict Content-Security-Policy). */
import { ServerResponse } from 'http';
import { createReadStream, promises as fsp } from 'fs';
import * as path from 'path';
import { notFound } from '../http/errors';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export async function serveStatic(res: ServerResponse, root: string, rel: string, csp: boolean, head: boolean): Promise<void> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rel);
  } catch {
    throw notFound('path: not found');
  }
  if (decoded.indexOf('\0') >= 0) throw notFound('path: not found');
  let file = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  if (file !== root && file.indexOf(root + path.sep) !== 0) throw notFound('path: not found');
  let st = await fsp.stat(file).catch(() => null);
  if (st && st.isDirectory()) {
    file = path.join(file, 'index.html');
    st = await fsp.stat(file).catch(() => null);
  }
  if (!st || !st.isFile()) throw notFound('path: not found');
  res.statusCode = 200;
  res.setHeader('Content-Type', TYPES[path.extname(file)] || 'application/octet-stream');
  res.setHeader('Content-Length', st.size);
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  if (csp) res.setHeader('Content-Security-Policy', "default-src 'self'");
  if (head) {
    res.end();
    return;
  }
  createReadStream(file).on('error', () => res.destroy()).pipe(res);
}
