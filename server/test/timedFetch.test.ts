/** Provider downloads time out on silence, not on their length: headers late → error; bytes trickling in → fine; a stall → error. */
import * as http from 'http';
import type { AddressInfo } from 'net';
import { timedFetch } from '../src/cloud/providers/timedFetch';

let srv: http.Server;
let base: string;

beforeAll(async () => {
  srv = http.createServer((req, res) => {
    if (req.url === '/late') return void setTimeout(() => res.end('late'), 600);
    res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
    if (req.url === '/trickle') {
      // 8 chunks 100 ms apart: 800 ms in all, never 300 ms of silence
      let n = 0;
      const t = setInterval(() => {
        res.write(Buffer.alloc(10, n));
        if (++n < 8) return;
        clearInterval(t);
        res.end();
      }, 100);
      return;
    }
    res.write('first bytes'); // then nothing: a stalled transfer
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
  base = 'http://127.0.0.1:' + (srv.address() as AddressInfo).port;
});
afterAll(async () => {
  srv.closeAllConnections();
  await new Promise((r) => srv.close(r));
});

test('an answer whose headers come after the limit is aborted', async () => {
  await expect(timedFetch(base + '/late', {}, 300)).rejects.toThrow(/abort|timeout/i);
});

test('a body that takes longer than the limit in all, but never falls silent that long, arrives whole', async () => {
  const res = await timedFetch(base + '/trickle', {}, 300);
  expect(res.url).toBe(base + '/trickle');
  expect(Buffer.from(await res.arrayBuffer()).length).toBe(80);
});

test('a body that stalls is aborted after the limit of silence', async () => {
  const res = await timedFetch(base + '/stall', {}, 300);
  await expect(res.arrayBuffer()).rejects.toThrow(/timeout|abort/i);
});
