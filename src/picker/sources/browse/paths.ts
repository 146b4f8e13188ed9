/** Folder paths inside a custom source: the root the dialog may not leave, parents and breadcrumbs. */

/** `customSourcePath` as a folder key prefix: no leading `/`, a trailing `/` unless it is the bucket's top (`''`). */
export function rootFolder(customSourcePath: string | undefined): string {
  let p = (customSourcePath || '').replace(/^\s+|\s+$/g, '').replace(/^\/+/, '').replace(/\/{2,}/g, '/');
  if (p && p.charAt(p.length - 1) !== '/') p += '/';
  return p;
}

/** Whether `path` is the root or a folder inside it. */
export function isWithin(root: string, path: string): boolean {
  return path.indexOf(root) === 0 && path.split('/').indexOf('..') < 0;
}

/** The folder above `path`, never above `root` (`path` itself when it is the root). */
export function parentFolder(root: string, path: string): string {
  if (path === root || !isWithin(root, path)) return root;
  const trimmed = path.slice(0, -1);
  const up = trimmed.slice(0, trimmed.lastIndexOf('/') + 1);
  return up.length < root.length ? root : up;
}

/** The last segment of a folder or key, without the trailing `/`. */
export function baseName(path: string): string {
  const p = path.charAt(path.length - 1) === '/' ? path.slice(0, -1) : path;
  return p.slice(p.lastIndexOf('/') + 1);
}

export interface Crumb {
  label: string;
  path: string;
}

/**
 * Breadcrumbs from the root to `path`; the root is named after its last segment, or `rootLabel` when it has none
 * (`''`, `/`); a folder by its name in `names` (as listed) when known there, else by its segment.
 */
export function crumbs(root: string, path: string, rootLabel: string, names: { [path: string]: string } = {}): Crumb[] {
  const out: Crumb[] = [{ label: baseName(root) || rootLabel, path: root }];
  if (!isWithin(root, path)) return out;
  const rest = path.slice(root.length).split('/');
  let at = root;
  for (let i = 0; i < rest.length; i++) {
    if (!rest[i]) continue;
    at += rest[i] + '/';
    out.push({ label: Object.prototype.hasOwnProperty.call(names, at) ? names[at] : rest[i], path: at });
  }
  return out;
}
