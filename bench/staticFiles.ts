/**
 * Serving a built `dist/` folder to a bench page the way a real site would: each file with its content type, under a
 * URL prefix, and 404 for anything else (a page server that answers unknown paths with HTML makes the MD5 Worker and
 * the on-demand chunks load as HTML, and the page waits forever for them).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as http from 'http';

const TYPES: { [ext: string]: string } = {
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
  '.css': 'text/css',
  '.html': 'text/html; charset=utf-8',
  '.d.ts': 'text/plain',
};

export function notFound(res: http.ServerResponse): void {
  res.writeHead(404, { 'Content-Type': 'text/plain' });
  res.end('not found');
}

/**
 * Answers `urlPath` (already stripped of its prefix, e.g. `chunks/md5.min.js`) from `dir`, or 404 when the file does
 * not exist, is a folder or lies outside `dir`. `headers` are added (e.g. a CSP for one file).
 */
export function serveFile(dir: string, urlPath: string, res: http.ServerResponse, headers?: http.OutgoingHttpHeaders): void {
  const root = path.resolve(dir);
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath.replace(/[?#].*$/, ''));
  } catch {
    return notFound(res);
  }
  const file = path.resolve(root, '.' + path.sep + rel);
  if (file !== root && !file.startsWith(root + path.sep)) return notFound(res);
  fs.stat(file, (err, st) => {
    if (err || !st.isFile()) return notFound(res);
    const type = TYPES[path.extname(file)] || 'application/octet-stream';
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': st.size, 'Cache-Control': 'no-store', ...(headers || {}) });
    fs.createReadStream(file).pipe(res);
  });
}
