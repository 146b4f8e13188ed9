/**
 * The dialog's stylesheet, applied through CSSOM so that it works under `Content-Security-Policy: default-src 'self'`
 * (no `<style>` text, no `style` attributes): a constructed `CSSStyleSheet` adopted by the document where supported,
 * else an empty `<style>` element filled rule by rule with `insertRule`. Every class starts with `fp-`.
 */

/**
 * The platform's UI font (San Francisco, Segoe UI, Roboto… as the longer stacks name them one by one). One generic
 * family to resolve, not seven: in a fresh renderer each family of a stack is looked up on first use, which made the
 * first layout of a cold pick about twice as long (BENCHMARKS.md, section 4).
 */
const FONT = 'system-ui,sans-serif';
export const FOCUS = 'outline:3px solid #1a73e8;outline-offset:2px';

export const RULES: string[] = [
  '.fp-noscroll{overflow:hidden}',
  '.fp-overlay{position:fixed;top:0;right:0;bottom:0;left:0;z-index:2147483000;background:rgba(20,24,31,.6);display:flex;align-items:center;justify-content:center;padding:16px;box-sizing:border-box}',
  '.fp-overlay[hidden],.fp-dialog [hidden]{display:none}',
  '.fp-dialog{font-family:' + FONT + ';font-size:15px;line-height:1.4;color:#1f2328;background:#fff;border-radius:8px;box-shadow:0 10px 40px rgba(0,0,0,.35);width:760px;max-width:100%;height:520px;max-height:100%;display:flex;flex-direction:column;box-sizing:border-box;text-align:start;overflow:hidden}',
  '.fp-dialog *,.fp-dialog *:before,.fp-dialog *:after{box-sizing:border-box}',
  '.fp-fill{margin:0;height:100%}',
  '.fp-fill .fp-dialog{width:100%;height:100%;border-radius:0;box-shadow:none}',
  '.fp-header{display:flex;align-items:center;justify-content:space-between;padding:12px 16px;border-bottom:1px solid #d0d7de}',
  '.fp-title{font-size:18px;font-weight:600;margin:0}',
  '.fp-btn{font:inherit;cursor:pointer;border:1px solid #8c959f;background:#f6f8fa;color:#1f2328;border-radius:6px;padding:6px 14px}',
  '.fp-btn:hover{background:#eaeef2}',
  // a ring for keyboard users only (:focus-visible); a mouse click on the drop zone shows none
  '.fp-btn:focus,.fp-drop:focus,.fp-source:focus{outline:none}',
  '.fp-btn:focus-visible,.fp-drop:focus-visible,.fp-source:focus-visible,.fp-input:focus{' + FOCUS + '}',
  '.fp-btn[disabled]{cursor:default;opacity:.55}',
  '.fp-primary{background:#1a7f37;border-color:#1a7f37;color:#fff;font-weight:600}',
  '.fp-primary:hover{background:#116329}',
  '.fp-close{font-size:22px;line-height:1;padding:2px 10px;background:transparent;border-color:transparent}',
  '.fp-body{display:flex;flex:1 1 auto;min-height:0}',
  '.fp-nav{flex:0 0 auto;width:170px;border-inline-end:1px solid #d0d7de;background:#f6f8fa;overflow:auto}',
  '.fp-sources{list-style:none;margin:0;padding:8px}',
  '.fp-source{display:flex;align-items:center;gap:8px;width:100%;text-align:start;font:inherit;color:#1f2328;background:transparent;border:0;border-radius:6px;padding:8px 10px;margin-bottom:4px;cursor:pointer}',
  '.fp-source:hover{background:#eaeef2}',
  '.fp-source[aria-current=true]{background:#ddf4ff;color:#0a3069;font-weight:600}',
  '.fp-main{flex:1 1 auto;display:flex;flex-direction:column;min-width:0;padding:12px 16px;overflow:auto}',
  '.fp-source-icon{flex:0 0 auto;width:18px;height:18px;color:#57606a}',
  '.fp-source[aria-current=true] .fp-source-icon{color:#0a3069}',
  // the computer panel fills the free height (no empty panel under the drop zone); files take it back as they come
  '.fp-panel-computer{display:flex;flex-direction:column;flex:1 1 auto;min-height:132px}',
  '.fp-panel-computer .fp-drop{flex:1 1 auto}',
  '.fp-drop{display:flex;flex-direction:column;align-items:center;justify-content:center;text-align:center;font:inherit;color:#1f2328;background:#fff;border:2px dashed #8c959f;border-radius:8px;padding:20px;min-height:120px;width:100%;cursor:pointer}',
  '.fp-drop:hover,.fp-dragover .fp-drop{border-color:#1a73e8;background:#f0f7ff}',
  '.fp-hint{color:#57606a;font-size:13px;margin:6px 0 0}',
  '.fp-file-input{position:absolute;width:1px;height:1px;opacity:0;overflow:hidden;clip:rect(0 0 0 0)}',
  '.fp-row{display:flex;gap:8px;align-items:center;margin-top:10px;flex-wrap:wrap}',
  '.fp-label{display:block;font-weight:600;margin-bottom:6px}',
  '.fp-input{font:inherit;flex:1 1 240px;min-width:0;padding:6px 8px;border:1px solid #8c959f;border-radius:6px}',
  '.fp-errors{color:#b3261e;margin:8px 0 0;padding:0;list-style:none}',
  '.fp-errors li{margin-top:4px}',
  '.fp-files-title{font-size:14px;font-weight:600;margin:14px 0 4px}',
  '.fp-files{list-style:none;margin:0;padding:0}',
  // rows on one grid: icon | name over status | size | progress | Edit | Retry | ×. Each cell has its own place, so
  // the × never wraps under the name, a long status ("Wird hochgeladen: 19 %") has the name's width, and the columns
  // line up between rows with and without Edit (subgrid shares the tracks; a browser without it gets fixed tracks)
  '.fp-files{display:grid;grid-template-columns:32px minmax(0,1fr) max-content minmax(48px,120px) max-content max-content max-content;column-gap:10px}',
  '.fp-file{grid-column:1/-1;display:grid;grid-template-columns:32px minmax(0,1fr) 4.5em minmax(48px,120px) 6.5em 4.5em 2.2em;grid-template-rows:auto auto;column-gap:10px;align-items:center;padding:6px 0;border-bottom:1px solid #eaeef2}',
  '@supports (grid-template-columns:subgrid){.fp-file{grid-template-columns:subgrid}}',
  // the list is windowed (src/picker/rowWindow.ts): the rows out of view are stood for by spacers across the grid
  '.fp-files-gap{grid-column:1/-1}',
  '.fp-file>*{grid-row:1/3}',
  '.fp-file-icon{grid-column:1;width:32px;height:32px;display:flex;align-items:center;justify-content:center}',
  '.fp-file-icon canvas{width:32px;height:32px;border-radius:4px}',
  '.fp-file-icon svg{width:28px;height:32px}',
  '.fp-file .fp-file-name{grid-column:2;grid-row:1;min-width:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;font-weight:500}',
  // the status wraps within its cell ("Verbindungsproblem, neuer Versuch in 2 s (Versuch 1)" is read whole, never cut)
  '.fp-file .fp-file-status{grid-column:2;grid-row:2;min-width:0;white-space:normal;overflow-wrap:anywhere}',
  '.fp-file-size{grid-column:3;text-align:end;white-space:nowrap}',
  '.fp-file .fp-progress{grid-column:4;width:100%}',
  '.fp-file .fp-edit{grid-column:5}',
  '.fp-file .fp-retry{grid-column:6}',
  '.fp-file .fp-remove{grid-column:7;justify-self:end}',
  '.fp-file-size,.fp-file-status{color:#57606a;font-size:13px}',
  '.fp-file-failed .fp-file-status{color:#b3261e}',
  '.fp-file-done .fp-file-status{color:#1a7f37}',
  '.fp-progress{width:120px;height:8px}',
  '.fp-small{padding:2px 8px;font-size:13px}',
  '.fp-footer{display:flex;align-items:center;gap:12px;padding:10px 16px;border-top:1px solid #d0d7de}',
  '.fp-total{flex:1 1 auto;display:flex;align-items:center;gap:10px;color:#57606a;font-size:13px}',
  '.fp-total .fp-progress{flex:1 1 auto;max-width:280px}',
  '.fp-sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}',
  '@media (max-width:560px){.fp-body{flex-direction:column}.fp-nav{width:auto;border-inline-end:0;border-bottom:1px solid #d0d7de}.fp-sources{display:flex}.fp-source{width:auto;margin:0 4px 0 0}.fp-dialog{height:100%}}',
  // narrow: name and size over status and progress, the × at the end of the first line, Edit and Retry on a third
  '@media (max-width:560px){.fp-files{grid-template-columns:32px minmax(0,1fr) 4.5em 2.2em}.fp-file{grid-template-columns:32px minmax(0,1fr) 4.5em 2.2em;grid-template-rows:auto auto auto}.fp-file-icon{grid-row:1/3}.fp-file .fp-file-size{grid-column:3;grid-row:1}.fp-file .fp-progress{grid-column:3/5;grid-row:2}.fp-file .fp-remove{grid-column:4;grid-row:1}.fp-file .fp-edit{grid-column:2;grid-row:3;justify-self:start;margin-top:4px}.fp-file .fp-retry{grid-column:3/5;grid-row:3;justify-self:end;margin-top:4px}}',
];

