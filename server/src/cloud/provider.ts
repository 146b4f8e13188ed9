/**
 * One interface for every cloud source: how the user signs in, and, once connected with the credentials (or OAuth
 * tokens) the sign-in gave, listing a folder page, a file's metadata and its bytes. One module per provider in
 * ./providers implements it; routes never speak a provider's protocol.
 */
import type { Readable } from 'stream';
import type { Fields } from '../http/body';
import type { NetPolicy } from './netGuard';

/** A folder or file of a listing. Paths are absolute; a folder's ends with `/`. */
export interface Entry {
  name: string;
  path: string;
  folder: boolean;
  mimetype: string;
  /**
   * Bytes; undefined when the provider's listing tells none (Facebook, Instagram, Flickr): the file's `stat` learns
   * it when the file is picked, and the listing answers `size: null`.
   */
  size?: number;
  modified?: Date;
  /** the provider's own thumbnail URL (Filestack's `thumbnail` field), when it gives one */
  thumbnail?: string | null;
  /** the connection's `thumbnail(path)` can make one for this file (a provider that has no URL to give, Dropbox) */
  thumbable?: boolean;
}

export interface Page {
  entries: Entry[];
  /** the cursor of the next page; null on the last */
  next: string | null;
}

export interface FileInfo {
  name: string;
  path: string;
  mimetype: string;
  /** undefined when the provider does not tell */
  size?: number;
}

/** A file's thumbnail as the provider serves it: a small image, read whole by the thumbnail route (bounded). */
export interface ThumbnailRead {
  body: Readable;
  /** the provider's `Content-Type` (the route trusts only the image's own bytes) */
  contentType: string;
  size?: number;
}

export interface FileRead {
  body: Readable;
  /** the bytes of `body` (of the range, when one was served) */
  size?: number;
  /** `bytes a-b/total` when the provider served the range asked; absent when `body` is the whole file */
  contentRange?: string;
}

/** A signed-in connection; `close` releases it (every route closes what it opened). */
export interface Connection {
  list(path: string, next: string | null): Promise<Page>;
  /**
   * Sources whose API searches (Dropbox, Google Drive, Box, OneDrive, Gmail): a page of the files and folders anywhere
   * in the source whose name (Gmail: message) matches `query`, in the provider's order, each with its full `path` (so
   * it is picked or opened as a listed one); `next` as for `list`. Absent when the source cannot search.
   */
  search?(query: string, next: string | null): Promise<Page>;
  stat(path: string): Promise<FileInfo>;
  /** `range`: an HTTP `Range` value (`bytes=a-b`, `bytes=a-`, `bytes=-n`) that providers may honour (else the whole file) */
  read(path: string, range?: string): Promise<FileRead>;
  /** Sources with thumbnails: the file's thumbnail, fetched with the user's sign-in (404 `notfound` when it has none). */
  thumbnail?(path: string): Promise<ThumbnailRead>;
  close(): void;
  /** OAuth sources: the credentials after a token refresh during this connection (to seal into the new token), else null */
  refreshed?(): Credentials | null;
}

/** OAuth 1.0a's temporary credentials: the request token and its secret, from before the redirect to the callback. */
export interface RequestToken {
  token: string;
  secret: string;
}

/**
 * An OAuth source's sign-in: the provider's authorize page, and the exchange of the code it sends back. OAuth 1.0a
 * providers (Flickr) first obtain a request token (`requestToken`), which the authorize URL names and the exchange
 * (of the verifier, their "code") signs with; the server keeps it with the client until the callback (./requestToken.ts).
 */
export interface OAuthFlow {
  /** OAuth 1.0a: a request token whose callback is `callbackUrl` (the sign-in's state in its query) */
  requestToken?(callbackUrl: string, timeoutMs: number): Promise<RequestToken>;
  authorizeUrl(state: string, redirectUri: string, request?: RequestToken): string;
  /** tokens for the code (OAuth 1.0a: the verifier, and the request token); a refused code rejects with a 401 CloudError (`signin`) */
  exchange(code: string, redirectUri: string, timeoutMs: number, request?: RequestToken): Promise<Credentials>;
}

/** What providers may use: where they may connect, and how long they may wait. */
export interface ProviderEnv {
  net: NetPolicy;
  timeoutMs: number;
}

/** Credentials (or OAuth tokens) of one provider as sealed in the token: plain JSON. */
export type Credentials = Record<string, string | number | boolean>;

export interface Provider {
  /** the cloud name (`ftp`, `webdav`), also the Blob's `client` */
  readonly name: string;
  readonly signin: 'credentials' | 'oauth';
  /** credential sources: the fields of the sign-in form, in order */
  readonly fields?: string[];
  /** OAuth sources: the sign-in flow */
  readonly oauth?: OAuthFlow;
  /** Checks and normalises sign-in fields; throws a 400 CloudError naming the field. */
  credentials(f: Fields): Credentials;
  /** Connects and signs in; wrong credentials reject with a 401 CloudError (`signin`). */
  connect(creds: Credentials, env: ProviderEnv): Promise<Connection>;
}

/** Page size of listings. */
export const PAGE_SIZE = 500;
