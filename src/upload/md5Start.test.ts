import { blobWorkerSource, md5WorkerStart, sameOrigin } from './md5Start';
import { readBlob } from './md5Bytes';
import { TextDecoder } from 'util';

describe('starting the MD5 Worker', () => {
  const g = global as unknown as { Worker?: unknown };
  const u = URL as unknown as { createObjectURL?: unknown };
  let savedWorker: unknown;
  let savedCreate: unknown;
  beforeEach(() => {
    savedWorker = g.Worker;
    savedCreate = u.createObjectURL;
  });
  afterEach(() => {
    g.Worker = savedWorker;
    u.createObjectURL = savedCreate;
  });

  it('tells a same-origin script from one on another origin', () => {
    const page = 'https://shop.example/checkout?x=1';
    expect(sameOrigin('https://shop.example/js/filepicker.md5worker.js', page)).toBe(true);
    expect(sameOrigin('https://SHOP.example:443/filepicker.md5worker.js', page)).toBe(true);
    expect(sameOrigin('/js/filepicker.md5worker.js', page)).toBe(true);
    expect(sameOrigin('js/filepicker.md5worker.js', page)).toBe(true);
    expect(sameOrigin('https://api.example/dist/filepicker.md5worker.js', page)).toBe(false);
    expect(sameOrigin('http://shop.example/filepicker.md5worker.js', page)).toBe(false);
    expect(sameOrigin('https://shop.example:8443/filepicker.md5worker.js', page)).toBe(false);
    expect(sameOrigin('//api.example/filepicker.md5worker.js', page)).toBe(false);
    expect(sameOrigin('http://127.0.0.1:4001/dist/filepicker.md5worker.js', 'http://127.0.0.1:4002/e2e/page.html')).toBe(false);
    expect(sameOrigin('https://api.example/x.js', undefined)).toBe(false);
  });

  it('writes the Blob-URL Worker as one importScripts line (polyfills first only where Promise is missing)', () => {
    expect(blobWorkerSource('https://api.example/dist/filepicker.md5worker.js?v=1')).toBe(
      'if(typeof Promise!=="function")importScripts("https://api.example/dist/filepicker.polyfills.js");importScripts("https://api.example/dist/filepicker.md5worker.js?v=1");',
    );
  });

  it('starts the Worker file itself when it is same-origin with the page', () => {
    const made: string[] = [];
    g.Worker = function (this: object, url: string) { made.push(url); };
    const start = md5WorkerStart('https://shop.example/js/filepicker.md5worker.js', 'https://shop.example/');
    expect(start.path).toBe('worker file');
    expect(start.create()).not.toBeNull();
    expect(made).toEqual(['https://shop.example/js/filepicker.md5worker.js']);
  });

  it('starts a Blob-URL Worker (one Blob URL for all) when the script is on another origin', async () => {
    const made: string[] = [];
    const blobs: Blob[] = [];
    g.Worker = function (this: object, url: string) { made.push(url); };
    u.createObjectURL = (b: Blob) => { blobs.push(b); return 'blob:https://shop.example/1234'; };
    const start = md5WorkerStart('https://api.example/dist/filepicker.md5worker.js', 'https://shop.example/');
    expect(start.path).toBe('blob URL');
    expect(start.create()).not.toBeNull();
    expect(start.create()).not.toBeNull();
    expect(made).toEqual(['blob:https://shop.example/1234', 'blob:https://shop.example/1234']);
    expect(blobs).toHaveLength(1);
    expect(blobs[0].type).toBe('text/javascript');
    expect(new TextDecoder().decode(await readBlob(blobs[0]))).toBe(blobWorkerSource('https://api.example/dist/filepicker.md5worker.js'));
  });

  it('gives null when the browser refuses the Worker (SecurityError) or cannot make Blob URLs', () => {
    g.Worker = function () { throw new DOMException('Refused to create a worker', 'SecurityError'); };
    u.createObjectURL = () => 'blob:x';
    expect(md5WorkerStart('https://api.example/w.js', 'https://shop.example/').create()).toBeNull();
    expect(md5WorkerStart('https://shop.example/w.js', 'https://shop.example/').create()).toBeNull();
    g.Worker = function (this: object) { /* would start */ };
    u.createObjectURL = undefined;
    expect(md5WorkerStart('https://api.example/w.js', 'https://shop.example/').create()).toBeNull();
  });
});
