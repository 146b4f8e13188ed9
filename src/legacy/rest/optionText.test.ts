import { createUploadQueue } from '../../upload/batch';
import { LegacyContext } from '../context';
import { FilepickerException } from '../FilepickerException';
import { checkTextOptions, isTextList, sendableText, textOrList, warnTextList } from './optionText';

function context(): LegacyContext {
  return new LegacyContext({ queue: createUploadQueue, dialog: () => { throw new Error('none'); }, uploader: () => { throw new Error('none'); } });
}

describe('checkTextOptions', () => {
  let warn: jest.SpyInstance;
  beforeEach(() => {
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  test('a lone surrogate throws a FilepickerException naming the function and the option', () => {
    expect(() => checkTextOptions(context(), 'store', { path: 'a\uD800' }, ['path'])).toThrow(FilepickerException);
    expect(() => checkTextOptions(context(), 'store', { path: 'a\uD800' }, ['path'])).toThrow('`store` option `path` is not well-formed text');
    expect(() => checkTextOptions(context(), 'stat', { anything: '\uDC00' })).toThrow('`stat` option `anything`');
  });

  test('the policy and signature are never shown', () => {
    expect(() => checkTextOptions(context(), 'read', { policy: 'SECRET\uD800' }, ['policy'])).toThrow('got a string');
    checkTextOptions(context(), 'read', { signature: { s: 'SECRET' } }, ['signature']);
    expect(warn).toHaveBeenCalledWith('filepicker: `read` option `signature` must be a string, got an object; it is not sent');
  });

  test('values that are not sent are named once per page; strings, numbers and booleans pass silently', () => {
    const ctx = context();
    checkTextOptions(ctx, 'store', { filename: 'a.txt', path: 3, container: true, access: null }, ['filename', 'path', 'container', 'access']);
    expect(warn).not.toHaveBeenCalled();
    checkTextOptions(ctx, 'store', { path: ['a', 'b'] }, ['path']);
    checkTextOptions(ctx, 'store', { path: Object.create(null) }, ['path']);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith('filepicker: `store` option `path` must be a string, got ["a","b"] (array); it is not sent');
  });

  test('a list of text is left to the store option translator for the `lists` options, and checked for lone surrogates', () => {
    const ctx = context();
    checkTextOptions(ctx, 'store', { path: ['a/', 3], location: ['S3'] }, ['path', 'location'], ['path', 'location']);
    expect(warn).not.toHaveBeenCalled();
    expect(() => checkTextOptions(ctx, 'store', { path: ['a\uD800'] }, ['path'], ['path'])).toThrow('`store` option `path` is not well-formed text');
    checkTextOptions(ctx, 'store', { path: [{}] }, ['path'], ['path']);
    expect(warn).toHaveBeenCalledWith('filepicker: `store` option `path` must be a string, got [{}] (array); it is not sent');
  });

  test('warnTextList: one warning per page for a list of text, naming the text it is read as; nothing for text', () => {
    const ctx = context();
    warnTextList(ctx, 'write', { mimetype: 'text/csv' }, 'mimetype');
    warnTextList(ctx, 'write', { mimetype: [{}] }, 'mimetype');
    expect(warn).not.toHaveBeenCalled();
    warnTextList(ctx, 'write', { mimetype: ['text/csv'] }, 'mimetype');
    warnTextList(ctx, 'write', { mimetype: ['text/csv'] }, 'mimetype');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith('filepicker: `write` option `mimetype` should be text, got ["text/csv"] (array); using "text/csv"');
  });

  test('a throwing getter reads as nothing; non-objects are ignored', () => {
    const options = Object.defineProperty({}, 'path', { enumerable: true, get() { throw new Error('boom'); } });
    expect(() => checkTextOptions(context(), 'store', options, ['path'])).not.toThrow();
    expect(() => checkTextOptions(context(), 'store', 'text', ['path'])).not.toThrow();
  });
});

test('sendableText: truthy strings, numbers and booleans as text; anything else undefined', () => {
  expect(sendableText('a')).toBe('a');
  expect(sendableText(5)).toBe('5');
  expect(sendableText(true)).toBe('true');
  expect(sendableText('')).toBeUndefined();
  expect(sendableText(0)).toBeUndefined();
  expect(sendableText(['a'])).toBeUndefined();
  expect(sendableText(Object.create(null))).toBeUndefined();
});

test('isTextList: arrays of strings and numbers only', () => {
  expect(isTextList(['S3'])).toBe(true);
  expect(isTextList(['a', 1])).toBe(true);
  expect(isTextList([])).toBe(true);
  expect(isTextList([{}])).toBe(false);
  expect(isTextList('S3')).toBe(false);
  expect(isTextList({ length: 1, 0: 'a' })).toBe(false);
});

test('textOrList: text as sendableText; a list of text as its comma-joined text (as v2 sent it); other lists left out', () => {
  expect(textOrList('text/csv')).toBe('text/csv');
  expect(textOrList(['text/csv'])).toBe('text/csv');
  expect(textOrList(['text/csv', 'text/plain'])).toBe('text/csv,text/plain');
  expect(textOrList([])).toBeUndefined();
  expect(textOrList([{}])).toBeUndefined();
  expect(textOrList('')).toBeUndefined();
});
