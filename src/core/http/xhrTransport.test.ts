/**
 * The XHR transport in jsdom against a loopback HTTP server (jsdom's XHR applies CORS: the page origin is
 * http://localhost, the server is http://127.0.0.1:<port>).
 */
import * as http from 'http';
import { AddressInfo } from 'net';
import { xhrTransport } from './xhrTransport';
import { Aborter } from './signal';

let server: http.Server;
let base = '';
const received: Array<{ method: string; url: string; headers: http.IncomingHttpHeaders; body: Buffer }> = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const cors: Record<string, string> = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Methods': 'PUT, POST', 'Access-Control-Allow-Headers': 'authorization, content-md5, content-type' };
      if (req.method === 'OPTIONS') { res.writeHead(204, cors); return res.end(); }
      received.push({ method: req.method as string, url: req.url as string, headers: req.headers, body: Buffer.concat(chunks) });
      if (req.url === '/hang') return; // never answers
      if (req.url === '/bytes') { res.writeHead(200, { ...cors, 'Content-Length': '3' }); return res.end(Buffer.from([0, 200, 255])); }
      if (req.url === '/exposed') res.writeHead(200, { ...cors, ETag: '"abc"', 'Access-Control-Expose-Headers': 'ETag' });
      else if (req.url === '/hidden') res.writeHead(200, { ...cors, ETag: '"abc"' });
      else res.writeHead(503, { ...cors, 'Content-Type': 'application/json' });
      res.end(req.url === '/exposed' || req.url === '/hidden' ? '' : '{"error":"busy"}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = 'http://127.0.0.1:' + (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

describe('xhrTransport', () => {
  it('PUTs a Blob with exactly the given headers and reads an exposed ETag', async () => {
    const t = xhrTransport();
    const progress: number[] = [];
    const res = await t.request({ method: 'PUT', url: base + '/exposed', headers: { Authorization: 'AWS x', 'Content-MD5': 'kAFQmDzST7DWlj99KOF/cg==' }, body: new Blob(['abc']), onUploadProgress: (n) => progress.push(n) });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe('"abc"');
    const last = received[received.length - 1];
    expect(last.body.toString()).toBe('abc');
    expect(last.headers.authorization).toBe('AWS x');
    expect(last.headers['content-md5']).toBe('kAFQmDzST7DWlj99KOF/cg==');
    expect(progress[progress.length - 1]).toBe(3);
  });

  it('cannot read an ETag that CORS does not expose (the engine then names the bucket CORS rule)', async () => {
    const res = await xhrTransport().request({ method: 'PUT', url: base + '/hidden', body: new Blob(['abc']) });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBeNull();
  });

  it('resolves error statuses with their body', async () => {
    const res = await xhrTransport().request({ method: 'POST', url: base + '/busy', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(503);
    expect(res.text).toBe('{"error":"busy"}');
  });

  it('rejects with TimeoutError and AbortError', async () => {
    await expect(xhrTransport().request({ method: 'POST', url: base + '/hang', body: 'x', timeoutMs: 100 })).rejects.toMatchObject({ name: 'TimeoutError' });
    const a = new Aborter();
    const p = xhrTransport().request({ method: 'POST', url: base + '/hang', body: 'x', signal: a });
    setTimeout(() => a.abort(), 50);
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('rejects with TransportError when the connection fails', async () => {
    // jsdom reports the refused connection on its virtual console as well; keep the run quiet
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await expect(xhrTransport().request({ method: 'POST', url: 'http://127.0.0.1:1/', body: 'x' })).rejects.toMatchObject({ name: 'TransportError' });
    } finally {
      spy.mockRestore();
    }
  });
});

describe('xhrTransport: what REST reads and export need', () => {
  it('reads the answer as bytes, with download progress', async () => {
    const seen: number[] = [];
    const res = await xhrTransport().request({ method: 'GET', url: base + '/bytes', responseType: 'arraybuffer', onDownloadProgress: (l, t) => seen.push(l, t) });
    expect(res.status).toBe(200);
    expect(seen.slice(-2)).toEqual([3, 3]);
    expect(res.text).toBe('');
    expect(Array.from(new Uint8Array(res.body as ArrayBuffer))).toEqual([0, 200, 255]);
  });

  it('a request the browser refuses (a malformed URL) is a TransportError, never a throw', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      let p: Promise<unknown> | undefined;
      expect(() => { p = xhrTransport().request({ method: 'GET', url: 'http://[not a host/', headers: { 'X-Ok': 'a' } }); }).not.toThrow();
      await expect(p).rejects.toMatchObject({ name: 'TransportError', message: expect.stringMatching(/^the request was refused before it was sent \(/) });
    } finally {
      spy.mockRestore();
    }
  });

  it('uses the XMLHttpRequest of the scope it is given', async () => {
    await expect(xhrTransport({}).request({ method: 'GET', url: base + '/busy' })).rejects.toThrow('XMLHttpRequest is not available');
  });
});
