import { base64 } from './base64';

describe('filepicker.base64 (v2 semantics)', () => {
  test.each([
    ['', ''], ['f', 'Zg=='], ['fo', 'Zm8='], ['foo', 'Zm9v'], ['hello world', 'aGVsbG8gd29ybGQ='],
  ])('encode(%j) = %j, and back', (plain, b64) => {
    expect(base64.encode(plain)).toBe(b64);
    expect(base64.decode(b64)).toBe(plain);
  });
  test('the UTF-8 step runs when the flag is omitted or truthy, not when false', () => {
    expect(base64.encode('é')).toBe('w6k=');
    expect(base64.encode('é', true)).toBe('w6k=');
    expect(base64.encode('é', false)).toBe('6Q==');
    expect(base64.decode('w6k=')).toBe('é');
    expect(base64.decode('w6k=', false)).toBe('Ã©');
  });
  test('agrees with Buffer on binary data', () => {
    let bin = '';
    for (let i = 0; i < 256; i++) bin += String.fromCharCode(i);
    expect(base64.encode(bin, false)).toBe(Buffer.from(bin, 'latin1').toString('base64'));
    expect(base64.decode(Buffer.from(bin, 'latin1').toString('base64'), false)).toBe(bin);
  });
  test('ignores whitespace in input', () => {
    expect(base64.decode('Zm9v\nYmFy')).toBe('foobar');
  });
});
