/** Folder paths inside a custom source: the root the dialog may not leave, parents and breadcrumbs. */
/** `customSourcePath` as a folder key prefix: no leading `/`, a trailing `/` unless it is the bucket's top (`''`). */
export declare function rootFolder(customSourcePath: string | undefined): string;
/** Whether `path` is the root or a folder inside it. */
export declare function isWithin(root: string, path: string): boolean;
/** The folder above `path`, never above `root` (`path` itself when it is the root). */
export declare function parentFolder(root: string, path: string): string;
/** The last segment of a folder or key, without the trailing `/`. */
export declare function baseName(path: string): string;
export interface Crumb {
    label: string;
    path: string;
}
/**
 * Breadcrumbs from the root to `path`; the root is named after its last segment, or `rootLabel` when it has none
 * (`''`, `/`); a folder by its name in `names` (as listed) when known there, else by its segment.
 */
export declare function crumbs(root: string, path: string, rootLabel: string, names?: {
    [path: string]: string;
}): Crumb[];
