/**
 * Presigned part and object PUT URLs without the SDK's command pipeline. `getSignedUrl` resolves the whole middleware
 * stack, the endpoint rules and the request serializer for every URL; the server presigns once per part when it
 * hands the URL out and once more when the built-in storage's gate re-derives it, so that pipeline was most of the
 * server's CPU per part. This builds the same request S3's serializer builds (path style, the key escaped per
 * segment, `x-id`, a signed `Content-MD5`) and has the SDK's own presigner (S3RequestPresigner) sign it: the URLs are
 * the ones `getSignedUrl` gives, character for character (presign.test.ts compares them).
 *
 * A URL is a pure function of its inputs (credentials, endpoint, region, request, signing date, lifetime), so the
 * URLs signed lately are remembered, by all of them, for the presigners that share credentials in this process: when
 * the built-in storage runs in the API's process, its gate's re-derivation of the URL the API just handed out is a
 * lookup, not a second signing. The gate still compares every request's signature with the expected one.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import { S3RequestPresigner } from '@aws-sdk/s3-request-presigner';

/** RFC 3986 escaping, as the SDK escapes path segments and query strings. */
function escape(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

function segment(s: string): string {
  return /^[\w.~-]+$/.test(s) ? s : escape(s);
}

type Query = Record<string, string>;
interface Signed {
  protocol: string;
  hostname: string;
  port?: number;
  path: string;
  query: Record<string, string | string[] | null>;
}

function format(r: Signed): string {
  const q = Object.keys(r.query)
    .sort()
    .map((k) => {
      const v = r.query[k];
      if (v === null) return escape(k);
      return (Array.isArray(v) ? v : [v]).map((x) => escape(k) + '=' + escape(x)).join('&');
    })
    .join('&');
  const protocol = r.protocol.slice(-1) === ':' ? r.protocol : r.protocol + ':';
  return protocol + '//' + r.hostname + (r.port ? ':' + r.port : '') + r.path + (q ? '?' + q : '');
}

/** URLs signed lately, by their inputs (with the credentials' fingerprint); the oldest go first beyond the bound */
const recent = new Map<string, string>();
const RECENT_MAX = 4096;

export class Presigner {
  private readonly signer: S3RequestPresigner;
  private readonly endpoint: URL;

  /**
   * `client`: the S3 client whose settings (credentials, region, path style) the URLs are signed with;
   * `credentials`: a fingerprint of those credentials (a hash, never the secret itself), which lets presigners with
   * the same ones share the URLs signed lately; without it, nothing is remembered.
   */
  constructor(client: S3Client, endpoint: string, private readonly region: string, private readonly credentials?: string) {
    this.signer = new S3RequestPresigner({ ...client.config, signingName: 's3', region: async () => region });
    this.endpoint = new URL(endpoint);
  }

  /** UploadPart (`uploadId`, `part`) or, without them, PutObject. */
  async put(bucket: string, key: string, md5: string | undefined, expiresIn: number, signingDate?: Date, part?: { uploadId: string; part: number }): Promise<string> {
    // X-Amz-Date has whole seconds: the date signed is the one a re-derivation from the URL names
    const date = signingDate || new Date(Math.floor(Date.now() / 1000) * 1000);
    const memo = this.credentials && JSON.stringify([this.credentials, this.endpoint.href, this.region, bucket, key, md5 || '', expiresIn, date.getTime(), part ? [part.uploadId, part.part] : 0]);
    const known = memo && recent.get(memo);
    if (known) return known;
    const url = await this.sign(bucket, key, md5, expiresIn, date, part);
    if (memo) {
      if (recent.size >= RECENT_MAX) recent.delete(recent.keys().next().value as string);
      recent.set(memo, url);
    }
    return url;
  }

  private async sign(bucket: string, key: string, md5: string | undefined, expiresIn: number, signingDate: Date, part?: { uploadId: string; part: number }): Promise<string> {
    const e = this.endpoint;
    const headers: Record<string, string> = {};
    if (md5) headers['content-md5'] = md5;
    const query: Query = part ? { 'x-id': 'UploadPart', partNumber: String(part.part), uploadId: part.uploadId } : { 'x-id': 'PutObject' };
    const base = e.pathname.replace(/\/+$/, '');
    const request = {
      method: 'PUT',
      protocol: e.protocol,
      hostname: e.hostname,
      port: e.port ? Number(e.port) : undefined,
      path: base + '/' + segment(bucket) + '/' + key.split('/').map(segment).join('/'),
      query,
      headers,
    };
    const signed = (await this.signer.presign(request as Parameters<S3RequestPresigner['presign']>[0], { expiresIn, signingDate, signingRegion: this.region })) as unknown as Signed;
    return format(signed);
  }
}
