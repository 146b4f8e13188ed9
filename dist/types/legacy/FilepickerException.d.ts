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
export declare const FilepickerException: FilepickerExceptionConstructor;
