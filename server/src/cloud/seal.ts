/**
 * Sealed blobs (the cloud `token` and the links of picked files): JSON encrypted and authenticated with AES-256-GCM
 * under a key derived (HKDF-SHA256) from the instances' shared secret, one key per purpose. Any instance with the
 * same secret opens what another sealed; a changed byte, another purpose or another secret fails to open.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'crypto';

export type Purpose = 'token' | 'link' | 'state' | 'request';

const VERSION = 1;
const keys = new Map<string, Buffer>();

function keyFor(secret: string, purpose: Purpose): Buffer {
  const id = purpose + '\u0000' + secret;
  let k = keys.get(id);
  if (!k) {
    k = Buffer.from(hkdfSync('sha256', Buffer.from(secret, 'utf8'), Buffer.from('fp-cloud', 'utf8'), Buffer.from('fp-cloud-' + purpose, 'utf8'), 32));
    keys.set(id, k);
  }
  return k;
}

/** base64url of version byte, 12-byte IV, 16-byte tag, ciphertext. */
export function seal(secret: string, purpose: Purpose, value: unknown): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor(secret, purpose), iv);
  cipher.setAAD(Buffer.from(purpose, 'utf8'));
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** The sealed value, or null when `text` is not one this secret sealed for this purpose. */
export function open(secret: string, purpose: Purpose, text: unknown): unknown {
  if (typeof text !== 'string' || text.length < 40 || text.length > 64 * 1024 || !/^[A-Za-z0-9_-]+$/.test(text)) return null;
  const raw = Buffer.from(text, 'base64url');
  if (raw.length < 30 || raw[0] !== VERSION) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFor(secret, purpose), raw.subarray(1, 13));
    decipher.setAAD(Buffer.from(purpose, 'utf8'));
    decipher.setAuthTag(raw.subarray(13, 29));
    const plain = Buffer.concat([decipher.update(raw.subarray(29)), decipher.final()]);
    return JSON.parse(plain.toString('utf8')) as unknown;
  } catch {
    return null;
  }
}
