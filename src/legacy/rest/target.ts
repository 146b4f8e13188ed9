import { Hosts } from '../../core/contracts';
import { FilepickerException } from '../FilepickerException';
import { toFileApiUrl, trimConvert } from './fileUrl';
import { show, urlOf } from './inputs';

/**
 * The file URL a write / stat / remove / convert acts on: a file URL string (v2 file and CDN URLs mapped to the
 * file API), or an object with a `url`. Anything else throws v2's text, `<what>: <value>. Not a filepicker url or
 * FPFile object.` (v2 crashed with a TypeError on `null`/`undefined`; ours throws the same text for them).
 * `keepConvert` keeps a `/convert?…` suffix (convert reads its parameters); otherwise it is dropped.
 */
export function targetUrl(hosts: Hosts, fpfile: unknown, what: string, keepConvert?: boolean): string {
  let url: string | undefined;
  if (typeof fpfile === 'string') url = toFileApiUrl(hosts, fpfile);
  if (url === undefined) {
    const u = urlOf(fpfile);
    if (u) url = toFileApiUrl(hosts, String(u)) || String(u);
  }
  if (url === undefined) throw new FilepickerException(what + ': ' + show(fpfile) + '. Not a filepicker url or FPFile object.');
  return keepConvert ? url : trimConvert(url);
}

/** A remote URL to copy from: v2 file and CDN URLs are mapped to the file API (their hosts are gone). */
export function sourceUrl(hosts: Hosts, url: unknown): string {
  const s = String(url);
  return toFileApiUrl(hosts, s) || s;
}
