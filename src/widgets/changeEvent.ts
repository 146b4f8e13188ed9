/**
 * v2's widget `change` event: bubbles, not cancelable, with the expandos `fpfile` (the first Blob) and
 * `fpfiles` (all of them). On clear both are undefined. Inline `onchange="…event.fpfile…"` attributes see it.
 */
export function fireChange(input: Element, fpfiles?: unknown[]): void {
  const doc = input.ownerDocument as Document;
  const e = doc.createEvent('Event') as Event & { fpfile?: unknown; fpfiles?: unknown[] };
  e.initEvent('change', true, false);
  e.fpfile = fpfiles ? fpfiles[0] : undefined;
  e.fpfiles = fpfiles;
  input.dispatchEvent(e);
}

/** `value` of the hidden input: the URL, or the URLs joined with `,` (no space), as v2. */
export function urlsOf(fpfiles: Array<{ url?: string }>): string {
  const urls: string[] = [];
  for (let i = 0; i < fpfiles.length; i++) urls.push(String(fpfiles[i] && fpfiles[i].url));
  return urls.join(',');
}

export function filenamesOf(fpfiles: Array<{ filename?: string }>): string {
  const names: string[] = [];
  for (let i = 0; i < fpfiles.length; i++) names.push(String((fpfiles[i] && fpfiles[i].filename) || ''));
  return names.join(', ');
}
