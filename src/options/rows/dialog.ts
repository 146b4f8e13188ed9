import { describe, isArray, toStr, trim } from '../coerce';
import { Draft, Row, unsupported, warn } from '../draft';
import { LANGUAGES, normalizeLanguage } from '../languages';
import { toFlag, toPageUrl } from '../lenient';
import { serviceName } from '../services';
import { V2DialogOptions } from '../types';

/** A name, an enum number, a comma list (widgets) or an array of those; empty entries are dropped. */
function toServices(name: string, value: unknown): string[] {
  const items: unknown[] = isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value];
  const out: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item === null || item === undefined || (typeof item === 'string' && !trim(item))) continue;
    out.push(serviceName(name, item));
  }
  return out;
}

/**
 * v2 passed any `language` on to its dialog, which fell back to the browser's language. Nothing here throws: empty
 * text means the browser's language; a region we lack falls back to its language; any other value warns once, naming
 * what the dialog uses instead (the browser's language when it is one of ours, else English).
 */
function toLanguage(name: string, value: unknown, d: Draft): string | undefined {
  if (typeof value === 'string' && !trim(value)) return undefined;
  const code = normalizeLanguage(value);
  if (code) {
    const asGiven = trim(value as string).replace(/-/g, '_').toLowerCase();
    if (code !== asGiven) warn(d, name, 'filepicker: `' + name + '` "' + value + '" is not available; using "' + code + '"');
    return code;
  }
  const browser = normalizeLanguage(d.env.language);
  const instead = browser ? 'the browser\'s language ("' + browser + '")' : 'English ("en")';
  warn(d, name, 'filepicker: `' + name + '` ' + describe(value) + ' is not one of the supported languages (' + LANGUAGES.join(', ') + '); using ' + instead);
  return undefined;
}

/** v2 sent any `container` to its dialog, which opened its default for one it could not use: so does this (with a warning). */
function toContainer(name: string, value: unknown, d: Draft): string | undefined {
  if (typeof value === 'string' && trim(value)) return trim(value);
  warn(d, name, 'filepicker: `' + name + '` should be "modal", "window" or the id of an iframe, got ' + describe(value) + '; the default is used');
  return undefined;
}

/** Where the dialog opens, which sources it shows, and how it looks (v2's dialog options). */
export const DIALOG_ROWS: { [K in keyof Required<V2DialogOptions>]: Row } = {
  container: { apply: (v, d, n) => (d.config.container = toContainer(n, v, d)) },
  service: { apply: (v, d, n) => (d.lists.service = toServices(n, v)) },
  services: { apply: (v, d, n) => (d.lists.services = toServices(n, v)) },
  openTo: { apply: (v, d, n) => (d.config.openTo = serviceName(n, v)) },
  language: { apply: (v, d, n) => (d.config.language = toLanguage(n, v, d)) },
  backgroundUpload: { apply: (v, d, n) => (d.config.backgroundUpload = toFlag(n, v, d)) },
  hide: { apply: (v, d, n) => (d.config.hide = toFlag(n, v, d)) },
  customCss: { apply: (v, d, n) => (d.config.customCss = toPageUrl(n, v, d)) },
  customText: { apply: (v, d, n) => (d.config.customText = toPageUrl(n, v, d)) },
  customSourceContainer: { apply: (v, d, n) => (d.config.customSourceContainer = trim(toStr(n, v))) },
  customSourcePath: { apply: (v, d, n) => (d.config.customSourcePath = toStr(n, v)) },
  /** v2 took any truthy value (`debug: "yes"` is on, with a warning); here `data-fp-debug="false"` means false. */
  debug: { apply: (v, d, n) => (d.debug = toFlag(n, v, d)) },
  resume: { apply: (v, d, n) => (d.resume = toFlag(n, v, d)) },
  suggestedFilename: { apply: (v, d, n) => (d.suggestedFilename = toStr(n, v)) },
  mobile: unsupported('the dialog adapts to the screen by itself'),
  redirectUrl: unsupported('results are always delivered to the callbacks'),
  noFileReader: unsupported('files are always read with the File API'),
  showClose: unsupported('the dialog always has a close button'),
  convertUrl: unsupported('it was internal to processImage'),
  cloudinaryUploadPreset: unsupported('Cloudinary storage is not supported'),
};
