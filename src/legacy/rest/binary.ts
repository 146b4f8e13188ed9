/** v2's "binary string" (one char per byte, as `read` gives bytes): built from an ArrayBuffer in 8 KiB slices. */
const CHUNK = 8192;

/** The bytes of an ArrayBuffer as a binary string. */
export function bufferToBinary(buf: ArrayBuffer): string {
  const bytes = new Uint8Array(buf);
  let out = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const end = Math.min(bytes.length, i + CHUNK);
    const part: number[] = [];
    for (let j = i; j < end; j++) part.push(bytes[j]);
    out += String.fromCharCode.apply(null, part);
  }
  return out;
}
