/**
 * `filepicker.base64` (v2): `encode(str, utf8encode?)` and `decode(str, utf8decode?)`. The UTF-8 step runs when the
 * flag is truthy or omitted; pass `false` to skip it (so `encode('é')` is `w6k=` and `encode('é', false)` is `6Q==`).
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function utf8Encode(s: string): string {
  return unescape(encodeURIComponent(s));
}

function utf8Decode(s: string): string {
  try {
    return decodeURIComponent(escape(s));
  } catch (_e) {
    return s; // not valid UTF-8: return the bytes as they are
  }
}

/** Base64 of a binary string (one byte per char). Characters above U+00FF give the same garbled output as v2. */
export function encodeBinary(bin: string): string {
  let out = '';
  for (let i = 0; i < bin.length; i += 3) {
    const a = bin.charCodeAt(i);
    const b = i + 1 < bin.length ? bin.charCodeAt(i + 1) : NaN;
    const c = i + 2 < bin.length ? bin.charCodeAt(i + 2) : NaN;
    out += ALPHABET.charAt(a >> 2);
    out += ALPHABET.charAt(((a & 3) << 4) | (isNaN(b) ? 0 : b >> 4));
    out += isNaN(b) ? '=' : ALPHABET.charAt(((b & 15) << 2) | (isNaN(c) ? 0 : c >> 6));
    out += isNaN(c) ? '=' : ALPHABET.charAt(c & 63);
  }
  return out;
}

/** The binary string of a base64 text (characters outside the alphabet are ignored). */
export function decodeBinary(b64: string): string {
  const clean = String(b64).replace(/[^A-Za-z0-9+/]/g, '');
  let out = '';
  for (let i = 0; i < clean.length; i += 4) {
    const n1 = ALPHABET.indexOf(clean.charAt(i));
    const n2 = ALPHABET.indexOf(clean.charAt(i + 1));
    const n3 = i + 2 < clean.length ? ALPHABET.indexOf(clean.charAt(i + 2)) : -1;
    const n4 = i + 3 < clean.length ? ALPHABET.indexOf(clean.charAt(i + 3)) : -1;
    out += String.fromCharCode((n1 << 2) | (n2 >> 4));
    if (n3 >= 0) out += String.fromCharCode(((n2 & 15) << 4) | (n3 >> 2));
    if (n4 >= 0) out += String.fromCharCode(((n3 & 3) << 6) | n4);
  }
  return out;
}

export const base64 = {
  encode(input: string, utf8encode?: boolean): string {
    const s = String(input);
    return encodeBinary(utf8encode || utf8encode === undefined ? utf8Encode(s) : s);
  },
  decode(input: string, utf8decode?: boolean): string {
    const bin = decodeBinary(input);
    return utf8decode || utf8decode === undefined ? utf8Decode(bin) : bin;
  },
};
