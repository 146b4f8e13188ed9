import en from './locales/en';

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

/** Looks keys up in layers: customText, then the locale, then English. */
export class Translator {
  /** Layers, most specific first. */
  private layers: PartialStrings[];

  constructor(locale?: PartialStrings, custom?: PartialStrings) {
    this.layers = [custom || {}, locale || {}, en];
  }

  setLocale(table: PartialStrings): void {
    this.layers[1] = table;
  }

  setCustom(table: PartialStrings): void {
    this.layers[0] = table;
  }

  t(key: StringKey, vars?: Vars): string {
    for (let i = 0; i < this.layers.length; i++) {
      const v = this.layers[i][key];
      if (typeof v === 'string') return interpolate(v, vars);
    }
    return key;
  }
}
