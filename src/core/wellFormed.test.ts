import { hasLoneSurrogate, textOf } from './wellFormed';

describe('hasLoneSurrogate', () => {
  test.each([
    ['\uD800', true], ['a\uDC00b', true], ['\uDBFF\uDBFF', true], ['x\uD83D', true], ['\uDE00x', true],
    ['', false], ['plain', false], ['ok\uD83D\uDE00', false], ['\uD83D\uDE00\uD83D\uDE00', false], ['\uFFFD', false],
  ])('%j → %s', (s, expected) => {
    expect(hasLoneSurrogate(s)).toBe(expected);
  });
});

describe('textOf', () => {
  test('String(v), or undefined when v has no string form', () => {
    expect(textOf('a')).toBe('a');
    expect(textOf(12)).toBe('12');
    expect(textOf([1, 2])).toBe('1,2');
    expect(textOf(Object.create(null))).toBeUndefined();
    expect(textOf({ toString() { throw new Error('boom'); } })).toBeUndefined();
    expect(textOf(Symbol('s'))).toBeUndefined();
  });
});
