import { Hosts } from '../../core/contracts';
/**
 * The file URL a write / stat / remove / convert acts on: a file URL string (v2 file and CDN URLs mapped to the
 * file API), or an object with a `url`. Anything else throws v2's text, `<what>: <value>. Not a filepicker url or
 * FPFile object.` (v2 crashed with a TypeError on `null`/`undefined`; ours throws the same text for them).
 * `keepConvert` keeps a `/convert?…` suffix (convert reads its parameters); otherwise it is dropped.
 */
export declare function targetUrl(hosts: Hosts, fpfile: unknown, what: string, keepConvert?: boolean): string;
/** A remote URL to copy from: v2 file and CDN URLs are mapped to the file API (their hosts are gone). */
export declare function sourceUrl(hosts: Hosts, url: unknown): string;
