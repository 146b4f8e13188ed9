import { Hosts } from '../core/contracts';

function startsWith(s: string, prefix: string): boolean {
  return s.slice(0, prefix.length) === prefix;
}

function firstSegment(rest: string): string | null {
  const m = /^([^/?#]+)/.exec(rest);
  return m ? m[1] : null;
}

/**
 * The file handle in a file URL: `<fileApi>/<handle>`, `<cdn>/[tasks/]<handle>`, any `…/api/file/<handle>`
 * (v2 and Filestack file URLs), or a Filestack/filepicker CDN URL whose last segment is the handle. Null otherwise.
 */
export function handleOf(url: string, hosts: Hosts): string | null {
  if (typeof url !== 'string' || !url) return null;
  if (startsWith(url, hosts.fileApi + '/')) return firstSegment(url.slice(hosts.fileApi.length + 1));
  const api = /\/api\/file\/([^/?#]+)/.exec(url);
  if (api) return api[1];
  const path = url.replace(/[?#].*$/, '');
  if (startsWith(url, hosts.cdn + '/') || /^https?:\/\/cdn\.(filestackcontent\.com|filepicker\.io)\//i.test(url)) {
    const m = /\/([^/]{20,})$/.exec(path) || /\/([^/]+)$/.exec(path);
    return m ? m[1] : null;
  }
  return null;
}
