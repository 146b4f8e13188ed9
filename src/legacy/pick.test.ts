import { createUploadQueue } from '../upload/batch';
import { PickerCallbacks, PickerConfig, PickerDialog, StoreOptions, Uploader } from '../core/contracts';
import { NetworkError } from '../core/errors';
import { LegacyContext } from './context';
import { FilepickerException } from './FilepickerException';
import { FPError } from './FPError';
import { pick, pickAndStore, pickMultiple } from './pick';

/** A dialog double at our own seam: records what the facade asked for and lets the test answer. */
function fakeDialog() {
  const opened: { config: PickerConfig; store: StoreOptions; cb: PickerCallbacks; closed: boolean }[] = [];
  const dialog: PickerDialog = {
    open(config, store, _uploader, cb) {
      const entry = { config, store, cb, closed: false };
      opened.push(entry);
      return { close: () => { entry.closed = true; } };
    },
  };
  return { dialog, opened };
}

function setup() {
  const d = fakeDialog();
  const uploaderArgs: unknown[] = [];
  const ctx = new LegacyContext({ queue: createUploadQueue, dialog: () => d.dialog, uploader: (o) => { uploaderArgs.push(o); return {} as Uploader; } });
  ctx.setKey('KEY');
  return { ctx, opened: d.opened, uploaderArgs };
}

const file = { handle: 'H', url: 'https://www.filestackapi.com/api/file/H', filename: 'a.png', mimetype: 'image/png', size: 3, key: 'k/a.png', container: 'b', client: 'computer' };
const flush = () => new Promise((r) => setTimeout(r, 30));
/** Waits until `done()` holds (bounded): results go through two timers, which a loaded machine may run after a fixed delay. */
async function until(done: () => boolean, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  while (!done() && Date.now() < end) await new Promise((r) => setTimeout(r, 5));
}

test('pick delivers one Blob, asynchronously, once', async () => {
  const { ctx, opened } = setup();
  const onSuccess = jest.fn();
  pick(ctx, [{ mimetype: 'image/*' }, onSuccess]);
  opened[0].cb.onDone([file]);
  expect(onSuccess).not.toHaveBeenCalled(); // never synchronous
  opened[0].cb.onDone([file]);
  await flush();
  expect(onSuccess).toHaveBeenCalledTimes(1);
  expect(onSuccess.mock.calls[0][0]).toEqual({ url: file.url, filename: 'a.png', mimetype: 'image/png', size: 3, key: 'k/a.png', container: 'b', client: 'computer', isWriteable: true });
});

test('pickMultiple and pickAndStore always deliver an array', async () => {
  const { ctx, opened } = setup();
  const a = jest.fn();
  const b = jest.fn();
  pickMultiple(ctx, [a]);
  pickAndStore(ctx, [{}, { location: 'S3' }, b]);
  opened[0].cb.onDone([file]);
  opened[1].cb.onDone([file]);
  await flush();
  expect(Array.isArray(a.mock.calls[0][0])).toBe(true);
  expect(Array.isArray(b.mock.calls[0][0])).toBe(true);
  expect(opened[0].config.multiple).toBe(true);
  expect(opened[1].store).toMatchObject({ location: 's3', access: 'private' });
});

test('user close gives FPError 101; close() gives nothing', async () => {
  const { ctx, opened } = setup();
  const e1 = jest.fn();
  const e2 = jest.fn();
  pick(ctx, [() => undefined, e1]);
  const handle = pick(ctx, [{}, () => undefined, e2]);
  opened[0].cb.onCancel();
  handle.close();
  opened[1].cb.onCancel();
  await flush();
  expect(e1).toHaveBeenCalledTimes(1);
  expect(e1.mock.calls[0][0]).toBeInstanceOf(FPError);
  expect(e1.mock.calls[0][0].code).toBe(101);
  expect(opened[1].closed).toBe(true);
  expect(e2).not.toHaveBeenCalled();
});

test('engine errors map to FPError 400 / 403 / 102', async () => {
  const { ctx, opened } = setup();
  const errs: FPError[] = [];
  for (let i = 0; i < 3; i++) pick(ctx, [{}, () => undefined, (e: FPError) => errs.push(e)]);
  opened[0].cb.onError(new NetworkError('x', { method: 'POST', url: 'u', status: 403, body: 'policy expired' }));
  opened[1].cb.onError(new NetworkError('x', { method: 'POST', url: 'u', status: 400 }));
  opened[2].cb.onError(new Error('disk on fire'));
  await flush();
  expect(errs.map((e) => e.code)).toEqual([403, 400, 102]);
  expect(errs[0].details).toBe('policy expired');
});

