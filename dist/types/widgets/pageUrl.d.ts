/**
 * A widget's `data-fp-url` as the page means it: a relative URL (`files/report.pdf`, `/files/a.png`) is resolved
 * against the page (`document.baseURI`, honouring `<base href>`), as the page's own links are. Absolute URLs are kept
 * as written. Resolved with an `<a>` element (every browser the library supports; no `URL` constructor needed).
 */
export declare function pageUrl(doc: Document, url: string): string;
