import { translatePickerOptions } from './index';
import { PICKER_KEYS, PICKER_TABLE } from './table';
import { Translated, V2PickerOptions } from './types';

/**
 * One example per v2 picker option: a value a real page (or a widget, with strings) passes, and what it must
 * become. The mapped type makes a missing example a compile error, like the table itself.
 */
const EXAMPLES: { [K in keyof Required<V2PickerOptions>]: { value: unknown; check(t: Translated): void } } = {
  mimetype: { value: 'image/*', check: (t) => expect(t.config.accept.mimetypes).toEqual(['image/*']) },
  mimetypes: { value: ['image/*', 'Text/Plain'], check: (t) => expect(t.config.accept.mimetypes).toEqual(['image/*', 'text/plain']) },
  extension: { value: '.pdf', check: (t) => expect(t.config.accept.extensions).toEqual(['.pdf']) },
  extensions: { value: ['.js', 'coffee'], check: (t) => expect(t.config.accept.extensions).toEqual(['.js', '.coffee']) },
  maxSize: { value: '10485760', check: (t) => expect(t.config.maxSize).toBe(10485760) },
  maxFiles: { value: 5, check: (t) => expect(t.config.maxFiles).toBe(5) },
  multiple: { value: 'true', check: (t) => expect(t.config.multiple).toBe(true) },
  folders: { value: true, check: (t) => expect(t.config.folders).toBe(true) },
  container: { value: 'myFrame', check: (t) => expect(t.config.container).toBe('myFrame') },
  service: { value: 'FACEBOOK', check: (t) => expect(t.config.sources).toEqual(['FACEBOOK']) },
  services: { value: ['BOX', 'FTP', 'URL', 'CUSTOMSOURCE'], check: (t) => expect(t.config.sources).toEqual(['BOX', 'FTP', 'URL', 'CUSTOMSOURCE']) },
  openTo: { value: 'BOX', check: (t) => expect(t.config.openTo).toBe('BOX') },
  language: { value: 'es', check: (t) => expect(t.config.language).toBe('es') },
  backgroundUpload: { value: false, check: (t) => expect(t.config.backgroundUpload).toBe(false) },
  hide: { value: true, check: (t) => expect(t.config.hide).toBe(true) },
  customCss: { value: '//domain.com/link_to_your_css.css', check: (t) => expect(t.config.customCss).toBe('//domain.com/link_to_your_css.css') },
  customText: { value: 'https://domain.com/text.json', check: (t) => expect(t.config.customText).toBe('https://domain.com/text.json') },
  customSourceContainer: { value: 'mybucket', check: (t) => expect(t.config.customSourceContainer).toBe('mybucket') },
  customSourcePath: { value: 'some_folder/another_folder', check: (t) => expect(t.config.customSourcePath).toBe('some_folder/another_folder') },
  debug: { value: true, check: (t) => expect(t.debug).toBe(true) },
  resume: { value: 'false', check: (t) => expect(t.resume).toBe(false) },
  suggestedFilename: { value: 'report.pdf', check: (t) => expect(t.warnings.map((w) => w.option)).toEqual(['suggestedFilename']) },
  mobile: { value: true, check: (t) => expect(t.warnings[0].message).toMatch(/`mobile` has no effect in this version/) },
  redirectUrl: { value: 'https://x.example/', check: (t) => expect(t.warnings[0].message).toMatch(/`redirectUrl` has no effect/) },
  noFileReader: { value: true, check: (t) => expect(t.warnings[0].message).toMatch(/`noFileReader` has no effect/) },
  showClose: { value: true, check: (t) => expect(t.warnings[0].message).toMatch(/`showClose` has no effect/) },
  convertUrl: { value: 'https://x.example/a', check: (t) => expect(t.warnings[0].option).toBe('convertUrl') },
  cloudinaryUploadPreset: { value: 'p', check: (t) => expect(t.warnings[0].option).toBe('cloudinaryUploadPreset') },
  imageQuality: { value: 80, check: (t) => expect(t.config.image).toEqual({ quality: 80 }) },
  imageDim: { value: [800, null], check: (t) => expect(t.config.image).toEqual({ dim: [800, null] }) },
  imageMax: { value: [800, 600], check: (t) => expect(t.config.image).toEqual({ max: [800, 600] }) },
  imageMin: { value: ['400', '300'], check: (t) => expect(t.config.image).toEqual({ min: [400, 300] }) },
  cropRatio: { value: 4 / 3, check: (t) => expect(t.config.crop).toEqual({ ratio: 4 / 3 }) },
  cropDim: { value: [800, 600], check: (t) => expect(t.config.crop).toEqual({ dim: [800, 600] }) },
  cropMax: { value: [800, 600], check: (t) => expect(t.config.crop).toEqual({ max: [800, 600] }) },
  cropMin: { value: [400, 300], check: (t) => expect(t.config.crop).toEqual({ min: [400, 300] }) },
  cropForce: { value: 'true', check: (t) => expect(t.config.crop).toEqual({ force: true }) },
  conversions: { value: ['crop', 'rotate', 'filter'], check: (t) => expect(t.config.conversions).toEqual(['crop', 'rotate', 'filter']) },
  webcam: { value: { videoRes: '1280x720', videoLen: 120, audioLen: '120' }, check: (t) => expect(t.config.webcam).toEqual({ videoRes: '1280x720', videoLen: 120, audioLen: 120 }) },
  webcamDim: { value: [1280, 720], check: (t) => expect(t.config.webcam).toEqual({ dim: [1280, 720] }) },
  storeLocation: { value: 'S3', check: (t) => expect(t.store).toEqual({ location: 's3' }) },
  storePath: { value: 'myfiles/', check: (t) => expect(t.store).toEqual({ path: 'myfiles/' }) },
  storeContainer: { value: 'user-photos', check: (t) => expect(t.store).toEqual({ container: 'user-photos' }) },
  storeRegion: { value: 'us-east-1', check: (t) => expect(t.store).toEqual({ region: 'us-east-1' }) },
  storeAccess: { value: 'Public', check: (t) => expect(t.store).toEqual({ access: 'public' }) },
  policy: { value: 'eyJleHBpcnkiOjF9', check: (t) => expect(t.security).toEqual({ policy: 'eyJleHBpcnkiOjF9' }) },
  signature: { value: 'abc123', check: (t) => expect(t.security).toEqual({ signature: 'abc123' }) },
};

