import { LegacyContext } from '../legacy/context';
/**
 * `<input type="filepicker-convert" data-fp-url="…">`: a "Convert File" button that calls
 * `processImage(url, options)` (a relative URL resolved against the page); the result's URL goes into the input and the `change` event fires.
 * Without `data-fp-url` nothing is built (as v2).
 */
export declare function buildConvertWidget(ctx: LegacyContext, input: HTMLInputElement): HTMLButtonElement | null;
