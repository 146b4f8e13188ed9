/**
 * v2's widget `change` event: bubbles, not cancelable, with the expandos `fpfile` (the first Blob) and
 * `fpfiles` (all of them). On clear both are undefined. Inline `onchange="…event.fpfile…"` attributes see it.
 */
export declare function fireChange(input: Element, fpfiles?: unknown[]): void;
/** `value` of the hidden input: the URL, or the URLs joined with `,` (no space), as v2. */
export declare function urlsOf(fpfiles: Array<{
    url?: string;
}>): string;
export declare function filenamesOf(fpfiles: Array<{
    filename?: string;
}>): string;
