/**
 * A widget's `data-fp-url` as the page means it: a relative URL (`files/report.pdf`, `/files/a.png`) is resolved
 * against the page (`document.baseURI`, honouring `<base href>`), as the page's own links are. Absolute URLs are kept
 * as written. Resolved with an `<a>` element (every browser the library supports; no `URL` constructor needed).
 */
export function pageUrl(doc: Document, url: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  const a = doc.createElement('a');
  a.setAttribute('href', url);
  return a.href || url;
}
