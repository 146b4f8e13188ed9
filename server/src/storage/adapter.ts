/**
 * What the routes ask of the storage of one location (`s3`: Storage.ts; `azure`: azure.ts): the multipart upload
 * protocol, whole objects (files, and the small bookkeeping objects of uploads: start records, completion markers)
 * and reads. Features only S3 has (intelligent ingestion chunks, custom sources, the sweeper's multipart listing) stay
 * on Storage itself.
 */
import type { Readable } from 'stream';
import type { ListedObject, StoredPart } from './types';

export interface ObjectHead {
  size: number;
  contentType: string;
  /** without quotes */
  etag: string;
  lastModified?: Date;
  metadata: Record<string, string>;
}

/** An object's bytes (or the range asked), as storage answered them. */
export interface ObjectRead {
  body: Readable;
  length?: number;
  /** `bytes a-b/size`, for a range */
  contentRange?: string;
  /** as storage sent it (quoted) */
  etag?: string;
}

/** Where the client PUTs one part, and the headers that PUT must carry. */
export interface PartTarget {
  url: string;
  headers: Record<string, string>;
  /** The URL is on this server's own (`s3`) storage, where parts are staged: fault injection and the same-origin mount apply. */
  staged?: boolean;
}

export interface StorageAdapter {
  /** the location it serves (`s3`, `azure`, `gcs`, `dropbox`) */
  readonly location: string;
  /** the bucket (container) of files stored without `container` */
  readonly bucket: string;
  /** Whether the bucket exists; creates it when `create`. */
  ensureBucket(bucket: string, create: boolean): Promise<boolean>;
  /** Starts a multipart upload; resolves with storage's upload id (no `~` in it). */
  createMultipart(bucket: string, key: string, contentType: string, metadata: Record<string, string>): Promise<string>;
  /** The URL (signed, straight to storage) and headers for part `part`; with `md5` (base64) storage checks the bytes. */
  partTarget(bucket: string, key: string, uploadId: string, part: number, md5?: string): Promise<PartTarget>;
  /** The parts storage holds, with the ETags their PUTs answered; null when it cannot list them. Unknown upload: throws an error named `NoSuchUpload`. */
  listParts(bucket: string, key: string, uploadId: string): Promise<StoredPart[] | null>;
  /** Assembles the parts, in order, into the object (its type and metadata as given at start); resolves with its ETag. */
  complete(bucket: string, key: string, uploadId: string, parts: StoredPart[]): Promise<string>;
  /** Drops the upload and every part storage holds of it; an unknown upload is no error. */
  abort(bucket: string, key: string, uploadId: string): Promise<void>;
  putObject(bucket: string, key: string, body: Readable | Buffer, length: number, contentType: string, metadata: Record<string, string>, publicAcl: boolean): Promise<string>;
  /** null when there is no such object */
  head(bucket: string, key: string): Promise<ObjectHead | null>;
  /** null when there is no such object; `range` is an HTTP `Range` value (`bytes=a-b`) */
  read(bucket: string, key: string, range?: string): Promise<ObjectRead | null>;
  /** The whole object; rejects when it is missing (`missing(e)` tells). */
  getBuffer(key: string, bucket?: string): Promise<Buffer>;
  /** Deleting a missing object is no error. */
  delete(bucket: string, key: string): Promise<void>;
  /** Every object under `prefix`. */
  listObjects(bucket?: string, prefix?: string): Promise<ListedObject[]>;
  /**
   * Locations other than s3 (the sweeper handles s3's multipart uploads itself): drops the uploads of the default
   * bucket started before `before` that are still open; resolves with how many.
   */
  sweepUploads?(before: Date): Promise<number>;
  /** Whether an error of this storage means "no such object or bucket". */
  missing(e: unknown): boolean;
  /** Releases its connections (the server is closing). */
  destroy?(): void;
}
