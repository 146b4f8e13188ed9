import { bufferToBinary, HttpResponse, xhrTransport } from './transport';

test('bufferToBinary keeps every byte, across chunk boundaries', () => {
  const bytes = new Uint8Array(20000);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 13) & 255;
  const s = bufferToBinary(bytes.buffer);
  expect(s.length).toBe(bytes.length);
  for (let i = 0; i < bytes.length; i += 997) expect(s.charCodeAt(i)).toBe(bytes[i]);
});

test('a request the browser refuses is answered later as status 0 with the reason, never thrown', async () => {
  const answers: HttpResponse[] = [];
  expect(() => xhrTransport({ method: 'GET', url: 'http://[not a host/', headers: { 'X-Ok': 'a' } }, (r) => answers.push(r))).not.toThrow();
  expect(answers).toHaveLength(0);
  await new Promise((r) => setTimeout(r, 10));
  expect(answers).toHaveLength(1);
  expect(answers[0].status).toBe(0);
  expect(answers[0].error).toBeTruthy();
});
