/** Paging of sources that answer a folder whole (FTP, WebDAV): folders first, then files, by name; `next` is an offset. */
import { CloudError } from '../errors';
import type { Entry, Page } from '../provider';

/** A copy of `entries`, folders first, then files, each by name. */
export function sortEntries(entries: Entry[]): Entry[] {
  return entries.slice().sort((a, b) => (a.folder !== b.folder ? (a.folder ? -1 : 1) : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function pageOf(entries: Entry[], next: string | null, size: number): Page {
  const sorted = sortEntries(entries);
  const start = next === null ? 0 : Number(next);
  if (!Number.isInteger(start) || start < 0) throw new CloudError('badrequest', undefined, `next: expected the \`next\` of the previous page, got ${JSON.stringify(next)}`);
  const end = start + size;
  return { entries: sorted.slice(start, end), next: end < sorted.length ? String(end) : null };
}
