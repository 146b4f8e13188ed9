'use strict';
/** A tiny sequential test runner for the e2e suite: `test(name, fn)`, then `run()` prints one line per test and a summary. */

const tests = [];
/** The test file being loaded (run.js sets it), so a filter may name a file: `node e2e/run.js 07-editor`. */
const loading = { file: '' };

function test(name, fn, options) {
  tests.push({ name, fn, file: loading.file, timeout: (options && options.timeout) || 60000 });
}

/** A test's name as a file name: lower case, words joined by `-`, at most 80 characters. */
function slug(name) {
  return String(name || 'test').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80);
}

function withTimeout(promise, ms, name) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error('timed out after ' + ms + ' ms: ' + name)), ms);
    }),
  ]);
}

async function run(context, filter) {
  let passed = 0;
  let failed = 0;
  const failures = [];
  const started = Date.now();
  for (const t of tests) {
    if (filter && !t.name.includes(filter) && !t.file.includes(filter)) continue;
    const t0 = Date.now();
    // the running test, for the screenshots of its states (helpers.js `shot`)
    context.test = { name: t.name, slug: slug(t.name), shots: 0 };
    try {
      await withTimeout(Promise.resolve().then(() => t.fn(context)), t.timeout, t.name);
      passed++;
      process.stdout.write('  \u2713 ' + t.name + ' (' + (Date.now() - t0) + ' ms)\n');
    } catch (e) {
      failed++;
      failures.push({ name: t.name, error: e });
      process.stdout.write('  \u2717 ' + t.name + ' (' + (Date.now() - t0) + ' ms)\n');
    }
    if (context.afterEach) await context.afterEach(t.name);
  }
  for (const f of failures) process.stdout.write('\n\u25cf ' + f.name + '\n' + String((f.error && f.error.stack) || f.error) + '\n');
  process.stdout.write('\ntime: ' + ((Date.now() - started) / 1000).toFixed(1) + ' s\n' + passed + ' passed, ' + failed + ' failed\n');
  return failed === 0;
}

module.exports = { test, run, slug, loading };
