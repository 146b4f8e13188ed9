'use strict';
/** The objects of the e2e custom source bucket `fp-e2e-source` (seeded by e2e/run.js, read back by tests/09). */
const SOURCE_OBJECTS = [
  { key: 'outside.txt', type: 'text/plain', body: Buffer.from('above the customSourcePath root\n') },
  { key: 'team/readme.txt', type: 'text/plain', body: Buffer.from('Team readme\n') },
  { key: 'team/big.bin', type: 'application/octet-stream', body: Buffer.alloc(200 * 1024, 1) },
  { key: 'team/photos/pixel.png', type: 'image/png', body: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAFklEQVQImWO4o6GhscCGQSPgxK9fvwAjXgZfIkiCFAAAAABJRU5ErkJggg==', 'base64') },
  { key: 'team/reports/q1.csv', type: 'text/csv', body: Buffer.from('quarter,total\n1,42\n') },
  { key: 'team/reports/2024/annual.txt', type: 'text/plain', body: Buffer.from('annual\n') },
];

function sourceObject(key) {
  return SOURCE_OBJECTS.filter((o) => o.key === key)[0];
}

module.exports = { SOURCE_OBJECTS, sourceObject };
