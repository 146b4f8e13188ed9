/** A tiny round-robin HTTP balancer on loopback for the multi-instance tests: each request goes to the next backend. */
import * as http from 'http';
import { AddressInfo, Socket } from 'net';

export interface Balancer {
  url: string;
  /** Backends in rotation (base URLs). */
  backends: string[];
  /** How many requests each backend got. */
  hits: Record<string, number>;
  close(): Promise<void>;
}

export async function startBalancer(backends: string[]): Promise<Balancer> {
  let next = 0;
  const hits: Record<string, number> = {};
  const sockets = new Set<Socket>();
  const b: Balancer = { url: '', backends: backends.slice(), hits, close: async () => undefined };
  const server = http.createServer((req, res) => {
    const target = new URL(b.backends[next++ % b.backends.length]);
    hits[target.origin] = (hits[target.origin] || 0) + 1;
    const up = http.request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (ur) => {
      res.writeHead(ur.statusCode || 502, ur.headers);
      ur.pipe(res);
    });
    up.on('error', () => {
      if (res.headersSent) res.destroy();
      else {
        res.writeHead(502, { 'Content-Type': 'application/json' });
        res.end('{"error":"balancer: backend unreachable"}');
      }
    });
    req.pipe(up);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  b.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  b.close = () =>
    new Promise<void>((r) => {
      server.close(() => r());
      sockets.forEach((s) => s.destroy());
    });
  return b;
}