describe('the translation table', () => {
  it('has exactly one row per example (and so per key of V2PickerOptions)', () => {
    expect(PICKER_KEYS.slice().sort()).toEqual(Object.keys(EXAMPLES).sort());
    PICKER_KEYS.forEach((k) => expect(typeof (PICKER_TABLE as unknown as { [k: string]: { apply: unknown } })[k].apply).toBe('function'));
  });

  const baseline = translatePickerOptions({}, 'pick');

  (Object.keys(EXAMPLES) as (keyof V2PickerOptions)[]).forEach((key) => {
    it('translates `' + key + '`', () => {
      const input: Record<string, unknown> = {};
      input[key] = EXAMPLES[key].value;
      const t = translatePickerOptions(input, 'pick');
      EXAMPLES[key].check(t);
      // Every known option changes something relative to no options at all (a value or a warning).
      expect(t).not.toEqual(baseline);
    });
  });

  it('treats null and undefined as absent for every key', () => {
    const nulls: Record<string, unknown> = {};
    const undefs: Record<string, unknown> = {};
    PICKER_KEYS.forEach((k) => {
      nulls[k] = null;
      undefs[k] = undefined;
    });
    expect(translatePickerOptions(nulls, 'pick')).toEqual(baseline);
    expect(translatePickerOptions(undefs, 'pick')).toEqual(baseline);
  });
});
