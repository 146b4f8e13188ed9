/**
 * The dialog's icons: inline SVG built with DOM calls (no markup strings, no `style` attributes, no image requests),
 * so they show under `Content-Security-Policy: default-src 'self'`. Decorative: hidden from assistive technology,
 * the text next to each one says the same.
 */

const NS = 'http://www.w3.org/2000/svg';

function svg(doc: Document, cls: string, viewBox: string, children: SVGElement[]): SVGSVGElement {
  const root = doc.createElementNS(NS, 'svg') as SVGSVGElement;
  root.setAttribute('class', cls);
  root.setAttribute('viewBox', viewBox);
  root.setAttribute('aria-hidden', 'true');
  root.setAttribute('focusable', 'false');
  for (let i = 0; i < children.length; i++) root.appendChild(children[i]);
  return root;
}

function shape(doc: Document, tag: string, attrs: { [name: string]: string }): SVGElement {
  const node = doc.createElementNS(NS, tag) as SVGElement;
  for (const name in attrs) if (Object.prototype.hasOwnProperty.call(attrs, name)) node.setAttribute(name, attrs[name]);
  return node;
}

/** Outline paths (24×24, stroked in the text colour) of the sources the navigation lists. */
const SOURCE_PATHS: { [source: string]: string[] } = {
  COMPUTER: ['M3 5h18v11H3z', 'M8 20h8', 'M12 16v4'],
  URL: ['M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1', 'M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1'],
  WEBCAM: ['M3 8h4l2-3h6l2 3h4v11H3z', 'M12 10a3.5 3.5 0 1 0 0 7a3.5 3.5 0 1 0 0-7'],
  VIDEO: ['M3 6h12v12H3z', 'M15 10l6-3v10l-6-3'],
  AUDIO: ['M9 4h6v9a3 3 0 0 1-6 0z', 'M6 11a6 6 0 0 0 12 0', 'M12 17v4'],
  CUSTOMSOURCE: ['M7 18h10a4 4 0 0 0 .5-8A6 6 0 0 0 6 9a4.5 4.5 0 0 0 1 9z'],
  // the cloud sources: simple drawings of our own that call each service's mark to mind (no brand artwork)
  /** two arrows, down and up: files going both ways */
  FTP: ['M8 4v15', 'M4 15l4 4 4-4', 'M16 20V5', 'M12 9l4-4 4 4'],
  /** a globe: folders on the web */
  WEBDAV: ['M3 12a9 9 0 1 0 18 0a9 9 0 1 0-18 0', 'M3 12h18', 'M12 3c3 3 3 15 0 18c-3-3-3-15 0-18'],
  /** four diamonds over a small open box */
  DROPBOX: ['M7 2.5l5 3-5 3-5-3z', 'M17 2.5l5 3-5 3-5-3z', 'M7 8.5l5 3-5 3-5-3z', 'M17 8.5l5 3-5 3-5-3z', 'M7 17.5l5 3 5-3'],
  /** a triangle of three bands */
  GOOGLE_DRIVE: ['M8.5 3h7L22 14.5 18.5 20.5h-13L2 14.5z', 'M8.5 3l6.5 11.5H2', 'M15.5 3L9 14.5', 'M18.5 20.5L15 14.5h7'],
  /** a cube */
  BOX: ['M12 3l8 4.5v9L12 21l-8-4.5v-9z', 'M4 7.5l8 4.5 8-4.5', 'M12 12v9'],
  /** a wide cloud with a second one behind it */
  SKYDRIVE: ['M5 19a3.5 3.5 0 0 1-.5-7A5.5 5.5 0 0 1 14 9.5a4.5 4.5 0 0 1 6.5 4A3 3 0 0 1 19.5 19z', 'M7.5 9A5 5 0 0 1 16 7'],
  /** a branch: two commits and a merge */
  GITHUB: ['M3 6a3 3 0 1 0 6 0a3 3 0 1 0-6 0', 'M3 18a3 3 0 1 0 6 0a3 3 0 1 0-6 0', 'M15 6a3 3 0 1 0 6 0a3 3 0 1 0-6 0', 'M6 9v6', 'M18 9c0 4-3 5-9 7.5'],
  /** an envelope */
  GMAIL: ['M3 6h18v12H3z', 'M3 6l9 7 9-7'],
  /** an "f" in a circle */
  FACEBOOK: ['M3 12a9 9 0 1 0 18 0a9 9 0 1 0-18 0', 'M16 7h-1.5A2.5 2.5 0 0 0 12 9.5V21', 'M9 13h6'],
  /** a rounded square holding a lens and a dot */
  INSTAGRAM: ['M8 3h8a5 5 0 0 1 5 5v8a5 5 0 0 1-5 5H8a5 5 0 0 1-5-5V8a5 5 0 0 1 5-5z', 'M8 12a4 4 0 1 0 8 0a4 4 0 1 0-8 0', 'M17 7h.01'],
  /** two dots side by side */
  FLICKR: ['M2 12a4 4 0 1 0 8 0a4 4 0 1 0-8 0', 'M14 12a4 4 0 1 0 8 0a4 4 0 1 0-8 0'],
};
SOURCE_PATHS.GDRIVE = SOURCE_PATHS.GOOGLE_DRIVE;

