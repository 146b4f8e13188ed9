import { PartialStrings, sanitizeTable } from './translator';

/**
 * Fetches a customText JSON file (same keys as locales/en.ts, `{{variable}}` placeholders). Keys it lacks fall back
 * to the language table; non-string values are ignored. Resolves `{}` (and warns) when it cannot be read.
 */
export function fetchCustomText(url: string, win: Window): Promise<PartialStrings> {
  return new Promise<PartialStrings>(function (resolve) {
    function fail(why: string): void {
      const c = (win as any).console;
      if (c) c.warn('filepicker: `customText` could not be used (' + why + '), showing the default text: ' + url);
      resolve({});
    }
    let xhr: XMLHttpRequest;
    try {
      xhr = new (win as any).XMLHttpRequest();
      xhr.open('GET', url, true);
    } catch (e) {
      fail(String((e as Error).message || e));
      return;
    }
    xhr.onreadystatechange = function () {
      if (xhr.readyState !== 4) return;
      if (xhr.status < 200 || xhr.status >= 300) return fail('HTTP ' + xhr.status);
      let data: unknown;
      try {
        data = JSON.parse(xhr.responseText);
      } catch (_e) {
        return fail('not JSON');
      }
      resolve(sanitizeTable(data));
    };
    xhr.send();
  });
}
