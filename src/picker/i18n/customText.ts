import { HttpTransport } from '../../core/http/types';
import { BrowserScope, browserTransport } from '../../core/http/defaultTransport';
import { PartialStrings, sanitizeTable } from './translator';

/** Bounds the wait for a customText file: the dialog shows the default text after this instead. */
const CUSTOM_TEXT_TIMEOUT_MS = 15000;

/**
 * Fetches a customText JSON file (same keys as locales/en.ts, `{{variable}}` placeholders) with the library's HTTP
 * stack (fetch where the page has it, else XHR; `transport` replaces it in tests). Keys it lacks fall back to the
 * language table; non-string values are ignored. Resolves `{}` (and warns) when it cannot be read.
 */
export function fetchCustomText(url: string, win: Window, transport?: HttpTransport): Promise<PartialStrings> {
  function fail(why: string): PartialStrings {
    const c = (win as { console?: Console }).console;
    if (c) c.warn('filepicker: `customText` could not be used (' + why + '), showing the default text: ' + url);
    return {};
  }
  const http = transport || browserTransport(win as unknown as BrowserScope);
  return http.request({ method: 'GET', url: url, timeoutMs: CUSTOM_TEXT_TIMEOUT_MS }).then(
    function (res) {
      if (res.status < 200 || res.status >= 300) return fail('HTTP ' + res.status);
      let data: unknown;
      try {
        data = JSON.parse(res.text);
      } catch (_e) {
        return fail('not JSON');
      }
      return sanitizeTable(data);
    },
    function (e: Error) {
      return fail(String((e && e.message) || e));
    },
  );
}
