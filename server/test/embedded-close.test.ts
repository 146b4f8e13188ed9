/**
 * Closing the embedded S3 server while a part is still arriving: the cut-off request ends after the close, and
 * nothing is printed (s3rver's logger is silent; once closed, winston would print each late line to stderr).
 */
import * as http from 'http';
import { mkdtempSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startEmbeddedS3 } from '../src/storage/embedded';

function call(endpoint: string, method: string, p: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(endpoint + p, { method }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode || 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('a part PUT cut off by close() leaves no line on the console', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fp-embedded-close-'));
  const printed = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    const s3 = await startEmbeddedS3(dir);
    expect((await call(s3.endpoint, 'PUT', '/close-test')).status).toBe(200);
    const started = await call(s3.endpoint, 'POST', '/close-test/obj?uploads');
    const uploadId = (/<UploadId>([^<]+)</.exec(started.body) as RegExpExecArray)[1];
    // a part that announces 1 MB and sends 1 KB: s3rver is still reading it when the server closes
    const part = http.request(`${s3.endpoint}/close-test/obj?partNumber=1&uploadId=${uploadId}`, { method: 'PUT', headers: { 'Content-Length': String(1024 * 1024) } });
    const cut = new Promise<void>((resolve) => part.on('error', () => resolve()).on('response', () => resolve()));
    part.write(Buffer.alloc(1024));
    await new Promise((r) => setTimeout(r, 300));
    await s3.close();
    await cut;
    await new Promise((r) => setTimeout(r, 300));
    expect(printed.mock.calls.map((c) => String(c[0]))).toEqual([]);
  } finally {
    printed.mockRestore();
    rmSync(dir, { recursive: true, force: true });
  }
});
