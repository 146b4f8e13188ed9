/** npm's `engines` ranges, evaluated as npm does for the forms package-lock.json holds (`||`, comparators, ^, ~, x); no dependency needed. */
type V = [number, number, number];

function cmp(a: V, b: V): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

/** "20.9", "6.x", "*" → the numbers given (a wildcard ends them). */
function parts(text: string): number[] {
  const out: number[] = [];
  for (const p of text.replace(/^v/, '').split('.')) {
    if (!/^\d+$/.test(p)) break;
    out.push(Number(p));
  }
  return out;
}

function fill(p: number[]): V {
  return [p[0] || 0, p[1] || 0, p[2] || 0];
}

/** The next version after every one a partial version names ("20" → 21.0.0, "20.9" → 20.10.0). */
function after(p: number[]): V {
  const v = fill(p);
  if (p.length === 1) return [v[0] + 1, 0, 0];
  return [v[0], v[1] + 1, 0];
}

function comparator(v: V, c: string): boolean {
  const m = /^(>=|<=|>|<|=|\^|~)?(.*)$/.exec(c)!;
  const op = m[1] || '';
  const p = parts(m[2]);
  if (!p.length) return true;
  const base = fill(p);
  if (op === '>=') return cmp(v, base) >= 0;
  if (op === '>') return p.length < 3 ? cmp(v, after(p)) >= 0 : cmp(v, base) > 0;
  if (op === '<') return cmp(v, base) < 0;
  if (op === '<=') return p.length < 3 ? cmp(v, after(p)) < 0 : cmp(v, base) <= 0;
  if (op === '^') return cmp(v, base) >= 0 && cmp(v, base[0] > 0 ? [base[0] + 1, 0, 0] : after(p.slice(0, 2))) < 0;
  if (op === '~') return cmp(v, base) >= 0 && cmp(v, after(p.slice(0, 2))) < 0;
  return p.length < 3 ? cmp(v, base) >= 0 && cmp(v, after(p)) < 0 : cmp(v, base) === 0;
}

/** Whether `version` meets an npm `engines` range (the forms package-lock.json holds: `||`, comparators, ^, ~, x). */
export function satisfies(version: string, range: string): boolean {
  const v = fill(parts(version));
  return range.split('||').some((set) => set.replace(/(>=|<=|>|<|=|\^|~)\s+/g, '$1').trim().split(/\s+/).every((c) => comparator(v, c)));
}
