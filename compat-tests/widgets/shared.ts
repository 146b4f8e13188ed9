/** Helpers of the widget compat suites: pages with both libraries, v2's dialog URL, drops. */
import { loadPage, Page, PageOptions, tick } from '../helpers/page';

export function page(html: string, opts: PageOptions = {}): Promise<Page> {
  return loadPage({ html: '<!doctype html><html><head></head><body>' + html + '</body></html>', ...opts });
}

/** Resolves once the window's `load` event has fired (v2 builds widgets then) and the files it asked for are in (our widgets chunk). */
export async function loaded(p: Page): Promise<void> {
  if (p.document.readyState === 'complete') await tick(1);
  else await new Promise((r) => p.window.addEventListener('load', () => setTimeout(r, 1)));
  await p.settle();
}

/** v2 waits for the third-party-cookie answer before opening any dialog: give it. */
export function answerCookies(p: Page): void {
  p.window.dispatchEvent(new p.window.MessageEvent('message', { origin: 'https://dialog.filepicker.io', data: '{"id":"cookies","type":"ThirdPartyCookies","payload":true}' }));
}

/** The src of v2's newest dialog iframe, with the time-based `id` masked. */
export function lastDialogUrl(p: Page): string | null {
  const frames = p.document.querySelectorAll('iframe[name=filepicker_dialog]');
  if (!frames.length) return null;
  return String((frames[frames.length - 1] as HTMLIFrameElement).src).replace(/([?&]id=)\d+/, '$1<ID>');
}

export function dialogCount(p: Page): number {
  return p.document.querySelectorAll('iframe[name=filepicker_dialog]').length;
}

/** Dispatches a `drop` carrying `files` (made in that page) and extra data. */
export function drop(p: Page, el: Element, files: Array<{ name: string; type: string; size?: number }>, extra?: { data?: { [t: string]: string }; folder?: boolean }): void {
  const list = files.map((f) => {
    const file = new p.window.File(['x'], f.name, { type: f.type });
    if (f.size !== undefined) Object.defineProperty(file, 'size', { value: f.size });
    return file;
  });
  const e = new p.window.Event('drop', { bubbles: true, cancelable: true });
  const items = extra && extra.folder ? [{ webkitGetAsEntry: () => ({ isDirectory: true }) }] : undefined;
  Object.defineProperty(e, 'dataTransfer', { value: { files: list, items, getData: (t: string) => (extra && extra.data && extra.data[t]) || '' } });
  el.dispatchEvent(e);
}

/** A plain copy of an options object (v2's pick mutates what it gets). */
export function copy<T>(o: T): T {
  return JSON.parse(JSON.stringify(o));
}

import { JSDOM, VirtualConsole } from 'jsdom';
import { bundleSource, DistLoader, PageValue } from '../helpers/page';

/**
 * A page whose library script is added only after `load` has fired (a late-injected script), with `before` run
 * first. Resolves to the window once the script ran.
 */
export async function lateInjectedPage(html: string, flavour: 'readable' | 'legacy', before?: string): Promise<{ window: PageValue; errors: unknown[]; close(): void }> {
  const errors: unknown[] = [];
  const vc = new VirtualConsole();
  vc.on('jsdomError', (e: unknown) => errors.push(e));
  const loader = flavour === 'legacy' ? undefined : new DistLoader('https://example.com');
  const dom = new JSDOM('<!doctype html><html><head></head><body>' + html + '</body></html>', { url: 'https://example.com/late.html', runScripts: 'dangerously', resources: loader, pretendToBeVisual: true, virtualConsole: vc });
  const w = dom.window as PageValue;
  await new Promise<void>((r) => (w.document.readyState === 'complete' ? r() : w.addEventListener('load', () => r())));
  const add = (text: string) => {
    const s = w.document.createElement('script');
    s.textContent = text;
    w.document.body.appendChild(s);
  };
  if (before) add(before);
  if (!loader) {
    add(bundleSource(flavour));
  } else {
    await new Promise<void>((resolve) => {
      const s = w.document.createElement('script');
      s.onload = () => resolve();
      s.src = 'https://example.com/dist/filepicker.js';
      w.document.body.appendChild(s);
    });
  }
  await tick(5);
  while (loader && !loader.idle()) await tick(5);
  await tick(5);
  return { window: w, errors, close: () => w.close() };
}
