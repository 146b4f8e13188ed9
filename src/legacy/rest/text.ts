/** Text from a binary string of UTF-8 bytes; bytes that are not valid UTF-8 come back unchanged (latin1). */
export function utf8Decode(bytes: string): string {
  try {
    return decodeURIComponent(escape(bytes));
  } catch (_e) {
    return bytes;
  }
}
