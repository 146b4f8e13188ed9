/**
 * PUTs one part to the URL storage gave for it, its bytes written as the chunks they arrived in (no copy into one
 * buffer, no hashing: storage's ETag names the part; only a storage that answers none gets the part's MD5 instead).
 */
import { createHash } from 'crypto';
import * as http from 'http';
import * as https from 'https';
import type { PartTarget } from '../storage/adapter';
import type { StoredPart } from '../storage/types';

function md5Hex(chunks: Buffer[]): string {
  const h = createHash('md5');
  for (const c of chunks) h.update(c);
  return h.digest('hex');
}

/** Resolves with the stored part; rejects when storage refuses it or the connection fails. */
export function putPart(target: PartTarget, n: number, chunks: Buffer[], size: number): Promise<StoredPart> {
  const url = new URL(target.url);
  const lib = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = lib.request(url, { method: 'PUT', headers: { ...target.headers, 'Content-Length': String(size) } }, (res) => {
      res.on('error', reject);
      res.on('end', () => {
        const status = res.statusCode || 0;
        if (status < 200 || status >= 300) return reject(new Error(`storage refused part ${n}: HTTP ${status}`));
        const etag = typeof res.headers.etag === 'string' && res.headers.etag ? res.headers.etag : md5Hex(chunks);
        resolve({ partNumber: n, etag: etag.replace(/"/g, ''), size });
      });
      res.resume();
    });
    req.on('error', reject);
    for (const c of chunks) req.write(c);
    req.end();
  });
}
