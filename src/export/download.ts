/**
 * How export's "Download to this computer" saves a file without taking the page away. `<a download>` only renames
 * and downloads for same-origin URLs (and `blob:` URLs): for a file on another origin a browser follows the link,
 * navigating the page away. So a cross-origin file is saved from its fetched bytes (an object URL), or, where it
 * cannot be fetched (CORS), loaded in a hidden frame as `<url>?dl=true`, which the file API answers as an attachment.
 */

/** How long a hidden download frame stays in the page (the browser has handed the download over by then). */
const FRAME_LIFETIME_MS = 60000;

/** Whether `url` is on the page's origin (the only case where `<a download>` saves rather than navigates). */
export function sameOrigin(doc: Document, url: string): boolean {
  const loc = doc.location;
  if (!loc) return false;
  const a = doc.createElement('a');
  a.setAttribute('href', url);
  return a.protocol === loc.protocol && a.host === loc.host;
}

/** Saves `href` under `filename` through a hidden `<a download>` clicked once and removed. */
export function clickLink(doc: Document, href: string, filename: string): void {
  const link = doc.createElement('a');
  link.setAttribute('href', href);
  link.setAttribute('download', filename);
  link.setAttribute('rel', 'noopener');
  link.className = 'fp-hidden';
  (doc.body || doc.documentElement).appendChild(link);
  try {
    link.click();
  } finally {
    if (link.parentNode) link.parentNode.removeChild(link);
  }
}

/** Loads `href` in a hidden frame (removed after a minute): an attachment answer downloads, the page stays. */
export function frameDownload(doc: Document, href: string): void {
  const frame = doc.createElement('iframe');
  frame.setAttribute('hidden', '');
  frame.setAttribute('aria-hidden', 'true');
  frame.setAttribute('tabindex', '-1');
  frame.className = 'fp-hidden fp-download-frame';
  frame.setAttribute('src', href);
  (doc.body || doc.documentElement).appendChild(frame);
  setTimeout(function () {
    if (frame.parentNode) frame.parentNode.removeChild(frame);
  }, FRAME_LIFETIME_MS);
}

/** Saves `href` (a file URL, already in its `dl=true` form) without navigating: a link on the page's origin, else a hidden frame. */
export function saveWithoutLeaving(doc: Document, href: string, filename: string): void {
  if (sameOrigin(doc, href)) clickLink(doc, href, filename);
  else frameDownload(doc, href);
}
