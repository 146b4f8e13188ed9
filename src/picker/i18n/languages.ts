/** The 33 dialog languages (those v2 offered), and how a requested or browser language maps onto them. */

export const LANGUAGES = [
  'bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'es_ar', 'es_mx', 'fi', 'fo', 'fr', 'fr_ca', 'he', 'hu', 'id', 'it',
  'ko', 'ms', 'nl', 'no', 'pl', 'pt', 'pt_br', 'ru', 'sk', 'sr', 'sv', 'tr', 'uk', 'vi', 'zh', 'zh_tw',
];

/** Languages written right to left. */
const RTL = ['he'];

/** `pt-BR` → `pt_br`. */
export function normalizeLanguage(code: string): string {
  return code.replace(/^\s+|\s+$/g, '').replace(/-/g, '_').toLowerCase();
}

function known(code: string): boolean {
  return LANGUAGES.indexOf(code) >= 0;
}

/** The first supported of: the configured language, the browser language, its base (`pt_br` → `pt`); else English. */
export function resolveLanguage(configured: string | undefined, browser: string | undefined): string {
  const candidates: string[] = [];
  if (configured) candidates.push(normalizeLanguage(configured));
  if (browser) {
    const b = normalizeLanguage(browser);
    const base = b.split('_')[0];
    candidates.push(b, base);
    // Norwegian Bokmål and Nynorsk browsers (`nb-NO`, `nn`) get v2's Norwegian
    if (base === 'nb' || base === 'nn') candidates.push('no');
  }
  for (let i = 0; i < candidates.length; i++) if (known(candidates[i])) return candidates[i];
  return 'en';
}

export function isRtl(code: string): boolean {
  return RTL.indexOf(code.split('_')[0]) >= 0;
}

/** The BCP 47 tag for the `lang` attribute: `pt_br` → `pt-BR`. */
export function langTag(code: string): string {
  const parts = code.split('_');
  return parts.length > 1 ? parts[0] + '-' + parts[1].toUpperCase() : parts[0];
}
