/** The multipart uploads this server has started and not yet finished, with what each part was declared to be. */

export interface DeclaredPart {
  /** hex MD5 declared at /multipart/upload, if any */
  md5?: string;
  size: number;
}

export interface Chunk extends DeclaredPart {
  offset: number;
  /** object key of the staged chunk */
  key: string;
}

export interface FileJson {
  handle: string;
  url: string;
  filename: string;
  size: number;
  mimetype: string;
  type: string;
  key: string;
  container: string;
  path?: string;
  status: string;
  upload_tags?: unknown;
}

export interface UploadState {
  uploadId: string;
  apikey: string;
  bucket: string;
  key: string;
  uri: string;
  region: string;
  location: string;
  filename: string;
  mimetype: string;
  size: number;
  access: 'public' | 'private';
  path?: string;
  fii: boolean;
  created: number;
  declared: Map<number, DeclaredPart>;
  /** intelligent ingestion: part -> offset -> chunk */
  chunks: Map<number, Map<number, Chunk>>;
  /** intelligent ingestion: parts assembled by /multipart/commit */
  committed: Map<number, { etag: string; size: number }>;
  completion?: Promise<FileJson>;
  /** set once abort or completion started: storage gate refuses further parts */
  closed: boolean;
}

export type Finished = { kind: 'completed'; result: FileJson; at: number } | { kind: 'aborted'; at: number };

export class UploadRegistry {
  readonly open = new Map<string, UploadState>();
  /** recently finished uploads, so a repeated complete or abort gets the same answer */
  readonly finished = new Map<string, Finished>();

  add(u: UploadState): void {
    this.open.set(u.uploadId, u);
  }

  get(uploadId: string): UploadState | undefined {
    return this.open.get(uploadId);
  }

  isOpen(uploadId: string): boolean {
    const u = this.open.get(uploadId);
    return !!u && !u.closed;
  }

  finish(uploadId: string, f: Finished): void {
    this.open.delete(uploadId);
    this.finished.set(uploadId, f);
  }

  /** Forgets finished uploads older than `maxAgeMs`. */
  prune(now: number, maxAgeMs: number): void {
    for (const [id, f] of this.finished) if (now - f.at > maxAgeMs) this.finished.delete(id);
  }
}

export const FII_PREFIX = '.fp-fii/';
