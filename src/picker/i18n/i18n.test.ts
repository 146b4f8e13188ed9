import * as fs from 'fs';
import * as path from 'path';
import en from './locales/en';
import { interpolate, placeholders, sanitizeTable, Translator } from './translator';
import { isRtl, LANGUAGES, langTag, resolveLanguage } from './languages';
import { getLocale, loadLocale, registerLocale } from './registry';

const dir = path.join(__dirname, 'locales');

describe('i18n', () => {
  test('interpolation fills {{variables}} and leaves unknown ones', () => {
    expect(interpolate('{{a}} and {{ b }}', { a: 1, b: 'x' })).toBe('1 and x');
    expect(interpolate('{{a}} {{missing}}', { a: '<b>' })).toBe('<b> {{missing}}');
    expect(placeholders('{{b}} {{a}} {{b}}')).toEqual(['a', 'b']);
  });

  test('lookup: customText, then the locale, then English; non-string values ignored', () => {
    const t = new Translator({ close: 'Schließen' }, sanitizeTable({ retry: 'Again!', done: 42, bogus: 'x' }));
    expect(t.t('close')).toBe('Schließen');
    expect(t.t('retry')).toBe('Again!');
    expect(t.t('done')).toBe('Done');
    expect(t.t('statusUploading', { percent: 5 })).toBe('Uploading: 5%');
  });

  test('language fallback: configured, browser, its base, English', () => {
    expect(resolveLanguage('de', 'fr-FR')).toBe('de');
    expect(resolveLanguage(undefined, 'pt-BR')).toBe('pt_br');
    expect(resolveLanguage(undefined, 'fr-BE')).toBe('fr');
    expect(resolveLanguage('xx', 'yy-ZZ')).toBe('en');
    expect(resolveLanguage(undefined, undefined)).toBe('en');
    expect(resolveLanguage(undefined, 'nb-NO')).toBe('no');
    expect(resolveLanguage(undefined, 'nn')).toBe('no');
    expect(isRtl('he')).toBe(true);
    expect(isRtl('de')).toBe(false);
    expect(langTag('zh_tw')).toBe('zh-TW');
  });

  test('registered locales are used; an unknown or unreachable one resolves undefined', async () => {
    registerLocale('de', { close: 'Schließen', nope: 1 });
    expect(getLocale('de')).toEqual({ close: 'Schließen' });
    await expect(loadLocale('de', document)).resolves.toEqual({ close: 'Schließen' });
    await expect(loadLocale('xx', document)).resolves.toBeUndefined();
  });

  test('every value of en.ts is a non-empty string', () => {
    const table = en as Record<string, unknown>;
    for (const k of Object.keys(en)) expect(typeof table[k] === 'string' && (table[k] as string).length > 0).toBe(true);
  });

  test('every locale file has exactly the English keys and the same placeholders', () => {
    const files = fs.readdirSync(dir).filter((f) => /^[a-z_]+\.ts$/.test(f) && f !== 'en.ts');
    for (const f of files) expect(LANGUAGES).toContain(f.replace(/\.ts$/, ''));
    for (const f of files) {
      const table = require(path.join(dir, f)).default as Record<string, unknown>;
      const problems: string[] = [];
      for (const k of Object.keys(en)) {
        if (typeof table[k] !== 'string') problems.push('missing ' + k);
        else if (placeholders(table[k] as string).join() !== placeholders((en as Record<string, string>)[k]).join()) problems.push('placeholders of ' + k);
      }
      for (const k of Object.keys(table)) if (!(k in en)) problems.push('extra ' + k);
      expect({ file: f, problems }).toEqual({ file: f, problems: [] });
    }
  });
});
