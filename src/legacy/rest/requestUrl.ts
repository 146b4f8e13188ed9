/** URLs only the REST requests build: in the on-demand chunk (the main bundle's checks need fileUrl.ts only). */
import { Hosts } from '../../core/contracts';
import { formEncode, Params } from '../../core/fileApi';

/** `url` with `params` appended to its query. */
export function withQuery(url: string, params: Params): string {
  const q = formEncode(params);
  if (!q) return url;
  return url + (url.indexOf('?') >= 0 ? '&' : '?') + q;
}

/** Where `logout` goes: the file API base with its trailing `/file` replaced by `/clients/unauth`. */
export function logoutUrl(hosts: Hosts): string {
  if (/\/file$/.test(hosts.fileApi)) return hosts.fileApi.replace(/\/file$/, '/clients/unauth');
  const origin = /^[a-z][a-z0-9+.-]*:\/\/[^/]+/i.exec(hosts.fileApi);
  return (origin ? origin[0] : '') + '/api/clients/unauth';
}

/** The URL without its query (for error details: a query may carry the policy and signature, which are never shown). */
export function withoutQuery(url: string): string {
  return url.split('?')[0];
}
