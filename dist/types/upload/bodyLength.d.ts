/** Bytes of a request body we can count without reading it (Blob, bytes); undefined for strings and none. */
export declare function bodyLength(body: unknown): number | undefined;
