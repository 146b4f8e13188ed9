'use strict';
/**
 * The e2e origin: one loopback HTTP server that serves the test pages (e2e/pages), the freshly built bundle (/dist/ from
 * a temp folder) and proxies every other path to the reference server, so pages, API and storage share one origin
 * (needed by the `default-src 'self'` page). Pages named `csp-*.html` are sent with that CSP.
 */
const http = require('http');
const fs = require('fs');
const path = require('path');

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'application/javascript; charset=utf-8', '.mjs': 'application/javascript; charset=utf-8', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png', '.map': 'application/json' };
const CSP = "default-src 'self'";

function send(res, status, type, body, headers) {
  res.writeHead(status, Object.assign({ 'Content-Type': type, 'Cache-Control': 'no-store' }, headers || {}));
  res.end(body);
}

function serveFile(res, file, headers) {
  fs.readFile(file, (err, data) => {
    if (err) return send(res, 404, 'text/plain', 'not found');
    send(res, 200, TYPES[path.extname(file)] || 'application/octet-stream', data, headers);
  });
}

/** Starts the page server; `setApi(url)` points its proxy at the reference server once that runs. */
function startPageServer(opts) {
  let api = null;
  const pagesDir = path.join(__dirname, '..', 'pages');
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const p = decodeURIComponent(url.pathname);
    if (p.startsWith('/dist/')) {
      const file = path.join(opts.distDir, path.normalize(p.slice(6)).replace(/^(\.\.[/\\])+/, ''));
      return serveFile(res, file);
    }
    if (p.startsWith('/e2e/')) {
      const name = path.basename(p);
      const headers = name.startsWith('csp-') ? { 'Content-Security-Policy': CSP } : undefined;
      if (opts.extra && opts.extra[name]) return send(res, 200, TYPES[path.extname(name)] || 'application/octet-stream', opts.extra[name], headers);
      return serveFile(res, path.join(pagesDir, name), headers);
    }
    if (!api) return send(res, 503, 'text/plain', 'no api yet');
    const target = new URL(req.url, api);
    const up = http.request({ host: target.hostname, port: target.port, path: target.pathname + target.search, method: req.method, headers: Object.assign({}, req.headers, { host: target.host }) }, (r) => {
      res.writeHead(r.statusCode, r.headers);
      r.pipe(res);
    });
    up.on('error', () => {
      if (!res.headersSent) send(res, 502, 'text/plain', 'proxy error');
      else res.destroy();
    });
    req.pipe(up);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const origin = 'http://127.0.0.1:' + server.address().port;
      resolve({
        origin,
        setApi(u) {
          api = u;
        },
        close: () => new Promise((r) => {
          if (server.closeAllConnections) server.closeAllConnections();
          server.close(() => r());
        }),
      });
    });
  });
}

module.exports = { startPageServer, CSP };
