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

/** The summary's rows, each replaced by fresh's row of the same goal; fresh's other rows appended to the table. */
function replaceSummaryRows(oldText, freshText) {
  const fresh = summaryRows(freshText);
  const byGoal = new Map(fresh.map((r) => [r.goal, r.line]));
  const used = new Set();
  const lines = oldText.split('\n').map((l) => {
    if (!/^\| /.test(l) || /^\| goal \|/.test(l)) return l;
    const goal = l.split('|')[1].trim();
    if (!byGoal.has(goal)) return l;
    used.add(goal);
    return byGoal.get(goal);
  });
  return mergeSummary(lines.join('\n'), fresh.filter((r) => !used.has(r.goal)).map((r) => r.line).join('\n'));
}

/**
 * `old` with the given sections of a partial run put in (`--only=upload`, `--only=sink`): a section of the same key
 * replaces old's in place, a new one goes before "## Where the time goes" (else at the end); the summary keeps its
 * rows but those whose goal the run measured, which it replaces, and gets the run's new rows at the end of its table.
 * Everything else, the head included, stays as it was.
 */
function replaceSections(old, sections) {
  const o = splitSections(old);
  const out = o.sections.slice();
  for (const s of sections) {
    const at = out.findIndex((x) => x.key === s.key);
    if (s.key === SUMMARY) {
      if (at < 0) throw new Error('BENCHMARKS.md has no "' + SUMMARY + '" section');
      out[at] = { key: s.key, text: replaceSummaryRows(out[at].text, s.text) };
    } else if (at >= 0) out[at] = s;
    else {
      const before = out.findIndex((x) => x.key === '## Where the time goes');
      out.splice(before < 0 ? out.length : before, 0, s);
    }
  }
  return [o.head].concat(out.map((s) => s.text)).join('\n');
}

/**
 * The head's list of runs (lines starting with `- `, before the first section) names which run wrote which
 * sections: sets the line starting with `marker` (e.g. `- Sections 1–3`) to `line`, or adds it at the end of the list.
 */
function setRunNote(md, marker, line) {
  const cut = md.indexOf('\n## ');
  const head = (cut < 0 ? md : md.slice(0, cut)).split('\n');
  const rest = cut < 0 ? '' : md.slice(cut);
  const at = head.findIndex((l) => l.indexOf(marker) === 0);
  if (at >= 0) head[at] = line;
  else {
    let last = -1;
    head.forEach((l, i) => {
      if (/^- /.test(l)) last = i;
    });
    if (last < 0) {
      // no list yet: after the head's last line of text
      for (let i = head.length - 1; i >= 0 && last < 0; i--) if (head[i].trim()) last = i;
      head.splice(last + 1, 0, '');
      last++;
    }
    head.splice(last + 1, 0, line);
  }
  return head.join('\n') + rest;
}

module.exports = { mergeSections, splitSections, replaceSections, setRunNote };
