export { Translator, interpolate, placeholders, sanitizeTable } from './translator';
export type { Strings, StringKey, Vars, PartialStrings } from './translator';
export { LANGUAGES, resolveLanguage, normalizeLanguage, isRtl, langTag } from './languages';
export { registerLocale, getLocale, loadLocale, setLocaleBase, getLocaleBase } from './registry';
export { fetchCustomText } from './customText';
