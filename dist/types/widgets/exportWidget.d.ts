import { LegacyContext } from '../legacy/context';
/**
 * Export buttons and links (`button[data-fp-url]`, `a[data-fp-url]`, `input[type=button][data-fp-url]`): a click
 * reads `data-fp-url` at that moment (a relative one is resolved against the page) and calls `exportFile(url, options)`. v2 overwrote `element.onclick`; this adds
 * a listener, so a page's own `onclick` keeps working. Without a URL the click does what it would do anyway.
 */
export declare function buildExportWidget(ctx: LegacyContext, el: Element): void;
