import type * as http from 'http';

/** How long a client may take to send a request's headers. */
export const HEADERS_MS = 60000;

/**
 * Timeouts for a server that takes large request bodies (the API and the built-in storage). Node's default
 * `requestTimeout` (300 s for the whole request) would cut a part PUT whose bytes arrive slowly but steadily: a 64 MiB
 * part of a server-side cloud copy from a provider sending under about 220 KiB/s, or a 16 MiB part from a browser on
 * a slow link. So a request's total time has no limit; slow headers are cut after HEADERS_MS, and `idleMs` (when
 * given) closes a connection silent that long. The API gives none: a cloud copy's answer may take minutes to start.
 */
export function allowLongBodies(server: http.Server, idleMs = 0): void {
  server.requestTimeout = 0;
  server.headersTimeout = HEADERS_MS;
  server.timeout = idleMs;
  server.keepAliveTimeout = 5000;
}
