import { LegacyContext } from '../legacy/context';
import { attr, readAttributes } from './attributes';
import { handleOf } from './handles';

/**
 * `[type="filepicker-preview"][data-fp-url]`: appends an `<iframe>` showing the file. v2 pointed it at the hosted
 * viewer `…/api/preview/<handle>`, which no longer exists; this shows the file itself (`<fileApi>/<handle>`), which
 * browsers render inline for images, PDF and text. `data-fp-custom-css` (a viewer option) cannot apply and is
 * reported once. A URL that names no file handle builds nothing (as v2).
 */
export function buildPreview(ctx: LegacyContext, el: Element): HTMLIFrameElement | null {
  const map = readAttributes(el);
  const url = attr(map, 'data-fp-url');
  const handle = url ? handleOf(url, ctx.hosts) : null;
  if (!handle) return null;
  if (attr(map, 'data-fp-custom-css')) {
    ctx.warnOnce('widget:preview-css', 'filepicker: `data-fp-custom-css` on a preview is not supported (there is no hosted viewer to style); it is ignored');
  }
  const doc = el.ownerDocument as Document;
  const iframe = doc.createElement('iframe');
  iframe.setAttribute('src', ctx.hosts.fileApi + '/' + handle);
  iframe.setAttribute('width', '100%');
  iframe.setAttribute('height', '100%');
  iframe.setAttribute('title', 'File preview');
  iframe.className = 'fp-preview';
  el.appendChild(iframe);
  return iframe;
}
