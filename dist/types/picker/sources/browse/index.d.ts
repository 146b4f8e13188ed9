/** Browsing a source's folders (CUSTOMSOURCE and the cloud sources): one panel, one listbox, one selection. */
export { BrowsePanel } from './panel';
export type { BrowseDeps, CustomPanel } from './panel';
export { rootFolder, parentFolder, crumbs, isWithin } from './paths';
