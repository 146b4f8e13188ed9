/**
 * The dialog's icons: inline SVG built with DOM calls (no markup strings, no `style` attributes, no image requests),
 * so they show under `Content-Security-Policy: default-src 'self'`. Decorative: hidden from assistive technology,
 * the text next to each one says the same.
 */
/** The icon of a source tab (COMPUTER, URL, DROPBOX …); a folder for any other. */
export declare function sourceIcon(doc: Document, source: string): SVGSVGElement;
/** A file's kind as its icon shows it: a colour and a short label. */
export declare function fileKind(type: string, name: string): {
    label: string;
    color: string;
};
/** A sheet of paper with a folded corner and the file's kind on a band (the row's icon until a thumbnail replaces it). */
export declare function fileIcon(doc: Document, type: string, name: string): SVGSVGElement;
