/**
 * `POST /cloud/thumbnail` (ours): a listed file's thumbnail, fetched by the server with the user's sign-in (the
 * provider module's `thumbnail` reader), so that the dialog can draw it from a `fetch` to the cloud API under a page's
 * strict CSP (no provider host in its `img-src`, no provider token in the page). The answer is an image the server
 * has looked at: at most THUMBNAIL_MAX_BYTES, a PNG, JPEG, GIF or WebP by its own first bytes (the provider's
 * `Content-Type` may only say image or octet-stream), sent as that type with `nosniff`, `default-src 'none'` and a
 * private cache header. A sign-in refreshed on the way comes back in the `X-Cloud-Token` header (the body is the image).
 */
import type { IncomingMessage, ServerResponse } from 'http';
import type { Readable } from 'stream';
import type { Ctx } from '../context';
import type { Fields } from '../http/body';
import { checkSecurity } from '../security/policy';
import { connectTo, keepRefreshed, onlyCloud, readCall } from './call';
import { CloudError } from './errors';
import { cloudPath, filePathOf } from './paths';
import { writeToken } from './session';

/** Larger thumbnails are refused (a thumbnail is a few KiB; this is no way to read whole files). */
export const THUMBNAIL_MAX_BYTES = 256 * 1024;

/** The image types the route serves, by their signatures. */
function sniff(b: Buffer): string | null {
  if (b.length >= 8 && b.readUInt32BE(0) === 0x89504e47 && b.readUInt32BE(4) === 0x0d0a1a0a) return 'image/png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 6 && /^GIF8[79]a$/.test(b.toString('latin1', 0, 6))) return 'image/gif';
  if (b.length >= 12 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  return null;
}

/** The whole body, or a 502 `upstream` past `max` bytes (the stream is destroyed). */
function readBounded(body: Readable, max: number, provider: string, what: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    body.on('data', (c: Buffer) => {
      size += c.length;
      if (size > max) {
        body.destroy();
        reject(new CloudError('upstream', provider, `${what}: the thumbnail is larger than ${max} bytes`));
        return;
      }
      chunks.push(c);
    });
    body.on('end', () => resolve(Buffer.concat(chunks)));
    body.on('error', () => reject(new CloudError('upstream', provider, `${what}: the thumbnail could not be read`)));
  });
}

/** The header that carries the new sign-in `token` when the provider's access token was refreshed during the call. */
export const TOKEN_HEADER = 'X-Cloud-Token';
const EXPOSED = 'Content-Length, Retry-After, X-Request-Id, ' + TOKEN_HEADER;

/** Reads the provider's thumbnail of `path` and checks it is a small image; the bytes, their type, a refreshed token. */
async function fetchThumbnail(ctx: Ctx, fields: Fields): Promise<{ bytes: Buffer; type: string; token?: string }> {
  const call = readCall(ctx, fields, true);
  checkSecurity(call.app, fields, { calls: ['pick'] });
  const name = onlyCloud(call);
  const path = filePathOf(name, cloudPath(name, call.clouds[name].path, `clouds.${name}.path`), `clouds.${name}.path`);
  const { conn } = await connectTo(ctx, call, name);
  try {
    if (!conn.thumbnail) throw new CloudError('notfound', name, `${path}: this source gives no thumbnails`);
    const t = await conn.thumbnail(path);
    const declared = t.contentType.split(';')[0].trim().toLowerCase();
    if (!/^image\/[\w.+-]+$/.test(declared) && declared !== 'application/octet-stream') {
      t.body.destroy();
      throw new CloudError('upstream', name, `${path}: the thumbnail is not an image (${declared.slice(0, 60) || 'no type'})`);
    }
    if (t.size !== undefined && t.size > THUMBNAIL_MAX_BYTES) {
      t.body.destroy();
      throw new CloudError('upstream', name, `${path}: the thumbnail is larger than ${THUMBNAIL_MAX_BYTES} bytes`);
    }
    const bytes = await readBounded(t.body, THUMBNAIL_MAX_BYTES, name, path);
    const type = sniff(bytes);
    if (!type) throw new CloudError('upstream', name, `${path}: the thumbnail is not a PNG, JPEG, GIF or WebP image`);
    // a refresh (single-use refresh tokens: Box) must reach the client, or its next call would use the spent one
    const refreshed = conn.refreshed ? conn.refreshed() : null;
    keepRefreshed(call, name, conn);
    return { bytes, type, token: refreshed ? writeToken(ctx, call.sessions) : undefined };
  } finally {
    conn.close();
  }
}

export async function thumbnailRoute(ctx: Ctx, req: IncomingMessage, res: ServerResponse, fields: Fields): Promise<void> {
  const { bytes, type, token } = await fetchThumbnail(ctx, fields);
  res.statusCode = 200;
  if (token) res.setHeader(TOKEN_HEADER, token);
  res.setHeader('Access-Control-Expose-Headers', EXPOSED);
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Length', String(bytes.length));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Security-Policy', "default-src 'none'");
  res.setHeader('Cache-Control', 'private, max-age=300');
  res.end(req.method === 'HEAD' ? undefined : bytes);
}
