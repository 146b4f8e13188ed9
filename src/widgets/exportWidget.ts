import { attr, constructOptions, readAttributes } from './attributes';
import { LegacyContext } from '../legacy/context';
import { pageUrl } from './pageUrl';

/**
 * Export buttons and links (`button[data-fp-url]`, `a[data-fp-url]`, `input[type=button][data-fp-url]`): a click
 * reads `data-fp-url` at that moment (a relative one is resolved against the page) and calls `exportFile(url, options)`. v2 overwrote `element.onclick`; this adds
 * a listener, so a page's own `onclick` keeps working. Without a URL the click does what it would do anyway.
 */
export function buildExportWidget(ctx: LegacyContext, el: Element): void {
  el.addEventListener('click', (e: Event) => {
    const url = attr(readAttributes(el), 'data-fp-url');
    if (!url) return;
    e.preventDefault();
    ctx.callPublic('exportFile', [pageUrl(el.ownerDocument as Document, url), constructOptions(el, 'export', ctx)]);
  }, false);
}
