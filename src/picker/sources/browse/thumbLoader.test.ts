import { SourceFile } from '../../../core/contracts';
import { fakeBitmaps } from '../__tests__/panelKit';
import { ThumbLoader } from './thumbLoader';

/** The loader's scheduling (jsdom): a few requests at once, cancel, failures kept quiet, bytes kept. */

interface Asked {
  path: string;
  signal?: AbortSignal;
  resolve: (b: Blob) => void;
  reject: (e: Error) => void;
}

const file = (n: number): SourceFile => ({ name: 'p' + n + '.jpg', path: '/p' + n + '.jpg', size: 10, mimetype: 'image/jpeg', thumbnail: true });
const png = () => new Blob([new Uint8Array(10)], { type: 'image/png' });
const tick = () => new Promise((r) => setTimeout(r, 0));

function loader(parallel = 3) {
  const asked: Asked[] = [];
  const l = new ThumbLoader(document, (f, signal) => new Promise<Blob>((resolve, reject) => {
    asked.push({ path: f.path, signal, resolve, reject });
  }), parallel);
  return { l, asked };
}

fakeBitmaps();

test('at most `parallel` requests run; the next starts when one ends; each drawn canvas goes to its row', async () => {
  const { l, asked } = loader(2);
  const shown: string[] = [];
  for (let i = 0; i < 5; i++) l.request(file(i), () => shown.push('/p' + i + '.jpg'));
  expect(asked.map((a) => a.path)).toEqual(['/p0.jpg', '/p1.jpg']);
  asked[1].resolve(png());
  await tick();
  await tick();
  expect(asked.map((a) => a.path)).toEqual(['/p0.jpg', '/p1.jpg', '/p2.jpg']);
  expect(shown).toEqual(['/p1.jpg']);
  asked[0].reject(new Error('404'));
  await tick();
  expect(asked).toHaveLength(4);
  expect(shown).toEqual(['/p1.jpg']);
});

test('a row that leaves the window: waiting, it is never asked; running, its request is aborted and nothing is drawn', async () => {
  const { l, asked } = loader(1);
  const shown: string[] = [];
  const cancel0 = l.request(file(0), () => shown.push('p0'));
  const cancel1 = l.request(file(1), () => shown.push('p1'));
  l.request(file(2), () => shown.push('p2'));
  cancel1();
  expect(asked[0].signal && asked[0].signal.aborted).toBe(false);
  cancel0();
  expect(asked[0].signal && asked[0].signal.aborted).toBe(true);
  asked[0].reject(new Error('AbortError'));
  await tick();
  expect(asked.map((a) => a.path)).toEqual(['/p0.jpg', '/p2.jpg']);
  // an aborted request is no failure: the row coming back asks again
  l.request(file(0), () => shown.push('p0 again'));
  asked[1].resolve(png());
  await tick();
  await tick();
  expect(asked.map((a) => a.path)).toEqual(['/p0.jpg', '/p2.jpg', '/p0.jpg']);
  expect(shown).toEqual(['p2']);
});

test('cancelAll (another folder) aborts what runs and drops what waits', async () => {
  const { l, asked } = loader(2);
  const shown: string[] = [];
  for (let i = 0; i < 4; i++) l.request(file(i), () => shown.push('p' + i));
  l.cancelAll();
  expect(asked.map((a) => !!a.signal && a.signal.aborted)).toEqual([true, true]);
  asked[0].resolve(png());
  asked[1].reject(new Error('AbortError'));
  await tick();
  await tick();
  expect(asked).toHaveLength(2);
  expect(shown).toEqual([]);
});

test('a failed thumbnail is not asked again; fetched bytes are drawn again without a request', async () => {
  const { l, asked } = loader(3);
  const shown: string[] = [];
  l.request(file(0), () => shown.push('p0'));
  l.request(file(1), () => shown.push('p1'));
  asked[0].reject(new Error('502'));
  asked[1].resolve(png());
  await tick();
  await tick();
  l.request(file(0), () => shown.push('p0 again'));
  l.request(file(1), () => shown.push('p1 again'));
  await tick();
  await tick();
  expect(asked).toHaveLength(2);
  expect(shown).toEqual(['p1', 'p1 again']);
});
