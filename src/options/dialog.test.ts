import { LANGUAGES, normalizeLanguage, translatePickerOptions, V2_SERVICES } from './index';
import { validationError } from './__tests__/helpers';

const pick = (o: unknown, env?: { userAgent?: string; standalone?: boolean }) => translatePickerOptions(o, 'pick', env);
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 10_3 like Mac OS X) AppleWebKit/603.1.30 Mobile/14E277';
const ANDROID = 'Mozilla/5.0 (Linux; Android 7.0; SM-G930V) AppleWebKit/537.36 Chrome/59.0 Mobile Safari/537.36';
const DESKTOP = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/120.0 Safari/537.36';

describe('container', () => {
  it('defaults to modal on desktop and without a user agent, window on iOS/Android', () => {
    expect(pick({}).config.container).toBe('modal');
    expect(pick({}, { userAgent: DESKTOP }).config.container).toBe('modal');
    expect(pick({}, { userAgent: IPHONE }).config.container).toBe('window');
    expect(pick({}, { userAgent: ANDROID }).config.container).toBe('window');
    expect(pick({}, { userAgent: IPHONE, standalone: true }).config.container).toBe('modal');
  });

  it('keeps an explicit value, also on mobile', () => {
    expect(pick({ container: 'modal' }, { userAgent: IPHONE }).config.container).toBe('modal');
    expect(pick({ container: ' window ' }).config.container).toBe('window');
    expect(pick({ container: 'frame1' }).config.container).toBe('frame1');
  });

  it.each([[''], ['  '], [5], [{}]])('uses the default for %p, as v2\'s dialog did, with one warning', (bad) => {
    const t = pick({ container: bad });
    expect(t.config.container).toBe('modal');
    expect(t.warnings).toEqual([{ option: 'container', message: expect.stringMatching(/^filepicker: `container` should be "modal", "window" or the id of an iframe, got .*; the default is used$/) }]);
  });
});

describe('services and openTo', () => {
  it('defaults to the sources this version implements', () => {
    expect(pick({}).config.sources).toEqual(['COMPUTER', 'URL', 'CONVERT']);
    expect(pick({ services: [] }).config.sources).toEqual(['COMPUTER', 'URL', 'CONVERT']);
    expect(pick({ customSourceContainer: 'bucket', openTo: 'CUSTOMSOURCE' })).toMatchObject({ config: { sources: ['COMPUTER', 'URL', 'CONVERT', 'CUSTOMSOURCE'], openTo: 'CUSTOMSOURCE' }, warnings: [] });
    expect(pick({ customSourceContainer: 'bucket', services: ['COMPUTER'] }).config.sources).toEqual(['COMPUTER']);
  });

  it('maps enum numbers (and their digits) back to names, upper-cases, removes the first space (v2)', () => {
    expect(pick({ services: [1, '7', 'box', 'Image Search', ' FTP', V2_SERVICES.AUDIO] }).config.sources).toEqual(['COMPUTER', 'URL', 'BOX', 'IMAGESEARCH', 'FTP', 'AUDIO']);
  });

  it('passes unknown names through upper-cased, wraps a non-array plural, plural wins, drops duplicates', () => {
    expect(pick({ services: 'myCustom' }).config.sources).toEqual(['MYCUSTOM']);
    expect(pick({ service: 'BOX', services: ['URL'] }).config.sources).toEqual(['URL']);
    expect(pick({ service: 19 }).config.sources).toEqual(['BOX']);
    expect(pick({ services: 'COMPUTER, URL,,COMPUTER' }).config.sources).toEqual(['COMPUTER', 'URL']);
  });

  it('rejects numbers outside the enum and values that are not names', () => {
    expect(validationError(() => pick({ services: [99] }), 'services')).toBe('filepicker: `services` must be a number of filepicker.services (1 to 26), got 99 (number)');
    expect(validationError(() => pick({ services: [1.5] }), 'services')).toMatch(/must be a number of filepicker.services/);
    expect(validationError(() => pick({ services: [{}] }), 'services')).toBe('filepicker: `services` must be a service name (like "COMPUTER") or a number of filepicker.services, got {} (object)');
    expect(validationError(() => pick({ service: true }), 'service')).toMatch(/`service` must be a service name/);
  });

  it('openTo takes a name or an enum number and warns when it is not a source', () => {
    expect(pick({ services: ['COMPUTER', 'BOX'], openTo: 19 })).toMatchObject({ config: { openTo: 'BOX' }, warnings: [] });
    expect(pick({ services: ['COMPUTER', 'BOX'], openTo: 'box' }).config.openTo).toBe('BOX');
    const t = pick({ openTo: 'FACEBOOK' });
    expect(t.config.openTo).toBe('FACEBOOK');
    expect(t.warnings).toEqual([{ option: 'openTo', message: 'filepicker: `openTo` "FACEBOOK" is not one of the sources (COMPUTER, URL, CONVERT); the dialog opens on the first source' }]);
    expect(validationError(() => pick({ openTo: 0 }), 'openTo')).toMatch(/^filepicker: `openTo` must be a number of filepicker.services/);
    expect(validationError(() => pick({ openTo: '' }), 'openTo')).toMatch(/^filepicker: `openTo` must be a service name/);
  });

  it('V2_SERVICES is the v2 enum', () => {
    expect(Object.keys(V2_SERVICES).length).toBe(26);
    expect(V2_SERVICES.COMPUTER).toBe(1);
    expect(V2_SERVICES.URL).toBe(7);
    expect(V2_SERVICES.CUSTOMSOURCE).toBe(22);
    expect(V2_SERVICES.AUDIO).toBe(26);
  });
});

