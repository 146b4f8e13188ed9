/**
 * The `gcs` location: Google Cloud Storage through its XML API, which speaks S3's protocol to an HMAC key (AWS
 * Signature V4, region `auto`, path-style URLs). It is the `s3` location's code (Storage.ts, @aws-sdk/client-s3)
 * pointed at `https://storage.googleapis.com`, with what GCS does differently:
 *  - the canned ACL header is `x-goog-acl` (`public-read` for `access: public`), not `x-amz-acl`;
 *  - CORS rules are not set through the S3 API (GCS's XML API has its own CORS document): a bucket that browsers
 *    upload to needs its CORS set once with `gcloud storage buckets update --cors-file` (see server/README.md);
 *  - the sweeper aborts this location's open multipart uploads of the default bucket itself (sweepUploads).
 * The XML API's multipart uploads (initiate, upload part with a presigned URL, list parts, complete, abort) are
 * S3's, so browser parts go straight to GCS as they go to S3.
 */
import type { GcsConfig } from '../config';
import { Storage } from './Storage';

export class GcsStorage extends Storage {
  override readonly location: string = 'gcs';

  constructor(cfg: Required<GcsConfig>, presignExpiresSeconds: number) {
    super({ endpoint: cfg.endpoint, region: 'auto', bucket: cfg.bucket, accessKeyId: cfg.accessKey, secretAccessKey: cfg.secret }, presignExpiresSeconds);
    this.client.middlewareStack.add(
      (next) => async (args) => {
        const req = args.request as { headers?: Record<string, string> };
        const acl = req && req.headers ? req.headers['x-amz-acl'] : undefined;
        if (req.headers && acl !== undefined) {
          delete req.headers['x-amz-acl'];
          req.headers['x-goog-acl'] = acl;
        }
        return next(args);
      },
      { step: 'build', name: 'fpGoogAcl' },
    );
  }

  /** GCS's CORS document is not S3's: set once on the bucket with gcloud (see server/README.md). */
  override async setCors(): Promise<void> {
    return;
  }

  /** Aborts the default bucket's multipart uploads initiated before `before`; resolves with how many. */
  async sweepUploads(before: Date): Promise<number> {
    let n = 0;
    for (const u of await this.listMultipartUploads(this.bucket)) {
      if (u.initiated >= before) continue;
      await this.abort(this.bucket, u.key, u.uploadId);
      n++;
    }
    return n;
  }
}