test('a JSON answer\'s `error` is the FPError details (the server\'s own words)', async () => {
  const { ctx, opened } = setup();
  const errs: FPError[] = [];
  for (let i = 0; i < 3; i++) pick(ctx, [{}, () => undefined, (e: FPError) => errs.push(e)]);
  opened[0].cb.onError(new NetworkError('x', { method: 'POST', url: 'u', status: 400, body: '{"error":"store.container: bucket \\"b\\" does not exist on this storage"}' }));
  opened[1].cb.onError(new NetworkError('x', { method: 'POST', url: 'u', status: 403, body: '{"message":"policy expired"}' }));
  opened[2].cb.onError(new NetworkError('HTTP 400', { method: 'POST', url: 'u', status: 400, body: '{not json' }));
  await flush();
  expect(errs.map((e) => [e.code, e.details])).toEqual([[400, 'store.container: bucket "b" does not exist on this storage'], [403, 'policy expired'], [400, '{not json']]);
});

test('a cloud file refused for its size is the same FPError whether the server knew its size or stopped its copy at the limit', async () => {
  const { ctx, opened } = setup();
  const errs: FPError[] = [];
  for (let i = 0; i < 2; i++) pick(ctx, [{}, () => undefined, (e: FPError) => errs.push(e)]);
  const known = 'filepicker: the facebook source failed: facebook: /1/2 is 3000 bytes, above the picker\'s maxSize of 1000 bytes (HTTP 413, toolarge)';
  const stopped = 'filepicker: the facebook source failed: facebook: /1/2 is above the picker\'s maxSize of 1000 bytes (HTTP 413, toolarge)';
  opened[0].cb.onError(new NetworkError(known, { method: 'POST', url: 'u', status: 413, provider: 'facebook', reason: 'toolarge', size: 3000, maxSize: 1000 }));
  opened[1].cb.onError(new NetworkError(stopped, { method: 'POST', url: 'u', status: 413, provider: 'facebook', reason: 'toolarge', maxSize: 1000 }));
  await flush();
  expect(errs.map((e) => [e.constructor, e.code, e.details])).toEqual([[FPError, 102, known], [FPError, 102, stopped]]);
});

test('progress reaches onProgress as FPProgress, also with pick(s, e, p) (v2 dropped it: G7)', async () => {
  const { ctx, opened } = setup();
  const p = jest.fn();
  pick(ctx, [() => undefined, () => undefined, p]);
  opened[0].cb.onProgress!({ filename: 'a.png', mimetype: 'image/png', size: 4, loaded: 1, total: 4 });
  await flush();
  expect(p).toHaveBeenCalledWith({ progress: 25, filename: 'a.png', mimetype: 'image/png', size: 4 });
});

test('no progress after the result', async () => {
  const { ctx, opened } = setup();
  const p = jest.fn();
  pick(ctx, [{}, () => undefined, () => undefined, p]);
  opened[0].cb.onDone([file]);
  opened[0].cb.onProgress!({ filename: 'a.png', mimetype: 'image/png', size: 4, loaded: 4, total: 4 });
  await flush();
  expect(p).not.toHaveBeenCalled();
});

test('security options reach the engine; the key is required first', () => {
  const { ctx, uploaderArgs } = setup();
  pick(ctx, [{ policy: 'P', signature: 'S' }]);
  expect(uploaderArgs[0]).toMatchObject({ apikey: 'KEY', security: { policy: 'P', signature: 'S' } });
  ctx.setKey(undefined);
  expect(() => pick(ctx, [{}])).toThrow(FilepickerException);
});

test('resume: false (our picker option) reaches the engine; by default the engine decides', () => {
  const { ctx, uploaderArgs } = setup();
  pickAndStore(ctx, [{ resume: 'false' }, { location: 'S3' }]);
  pick(ctx, [{}]);
  expect(uploaderArgs[0]).toMatchObject({ apikey: 'KEY', resume: false });
  expect((uploaderArgs[1] as { resume?: boolean }).resume).toBeUndefined();
});

test('debug: true answers with v2\'s dummy file without opening the dialog', async () => {
  const { ctx, opened } = setup();
  const s = jest.fn();
  const m = jest.fn();
  pick(ctx, [{ debug: true }, s]);
  pickAndStore(ctx, [{ debug: true }, {}, m]);
  await until(() => s.mock.calls.length > 0 && m.mock.calls.length > 0);
  expect(opened.length).toBe(0);
  expect(s.mock.calls[0][0].filename).toBe('test.png');
  expect(m.mock.calls[0][0].length).toBe(3); // v2 gave [[d, d, d]] here (G8)
  expect(Array.isArray(m.mock.calls[0][0][0])).toBe(false);
});
