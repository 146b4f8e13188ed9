/**
 * `filepicker.FilepickerException`: what v2 throws synchronously for bad calls.
 * Shape kept from v2: an own `text` property and `toString()` → `FilepickerException: <text>`, so pages that
 * print or test `e.text` keep working. Unlike v2 it is also an `Error` (name, message, stack), and it is always a
 * real instance (v2 sometimes threw its internal context object instead: gotcha G2).
 */
export interface FilepickerException extends Error {
  text: string;
}

export interface FilepickerExceptionConstructor {
  new (text: string): FilepickerException;
  (text: string): FilepickerException;
  prototype: FilepickerException;
}

export const FilepickerException = function FilepickerException(this: FilepickerException | void, text: string): FilepickerException {
  if (!(this instanceof FilepickerException)) return new (FilepickerException as unknown as FilepickerExceptionConstructor)(text);
  this.text = text;
  const stack = new Error(String(text)).stack;
  if (stack) Object.defineProperty(this, 'stack', { value: stack, enumerable: false, configurable: true, writable: true });
  return this;
} as unknown as FilepickerExceptionConstructor;

FilepickerException.prototype = Object.create(Error.prototype, {
  constructor: { value: FilepickerException, enumerable: false, writable: true, configurable: true },
  name: { value: 'FilepickerException', enumerable: false, writable: true, configurable: true },
  message: {
    enumerable: false,
    configurable: true,
    get(this: FilepickerException) { return String(this.text); },
  },
  toString: {
    enumerable: false,
    writable: true,
    configurable: true,
    value(this: FilepickerException) { return 'FilepickerException: ' + this.text; },
  },
});
