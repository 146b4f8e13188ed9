import en from './locales/en';
import { langTag } from './languages';
import { choosePlural, isPluralMessage } from './plural';
import { typesInWords } from './typeWords';

/** The dialog's text table: English is the source of truth for the keys. */
export type Strings = typeof en;
export type StringKey = keyof Strings;
export type Vars = { [name: string]: string | number };
/** A table that may lack keys (a locale still loading, a partial customText file). */
export type PartialStrings = { [K in StringKey]?: string };

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/** Replaces `{{name}}` with `vars.name`; a placeholder without a value is left as it is. */
export function interpolate(template: string, vars?: Vars): string {
  if (!vars) return template;
  return template.replace(PLACEHOLDER, function (whole: string, name: string) {
    return Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole;
  });
}

/** The placeholder names of a template, sorted and without repeats. */
export function placeholders(template: string): string[] {
  const out: string[] = [];
  template.replace(PLACEHOLDER, function (_w: string, name: string) {
    if (out.indexOf(name) < 0) out.push(name);
    return '';
  });
  return out.sort();
}

/** Keeps only the known keys whose values are strings (customText and locale files are untrusted input). */
export function sanitizeTable(input: unknown): PartialStrings {
  const out: PartialStrings = {};
  if (!input || typeof input !== 'object') return out;
  const src = input as { [k: string]: unknown };
  for (const key in en) {
    if (Object.prototype.hasOwnProperty.call(en, key) && typeof src[key] === 'string') out[key as StringKey] = src[key] as string;
  }
  return out;
}

/**
 * Looks keys up in layers: customText, then the locale, then English. A message with plural forms (plural.ts) takes
 * the form for `vars.count` by the rules of the language it is written in (English for the English layer).
 */
export class Translator {
  /** Layers, most specific first. */
  private layers: PartialStrings[];
  /** BCP 47 tag of the locale and customText layers (`pt-BR`). */
  private tag: string;

  /** `lang`: the dialog language code (`pt_br`); English when not given. */
  constructor(locale?: PartialStrings, custom?: PartialStrings, lang = 'en') {
    this.layers = [custom || {}, locale || {}, en];
    this.tag = langTag(lang);
  }

  setLocale(table: PartialStrings): void {
    this.layers[1] = table;
  }

  setCustom(table: PartialStrings): void {
    this.layers[0] = table;
  }

  /** The text of `key`; a `types` variable (a list of accepted types) is put into words (typeWords.ts). */
  t(key: StringKey, vars?: Vars): string {
    if (vars && typeof vars.types === 'string') vars = { ...vars, types: typesInWords(vars.types, (k) => this.t(k)) };
    for (let i = 0; i < this.layers.length; i++) {
      const v = this.layers[i][key];
      if (typeof v !== 'string') continue;
      const n = vars ? Number(vars.count) : NaN;
      const form = isPluralMessage(v) && isFinite(n) ? choosePlural(v, i === this.layers.length - 1 ? 'en' : this.tag, n) : v;
      return interpolate(form, vars);
    }
    return key;
  }
}
