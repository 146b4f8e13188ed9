import { shiftAfter, shiftOptions } from './shift';

const s = () => 's';
const e = () => 'e';
const p = () => 'p';
const opts = { multiple: true };

describe('shiftOptions: (options?, onSuccess?, onError?, onProgress?)', () => {
  // [call shape, arguments, expected options, onSuccess, onError, onProgress]
  const table: [string, unknown[], unknown, unknown, unknown, unknown][] = [
    ['()', [], {}, undefined, undefined, undefined],
    ['(s)', [s], {}, s, undefined, undefined],
    ['(s, e)', [s, e], {}, s, e, undefined],
    ['(s, e, p) keeps onProgress (v2 pick dropped it: G7)', [s, e, p], {}, s, e, p],
    ['(o)', [opts], opts, undefined, undefined, undefined],
    ['(o, s)', [opts, s], opts, s, undefined, undefined],
    ['(o, s, e)', [opts, s, e], opts, s, e, undefined],
    ['(o, s, e, p)', [opts, s, e, p], opts, s, e, p],
    ['(null, s, e)', [null, s, e], {}, s, e, undefined],
    ['(undefined, s)', [undefined, s], {}, s, undefined, undefined],
    ['(o, "x", e): a non-function callback is ignored', [opts, 'x', e], opts, undefined, e, undefined],
  ];
  test.each(table)('%s', (_name, args, o, ss, ee, pp) => {
    const r = shiftOptions(args);
    expect(r.options).toEqual(o);
    expect(r.onSuccess).toBe(ss);
    expect(r.onError).toBe(ee);
    expect(r.onProgress).toBe(pp);
  });
  test('options object is passed through, not copied', () => {
    expect(shiftOptions([opts]).options).toBe(opts);
  });
});

describe('shiftAfter: (input, options?, onSuccess?, onError?, onProgress?)', () => {
  const table: [string, unknown[], number, unknown[], unknown, unknown, unknown, unknown][] = [
    ['(input, s)', ['in', s], 1, ['in'], {}, s, undefined, undefined],
    ['(input, o, s, e, p)', ['in', opts, s, e, p], 1, ['in'], opts, s, e, p],
    ['(input, s, e, p)', ['in', s, e, p], 1, ['in'], {}, s, e, p],
    ['(target, input, s)', ['t', 'in', s], 2, ['t', 'in'], {}, s, undefined, undefined],
    ['(target, input, o, s, e)', ['t', 'in', opts, s, e], 2, ['t', 'in'], opts, s, e, undefined],
  ];
  test.each(table)('%s', (_n, args, fixed, head, o, ss, ee, pp) => {
    const r = shiftAfter(args, fixed);
    expect(r.fixed).toEqual(head);
    expect(r.options).toEqual(o);
    expect(r.onSuccess).toBe(ss);
    expect(r.onError).toBe(ee);
    expect(r.onProgress).toBe(pp);
  });
});
