/**
 * Plural forms for count messages. A message that depends on a number lists its forms by CLDR plural category:
 *
 *   maxFilesHint: '{one} At most {{count}} file {other} At most {{count}} files'
 *
 * The form is chosen by `vars.count` with the language's rules: `Intl.PluralRules` where the browser has it, else
 * the integer rules below (the same categories for whole numbers, for ES5 browsers without `Intl.PluralRules`). A
 * category a table does not list falls back to `other`; a message without `{category}` markers is used as it is.
 */

export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

const MARK = /\{(zero|one|two|few|many|other)\}/g;
const STARTS_WITH_MARK = /^\s*\{(zero|one|two|few|many|other)\}/;

/** Whether a message holds plural forms. */
export function isPluralMessage(message: string): boolean {
  return STARTS_WITH_MARK.test(message);
}

/** The forms of a plural message by category (trimmed). */
export function pluralForms(message: string): { [category: string]: string } {
  const out: { [category: string]: string } = {};
  const parts = message.split(MARK);
  // split with a capture group: ['', 'one', ' text ', 'other', ' text ']
  for (let i = 1; i + 1 < parts.length; i += 2) out[parts[i]] = parts[i + 1].replace(/^\s+|\s+$/g, '');
  return out;
}

function few(n: number): boolean {
  return n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14);
}

function slavicOne(n: number): boolean {
  return n % 10 === 1 && n % 100 !== 11;
}

function million(n: number): boolean {
  return n !== 0 && n % 1000000 === 0;
}

/** CLDR rules for whole numbers, by base language (the 33 dialog languages). */
const RULES: { [lang: string]: (n: number) => PluralCategory } = {
  cs: (n) => (n === 1 ? 'one' : n >= 2 && n <= 4 ? 'few' : 'other'),
  es: (n) => (n === 1 ? 'one' : million(n) ? 'many' : 'other'),
  fr: (n) => (n === 0 || n === 1 ? 'one' : million(n) ? 'many' : 'other'),
  he: (n) => (n === 1 ? 'one' : n === 2 ? 'two' : 'other'),
  pl: (n) => (n === 1 ? 'one' : few(n) ? 'few' : 'many'),
  ru: (n) => (slavicOne(n) ? 'one' : few(n) ? 'few' : 'many'),
  sr: (n) => (slavicOne(n) ? 'one' : few(n) ? 'few' : 'other'),
};
RULES.sk = RULES.cs;
RULES.it = RULES.es;
RULES.pt = RULES.fr;
RULES.uk = RULES.ru;
const NO_PLURAL = ['id', 'ko', 'ms', 'vi', 'zh'];

/** The category of a whole number without `Intl.PluralRules`. */
export function fallbackCategory(lang: string, n: number): PluralCategory {
  const base = lang.split(/[-_]/)[0].toLowerCase();
  if (NO_PLURAL.indexOf(base) >= 0) return 'other';
  const rule = RULES[base];
  if (rule) return rule(Math.abs(Math.floor(n)));
  return n === 1 ? 'one' : 'other';
}

interface PluralRulesLike {
  select(n: number): string;
}

const cache: { [tag: string]: PluralRulesLike | null } = {};

function intlRules(tag: string): PluralRulesLike | null {
  if (Object.prototype.hasOwnProperty.call(cache, tag)) return cache[tag];
  let rules: PluralRulesLike | null = null;
  try {
    const I = typeof Intl !== 'undefined' ? (Intl as unknown as { PluralRules?: new (tag: string) => PluralRulesLike }) : undefined;
    if (I && I.PluralRules) rules = new I.PluralRules(tag);
  } catch (_e) {
    rules = null;
  }
  cache[tag] = rules;
  return rules;
}

/** The plural category of `n` in the language `tag` (BCP 47, `pt-BR`). */
export function pluralCategory(tag: string, n: number): PluralCategory {
  const rules = intlRules(tag);
  return rules ? (rules.select(n) as PluralCategory) : fallbackCategory(tag, n);
}

/** The form of a plural message for `n` (its `other` form when the category is not listed). */
export function choosePlural(message: string, tag: string, n: number): string {
  const forms = pluralForms(message);
  const form = forms[pluralCategory(tag, n)];
  return form !== undefined ? form : forms.other !== undefined ? forms.other : message;
}
