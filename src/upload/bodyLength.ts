/** Bytes of a request body we can count without reading it (Blob, bytes); undefined for strings and none. */
export function bodyLength(body: unknown): number | undefined {
  if (!body || typeof body === 'string') return undefined;
  const b = body as { size?: number; byteLength?: number };
  if (typeof b.size === 'number') return b.size;
  if (typeof b.byteLength === 'number') return b.byteLength;
  return undefined;
}
