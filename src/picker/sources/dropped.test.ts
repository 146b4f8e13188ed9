import { collectFromTransfer } from './dropped';

/** The FileSystemEntry fields collectFromTransfer reads. */
interface FakeEntry {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  file?(ok: (f: File) => void): void;
  createReader?(): { readEntries(ok: (e: FakeEntry[]) => void): void };
}

/** A directory entry as Chromium gives it: readEntries returns batches, then an empty one. */
function dir(name: string, children: FakeEntry[]): FakeEntry {
  return {
    isFile: false,
    isDirectory: true,
    name,
    createReader() {
      let done = false;
      return {
        readEntries(ok: (e: FakeEntry[]) => void) {
          const batch = done ? [] : children;
          done = true;
          setTimeout(() => ok(batch), 0);
        },
      };
    },
  };
}
function fileEntry(f: File): FakeEntry {
  return { isFile: true, isDirectory: false, name: f.name, file: (ok: (f: File) => void) => setTimeout(() => ok(f), 0) };
}
function transfer(entries: FakeEntry[], files: File[]): DataTransfer {
  return { items: entries.map((e) => ({ kind: 'file', webkitGetAsEntry: () => e })), files } as unknown as DataTransfer;
}

describe('dropped files and folders', () => {
  const a = new File(['a'], 'a.txt');
  const b = new File(['bb'], 'b.txt');
  const c = new File(['c'], 'c.txt');

  test('folders are walked depth-first when allowed', async () => {
    const dt = transfer([dir('top', [fileEntry(a), dir('sub', [fileEntry(b)])]), fileEntry(c)], []);
    const got = await collectFromTransfer(dt, true);
    expect(got.files.map((f) => f.name)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(got.folderRefused).toBe(false);
  });

  test('a folder is refused when not allowed; plain files of the same drop are kept', async () => {
    const dt = transfer([dir('top', [fileEntry(a)]), fileEntry(c)], [new File([''], 'top'), c]);
    const got = await collectFromTransfer(dt, false);
    expect(got.files).toEqual([c]);
    expect(got.folderRefused).toBe(true);
  });

  test('without entries the FileList is used', async () => {
    const got = await collectFromTransfer({ items: [], files: [a, b] } as unknown as DataTransfer, true);
    expect(got.files).toEqual([a, b]);
  });
});
