/**
 * The calls the `dropbox` location makes to the Dropbox API v2, over fetch. Not through the official `dropbox` SDK:
 * its `filesDownload` in Node buffers the whole file and takes no `Range`, and the file API streams files and serves
 * ranges; the few calls used here are plain HTTP with a JSON argument. RPC endpoints
 * (`/2/files/get_metadata`, `delete_v2`, `list_folder`) take and answer JSON on the API host; content endpoints
 * (`upload`, `upload_session/start|append_v2|finish`, `download`) take their argument in the `Dropbox-API-Arg` header
 * and the bytes as the body, on the content host. Errors: 409 with `error_summary` (e.g. `path/not_found/..`).
 */
import { Readable } from 'stream';
import type { ResolvedDropbox } from './locationConfig';

/** A file's metadata as Dropbox answers it (the fields used here). */
export interface DropboxFile {
  '.tag'?: string;
  path_display: string;
  size: number;
  content_hash?: string;
  server_modified?: string;
  rev?: string;
}

/** An error answer of Dropbox: its status and `error_summary`. */
export class DropboxError extends Error {
  readonly status: number;
  readonly summary: string;

  constructor(status: number, summary: string, endpoint: string) {
    super(`dropbox: ${endpoint} answered ${status}${summary ? ': ' + summary : ''}`);
    this.name = 'DropboxError';
    this.status = status;
    this.summary = summary;
  }

  /** No file or folder at the path (`path/not_found`, `path_lookup/not_found`). */
  get notFound(): boolean {
    return this.status === 409 && /^(path|path_lookup)\/not_found/.test(this.summary);
  }
}

/** JSON safe in an HTTP header: every character beyond ASCII as `\uXXXX` (what Dropbox asks for `Dropbox-API-Arg`). */
export function headerJson(v: unknown): string {
  return JSON.stringify(v).replace(/[\u007f-\uffff]/g, (c) => '\\u' + ('000' + c.charCodeAt(0).toString(16)).slice(-4));
}

async function failure(r: Response, endpoint: string): Promise<DropboxError> {
  const text = await r.text().catch(() => '');
  let summary = '';
  try {
    summary = String((JSON.parse(text) as { error_summary?: string }).error_summary || '');
  } catch {
    summary = text.slice(0, 200);
  }
  return new DropboxError(r.status, summary, endpoint);
}

export class DropboxApi {
  private readonly cfg: ResolvedDropbox;
  /** the access token in use and when it stops being valid (refresh-token setups) */
  private access: { token: string; until: number } | null = null;

  constructor(cfg: ResolvedDropbox) {
    this.cfg = cfg;
  }

  /** The bearer token: the configured one, or a short-lived one from the refresh token (renewed a minute early). */
  private async token(): Promise<string> {
    if (this.cfg.token) return this.cfg.token;
    if (this.access && Date.now() < this.access.until) return this.access.token;
    const body = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: this.cfg.refreshToken as string, client_id: this.cfg.appKey as string, client_secret: this.cfg.appSecret as string });
    const r = await fetch(this.cfg.api + '/oauth2/token', { method: 'POST', body });
    if (!r.ok) throw await failure(r, '/oauth2/token');
    const j = (await r.json()) as { access_token: string; expires_in?: number };
    this.access = { token: j.access_token, until: Date.now() + Math.max(0, (j.expires_in || 14400) - 60) * 1000 };
    return j.access_token;
  }

  /** An RPC endpoint: JSON in, JSON out. */
  async rpc<T>(endpoint: string, arg: unknown): Promise<T> {
    const r = await fetch(this.cfg.api + endpoint, { method: 'POST', headers: { Authorization: 'Bearer ' + (await this.token()), 'Content-Type': 'application/json' }, body: JSON.stringify(arg) });
    if (!r.ok) throw await failure(r, endpoint);
    return (await r.json()) as T;
  }

  /** A content upload endpoint: the argument in `Dropbox-API-Arg`, `bytes` as the body; its JSON answer. */
  async upload<T>(endpoint: string, arg: unknown, bytes: Buffer): Promise<T> {
    const r = await fetch(this.cfg.content + endpoint, {
      method: 'POST',
      headers: { Authorization: 'Bearer ' + (await this.token()), 'Content-Type': 'application/octet-stream', 'Dropbox-API-Arg': headerJson(arg) },
      body: new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.length),
    });
    if (!r.ok) throw await failure(r, endpoint);
    const text = await r.text();
    return (text ? JSON.parse(text) : null) as T;
  }

  /** `/2/files/download` of `path` (a `Range` value: that part); null when there is no such file. */
  async download(path: string, range?: string): Promise<{ body: Readable; length?: number; contentRange?: string; file: DropboxFile } | null> {
    const headers: Record<string, string> = { Authorization: 'Bearer ' + (await this.token()), 'Dropbox-API-Arg': headerJson({ path }) };
    if (range) headers.Range = range;
    const r = await fetch(this.cfg.content + '/2/files/download', { method: 'POST', headers });
    if (!r.ok) {
      const e = await failure(r, '/2/files/download');
      if (e.notFound) return null;
      throw e;
    }
    const file = JSON.parse(r.headers.get('dropbox-api-result') || '{}') as DropboxFile;
    const length = r.headers.get('content-length');
    // the web stream of fetch as a Node stream (the file API pipes it)
    const body = Readable.fromWeb(r.body as import('stream/web').ReadableStream<Uint8Array>);
    return { body, length: length === null ? undefined : Number(length), contentRange: r.headers.get('content-range') || undefined, file };
  }
}
