import { resolveOptions, effectivePartSize, choosePartSize, partRanges, MIB, DEFAULT_OPTIONS, MAX_AUTO_PART_SIZE } from './options';
import { isValidationError } from '../core/errors';
import { WASM_SLICE } from './md5Wasm';

function errorOf(fn: () => unknown): Error & { option?: string } {
  try { fn(); } catch (e) { return e as Error & { option?: string }; }
  throw new Error('expected a throw');
}

describe('engine options', () => {
  it('uses the documented defaults', () => {
    const o = resolveOptions(undefined);
    expect(o.partSize).toBe(5 * MIB);
    expect(o.maxConcurrentUploads).toBe(5);
    expect(o.retryOptions).toEqual({ retries: 10, factor: 2, minTimeout: 1000, maxTimeout: 60000 });
  });

  it('refuses a part size under 5 MiB, naming partSize', () => {
    const e = errorOf(() => resolveOptions({ partSize: 5 * MIB - 1 }));
    expect(isValidationError(e)).toBe(true);
    expect(e.option).toBe('partSize');
    expect(e.message).toMatch(/^filepicker: `partSize` must be .*5 MiB.*5242879 \(number\)/);
    expect(errorOf(() => resolveOptions({ partSize: '6000000' as never })).option).toBe('partSize');
    expect(resolveOptions({ partSize: 8 * MIB }).partSize).toBe(8 * MIB);
  });

  it('validates retry options and concurrency with named fields', () => {
    expect(errorOf(() => resolveOptions({ maxConcurrentUploads: 0 })).option).toBe('maxConcurrentUploads');
    expect(errorOf(() => resolveOptions({ retryOptions: { retries: -1 } })).option).toBe('retryOptions.retries');
    expect(errorOf(() => resolveOptions({ retryOptions: { minTimeout: 10, maxTimeout: 5 } })).option).toBe('retryOptions.maxTimeout');
    expect(errorOf(() => resolveOptions({ retryOptions: 3 as never })).option).toBe('retryOptions');
  });

  it('merges partial retry options over the base, dropping holes', () => {
    const o = resolveOptions({ retryOptions: { minTimeout: 10, retries: undefined } }, DEFAULT_OPTIONS);
    expect(o.retryOptions).toEqual({ retries: 10, factor: 2, minTimeout: 10, maxTimeout: 60000 });
  });

  it('grows the part size so no file needs more than 10,000 parts', () => {
    expect(effectivePartSize(100 * MIB, 5 * MIB)).toBe(5 * MIB);
    const big = 10000 * 5 * MIB + 1;
    const ps = effectivePartSize(big, 5 * MIB);
    expect(ps).toBe(Math.ceil(big / 10000));
    expect(Math.ceil(big / ps)).toBeLessThanOrEqual(10000);
  });

  it('splits a file into parts at exact boundaries', () => {
    expect(partRanges(1, 5 * MIB)).toEqual([{ number: 1, start: 0, end: 1 }]);
    expect(partRanges(5 * MIB, 5 * MIB)).toEqual([{ number: 1, start: 0, end: 5 * MIB }]);
    expect(partRanges(5 * MIB + 1, 5 * MIB)).toEqual([{ number: 1, start: 0, end: 5 * MIB }, { number: 2, start: 5 * MIB, end: 5 * MIB + 1 }]);
    expect(partRanges(0, 5 * MIB)).toEqual([]);
  });

  it('leaves the part size to the engine only while the caller did not give one', () => {
    expect(resolveOptions(undefined).partSizeAuto).toBe(true);
    expect(resolveOptions({ maxConcurrentUploads: 3 }).partSizeAuto).toBe(true);
    const given = resolveOptions({ partSize: 5 * MIB });
    expect(given.partSizeAuto).toBe(false);
    // a per-upload override over a base that fixed the size keeps it fixed
    expect(resolveOptions({ maxConcurrentUploads: 2 }, given).partSizeAuto).toBe(false);
    expect(resolveOptions({ partSize: 6 * MIB }, resolveOptions(undefined)).partSizeAuto).toBe(false);
  });

  it('chooses larger parts for larger files when left to it and the hasher allows them, two parts per slot at least', () => {
    const auto = resolveOptions(undefined);
    // without a hasher that allows it (Node: part bytes held in memory), always the default
    expect(choosePartSize(1024 * MIB, auto, 0)).toBe(5 * MIB);
    // small files keep 5 MiB parts: 64 MiB over 5 slots × 2 parts
    expect(choosePartSize(16 * MIB, auto, MAX_AUTO_PART_SIZE)).toBe(5 * MIB);
    expect(choosePartSize(50 * MIB, auto, MAX_AUTO_PART_SIZE)).toBe(5 * MIB);
    expect(choosePartSize(64 * MIB, auto, MAX_AUTO_PART_SIZE)).toBe(7 * MIB);
    expect(choosePartSize(128 * MIB, auto, MAX_AUTO_PART_SIZE)).toBe(13 * MIB);
    expect(partRanges(128 * MIB, 13 * MIB)).toHaveLength(10);
    // two parts per slot up to 32 MiB parts (the Worker reads those in two 16 MiB reads), then capped
    expect(choosePartSize(256 * MIB, auto, MAX_AUTO_PART_SIZE)).toBe(26 * MIB);
    expect(choosePartSize(320 * MIB, auto, MAX_AUTO_PART_SIZE)).toBe(32 * MIB);
    expect(choosePartSize(1024 * MIB, auto, MAX_AUTO_PART_SIZE)).toBe(32 * MIB);
    expect(MAX_AUTO_PART_SIZE).toBe(2 * WASM_SLICE);
    expect(choosePartSize(1024 * MIB, auto, 8 * MIB)).toBe(8 * MIB);
    // fewer slots: each still gets two parts
    expect(choosePartSize(40 * MIB, resolveOptions({ maxConcurrentUploads: 2 }), MAX_AUTO_PART_SIZE)).toBe(10 * MIB);
    // the caller's size is kept, whatever the file
    expect(choosePartSize(1024 * MIB, resolveOptions({ partSize: 5 * MIB }), MAX_AUTO_PART_SIZE)).toBe(5 * MIB);
    // still at most 10,000 parts
    expect(choosePartSize(300 * 1024 * MIB, auto, MAX_AUTO_PART_SIZE)).toBe(effectivePartSize(300 * 1024 * MIB, 32 * MIB));
    expect(Math.ceil((300 * 1024 * MIB) / choosePartSize(300 * 1024 * MIB, auto, MAX_AUTO_PART_SIZE))).toBeLessThanOrEqual(10000);
  });
});
