'use strict';
/**
 * Keeps BENCHMARKS.md whole across runs: a full `npm run bench` regenerates some sections, and each `--only=` run (or
 * a bench whose figures are written by hand) owns others. `mergeSections(fresh, old)` returns `fresh` with every
 * `## ` section of `old` that `fresh` does not have put back where it stood (after the section it followed in
 * `old`), with its own date line untouched, and every row of old's summary table whose goal fresh does not measure
 * appended to fresh's summary table. A section is the same when its number (`## 6. …`) or, unnumbered, its heading is.
 */

const SUMMARY = '## Summary against the goals';

/** `{ head, sections: [{ key, text }] }`: the text before the first `## ` heading, then one entry per section. */
function splitSections(md) {
  const parts = ('\n' + md).split('\n## ');
  const head = parts.shift().slice(1);
  const sections = parts.map((p) => {
    const text = '## ' + p;
    const heading = text.split('\n')[0];
    const n = /^## (\d+(?:–\d+)?)\./.exec(heading);
    return { key: n ? n[1] : heading.trim(), text };
  });
  return { head, sections };
}

/** The rows of a summary table, by their first cell (the goal). */
function summaryRows(text) {
  return text.split('\n').filter((l) => /^\| /.test(l) && !/^\| goal \|/.test(l)).map((l) => ({ goal: l.split('|')[1].trim(), line: l }));
}

/** Appends to fresh's summary table the rows of old's that it lacks. */
function mergeSummary(freshText, oldText) {
  const have = new Set(summaryRows(freshText).map((r) => r.goal));
  const missing = summaryRows(oldText).filter((r) => !have.has(r.goal)).map((r) => r.line);
  if (!missing.length) return freshText;
  const lines = freshText.split('\n');
  let last = -1;
  lines.forEach((l, i) => {
    if (/^\|/.test(l)) last = i;
  });
  if (last < 0) return freshText;
  lines.splice(last + 1, 0, ...missing);
  return lines.join('\n');
}

function mergeSections(fresh, old) {
  if (!old) return fresh;
  const f = splitSections(fresh);
  const o = splitSections(old);
  const out = f.sections.slice();
  const index = (key) => out.findIndex((s) => s.key === key);
  o.sections.forEach((s, i) => {
    const at = index(s.key);
    if (at >= 0) {
      if (s.key === SUMMARY) out[at] = { key: s.key, text: mergeSummary(out[at].text, s.text) };
      return;
    }
    // after the nearest section before it in old that the result holds; else first
    let after = -1;
    for (let j = i - 1; j >= 0 && after < 0; j--) after = index(o.sections[j].key);
    out.splice(after + 1, 0, s);
  });
  // the inverse of splitSections: every section follows a newline
  return [f.head].concat(out.map((s) => s.text)).join('\n');
}

module.exports = { mergeSections, splitSections };
