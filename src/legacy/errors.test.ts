import { FP_ERROR_MESSAGES } from './errorMessages';
import { FilepickerException } from './FilepickerException';
import { FPError, handleError } from './FPError';

describe('FPError', () => {
  test('has a numeric code, a real message and a v2-style toString', () => {
    const e = new FPError(101);
    expect(e.code).toBe(101);
    expect(typeof e.code).toBe('number');
    expect(e.message).toBe('The user closed the picker without choosing a file');
    expect(String(e)).toMatch(/^FPError 101: /);
    expect(e instanceof FPError).toBe(true);
    expect(e instanceof Error).toBe(true);
    expect(e.name).toBe('FPError');
  });
  test('works without new, and coerces a string code', () => {
    const e = (FPError as unknown as (code: string) => FPError)('403');
    expect(e instanceof FPError).toBe(true);
    expect(e.code).toBe(403);
  });
  test.each(Object.keys(FP_ERROR_MESSAGES).map(Number))('code %i has a message', (code) => {
    expect(new FPError(code).message.length).toBeGreaterThan(5);
  });
  test('unknown codes still get a message and never throw (v2 threw in debug mode: G5)', () => {
    expect(new FPError(999).message).toBe('Error 999');
  });
  test('details are shown in toString', () => {
    expect(String(new FPError(102, 'boom'))).toBe('FPError 102: The picker could not finish: the upload or the source failed (boom)');
  });
  test('own enumerable keys are code and message only (JSON-friendly)', () => {
    expect(Object.keys(new FPError(101))).toEqual(['code', 'message']);
  });
  test('toJSON gives {code, message, details?}: JSON.stringify shows what a page logs, and nothing else', () => {
    const plain = new FPError(101);
    expect(plain.toJSON()).toEqual({ code: 101, message: plain.message });
    expect(JSON.parse(JSON.stringify(plain))).toEqual({ code: 101, message: 'The user closed the picker without choosing a file' });
    const detailed = new FPError(102, 'boom');
    (detailed as FPError & { extra?: string }).extra = 'not part of it';
    expect(JSON.stringify({ error: detailed })).toBe('{"error":{"code":102,"message":"' + detailed.message + '","details":"boom"}}');
    expect(Object.keys(detailed)).toEqual(['code', 'message', 'details', 'extra']);
    expect(Object.prototype.propertyIsEnumerable.call(FPError.prototype, 'toJSON')).toBe(false);
  });
  test('handleError prints only in debug mode', () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    let debug = false;
    const h = handleError(() => debug);
    h(new FPError(101));
    expect(spy).not.toHaveBeenCalled();
    debug = true;
    h(new FPError(101));
    expect(spy).toHaveBeenCalledWith(expect.stringMatching(/^FPError 101/));
    spy.mockRestore();
  });
});

describe('FilepickerException', () => {
  test('v2 shape: text and toString', () => {
    const e = new FilepickerException('API Key not found');
    expect(e.text).toBe('API Key not found');
    expect(String(e)).toBe('FilepickerException: API Key not found');
    expect(e instanceof FilepickerException).toBe(true);
    expect(Object.keys(e)).toEqual(['text']);
  });
  test('is also an Error with name and message', () => {
    const e = FilepickerException('x');
    expect(e instanceof Error).toBe(true);
    expect(e.name).toBe('FilepickerException');
    expect(e.message).toBe('x');
    expect(typeof e.stack).toBe('string');
  });
});
