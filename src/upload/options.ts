/**
 * Engine defaults, validation (messages name the option) and part sizing.
 */
import { ValidationError, PREFIX } from '../core/errors';
import { describeValue } from '../core/describe';
import { DEFAULT_RETRY } from '../core/http/retryPolicy';
import { EngineOptions, RetryOptions } from './types';

export const MIB = 1024 * 1024;
export const MIN_PART_SIZE = 5 * MIB;
export const MAX_PARTS = 10000;

export const DEFAULT_OPTIONS: EngineOptions = {
  partSize: MIN_PART_SIZE,
  partSizeAuto: true,
  maxConcurrentUploads: 5,
  retryOptions: DEFAULT_RETRY,
  stallTimeoutMs: 30000,
  requestTimeoutMs: 120000,
  maxUrlRenewals: 3,
  maxCompletePolls: 60,
  progressIntervalMs: 16,
  resume: true,
  // the reference server's default upload lifetime (UPLOAD_TTL_MS), counted from before start was sent
  resumeTtlMs: 24 * 60 * 60 * 1000,
};

function wholeNumber(name: string, v: unknown, min: number): number {
  if (typeof v !== 'number' || !isFinite(v) || Math.floor(v) !== v || v < min) {
    throw new ValidationError(name, PREFIX + '`' + name + '` must be a whole number of at least ' + min + ', got ' + describeValue(v));
  }
  return v;
}

function positiveNumber(name: string, v: unknown, min: number): number {
  if (typeof v !== 'number' || !isFinite(v) || v < min) {
    throw new ValidationError(name, PREFIX + '`' + name + '` must be a number of at least ' + min + ', got ' + describeValue(v));
  }
  return v;
}

function flag(name: string, v: unknown): boolean {
  if (typeof v !== 'boolean') throw new ValidationError(name, PREFIX + '`' + name + '` must be true or false, got ' + describeValue(v));
  return v;
}

export type EngineOptionsInput = { [K in Exclude<keyof EngineOptions, 'partSizeAuto'>]?: K extends 'retryOptions' ? Partial<RetryOptions> : EngineOptions[K] };

/** Merges `input` over `base` (undefined holes dropped) and validates every field. */
export function resolveOptions(input: EngineOptionsInput | undefined, base: EngineOptions = DEFAULT_OPTIONS): EngineOptions {
  const i = input || {};
  const pick = <T>(v: T | undefined, d: T): T => (v === undefined ? d : v);
  const r = i.retryOptions;
  if (r !== undefined && (r === null || typeof r !== 'object')) {
    throw new ValidationError('retryOptions', PREFIX + '`retryOptions` must be an object like {retries, factor, minTimeout, maxTimeout}, got ' + describeValue(r));
  }
  const rr = r || {};
  const retryOptions: RetryOptions = {
    retries: wholeNumber('retryOptions.retries', pick(rr.retries, base.retryOptions.retries), 0),
    factor: positiveNumber('retryOptions.factor', pick(rr.factor, base.retryOptions.factor), 1),
    minTimeout: positiveNumber('retryOptions.minTimeout', pick(rr.minTimeout, base.retryOptions.minTimeout), 0),
    maxTimeout: positiveNumber('retryOptions.maxTimeout', pick(rr.maxTimeout, base.retryOptions.maxTimeout), 0),
  };
  const failuresCap = pick(rr.maxFailures, base.retryOptions.maxFailures);
  if (failuresCap !== undefined) retryOptions.maxFailures = wholeNumber('retryOptions.maxFailures', failuresCap, 1);
  if (retryOptions.maxTimeout < retryOptions.minTimeout) {
    throw new ValidationError('retryOptions.maxTimeout', PREFIX + '`retryOptions.maxTimeout` (' + retryOptions.maxTimeout + ') must not be below `retryOptions.minTimeout` (' + retryOptions.minTimeout + ')');
  }
  const partSize = pick(i.partSize, base.partSize);
  if (typeof partSize !== 'number' || !isFinite(partSize) || Math.floor(partSize) !== partSize || partSize < MIN_PART_SIZE) {
    throw new ValidationError('partSize', PREFIX + '`partSize` must be a whole number of bytes of at least 5 MiB (' + MIN_PART_SIZE + '), got ' + describeValue(partSize));
  }
  return {
    partSize,
    partSizeAuto: i.partSize === undefined ? base.partSizeAuto : false,
    maxConcurrentUploads: wholeNumber('maxConcurrentUploads', pick(i.maxConcurrentUploads, base.maxConcurrentUploads), 1),
    retryOptions,
    stallTimeoutMs: positiveNumber('stallTimeoutMs', pick(i.stallTimeoutMs, base.stallTimeoutMs), 1),
    requestTimeoutMs: positiveNumber('requestTimeoutMs', pick(i.requestTimeoutMs, base.requestTimeoutMs), 1),
    maxUrlRenewals: wholeNumber('maxUrlRenewals', pick(i.maxUrlRenewals, base.maxUrlRenewals), 0),
    maxCompletePolls: wholeNumber('maxCompletePolls', pick(i.maxCompletePolls, base.maxCompletePolls), 1),
    progressIntervalMs: positiveNumber('progressIntervalMs', pick(i.progressIntervalMs, base.progressIntervalMs), 0),
    resume: flag('resume', pick(i.resume, base.resume)),
    resumeTtlMs: positiveNumber('resumeTtlMs', pick(i.resumeTtlMs, base.resumeTtlMs), 1),
  };
}

