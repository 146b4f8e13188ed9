import * as path from 'path';
import en from './locales/en';
import { langTag, LANGUAGES } from './languages';
import { choosePlural, fallbackCategory, isPluralMessage, pluralCategory, pluralForms } from './plural';
import { placeholders, Translator } from './translator';

const dir = path.join(__dirname, 'locales');
/** Whole numbers that reach every category CLDR gives counts in the 33 languages (0, 1, 2, 3-4, 5+, teens, 21, 22, 1e6). */
const SAMPLES = [0, 1, 2, 3, 4, 5, 10, 11, 12, 14, 19, 20, 21, 22, 25, 100, 101, 102, 111, 112, 1000, 1000000, 2000000];

function table(code: string): Record<string, string> {
  return code === 'en' ? (en as Record<string, string>) : require(path.join(dir, code + '.ts')).default;
}

describe('plural forms', () => {
  test('a message lists its forms by category; the form for the count is chosen', () => {
    const m = '{one} {{count}} file {other} {{count}} files';
    expect(isPluralMessage(m)).toBe(true);
    expect(isPluralMessage('At most {{count}} files')).toBe(false);
    expect(pluralForms(m)).toEqual({ one: '{{count}} file', other: '{{count}} files' });
    expect(choosePlural(m, 'en', 1)).toBe('{{count}} file');
    expect(choosePlural(m, 'en', 0)).toBe('{{count}} files');
    // a category the message lacks (Russian "few") falls back to "other"
    expect(choosePlural(m, 'ru', 3)).toBe('{{count}} files');
  });

  test('the translator picks the form by the language the text is written in', () => {
    const ru = new Translator(table('ru'), undefined, 'ru');
    expect(ru.t('maxFilesHint', { count: 1 })).toBe('Не более 1 файла');
    expect(ru.t('maxFilesHint', { count: 3 })).toBe('Не более 3 файлов');
    expect(ru.t('customAnnounceFolder', { folder: 'docs', count: 21 })).toBe('docs: 21 элемент');
    expect(ru.t('customAnnounceFolder', { folder: 'docs', count: 5 })).toBe('docs: 5 элементов');
    // an English fallback (the locale lacks the key) uses English rules, not Russian ones
    const partial = new Translator({}, undefined, 'ru');
    expect(partial.t('maxFilesHint', { count: 21 })).toBe('At most 21 files');
    const fr = new Translator(table('fr'), undefined, 'fr');
    expect(fr.t('maxFilesHint', { count: 0 })).toBe('0 fichier au maximum');
    expect(fr.t('errorCount', { max: 2, count: 2 })).toMatch(/^Vous pouvez sélectionner 2 fichiers au maximum/);
    const english = new Translator();
    expect(english.t('errorCount', { max: 1, count: 1 })).toBe('You can select at most 1 file, so none of these files were added.');
    expect(english.t('errorCount', { max: 3, count: 3 })).toBe('You can select at most 3 files, so none of these files were added.');
  });

  test('without Intl.PluralRules (ES5 browsers) the built-in rules give the same categories for whole numbers', () => {
    for (const code of LANGUAGES) {
      const rules = new Intl.PluralRules(langTag(code));
      for (const n of SAMPLES) expect([code, n, fallbackCategory(langTag(code), n)]).toEqual([code, n, rules.select(n)]);
    }
    const saved = (Intl as { PluralRules?: unknown }).PluralRules;
    try {
      delete (Intl as { PluralRules?: unknown }).PluralRules;
      expect(pluralCategory('pl-XX', 22)).toBe('few');
      expect(pluralCategory('pl-XX', 25)).toBe('many');
    } finally {
      (Intl as { PluralRules?: unknown }).PluralRules = saved;
    }
  });

  test('every plural message of every locale has a form for each category its counts reach, with the English placeholders', () => {
    const problems: string[] = [];
    for (const code of LANGUAGES) {
      const t = table(code);
      const rules = new Intl.PluralRules(langTag(code));
      for (const key of Object.keys(en)) {
        const value = t[key];
        if (!isPluralMessage(value)) continue;
        const forms = pluralForms(value);
        if (!forms.other) problems.push(code + ' ' + key + ': no "other" form');
        for (const n of SAMPLES) if (!forms[rules.select(n)]) problems.push(code + ' ' + key + ': no "' + rules.select(n) + '" form (for ' + n + ')');
        const all = Object.keys(forms).map((c) => placeholders(forms[c])).reduce((a, b) => a.concat(b), []);
        const expected = placeholders((en as Record<string, string>)[key]);
        for (const p of all) if (expected.indexOf(p) < 0) problems.push(code + ' ' + key + ': unknown placeholder ' + p);
      }
    }
    expect(problems).toEqual([]);
  });

  test('the count messages are plural in every language that inflects its nouns for number', () => {
    const invariant = ['hu', 'id', 'ko', 'ms', 'tr', 'vi', 'zh', 'zh_tw'];
    for (const code of LANGUAGES) {
      if (invariant.indexOf(code) >= 0) continue;
      expect([code, isPluralMessage(table(code).maxFilesHint), isPluralMessage(table(code).errorCount)]).toEqual([code, true, true]);
    }
  });
});

describe('accepted types in words', () => {
  test('groups and PDF are named in the dialog language; formats by their short name; extensions as written', () => {
    const de = new Translator(table('de'), undefined, 'de');
    expect(de.t('acceptedTypes', { types: 'image/*, application/pdf, video/*' })).toBe('Zulässige Dateitypen: Bilder, PDF-Dokumente, Videos');
    const english = new Translator();
    expect(english.t('acceptedTypes', { types: 'image/png, image/svg+xml, audio/x-wav, application/zip' })).toBe('Accepted types: PNG, SVG, WAV, application/zip');
    expect(english.t('errorType', { filename: 'a.exe', types: '.pdf, .docx' })).toBe('a.exe is not an accepted type. Accepted types: .pdf, .docx');
    expect(english.t('acceptedTypes', { types: 'text/*, audio/*' })).toBe('Accepted types: Text files, Audio files');
  });
});
