import { describeValue } from './describe';

describe('describeValue', () => {
  test('each kind of value in one style', () => {
    expect(describeValue('0')).toBe('"0" (string)');
    expect(describeValue('')).toBe('"" (string)');
    expect(describeValue('say "hi"')).toBe('"say \\"hi\\"" (string)');
    expect(describeValue(150)).toBe('150 (number)');
    expect(describeValue(NaN)).toBe('NaN (number)');
    expect(describeValue(false)).toBe('false (boolean)');
    expect(describeValue([1, 'a'])).toBe('[1,"a"] (array)');
    expect(describeValue({ a: 1 })).toBe('{"a":1} (object)');
    expect(describeValue(null)).toBe('null');
    expect(describeValue(undefined)).toBe('undefined');
    expect(describeValue(() => 1)).toBe('a function');
  });

  test('long values are cut; values JSON cannot show still get a description', () => {
    expect(describeValue('x'.repeat(200))).toBe('"' + 'x'.repeat(76) + '... (string)');
    const circular: { self?: unknown } = {};
    circular.self = circular;
    expect(describeValue(circular)).toBe('[object Object] (object)');
    expect(describeValue(Symbol('s'))).toBe('Symbol(s) (symbol)');
  });
});
