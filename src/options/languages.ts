/** The 33 dialog languages v2's `language` option accepted, lower case with `_`. */
export const LANGUAGES: string[] = [
  'cs', 'de', 'en', 'es', 'es_mx', 'fo', 'fr', 'fr_ca', 'he', 'it', 'nl', 'da', 'no', 'pl', 'pt', 'pt_br', 'ru',
  'sv', 'tr', 'zh_tw', 'el', 'es_ar', 'fi', 'id', 'ko', 'sk', 'uk', 'zh', 'sr', 'bg', 'ms', 'hu', 'vi',
];

/** Codes browsers and pages use for a language v2 listed under another code (Norwegian Bokmål and Nynorsk). */
const ALIASES: { [code: string]: string } = { nb: 'no', nn: 'no' };

function known(code: string): boolean {
  for (let i = 0; i < LANGUAGES.length; i++) if (LANGUAGES[i] === code) return true;
  return false;
}

/**
 * A language tag as the dialog wants it: `pt-BR` -> `pt_br`, `DE` -> `de`. A regional tag we do not have falls
 * back to its language (`en-US` -> `en`, `de_AT` -> `de`); `nb`/`nn` (Norwegian) -> `no`. Returns undefined when neither is one of the 33 codes.
 * Usable for `navigator.language` too.
 */
export function normalizeLanguage(s: unknown): string | undefined {
  if (typeof s !== 'string') return undefined;
  const code = s.replace(/^\s+|\s+$/g, '').replace(/-/g, '_').toLowerCase();
  if (!code) return undefined;
  if (known(code)) return code;
  const base = code.split('_')[0];
  if (known(base)) return base;
  return Object.prototype.hasOwnProperty.call(ALIASES, base) ? ALIASES[base] : undefined;
}
