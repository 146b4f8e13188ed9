import { Hosts } from '../../core/contracts';

/**
 * File URLs. v2 pages hold URLs of hosts that are gone: `https://www.filepicker.io/api/file/<handle>` and the CDNs
 * `https://cdn.filestackcontent.com/…/<handle>` and `https://cdn.filepicker.io/…/<handle>`. Each maps to
 * `<fileApi>/<handle>` of the configured hosts (a v2 file URL keeps its suffix, e.g. `/convert?w=100`).
 */
const V2_FILE = /^https?:\/\/(?:www\.)?(?:filepicker\.io|filestackapi\.com)\/api\/file\/([^/?#]+)(.*)$/i;
/** v2's own CDN pattern: the last path segment of at least 20 characters is the handle (src/utils/util.js). */
const V2_CDN = /^https?:\/\/(?:cdn\.filestackcontent\.com|cdn\.filepicker\.io)[^\s?#]*\/([^\s/?#]{20,})(?:[?#].*)?$/i;

function startsWith(s: string, prefix: string): boolean {
  return s.length >= prefix.length && s.slice(0, prefix.length) === prefix;
}

/** `<fileApi>/<handle>[suffix]` for a file URL this library knows, else undefined. */
export function toFileApiUrl(hosts: Hosts, url: string): string | undefined {
  if (startsWith(url, hosts.fileApi + '/') && url.length > hosts.fileApi.length + 1) return url;
  const ours = hosts.cdn + '/';
  if (startsWith(url, ours)) {
    const handle = url.slice(ours.length).split(/[?#]/)[0];
    if (handle && handle.indexOf('/') < 0) return hosts.fileApi + '/' + handle;
  }
  let m = V2_FILE.exec(url);
  if (m) return hosts.fileApi + '/' + m[1] + m[2];
  m = V2_CDN.exec(url);
  if (m) return hosts.fileApi + '/' + m[1];
  return undefined;
}

/** Drops a `/convert…` suffix (v2's `trimConvert`). */
export function trimConvert(url: string): string {
  return url.replace(/\/convert\b.*/, '');
}

/** The query parameters of a URL, decoded (later duplicates win). */
export function queryParams(url: string): { [key: string]: string } {
  const out: { [key: string]: string } = {};
  const q = url.indexOf('?');
  if (q < 0) return out;
  const query = url.slice(q + 1).split('#')[0];
  const parts = query.split('&');
  for (let i = 0; i < parts.length; i++) {
    if (!parts[i]) continue;
    const eq = parts[i].indexOf('=');
    const k = eq < 0 ? parts[i] : parts[i].slice(0, eq);
    const v = eq < 0 ? '' : parts[i].slice(eq + 1);
    out[decode(k)] = decode(v);
  }
  return out;
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch (_e) {
    return s;
  }
}

export { formEncode } from '../../core/fileApi';
export type { Params } from '../../core/fileApi';
