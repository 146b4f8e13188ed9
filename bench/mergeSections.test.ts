/** The BENCHMARKS.md merge: a regenerated file keeps the sections and summary rows other runs wrote. */
const { mergeSections, replaceSections, splitSections, setRunNote } = require('./mergeSections') as {
  mergeSections(fresh: string, old: string): string;
  replaceSections(old: string, sections: { key: string; text: string }[]): string;
  splitSections(md: string): { head: string; sections: { key: string; text: string }[] };
  setRunNote(md: string, marker: string, line: string): string;
};

const old = [
  '# Benchmarks', '', 'Generated on 2026-12-01.', '',
  '## Summary against the goals', '', '| goal | measured | verdict |', '|---|---|---|', '| Node 16 MiB | 0.12 | missed |', '| server CPU per MiB ≤ 1.2 × raw | 1.5 | missed |', '',
  '## 1–2. Upload in Node', '', 'old node table', '',
  '## 5. Bundle size', '', 'Refreshed by --only=size on 2026-12-02.', '',
  '## 6. Reference server: part URL signing', '', 'Run on 2026-11-30 (hand-written).', '',
  '## 7. MD5 in the Worker', '', 'Run on 2026-11-29.', '',
  '## Where the time goes', '', 'analysis', '',
  '## How to reproduce', '', 'old commands', '',
].join('\n');

const fresh = [
  '# Benchmarks', '', 'Generated on 2026-12-03.', '',
  '## Summary against the goals', '', '| goal | measured | verdict |', '|---|---|---|', '| Node 16 MiB | 0.50 | missed |', '',
  '## 1–2. Upload in Node', '', 'new node table', '',
  '## 5. Bundle size', '', 'Measured on 2026-12-03.', '',
  '## Where the time goes', '', 'analysis', '',
  '## How to reproduce', '', 'new commands', '',
].join('\n');

const headings = (md: string) => md.split('\n').filter((l) => /^## /.test(l));

test('a full run keeps the sections it did not regenerate, in place, with their own dates', () => {
  const merged = mergeSections(fresh, old);
  expect(headings(merged)).toEqual(['## Summary against the goals', '## 1–2. Upload in Node', '## 5. Bundle size', '## 6. Reference server: part URL signing', '## 7. MD5 in the Worker', '## Where the time goes', '## How to reproduce']);
  expect(merged).toContain('Generated on 2026-12-03.');
  expect(merged).toContain('new node table');
  expect(merged).not.toContain('old node table');
  expect(merged).toContain('Measured on 2026-12-03.');
  expect(merged).toContain('Run on 2026-11-30 (hand-written).');
  expect(merged).toContain('Run on 2026-11-29.');
  expect(merged).toContain('new commands');
});

test('summary rows of goals the run did not measure are kept; the ones it measured are replaced', () => {
  const merged = mergeSections(fresh, old);
  expect(merged).toContain('| Node 16 MiB | 0.50 | missed |');
  expect(merged).not.toContain('| Node 16 MiB | 0.12 | missed |');
  expect(merged).toContain('| server CPU per MiB ≤ 1.2 × raw | 1.5 | missed |');
});

test('merging twice changes nothing, and a section new in the run comes in where the run put it', () => {
  const once = mergeSections(fresh, old);
  expect(mergeSections(once, old)).toBe(once);
  const withNew = fresh.replace('## Where the time goes', '## 10. Server CPU per MiB\n\nnew section\n\n## Where the time goes');
  expect(headings(mergeSections(withNew, old))).toEqual(['## Summary against the goals', '## 1–2. Upload in Node', '## 5. Bundle size', '## 6. Reference server: part URL signing', '## 7. MD5 in the Worker', '## 10. Server CPU per MiB', '## Where the time goes', '## How to reproduce']);
  expect(mergeSections(fresh, '')).toBe(fresh);
});

test('a partial run replaces its own sections and summary rows in place and leaves everything else as it was', () => {
  const part = [
    '# Benchmarks', '', 'ignored head', '',
    '## Summary against the goals', '', '| goal | measured | verdict |', '|---|---|---|', '| Node 16 MiB | 0.60 | missed |', '| sink 16 MiB | 0.90 | met |', '',
    '## 1–2. Upload in Node', '', 'partial node table', '',
    '## 11. Sink', '', 'sink table', '',
  ].join('\n');
  const out = replaceSections(old, splitSections(part).sections);
  expect(headings(out)).toEqual(['## Summary against the goals', '## 1–2. Upload in Node', '## 5. Bundle size', '## 6. Reference server: part URL signing', '## 7. MD5 in the Worker', '## 11. Sink', '## Where the time goes', '## How to reproduce']);
  expect(out).toContain('Generated on 2026-12-01.');
  expect(out).not.toContain('ignored head');
  expect(out).toContain('partial node table');
  expect(out).not.toContain('old node table');
  const rows = out.split('\n').filter((l) => /^\| (Node|server|sink)/.test(l));
  expect(rows).toEqual(['| Node 16 MiB | 0.60 | missed |', '| server CPU per MiB ≤ 1.2 × raw | 1.5 | missed |', '| sink 16 MiB | 0.90 | met |']);
  // run twice: the same file
  expect(replaceSections(out, splitSections(part).sections)).toBe(out);
});

test('the head names each run once: a run\'s line is replaced, a new run\'s line is added to the list', () => {
  const md = '# Benchmarks\n\nFrom several runs:\n- Section 5 (size): on 2026-12-01.\n- Section 4 (dialog): on 2026-12-02.\n\n## Machine\n\n- not the head\n';
  const once = setRunNote(md, '- Section 5 ', '- Section 5 (size): on 2026-12-03.');
  expect(once).toBe(md.replace('2026-12-01', '2026-12-03'));
  const added = setRunNote(once, '- Section 11 ', '- Section 11 (sink): on 2026-12-03.');
  expect(added.split('\n').slice(2, 6)).toEqual(['From several runs:', '- Section 5 (size): on 2026-12-03.', '- Section 4 (dialog): on 2026-12-02.', '- Section 11 (sink): on 2026-12-03.']);
  expect(added).toContain('## Machine\n\n- not the head\n');
  expect(setRunNote('# B\n\nText.\n\n## S\n', '- X ', '- X y')).toBe('# B\n\nText.\n\n- X y\n\n## S\n');
});
