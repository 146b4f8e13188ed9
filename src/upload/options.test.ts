import { resolveOptions, effectivePartSize, partRanges, MIB, DEFAULT_OPTIONS } from './options';
import { isValidationError } from '../core/errors';

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
});
