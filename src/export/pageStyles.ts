/**
 * The page-level stylesheet of the widgets and of export's save dialog (everything the library shows outside the
 * picker dialog; it lives in src/export because src/widgets sits above src/export), added once per document through the CSSOM (no `<style>` text, no `style` attributes),
 * so widgets work under `Content-Security-Policy: default-src 'self'`: a constructed `CSSStyleSheet` adopted by the
 * document where supported, else an empty `<style>` element filled rule by rule with `insertRule`.
 * `fp__btn` is v2's button class (pages style it); every other class starts with `fp-`.
 */
const RULES: string[] = [
  '.fp__btn{box-sizing:border-box;display:inline-block;height:34px;padding:4px 24px;margin:0;vertical-align:middle;cursor:pointer;' +
    'font-family:"Open Sans",sans-serif;font-size:12px;font-weight:600;line-height:1.42857143;color:#fff;text-align:center;white-space:nowrap;' +
    'background:#c43a1f;border:1px solid transparent;border-radius:17px}',
  '.fp__btn:hover{background-color:#a93018}',
  '.fp__btn:focus-visible{outline:2px solid #1a5fb4;outline-offset:2px}',
  '.fp-hidden{display:none !important}',
  '.fp-drag-widget{display:inline-block;padding:1px}',
  '.fp-drop-zone{display:inline-block;margin:0 0 0 4px;border:1px dashed #aaa;border-radius:3px;background-color:#f3f3f3;color:#333;' +
    'font-size:14px;line-height:22px;padding:2px 4px;vertical-align:middle;cursor:pointer;overflow:hidden}',
  '.fp-drop-zone--over{background-color:#e0e0e0;border:1px solid #000}',
  '.fp-drop-zone--done{cursor:default}',
  '.fp-drop-zone--busy{padding:0;border:1px solid #aaa;box-shadow:inset 0 1px 2px rgba(0,0,0,.1)}',
  '.fp-drop-zone__progress{display:block;width:160px;height:22px}',
  '.fp-drop-zone__clear{float:right;margin-left:6px;padding:0 3px;border:0;background:transparent;color:#600;font-size:14px;cursor:pointer}',
  '.fp-preview{display:block;width:100%;height:100%;border:0}',
  '.fp-save-backdrop{position:fixed;top:0;right:0;bottom:0;left:0;z-index:2147483000;background:rgba(0,0,0,.45);display:flex;align-items:center;justify-content:center}',
  '.fp-save{box-sizing:border-box;min-width:280px;max-width:92vw;padding:20px;border-radius:6px;background:#fff;color:#222;font:14px/1.4 sans-serif;box-shadow:0 8px 30px rgba(0,0,0,.3)}',
  '.fp-save-title{margin:0 0 8px;font-size:18px}',
  '.fp-save-file{margin:0 0 16px;word-break:break-all;color:#555}',
  '.fp-save-actions{display:flex;flex-wrap:wrap;gap:8px;justify-content:flex-end}',
  '.fp-save-button{padding:8px 14px;border:1px solid #888;border-radius:4px;background:#f5f5f5;color:#222;font:inherit;cursor:pointer}',
  '.fp-save-primary{border-color:#a93018;background:#c43a1f;color:#fff}',
  '.fp-save-button:focus-visible{outline:2px solid #1a5fb4;outline-offset:2px}',
];

const MARK = '__fpWidgetSheet';

/** Adds the widgets' stylesheet to `doc` once. */
export function ensureStyles(doc: Document): void {
  const holder = doc as unknown as { [k: string]: unknown };
  if (holder[MARK]) return;
  holder[MARK] = true;
  const win = doc.defaultView as (Window & { CSSStyleSheet?: { new (): CSSStyleSheet } }) | null;
  const adopting = doc as { adoptedStyleSheets: CSSStyleSheet[] };
  if (win && typeof win.CSSStyleSheet === 'function' && 'adoptedStyleSheets' in doc) {
    try {
      const sheet = new win.CSSStyleSheet();
      fill(sheet);
      adopting.adoptedStyleSheets = adopting.adoptedStyleSheets.concat([sheet]);
      return;
    } catch (_e) {
      // older engines: fall through to a <style> element
    }
  }
  const style = doc.createElement('style');
  style.setAttribute('data-fp-widgets', '');
  (doc.head || doc.documentElement).appendChild(style);
  if (style.sheet) fill(style.sheet as CSSStyleSheet);
}

function fill(sheet: CSSStyleSheet): void {
  for (let i = 0; i < RULES.length; i++) {
    try {
      sheet.insertRule(RULES[i], sheet.cssRules.length);
    } catch (_e) {
      // a rule this engine cannot parse (e.g. :focus-visible in old browsers) is skipped
    }
  }
}

/** Adds or removes a class without touching the others. */
export function toggleClass(el: Element, name: string, on: boolean): void {
  const cur = ' ' + (el.getAttribute('class') || '') + ' ';
  const has = cur.indexOf(' ' + name + ' ') >= 0;
  if (on && !has) el.setAttribute('class', (cur + name).replace(/^\s+|\s+$/g, ''));
  else if (!on && has) el.setAttribute('class', cur.replace(' ' + name + ' ', ' ').replace(/^\s+|\s+$/g, ''));
}

/** Hides a page element with the `hidden` attribute and a class (v2 set `style.display='none'`). */
export function hide(el: Element): void {
  el.setAttribute('hidden', '');
  toggleClass(el, 'fp-hidden', true);
}