describe('language', () => {
  it('lists the 33 language codes v2 accepted', () => {
    expect(LANGUAGES.length).toBe(33);
    expect(LANGUAGES.join(' ')).toBe('cs de en es es_mx fo fr fr_ca he it nl da no pl pt pt_br ru sv tr zh_tw el es_ar fi id ko sk uk zh sr bg ms hu vi');
  });

  it('accepts every code in any case and with a dash', () => {
    LANGUAGES.forEach((code) => {
      expect(pick({ language: code }).config.language).toBe(code);
      expect(pick({ language: code.toUpperCase().replace('_', '-') }).config.language).toBe(code);
    });
    expect(pick({ language: 'pt-BR' })).toMatchObject({ config: { language: 'pt_br' }, warnings: [] });
  });

  it('falls back from a region we do not have to its language, with a warning', () => {
    const t = pick({ language: 'en-US' });
    expect(t.config.language).toBe('en');
    expect(t.warnings).toEqual([{ option: 'language', message: 'filepicker: `language` "en-US" is not available; using "en"' }]);
  });

  it('is unset by default (the dialog uses the browser language)', () => {
    expect(pick({}).config.language).toBeUndefined();
  });

  it.each([['ja', '"ja" (string)'], ['xx', '"xx" (string)'], ['klingon', '"klingon" (string)'], [7, '7 (number)']])(
    'never throws for %p (v2 passed it on): unset, with one warning naming English',
    (bad, shown) => {
      const t = pick({ language: bad });
      expect(t.config.language).toBeUndefined();
      expect(t.warnings).toEqual([{ option: 'language', message: 'filepicker: `language` ' + shown + ' is not one of the supported languages (' + LANGUAGES.join(', ') + '); using English ("en")' }]);
    },
  );

  it('names the browser language instead of English when the dialog has it', () => {
    const t = translatePickerOptions({ language: 'ja' }, 'pick', { language: 'de-AT' });
    expect(t.config.language).toBeUndefined();
    expect(t.warnings[0].message).toMatch(/"ja" \(string\) is not one of the supported languages \(.*\); using the browser's language \("de"\)$/);
    expect(translatePickerOptions({ language: 'xx' }, 'pick', { language: 'ja-JP' }).warnings[0].message).toMatch(/; using English \("en"\)$/);
  });

  it('empty text means the browser language, silently (as v2)', () => {
    expect(pick({ language: '' })).toMatchObject({ config: { language: undefined }, warnings: [] });
    expect(pick({ language: '  ' })).toMatchObject({ config: { language: undefined }, warnings: [] });
  });

  it('maps Norwegian Bokmål and Nynorsk to v2\'s Norwegian, with a warning', () => {
    expect(pick({ language: 'nb' })).toMatchObject({ config: { language: 'no' }, warnings: [{ option: 'language', message: 'filepicker: `language` "nb" is not available; using "no"' }] });
    expect(pick({ language: 'nn-NO' }).config.language).toBe('no');
  });

  it('normalizeLanguage', () => {
    expect(normalizeLanguage('PT-br')).toBe('pt_br');
    expect(normalizeLanguage(' zh-TW ')).toBe('zh_tw');
    expect(normalizeLanguage('es-419')).toBe('es');
    expect(normalizeLanguage('xx-YY')).toBeUndefined();
    expect(normalizeLanguage('')).toBeUndefined();
    expect(normalizeLanguage('nb-NO')).toBe('no');
    expect(normalizeLanguage(undefined)).toBeUndefined();
  });
});

describe('customCss and customText', () => {
  it.each([['https://cdn.example.com/a.css'], ['//domain.com/link_to_your_css.css'], ['http://localhost:8080/a.css'], ['http://127.0.0.1/a.css'], ['http://[::1]:3000/t.json'], ['HTTPS://EXAMPLE.COM/x'], ['/relative.css'], ['css/a.css'], ['./a.css']])(
    'accept %p without a warning (a path is resolved against the page, where the dialog lives)',
    (url) => {
      expect(pick({ customCss: url, customText: url })).toMatchObject({ config: { customCss: url, customText: url }, warnings: [] });
    },
  );

  it.each([['http://example.com/a.css'], ['http://localhost.evil.com/a.css'], ['http://localhost@evil.com/x']])('accept plain http %p (v2 did) with one warning each', (url) => {
    const t = pick({ customCss: url, customText: url });
    expect(t.config).toMatchObject({ customCss: url, customText: url });
    expect(t.warnings).toEqual([
      { option: 'customCss', message: 'filepicker: `customCss` "' + url + '" is plain http; a browser blocks it on an https page (use https://)' },
      { option: 'customText', message: 'filepicker: `customText` "' + url + '" is plain http; a browser blocks it on an https page (use https://)' },
    ]);
  });

  it.each([['javascript:alert(1)'], ['data:text/css,body{}'], ['https://'], ['https://a.com/x y'], ['///x'], [''], [5]])(
    'reject %p (nothing v2 could load)',
    (url) => {
      expect(validationError(() => pick({ customCss: url }), 'customCss')).toMatch(/^filepicker: `customCss` must be an https:\/\/ URL, a \/\/host\/… URL or a path on this site, got /);
      expect(validationError(() => pick({ customText: url }), 'customText')).toMatch(/^filepicker: `customText` must be an https:\/\/ URL/);
    },
  );
});

describe('other dialog options', () => {
  it('defaults: backgroundUpload true, hide false, debug false, conversions crop', () => {
    const t = pick({});
    expect(t.config).toMatchObject({ backgroundUpload: true, hide: false, conversions: ['crop'] });
    expect(t.debug).toBe(false);
  });

  it('booleans accept widget strings; debug "false" is false (v2 treated any non-empty string as true)', () => {
    expect(pick({ backgroundUpload: 'false', hide: 'True' }).config).toMatchObject({ backgroundUpload: false, hide: true });
    expect(pick({ debug: 'false' }).debug).toBe(false);
    expect(pick({ debug: 'true' }).debug).toBe(true);
  });

  it.each([
    [{ debug: 'yes' }, 'debug', true, '"yes" (string)'],
    [{ debug: 'on' }, 'debug', true, '"on" (string)'],
    [{ hide: 'no' }, 'hide', false, '"no" (string)'],
    [{ backgroundUpload: [] }, 'backgroundUpload', true, '[] (array)'],
    [{ multiple: 'multiple' }, 'multiple', true, '"multiple" (string)'],
    [{ folders: 2 }, 'folders', true, '2 (number)'],
    [{ cropForce: '' }, 'cropForce', false, '"" (string)'],
  ])('other flag values are read as v2 read them (%j), with one warning', (input, option, flag, shown) => {
    const t = pick({ multiple: true, ...input });
    const read: { [k: string]: unknown } = { debug: t.debug, hide: t.config.hide, backgroundUpload: t.config.backgroundUpload, multiple: t.config.multiple, folders: t.config.folders, cropForce: t.config.crop && t.config.crop.force };
    expect(read[option]).toBe(flag);
    expect(t.warnings).toEqual([{ option, message: 'filepicker: `' + option + '` should be true or false, got ' + shown + '; taken as ' + flag }]);
  });

  it('custom source container and path are strings', () => {
    expect(validationError(() => pick({ customSourceContainer: '' }), 'customSourceContainer')).toMatch(/non-empty string/);
    expect(validationError(() => pick({ customSourcePath: 3 }), 'customSourcePath')).toMatch(/non-empty string, got 3 \(number\)/);
  });

  it('suggestedFilename (an export option) only warns in a picker call', () => {
    expect(pick({ suggestedFilename: 'a.png' })).toMatchObject({ store: {}, warnings: [{ option: 'suggestedFilename', message: 'filepicker: `suggestedFilename` only applies to export' }] });
  });
});

describe('the input', () => {
  it('may be missing', () => {
    expect(pick(undefined)).toEqual(pick({}));
    expect(pick(null)).toEqual(pick({}));
  });

  it.each([[[], '[] (array)'], [[1], '[1] (array)'], ['string', '"string" (string)'], [5, '5 (number)'], [true, 'true (boolean)'], [() => 1, 'a function']])(
    'anything but an object gives the defaults with one warning (v2 read it as an empty object): %p',
    (bad, shown) => {
      const t = pick(bad);
      expect(t.config).toEqual(pick({}).config);
      expect(t.warnings).toEqual([{ option: 'options', message: 'filepicker: `options` should be an object of picker options, got ' + shown + '; the defaults are used' }]);
    },
  );

  it('is never mutated, and results do not share arrays with it', () => {
    const input = { services: ['box', 1], mimetypes: ['image/*'], webcam: { videoRes: '640x480' }, imageDim: [1, 2] };
    const copy = JSON.parse(JSON.stringify(input));
    const t = pick(input);
    expect(input).toEqual(copy);
    t.config.sources.push('X');
    t.config.accept.mimetypes.push('x/y');
    expect(input).toEqual(copy);
    expect(pick({}).config.conversions).toEqual(['crop']);
  });
});
