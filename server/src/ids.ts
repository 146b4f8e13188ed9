import { randomBytes } from 'crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function random(n: number, alphabet: string): string {
  let out = '';
  while (out.length < n) {
    for (const b of randomBytes(n * 2)) {
      // 248 = 4 * 62: rejecting larger bytes keeps every character equally likely.
      if (b < 248 && out.length < n) out += alphabet[b % alphabet.length];
    }
  }
  return out;
}

/** A file handle: 20 letters and digits, as Filestack's. */
export const newHandle = (): string => random(20, ALPHABET);
/** The `<uniqueid>` of `<uniqueid>_<filename>` keys: 12 upper-case hex digits, as the seed's example. */
export const newUniqueId = (): string => randomBytes(6).toString('hex').toUpperCase();
export const HANDLE_RE = /^[A-Za-z0-9]{20,40}$/;
