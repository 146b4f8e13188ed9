import { describe as show, asNumber, toBool, toPair, toStringList } from './coerce';
import { validationError } from './__tests__/helpers';

describe('describe (how a bad value appears in a message)', () => {
  it('shows the value and its type', () => {
    expect(show('0')).toBe('"0" (string)');
    expect(show(150)).toBe('150 (number)');
    expect(show(false)).toBe('false (boolean)');
    expect(show([1, 'a'])).toBe('[1,"a"] (array)');
    expect(show({ a: 1 })).toBe('{"a":1} (object)');
    expect(show(null)).toBe('null');
    expect(show(() => 1)).toBe('a function');
  });

  it('clips long values and survives values JSON cannot show', () => {
    expect(show('x'.repeat(200)).length).toBeLessThan(100);
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(show(circular)).toBe('[object Object] (object)');
  });
});

describe('value parsers', () => {
  it('asNumber takes finite numbers and exact numeric strings only', () => {
    expect(asNumber(' 42 ')).toBe(42);
    expect(asNumber('1e3')).toBe(1000);
    expect(asNumber('.5')).toBe(0.5);
    expect(asNumber('0x10')).toBeUndefined();
    expect(asNumber('')).toBeUndefined();
    expect(asNumber('12px')).toBeUndefined();
    expect(asNumber(NaN)).toBeUndefined();
    expect(asNumber(null)).toBeUndefined();
  });

  it('toBool', () => {
    expect([true, 'TRUE', ' true ', 1, '1'].map((v) => toBool('x', v))).toEqual([true, true, true, true, true]);
    expect([false, 'False', 0, '0'].map((v) => toBool('x', v))).toEqual([false, false, false, false]);
    expect(validationError(() => toBool('x', 'on'), 'x')).toBe('filepicker: `x` must be true or false (or the string "true" or "false"), got "on" (string)');
  });

  it('toStringList', () => {
    expect(toStringList('l', ' a , b,,c ')).toEqual(['a', 'b', 'c']);
    expect(toStringList('l', ['a', null, ' '])).toEqual(['a']);
    expect(validationError(() => toStringList('l', 5), 'l')).toMatch(/must be a string or a list of strings/);
  });

  it('toPair', () => {
    expect(toPair('p', [1, 2], 'none')).toEqual([1, 2]);
    expect(toPair('p', ['1.5', ' 2 '], 'none')).toEqual([1.5, 2]);
    expect(toPair('p', [null, 2], 'one')).toEqual([null, 2]);
    expect(validationError(() => toPair('p', [null, 2], 'none'), 'p')).toMatch(/pair of positive numbers, got \[null,2\]/);
    expect(validationError(() => toPair('p', {}, 'none'), 'p')).toMatch(/got \{\} \(object\)/);
  });
});
