/** UploadLocks: an abort waits for the part writes and completions of its upload, and refuses new ones meanwhile. */
import { UploadLocks } from '../src/storage/uploadLocks';

const tick = () => new Promise((r) => setImmediate(r));

test('an abort runs only once the running operations ended; operations arriving meanwhile are refused', async () => {
  const locks = new UploadLocks();
  const log: string[] = [];
  const release = locks.enter('u1');
  expect(release).not.toBeNull();
  const other = locks.enter('u2');
  const aborted = locks.exclusive('u1', async () => { log.push('cut'); }, async () => { log.push('removed'); return 'done'; });
  await tick();
  expect(log).toEqual(['cut']);
  expect(locks.enter('u1')).toBeNull();
  (release as () => void)();
  expect(await aborted).toBe('done');
  expect(log).toEqual(['cut', 'removed']);
  // the abort is over: the upload takes operations again (storage refuses them itself: the upload is gone)
  const after = locks.enter('u1');
  expect(after).not.toBeNull();
  (after as () => void)();
  (other as () => void)();
});

test('a failed abort reopens the upload, and a retry runs the whole abort again; two aborts run one after the other', async () => {
  const locks = new UploadLocks();
  let tries = 0;
  const removal = async () => {
    tries++;
    if (tries === 1) throw new Error('ENOTEMPTY');
  };
  await expect(locks.exclusive('u', async () => undefined, removal)).rejects.toThrow('ENOTEMPTY');
  await expect(locks.exclusive('u', async () => undefined, removal)).resolves.toBeUndefined();
  expect(tries).toBe(2);
  const order: string[] = [];
  let open!: () => void;
  const first = locks.exclusive('u', async () => undefined, () => new Promise<void>((r) => (open = () => { order.push('first'); r(); })));
  const second = locks.exclusive('u', async () => undefined, async () => { order.push('second'); });
  await tick();
  expect(order).toEqual([]);
  open();
  await Promise.all([first, second]);
  expect(order).toEqual(['first', 'second']);
});
