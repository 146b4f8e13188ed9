/** What storage reports about multipart uploads and their parts (shared by the S3 client and the built-in storage). */

export interface StoredPart {
  partNumber: number;
  /** hex MD5 for s3rver and for plain S3 parts; always without quotes */
  etag: string;
  size: number;
}

export interface OpenUploadInfo {
  key: string;
  uploadId: string;
  initiated: Date;
}

/** An object of a listing, with the storage's own timestamp. */
export interface ListedObject {
  key: string;
  size: number;
  lastModified?: Date;
}
