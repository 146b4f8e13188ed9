import { bufferToBinary } from './binary';

test('bufferToBinary keeps every byte, across chunk boundaries', () => {
  const bytes = new Uint8Array(20000);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 13) & 255;
  const s = bufferToBinary(bytes.buffer);
  expect(s.length).toBe(bytes.length);
  for (let i = 0; i < bytes.length; i += 997) expect(s.charCodeAt(i)).toBe(bytes[i]);
});
