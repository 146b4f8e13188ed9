/** The browser transport routes each request: XHR when it wants progress or there is no fetch, fetch otherwise. */
import { browserTransport, httpAvailable } from './defaultTransport';

/** A scope whose XMLHttpRequest and fetch record which one was used. */
function scope(withFetch: boolean) {
  const used: string[] = [];
  const s: { XMLHttpRequest?: unknown; fetch?: unknown } = {
    XMLHttpRequest: function (this: Record<string, unknown>) {
      this.open = (m: string, u: string) => used.push('xhr ' + m + ' ' + u);
      this.setRequestHeader = () => undefined;
      this.upload = {};
      this.getResponseHeader = () => null;
      this.send = () => setTimeout(() => { this.status = 200; this.responseText = 'x'; (this.onload as () => void)(); }, 0);
    },
  };
  if (withFetch) {
    s.fetch = function (this: unknown, url: string, init: { method: string }) {
      // a page's fetch must be called on its window ("Illegal invocation" otherwise)
      if (this !== s) throw new TypeError('Illegal invocation');
      used.push('fetch ' + init.method + ' ' + url);
      return Promise.resolve({ status: 200, headers: { get: () => null }, text: () => Promise.resolve('y') });
    };
  }
  return { s, used };
}

test('small requests go through fetch, requests with progress through XHR', async () => {
  const { s, used } = scope(true);
  const t = browserTransport(s);
  expect(t.streamsProgress).toBe(true);
  expect((await t.request({ method: 'GET', url: '/meta' })).text).toBe('y');
  expect((await t.request({ method: 'PUT', url: '/part', body: 'abc', onUploadProgress: () => undefined })).text).toBe('x');
  expect((await t.request({ method: 'GET', url: '/file', onDownloadProgress: () => undefined })).text).toBe('x');
  expect(used).toEqual(['fetch GET /meta', 'xhr PUT /part', 'xhr GET /file']);
});

test('without fetch (a browser that has Promise but no fetch) everything goes through XHR', async () => {
  const { s, used } = scope(false);
  await browserTransport(s).request({ method: 'GET', url: '/meta' });
  expect(used).toEqual(['xhr GET /meta']);
  expect(httpAvailable(s)).toBe(true);
  expect(httpAvailable({})).toBe(false);
});
