import { LegacyContext } from '../legacy/context';
/**
 * `[type="filepicker-preview"][data-fp-url]`: appends an `<iframe>` showing the file. v2 pointed it at the hosted
 * viewer `…/api/preview/<handle>`, which no longer exists; this shows the file itself (`<fileApi>/<handle>`), which
 * browsers render inline for images, PDF and text. `data-fp-custom-css` (a viewer option) cannot apply and is
 * reported once. A URL that names no file handle builds nothing (as v2).
 */
export declare function buildPreview(ctx: LegacyContext, el: Element): HTMLIFrameElement | null;
