import { describeValue, errorText } from './describe';

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

  test('total: never throws, whatever the value', () => {
    const boom = () => {
      throw new Error('boom');
    };
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    const trap = new Proxy({}, { get: boom, ownKeys: boom, getOwnPropertyDescriptor: boom, getPrototypeOf: boom });
    expect(describeValue(Object.create(null))).toBe('{} (object)');
    expect(describeValue({ toString: boom, valueOf: boom })).toBe('{} (object)');
    expect(describeValue({ toJSON: boom })).toBe('[object Object] (object)');
    expect(describeValue(revocable.proxy)).toBe('[object Object] (object)');
    expect(describeValue(trap)).toBe('[object Object] (object)');
    expect(describeValue(BigInt(10))).toBe('10 (bigint)');
    expect(describeValue({ n: BigInt(1) })).toBe('[object Object] (object)');
    expect(describeValue(Symbol())).toBe('Symbol() (symbol)');
    expect(describeValue('\uD800')).toBe('"\\ud800" (string)');
    expect(describeValue(-0)).toBe('0 (number)');
    expect(describeValue(new Proxy(function () { return 1; }, {}))).toBe('a function');
  });
});

describe('errorText', () => {
  test('an error message, else the value described; never throws', () => {
    expect(errorText(new TypeError('bad'))).toBe('bad');
    expect(errorText('plain')).toBe('"plain" (string)');
    expect(errorText(Object.defineProperty({}, 'message', { get() { throw new Error('x'); } }))).toBe('{} (object)');
  });
});
