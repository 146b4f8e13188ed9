import { PartialStrings, sanitizeTable } from './translator';
import { LANGUAGES } from './languages';
import { scriptBase } from '../../core/scriptBase';

/**
 * Locales other than English are separate small scripts, `<folder of the main script>/locales/<code>.js`, loaded on
 * demand. Each one stores its table in `window.__filepickerLocales[<code>]` (webpack `library: { type: 'window',
 * name: ['__filepickerLocales', '[name]'] }`); a page may also call `registerLocale` itself.
 */

/** Tables registered so far, by code. */
const tables: { [code: string]: PartialStrings } = {};
/** Loads under way or finished, by code. */
const loading: { [code: string]: Promise<PartialStrings | undefined> | undefined } = {};

/** The folder the library was loaded from (with a trailing `/`), found while the bundle's script runs (core/scriptBase.ts). */
let localeBase: string | undefined = scriptBase();

/** Overrides where locale scripts are loaded from (a folder URL). */
export function setLocaleBase(base: string | undefined): void {
  localeBase = base && base.charAt(base.length - 1) !== '/' ? base + '/' : base;
}

export function getLocaleBase(): string | undefined {
  return localeBase;
}

export function registerLocale(code: string, table: unknown): void {
  tables[code] = sanitizeTable(table);
}

export function getLocale(code: string): PartialStrings | undefined {
  return tables[code];
}

function fromGlobal(win: Window, code: string): boolean {
  const store = (win as { __filepickerLocales?: { [code: string]: unknown } }).__filepickerLocales;
  const t = store && store[code];
  if (!t) return false;
  const table = t as { default?: unknown };
  registerLocale(code, typeof t === 'object' && table['default'] ? table['default'] : t);
  return true;
}

/**
 * The table of `code`, loading its script into `doc` when needed. Resolves undefined when it cannot be had (unknown
 * code, no script folder, load error, timeout): the dialog then stays in English.
 */
export function loadLocale(code: string, doc: Document, timeoutMs = 10000): Promise<PartialStrings | undefined> {
  if (tables[code]) return Promise.resolve(tables[code]);
  const win = doc.defaultView;
  if (win && fromGlobal(win, code)) return Promise.resolve(tables[code]);
  if (code === 'en' || LANGUAGES.indexOf(code) < 0 || !localeBase || !win) return Promise.resolve(undefined);
  const pending = loading[code];
  if (pending) return pending;
  const url = localeBase + 'locales/' + code + '.js';
  const p = new Promise<PartialStrings | undefined>(function (resolve) {
    const script = doc.createElement('script');
    let timer: number | undefined = undefined;
    function finish(): void {
      if (timer !== undefined) win!.clearTimeout(timer);
      script.onload = script.onerror = null;
      if (script.parentNode) script.parentNode.removeChild(script);
      if (!tables[code]) {
        fromGlobal(win!, code);
        if (!tables[code]) delete loading[code];
      }
      resolve(tables[code]);
    }
    script.onload = finish;
    script.onerror = finish;
    timer = win!.setTimeout(finish, timeoutMs);
    script.src = url;
    script.async = true;
    (doc.head || doc.documentElement).appendChild(script);
  });
  loading[code] = p;
  return p;
}
