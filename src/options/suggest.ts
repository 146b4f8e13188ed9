/** Levenshtein distance, small strings only (option names). */
export function editDistance(a: string, b: string): number {
  let prev: number[] = [];
  for (let j = 0; j <= b.length; j++) prev.push(j);
  for (let i = 1; i <= a.length; i++) {
    const cur: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1;
      cur.push(Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost));
    }
    prev = cur;
  }
  return prev[b.length];
}

function squash(s: string): string {
  return s.toLowerCase().replace(/[-_\s]/g, '');
}

/**
 * The known option an unknown key most likely meant: same letters ignoring case, `-` and `_` (`maxsize`,
 * `custom_css`, `mimeTypes`), else one that starts with the other (`audioLength`), else the closest name within
 * 2 edits (`multple`, `extentions`). Undefined if none.
 */
export function closestOption(key: string, known: string[]): string | undefined {
  const k = squash(key);
  let best: string | undefined;
  let bestDistance = 3;
  for (let i = 0; i < known.length; i++) {
    const candidate = squash(known[i]);
    if (candidate === k) return known[i];
    const prefix = k.length >= 5 && candidate.length >= 5 && (k.indexOf(candidate) === 0 || candidate.indexOf(k) === 0);
    if (prefix && bestDistance > 1) {
      // `audioLength` for `audioLen`, `extension` typed as `extensionList`: one name starts with the other.
      best = known[i];
      bestDistance = 1.5;
      continue;
    }
    const d = editDistance(k, candidate);
    if (d < bestDistance && d < Math.max(2, Math.ceil(k.length / 3))) {
      best = known[i];
      bestDistance = d;
    }
  }
  return best;
}

/** The warning text for an unknown key. */
export function unknownKeyMessage(where: string, key: string, known: string[]): string {
  const guess = closestOption(key, known);
  return (
    'filepicker: unknown ' + where + ' `' + key + '` is ignored' + (guess ? '; did you mean `' + guess + '`?' : '')
  );
}
