import { createHash } from 'crypto';
import { createWasmMd5, readWhole, WASM_SLICE } from './md5Wasm';
import { installMd5Worker } from './md5Worker';
import { readBlob } from './md5Bytes';

/** Bytes that differ from position to position (a repeated byte would hide slicing mistakes). */
function bytes(n: number): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = (i * 31 + (i >> 8)) & 255;
  return b;
}

function nodeMd5(b: Uint8Array): string {
  return createHash('md5').update(b).digest('base64');
}

/** A Worker scope double: what the Worker posts, and a way to send it a message. */
function scope() {
  const posted: unknown[] = [];
  let listener: ((ev: { data: unknown }) => void) | null = null;
  return {
    posted,
    send(data: unknown) { if (listener) listener({ data }); },
    scope: { postMessage: (m: unknown) => posted.push(m), addEventListener: (_t: 'message', l: (ev: { data: unknown }) => void) => { listener = l; } },
  };
}

async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !cond(); i++) await new Promise((r) => setTimeout(r, 5));
  if (!cond()) throw new Error('timed out');
}

describe('hash-wasm MD5 in the Worker', () => {
  it('equals Node crypto for several sizes, whole parts and parts read in slices (0 bytes, odd sizes, slice edges)', async () => {
    const slice = 1000;
    const reads: number[] = [];
    const read = (b: Blob) => { reads.push(b.size); return readBlob(b); };
    const sliced = await createWasmMd5(read, slice);
    const whole = await createWasmMd5();
    for (const n of [0, 1, 3, 55, 56, 63, 64, 65, 999, 1000, 1001, 2000, 3007, 70001]) {
      const b = bytes(n);
      reads.length = 0;
      expect(await sliced(new Blob([b]))).toBe(nodeMd5(b));
      expect(reads).toEqual(n ? [...Array(Math.ceil(n / slice))].map((_v, i) => Math.min(slice, n - i * slice)) : []);
      expect(await whole(new Blob([b]))).toBe(nodeMd5(b));
    }
  });

  it('reads a part of up to WASM_SLICE bytes once', async () => {
    const reads: number[] = [];
    const md5 = await createWasmMd5((b) => { reads.push(b.size); return readBlob(b); });
    const b = bytes(1024 * 1024 + 5);
    expect(await md5(new Blob([b]))).toBe(nodeMd5(b));
    expect(reads).toEqual([b.length]);
    expect(WASM_SLICE).toBeGreaterThanOrEqual(5 * 1024 * 1024); // the smallest part size
  });

  it('reads with FileReaderSync where the Worker has it', async () => {
    const g = global as unknown as { FileReaderSync?: unknown };
    const seen: number[] = [];
    g.FileReaderSync = function () { return { readAsArrayBuffer: (b: Blob) => { seen.push(b.size); return new Uint8Array([97, 98, 99]).buffer; } }; };
    try {
      const buf = await readWhole(new Blob(['abc']));
      expect(new Uint8Array(buf)).toEqual(new Uint8Array([97, 98, 99]));
      expect(seen).toEqual([3]);
    } finally {
      delete g.FileReaderSync;
    }
  });
});

describe('the Worker side', () => {
  it('answers the ready ping with its hasher, then hashes parts one after another with it', async () => {
    const s = scope();
    installMd5Worker(s.scope, { fast: () => createWasmMd5() });
    s.send({ type: 'filepicker-md5-ping' });
    const a = bytes(3001);
    const b = bytes(0);
    s.send({ type: 'filepicker-md5', id: 1, blob: new Blob([a]) });
    s.send({ type: 'filepicker-md5', id: 2, blob: new Blob([b]) });
    s.send({ type: 'other', id: 3 });
    await until(() => s.posted.length === 3);
    expect(s.posted).toEqual([{ type: 'filepicker-md5-ready', hasher: 'wasm', note: undefined }, { id: 1, md5: nodeMd5(a) }, { id: 2, md5: nodeMd5(b) }]);
  });

  it('falls back to spark-md5 once when WebAssembly is refused, and says why in its ready answer', async () => {
    const s = scope();
    let tries = 0;
    installMd5Worker(s.scope, { fast: () => { tries++; return Promise.reject(new Error("CompileError: WebAssembly.compile(): Refused to compile or instantiate WebAssembly module because 'wasm-unsafe-eval' is not an allowed source")); } });
    const a = bytes(2 * 1024 * 1024 + 3); // spark-md5 reads 1 MiB slices
    s.send({ type: 'filepicker-md5', id: 7, blob: new Blob([a]) });
    s.send({ type: 'filepicker-md5-ping' });
    s.send({ type: 'filepicker-md5', id: 8, blob: new Blob(['abc']) });
    await until(() => s.posted.length === 3);
    expect(tries).toBe(1);
    expect(s.posted).toContainEqual({ id: 7, md5: nodeMd5(a) });
    expect(s.posted).toContainEqual({ id: 8, md5: 'kAFQmDzST7DWlj99KOF/cg==' });
    const ready = s.posted.find((m) => (m as { type?: string }).type === 'filepicker-md5-ready') as { hasher: string; note: string };
    expect(ready.hasher).toBe('spark-md5');
    expect(ready.note).toMatch(/^WebAssembly unavailable \(CompileError: .*wasm-unsafe-eval/);
  });

  it('answers an error for a part it cannot read', async () => {
    const s = scope();
    installMd5Worker(s.scope, { fast: () => Promise.resolve(() => Promise.reject(new Error('NotReadableError'))) });
    s.send({ type: 'filepicker-md5', id: 4, blob: new Blob(['x']) });
    await until(() => s.posted.length === 1);
    expect(s.posted).toEqual([{ id: 4, error: 'NotReadableError' }]);
  });
});
