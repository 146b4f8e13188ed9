/**
 * What is remembered of an unfinished multipart upload so a later page can continue it: the ids the start answer
 * gave (the same ones the part URLs and `complete` carry), the part size and the parts storage holds with their
 * ETags. Never the policy or the signature: a resumed upload signs its calls with the security in force then.
 */
import { StartResult } from '../protocol';
import { PartRange } from '../options';

/** Version of the entry's shape; an entry of another version is ignored. */
export const ENTRY_VERSION = 1;

export interface StoredPart {
  /** 1-based part number. */
  n: number;
  /** The ETag storage answered for the part's PUT. */
  etag: string;
}

export interface ResumeEntry {
  v: number;
  /** Identity of the file and its target (see fingerprint.ts). */
  key: string;
  /** ms since the epoch: when start was sent. */
  created: number;
  /** ms since the epoch: after this the server may have swept the upload, and the entry is removed. */
  expires: number;
  uri: string;
  region: string;
  uploadId: string;
  locationUrl: string;
  locationRegion?: string;
  /** Bytes per part (the last one shorter). */
  partSize: number;
  /** File size in bytes. */
  size: number;
  /** Parts storage holds, in the order they were stored. */
  parts: StoredPart[];
}

function isText(v: unknown): v is string {
  return typeof v === 'string' && v.length > 0;
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && isFinite(v) && Math.floor(v) === v && v >= 0;
}

function readParts(v: unknown, partCount: number): StoredPart[] | null {
  if (!v || typeof v !== 'object' || typeof (v as unknown[]).length !== 'number') return null;
  const list = v as Array<{ n?: unknown; etag?: unknown }>;
  const out: StoredPart[] = [];
  const seen: { [n: number]: true } = {};
  for (let i = 0; i < list.length; i++) {
    const p = list[i];
    if (!p || !isCount(p.n) || p.n < 1 || p.n > partCount || !isText(p.etag) || seen[p.n]) return null;
    seen[p.n] = true;
    out.push({ n: p.n, etag: p.etag });
  }
  return out;
}

/**
 * The entry read back from storage when it is whole, of this version, for this key, size and part size and not
 * expired at `now`; else null. Anything odd (another version, a hand-edited record) is simply not resumed.
 */
export function usableEntry(raw: unknown, key: string, now: number, size: number, partSize: number): ResumeEntry | null {
  const e = raw as Partial<ResumeEntry> | null;
  if (!e || typeof e !== 'object' || e.v !== ENTRY_VERSION || e.key !== key) return null;
  if (!isCount(e.created) || !isCount(e.expires) || e.expires <= now) return null;
  if (e.size !== size || e.partSize !== partSize) return null;
  if (!isText(e.uri) || !isText(e.region) || !isText(e.uploadId) || !isText(e.locationUrl) || !/^https?:\/\//i.test(e.locationUrl)) return null;
  if (e.locationRegion !== undefined && !isText(e.locationRegion)) return null;
  const parts = readParts(e.parts, Math.ceil(size / partSize));
  if (!parts) return null;
  return {
    v: ENTRY_VERSION, key, created: e.created, expires: e.expires, uri: e.uri, region: e.region, uploadId: e.uploadId,
    locationUrl: e.locationUrl, locationRegion: e.locationRegion, partSize, size, parts,
  };
}

/** The start answer an entry stands for. */
export function startOf(e: ResumeEntry): StartResult {
  return { uri: e.uri, region: e.region, uploadId: e.uploadId, locationUrl: e.locationUrl, locationRegion: e.locationRegion };
}

/** A new entry for an upload the server just started. */
export function newEntry(key: string, s: StartResult, created: number, ttlMs: number, size: number, partSize: number): ResumeEntry {
  const e: ResumeEntry = {
    v: ENTRY_VERSION, key, created, expires: created + ttlMs, uri: s.uri, region: s.region, uploadId: s.uploadId,
    locationUrl: s.locationUrl, partSize, size, parts: [],
  };
  if (s.locationRegion) e.locationRegion = s.locationRegion;
  return e;
}

/** The file's parts split into those the entry says storage holds and those still to send, each in order. */
export function splitParts(ranges: PartRange[], e: ResumeEntry): { held: PartRange[]; missing: PartRange[] } {
  const stored: { [n: number]: true } = {};
  for (let i = 0; i < e.parts.length; i++) stored[e.parts[i].n] = true;
  const held: PartRange[] = [];
  const missing: PartRange[] = [];
  for (let i = 0; i < ranges.length; i++) (stored[ranges[i].number] ? held : missing).push(ranges[i]);
  return { held, missing };
}