/** Applies the stylesheet (or other `rules`, e.g. those of an on-demand chunk) to `doc`; the returned function removes it again. */
export function applyStyles(doc: Document, rules: string[] = RULES): () => void {
  // both may be missing from an old engine although the DOM types declare them
  const win = doc.defaultView as { CSSStyleSheet?: { new (): CSSStyleSheet } } | null;
  const adopting = doc as { adoptedStyleSheets: CSSStyleSheet[] };
  if (win && win.CSSStyleSheet && 'adoptedStyleSheets' in doc) {
    try {
      const sheet = new win.CSSStyleSheet();
      if (typeof sheet.replaceSync === 'function') {
        sheet.replaceSync(rules.join('\n'));
        adopting.adoptedStyleSheets = adopting.adoptedStyleSheets.concat([sheet]);
        return function () {
          const list = adopting.adoptedStyleSheets as CSSStyleSheet[];
          const next: CSSStyleSheet[] = [];
          for (let i = 0; i < list.length; i++) if (list[i] !== sheet) next.push(list[i]);
          adopting.adoptedStyleSheets = next;
        };
      }
    } catch (_e) {
      // fall through to the <style> element
    }
  }
  const style = doc.createElement('style');
  (doc.head || doc.documentElement).appendChild(style);
  const sheet = style.sheet as CSSStyleSheet | null;
  if (sheet) {
    for (let i = 0; i < rules.length; i++) {
      try {
        sheet.insertRule(rules[i], sheet.cssRules.length);
      } catch (_e) {
        // a rule this browser cannot parse is skipped
      }
    }
  }
  return function () {
    if (style.parentNode) style.parentNode.removeChild(style);
  };
}

/** Adds `<link rel="stylesheet" href>` (the `customCss` option) after our own rules; returns its remover. */
export function addStylesheetLink(doc: Document, href: string): () => void {
  const link = doc.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  (doc.head || doc.documentElement).appendChild(link);
  return function () {
    if (link.parentNode) link.parentNode.removeChild(link);
  };
}