/** The icon of a source tab (COMPUTER, URL, DROPBOX …); a folder for any other. */
export function sourceIcon(doc: Document, source: string): SVGSVGElement {
  const paths = SOURCE_PATHS[source] || ['M3 6h7l2 2h9v11H3z'];
  const nodes: SVGElement[] = [];
  for (let i = 0; i < paths.length; i++) {
    nodes.push(shape(doc, 'path', { d: paths[i], fill: 'none', stroke: 'currentColor', 'stroke-width': '1.8', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }));
  }
  return svg(doc, 'fp-source-icon', '0 0 24 24', nodes);
}

/** A file's kind as its icon shows it: a colour and a short label. */
export function fileKind(type: string, name: string): { label: string; color: string } {
  const t = (type || '').split(';')[0].toLowerCase();
  const ext = (/\.([a-z0-9]{1,4})$/i.exec(name || '') || ['', ''])[1].toUpperCase();
  if (t.indexOf('image/') === 0) return { label: ext || 'IMG', color: '#8250df' };
  if (t.indexOf('video/') === 0) return { label: ext || 'VID', color: '#cf222e' };
  if (t.indexOf('audio/') === 0) return { label: ext || 'AUD', color: '#bf8700' };
  if (t === 'application/pdf' || ext === 'PDF') return { label: 'PDF', color: '#d1242f' };
  if (/zip|compressed|tar|rar|7z/.test(t)) return { label: ext || 'ZIP', color: '#6e7781' };
  if (t.indexOf('text/') === 0 || /json|xml|csv/.test(t)) return { label: ext || 'TXT', color: '#0969da' };
  if (/word|document|rtf/.test(t)) return { label: ext || 'DOC', color: '#0550ae' };
  if (/sheet|excel/.test(t)) return { label: ext || 'XLS', color: '#1a7f37' };
  return { label: ext || 'FILE', color: '#57606a' };
}

/** A sheet of paper with a folded corner and the file's kind on a band (the row's icon until a thumbnail replaces it). */
export function fileIcon(doc: Document, type: string, name: string): SVGSVGElement {
  const kind = fileKind(type, name);
  const label = shape(doc, 'text', { x: '14', y: '26', 'text-anchor': 'middle', 'font-size': kind.label.length > 3 ? '6.5' : '8', 'font-weight': '700', 'font-family': 'Arial,sans-serif', fill: '#fff' });
  label.appendChild(doc.createTextNode(kind.label));
  return svg(doc, 'fp-file-svg', '0 0 28 32', [
    shape(doc, 'path', { d: 'M4 1h14l7 7v22a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V2a1 1 0 0 1 1-1z', fill: '#fff', stroke: '#8c959f' }),
    shape(doc, 'path', { d: 'M18 1v7h7', fill: 'none', stroke: '#8c959f' }),
    shape(doc, 'rect', { x: '1', y: '19', width: '26', height: '10', rx: '2', fill: kind.color }),
    label,
  ]);
}
