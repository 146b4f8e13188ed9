/** The `search` field of a `/folder/list` request (ours): what the user typed, checked. */
import { CloudError } from './errors';

/** Longest query passed on (Dropbox, Box and OneDrive refuse much longer ones). */
export const MAX_QUERY = 200;

/** `raw` trimmed, or null when absent or blank (a plain listing); a non-string or too long one is a 400 naming `field`. */
export function searchQuery(provider: string, raw: unknown, field: string): string | null {
  if (raw === undefined || raw === null) return null;
  if (typeof raw !== 'string') throw new CloudError('badrequest', provider, `${field}: expected the text to search for`);
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  const q = raw.replace(/[\x00-\x1f\x7f]+/g, ' ').trim();
  if (q.length > MAX_QUERY) throw new CloudError('badrequest', provider, `${field}: at most ${MAX_QUERY} characters`);
  return q || null;
}
