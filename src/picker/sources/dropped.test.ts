import { collectFromTransfer } from './dropped';

/** A directory entry as Chromium gives it: readEntries returns batches, then an empty one. */
function dir(name: string, children: any[]): any {
  return {
    isFile: false,
    isDirectory: true,
    name,
    createReader() {
      let done = false;
      return {
        readEntries(ok: (e: any[]) => void) {
          const batch = done ? [] : children;
          done = true;
          setTimeout(() => ok(batch), 0);
        },
      };
    },
  };
}
function fileEntry(f: File): any {
  return { isFile: true, isDirectory: false, name: f.name, file: (ok: (f: File) => void) => setTimeout(() => ok(f), 0) };
}
function transfer(entries: any[], files: File[]): DataTransfer {
  return { items: entries.map((e) => ({ kind: 'file', webkitGetAsEntry: () => e })), files } as any;
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
    const got = await collectFromTransfer({ items: [], files: [a, b] } as any, true);
    expect(got.files).toEqual([a, b]);
  });
});
