import { createUploadQueue } from '../upload/batch';
import { LegacyContext } from './context';
import { FilepickerException } from './FilepickerException';

function context(): LegacyContext {
  return new LegacyContext({
    queue: createUploadQueue,
    dialog: () => {
      throw new Error('no dialog here');
    },
    uploader: () => {
      throw new Error('no uploads here');
    },
  });
}

function keyError(ctx: LegacyContext): string {
  try {
    ctx.requireKey();
  } catch (e) {
    expect(e).toBeInstanceOf(FilepickerException);
    return (e as FilepickerException).text;
  }
  throw new Error('requireKey did not throw');
}

describe('setKey / requireKey', () => {
  test('a key is its text, as v2 concatenated it', () => {
    const ctx = context();
    ctx.setKey(12345);
    expect(ctx.requireKey()).toBe('12345');
    ctx.setKey({ toString: () => 'OBJKEY' });
    expect(ctx.requireKey()).toBe('OBJKEY');
    ctx.setKey(null);
    expect(keyError(ctx)).toBe('API Key not found');
  });

  test('setKey never throws; a value with no text, or with a lone surrogate, fails each call that needs the key', () => {
    const ctx = context();
    expect(() => ctx.setKey(Object.create(null))).not.toThrow();
    expect(keyError(ctx)).toBe('API Key not usable: the value given to setKey has no text: {} (object)');
    expect(ctx.getKey()).toBeUndefined();
    ctx.setKey({ toString() { throw new Error('boom'); } });
    expect(keyError(ctx)).toMatch(/^API Key not usable: the value given to setKey has no text/);
    ctx.setKey(Symbol('k'));
    expect(keyError(ctx)).toBe('API Key not usable: the value given to setKey has no text: Symbol(k) (symbol)');
    ctx.setKey('KEY\uD800');
    expect(keyError(ctx)).toBe('API Key not usable: the value given to setKey is not well-formed text (it holds a lone surrogate)');
    ctx.setKey('GOOD');
    expect(ctx.requireKey()).toBe('GOOD');
  });
});
