/**
 * PUTs one part to the URL storage gave for it. `openPart` opens the request for a body of a known length that the
 * caller writes (streamed from the provider); `putPart` writes a part held in memory as the chunks it arrived in (no
 * copy into one buffer, no hashing: storage's ETag names the part; only a storage that answers none gets the part's
 * MD5 instead).
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

export interface OpenPart {
  /** the request: write exactly `size` bytes, then end it */
  req: http.ClientRequest;
  /** the stored part once storage answered 2xx; rejects when storage refuses it or the connection fails or is cut */
  stored: Promise<StoredPart>;
}

/** Opens the PUT of part `n` (`size` bytes); without an ETag in storage's answer the part's etag is `noEtag()`. */
export function openPart(target: PartTarget, n: number, size: number, noEtag: () => string): OpenPart {
  const url = new URL(target.url);
  const lib = url.protocol === 'https:' ? https : http;
  let req!: http.ClientRequest;
  let answered = false;
  const stored = new Promise<StoredPart>((resolve, reject) => {
    req = lib.request(url, { method: 'PUT', headers: { ...target.headers, 'Content-Length': String(size) } }, (res) => {
      let ended = false;
      answered = true;
      res.on('error', reject);
      res.on('end', () => {
        ended = true;
        const status = res.statusCode || 0;
        if (status < 200 || status >= 300) return reject(new Error(`storage refused part ${n}: HTTP ${status}`));
        const etag = typeof res.headers.etag === 'string' && res.headers.etag ? res.headers.etag : noEtag();
        resolve({ partNumber: n, etag: etag.replace(/"/g, ''), size });
      });
      res.on('close', () => {
        if (!ended) reject(new Error(`storage closed the connection while answering part ${n}`));
      });
      res.resume();
    });
    req.on('error', reject);
    req.on('close', () => {
      if (!answered) reject(new Error(`the connection to storage closed before it answered part ${n}`));
    });
  });
  return { req, stored };
}

/** Resolves with the stored part; rejects when storage refuses it or the connection fails. */
export function putPart(target: PartTarget, n: number, chunks: Buffer[], size: number): Promise<StoredPart> {
  const part = openPart(target, n, size, () => md5Hex(chunks));
  for (const c of chunks) part.req.write(c);
  part.req.end();
  return part.stored;
}
