/** Timeouts of the servers that take large bodies (server/src/http/longBodies.ts), on a real server over loopback. */
import * as http from 'http';
import * as net from 'net';
import { AddressInfo } from 'net';
import { allowLongBodies, HEADERS_MS } from '../src/http/longBodies';

/** A server counting the body bytes of each request and answering 200 with their count. */
async function serve(idleMs?: number): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    let n = 0;
    req.on('data', (c: Buffer) => { n += c.length; });
    req.on('end', () => res.end(String(n)));
  });
  allowLongBodies(server, idleMs);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return server;
}

/** Opens a raw connection and sends the headers of a PUT of `length` bytes. */
function startPut(server: http.Server, length: number): net.Socket {
  const s = net.connect((server.address() as AddressInfo).port, '127.0.0.1');
  s.write(`PUT /part HTTP/1.1\r\nHost: x\r\nContent-Length: ${length}\r\nConnection: close\r\n\r\n`);
  return s;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('no limit on a request\'s total time; headers still bounded', async () => {
  const server = await serve();
  expect([server.requestTimeout, server.headersTimeout, server.timeout]).toEqual([0, HEADERS_MS, 0]);
  server.close();
});

test('a body arriving slowly but steadily is taken whole, past the idle limit in total', async () => {
  const server = await serve(300);
  const s = startPut(server, 8);
  let answer = '';
  s.on('data', (c) => { answer += c.toString(); });
  for (let i = 0; i < 8; i++) {
    await sleep(100);
    s.write('x');
  }
  await new Promise((r) => s.on('close', r));
  expect(answer).toMatch(/^HTTP\/1\.1 200/);
  expect(answer).toMatch(/\r\n\r\n8$/);
  server.close();
});

test('a connection whose body stops arriving is closed after the idle limit, without an answer', async () => {
  const server = await serve(300);
  const s = startPut(server, 100);
  s.write('xx');
  let answer = '';
  s.on('data', (c) => { answer += c.toString(); });
  const started = Date.now();
  await new Promise((r) => s.on('close', r));
  expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  expect(answer).not.toMatch(/200/);
  server.close();
});