/** The part size actually used for a file: the requested size, grown so the file needs at most 10,000 parts. */
export function effectivePartSize(fileSize: number, requested: number): number {
  return Math.max(requested, Math.ceil(fileSize / MAX_PARTS));
}

/**
 * The largest part the engine picks on its own: two of the MD5 Worker's reads (md5Wasm.ts WASM_SLICE, 16 MiB), so the
 * Worker still holds at most 16 MiB at a time. Larger parts mean fewer requests, and on a machine whose cores the
 * upload already fills, fewer requests are less CPU and a shorter upload (BENCHMARKS.md, "Where the time goes").
 */
export const MAX_AUTO_PART_SIZE = 32 * MIB;
/** When the engine picks the part size, each parallel slot still gets at least this many parts of the file. */
export const AUTO_PARTS_PER_SLOT = 2;

/**
 * The part size for a file: the caller's; when the caller left it to the engine and the hasher allows parts up to
 * `autoMax` (it holds no part's bytes on the page's thread), larger for larger files, in whole MiB, so that each slot
 * still gets AUTO_PARTS_PER_SLOT parts: every part costs requests (its share of `/multipart/upload`, a CORS preflight
 * in browsers, storage's per-request work) that one larger part pays once. Grown so the file needs at most 10,000 parts.
 */
export function choosePartSize(fileSize: number, opts: Pick<EngineOptions, 'partSize' | 'partSizeAuto' | 'maxConcurrentUploads'>, autoMax: number): number {
  let size = opts.partSize;
  if (opts.partSizeAuto && autoMax > size) {
    const perSlot = Math.ceil(fileSize / (opts.maxConcurrentUploads * AUTO_PARTS_PER_SLOT) / MIB) * MIB;
    size = Math.min(autoMax, Math.max(size, perSlot));
  }
  return effectivePartSize(fileSize, size);
}

export interface PartRange {
  /** 1-based part number. */
  number: number;
  start: number;
  end: number;
}

/** Splits `fileSize` bytes into parts of `partSize` (the last one shorter). */
export function partRanges(fileSize: number, partSize: number): PartRange[] {
  const out: PartRange[] = [];
  for (let start = 0, n = 1; start < fileSize; start += partSize, n++) {
    out.push({ number: n, start, end: Math.min(fileSize, start + partSize) });
  }
  return out;
}
