/**
 * The test every store location shares: the modern `init().upload()` in Node of 40 MiB in 8 MiB parts with a fault in
 * one part, then reading it back (a range, and the metadata naming the location). Each location's test file adds
 * what only that location shows (segments, upload sessions, the parts its storage got).
 */
import { createHash } from 'crypto';
import type { RunningServer } from '../src/index';
import { init } from '../../src/client';
import { MiB, asBody, bytes, download } from './helpers';

export interface Stored {
  handle: string;
  key?: string;
  url: string;
  size: number;
}

export const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

/** The 40 MiB file of a location's test (its own seed, so no two locations store the same bytes). */
export const fortyMiB = (seed: number): Buffer => bytes(40 * MiB, seed);

/**
 * Uploads `file` to `location` under `engine/` with one part failing once: by default the server's own fault (the
 * part PUT answers 500 once, and the server counts it), or `fault()` for a location whose parts go straight to its
 * storage (that storage fails the part). Checks what holds for every location: the answer, the key, the bytes read
 * back through the file API.
 */
export async function uploadWithFault(srv: RunningServer, location: string, file: Buffer, fault?: () => void): Promise<Stored> {
  if (fault) fault();
  else srv.faults.set({ part: { sequence: [{ kind: 'status', status: 500 }] } });
  const client = init('demo', undefined, { hosts: srv.url });
  const stored = (await client.upload(new Blob([asBody(file) as BlobPart], { type: 'application/x-test' }), { partSize: 8 * MiB }, { location, path: 'engine/' })) as Stored;
  if (!fault) expect(srv.faults.injected.part).toBe(1);
  expect(stored).toMatchObject({ size: file.length, url: srv.url + '/api/file/' + stored.handle });
  expect(stored.key).toMatch(/^engine\/[^/]+$/);
  expect(sha((await download(stored.url)).body)).toBe(sha(file));
  return stored;
}

/** Reading the stored file back: bytes 10–19 (206), and the metadata naming the location, its container and the key. */
export async function expectRangeAndStat(stored: Stored, file: Buffer, where: { location: string; container: string }): Promise<void> {
  const part = await download(stored.url, { Range: 'bytes=10-19' });
  expect(part.status).toBe(206);
  expect(part.headers.get('content-range')).toBe(`bytes 10-19/${file.length}`);
  expect(part.body).toEqual(file.subarray(10, 20));
  const meta = JSON.parse((await download(stored.url + '/metadata')).body.toString());
  expect(meta).toMatchObject({ size: file.length, mimetype: 'application/x-test', ...where, key: stored.key });
}
