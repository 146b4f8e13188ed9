/**
 * Type test of the published declarations (`npm run check:types`): what a TypeScript page may write, and, marked
 * with @ts-expect-error, what it may not. Compiled, never run.
 */
import filepicker = require('filepicker-shim');

declare const input: HTMLInputElement;
declare const div: HTMLDivElement;
declare const img: HTMLImageElement;
declare const file: File;

filepicker.setKey('KEY');
filepicker.debug = true;

// Dialog calls: options first, or a callback in their place (the v2 argument shifting).
const handle: filepicker.DialogHandle = filepicker.pick({ mimetype: 'image/*', maxSize: 1024, services: ['COMPUTER', 'URL'] }, (blob) => {
  const url: string = blob.url;
  const writeable: boolean = blob.isWriteable;
  void url; void writeable;
}, (err) => {
  const code: number = err.code;
  void code;
}, (progress) => {
  const pct: number = progress.progress;
  void pct;
});
handle.close();
filepicker.pick((blob) => blob.filename);
filepicker.pickMultiple({ maxFiles: 3 }, (blobs) => blobs.map((b) => b.size));
filepicker.pickMultiple((blobs) => blobs.length);
filepicker.pickAndStore({ multiple: true }, { location: 'S3', path: '/uploads/' }, (blobs: filepicker.FPFile[]) => blobs[0].key);
filepicker.pickFolder((folder) => folder.url);
filepicker.processImage('https://www.filepicker.io/api/file/abcdefghijklmnopqrst', { cropRatio: 1 }, (blob) => blob.url);
filepicker.export('https://example.com/a.png', { suggestedFilename: 'a.png' }, (blob) => blob.url);
filepicker.exportFile({ url: 'https://example.com/a.png' }, (blob) => blob.url, (e) => e.toString());

// REST calls.
filepicker.read(input, { asText: true }, (text: string) => text.length, undefined, (pct: number) => pct);
filepicker.read('https://example.com/a.txt', (text) => text.charAt(0));
filepicker.store(file, { location: 's3', filename: 'a.txt' }, (blob) => blob.url, (e) => e.code, (pct) => pct);
filepicker.store('some text', (blob) => blob.mimetype);
filepicker.storeUrl('https://example.com/a.png', (blob) => blob.url);
filepicker.write({ url: 'https://www.filepicker.io/api/file/x' }, 'new text', { base64decode: false }, (blob) => blob.url);
filepicker.writeUrl('https://www.filepicker.io/api/file/x', 'https://example.com/b.png', (blob) => blob.url);
filepicker.stat({ url: 'https://www.filepicker.io/api/file/x' }, { width: true, uploaded: true }, (m) => {
  const when: Date | undefined = m.uploaded;
  void when;
});
filepicker.metadata('https://www.filepicker.io/api/file/x', (m) => m.size);
filepicker.remove('https://www.filepicker.io/api/file/x', () => undefined, (e) => e.code);
filepicker.convert('https://www.filepicker.io/api/file/x', { width: 100, crop: [0, 0, 10, 10] }, { location: 's3' }, (blob) => blob.url);
filepicker.convert('https://www.filepicker.io/api/file/x', { format: 'png' }, (blob) => blob.url);

// Widgets and values.
filepicker.constructWidget(input);
const dropOk: boolean = filepicker.makeDropPane(div, { multiple: true, onSuccess: (blobs) => blobs.length, onError: (type, message) => type + message });
filepicker.setResponsiveOptions({ pixelRound: 20, onResize: 'up' });
filepicker.responsive();
filepicker.responsive(img);
filepicker.logout({ onSuccess: (text) => text, onError: (reason, status) => reason + status });
const version: string = filepicker.version;
const computer: number = filepicker.services.COMPUTER;
const b64: string = filepicker.base64.encode('é', false) + filepicker.base64.decode('w6k=');
const fpError: filepicker.FPError = new filepicker.errors.FPError(101);
const fpError2: filepicker.FPError = filepicker.errors.FPError(102, 'details');
filepicker.errors.handleError(fpError);
const exception: filepicker.FilepickerException = new filepicker.FilepickerException('bad call');
const text: string = exception.text + fpError2.message;
const asJson: { code: number; message: string; details?: string } = fpError2.toJSON();
void dropOk; void version; void computer; void b64; void text; void asJson;

// The modern client.
filepicker.configure({ hosts: 'http://127.0.0.1:8080' });
filepicker.configure({ hosts: { cdn: 'https://cdn.example.com' } });
const client: filepicker.Client = filepicker.init('KEY', { policy: 'p', signature: 's' }, { hosts: 'http://127.0.0.1:8080' });
const token: filepicker.UploadToken = {};
const upload: Promise<filepicker.StoredFile> = client.upload(file, {
  partSize: 5 * 1024 * 1024,
  onProgress(event: filepicker.ClientProgressEvent) {
    const pct: number = event.totalProgressPercent;
    const sent: number = event.totalBytes + event.totalPercent + event.size;
    void pct;
    void sent;
  },
  onRetry: (attempt, waitMs) => attempt + waitMs,
}, { location: 's3', access: 'public' }, token);
upload.then((stored) => stored.handle, (e: unknown) => {
  const err = e as filepicker.FilepickerError;
  if (err.name === 'NetworkError') {
    const status: number = (err as filepicker.NetworkError).status;
    void status;
  } else if (err.name === 'ValidationError') {
    const option: string = (err as filepicker.ValidationError).option;
    void option;
  }
});
if (token.cancel) token.cancel();
client.storeURL('https://example.com/a.png').then((stored) => stored.url, () => undefined);
filepicker.init('KEY').upload(new Uint8Array(4)).then(() => undefined, () => undefined);

// Misuse the declarations reject.
// @ts-expect-error: setKey takes a string
filepicker.setKey(42);
// @ts-expect-error: pick's options are an object
filepicker.pick('image/*');
// @ts-expect-error: pickAndStore needs both option objects and onSuccess
filepicker.pickAndStore({}, (blobs: filepicker.FPFile[]) => blobs);
// @ts-expect-error: pick gives one Blob, not an array
filepicker.pick((blobs: filepicker.FPFile[]) => blobs);
// @ts-expect-error: an unknown picker option
filepicker.pick({ maxFile: 3 });
// @ts-expect-error: REST progress is a number, not an FPProgress
filepicker.store(file, {}, undefined, undefined, (p: filepicker.FPProgress) => p);
// @ts-expect-error: read needs an input
filepicker.read();
// @ts-expect-error: convert parameters are typed (width is a number)
filepicker.convert('https://www.filepicker.io/api/file/x', { width: '100' });
// @ts-expect-error: makeDropPane needs an element
filepicker.makeDropPane('#pane');
// @ts-expect-error: version is read-only
filepicker.version = '3';
// @ts-expect-error: init needs an API key
filepicker.init();
// @ts-expect-error: security is {policy, signature}
filepicker.init('KEY', 'policy');
// @ts-expect-error: upload takes a Blob or bytes
void client.upload('a string');
// @ts-expect-error: the progress event has no `percent`
void client.upload(file, { onProgress: (e) => e.percent });
// @ts-expect-error: no private state (v2 had none either)
void filepicker.apikey;
