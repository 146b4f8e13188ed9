/**
 * The folder the library's main script was loaded from (with a trailing `/`), where its other files live: the
 * polyfills, the MD5 worker, the on-demand chunks and the locales. Found once, while the main script runs
 * (`document.currentScript`); for a script that has no `src` (inlined), the last `<script>` whose `src` ends in
 * `filepicker.js` or `filepicker.min.js`. Undefined outside a page, or when neither is found.
 */
let base: string | undefined;
let found = false;

function folderOf(src: string): string {
  return src.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
}

function find(): string | undefined {
  if (typeof document === 'undefined' || !document) return undefined;
  const current = document.currentScript as HTMLScriptElement | null;
  if (current && current.src) return folderOf(current.src);
  const scripts = document.getElementsByTagName ? document.getElementsByTagName('script') : [];
  for (let i = scripts.length - 1; i >= 0; i--) {
    const src = (scripts[i] as HTMLScriptElement).src;
    if (src && /\/filepicker(\.min)?\.js([?#].*)?$/.test(src)) return folderOf(src);
  }
  return undefined;
}

/**
 * The folder given by the entry of the ES module build (`import.meta.url` of dist/filepicker.mjs: a module script
 * has no `document.currentScript`). Called before the library is evaluated.
 */
export function setScriptBase(url: string): void {
  found = true;
  base = folderOf(url);
}

/** The script folder; the first call (made by the entry while its script runs) finds it, later calls reuse it. */
export function scriptBase(): string | undefined {
  if (!found) {
    found = true;
    base = find();
  }
  return base;
}
