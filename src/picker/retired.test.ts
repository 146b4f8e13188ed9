import { PickerConfig } from '../core/contracts';
import { translatePickerOptions } from '../options';
import { RETIRED, retiredWarning } from './retired';
import { planSources, unsupportedWarnings } from './services';

function plan(services: unknown[]): ReturnType<typeof planSources> {
  return planSources(translatePickerOptions({ services }, 'pick').config as PickerConfig);
}

describe('retired v2 services', () => {
  test('each is left out with a warning naming it and why; the generic warning no longer lists it', () => {
    const p = plan(['PICASA', 'COMPUTER', 'CLOUDDRIVE', 'EVERNOTE', 'ALFRESCO', 'IMAGE_SEARCH', 'SEND_EMAIL']);
    expect(p.sources).toEqual(['COMPUTER']);
    expect(p.unsupported).toEqual(['PICASA', 'CLOUDDRIVE', 'EVERNOTE', 'ALFRESCO', 'IMAGE_SEARCH', 'SEND_EMAIL']);
    expect(unsupportedWarnings(p.unsupported)).toEqual([retiredWarning(p.unsupported)]);
    const text = retiredWarning(p.unsupported)!;
    expect(text).toMatch(/^filepicker: PICASA, CLOUDDRIVE, EVERNOTE, ALFRESCO, IMAGE_SEARCH, SEND_EMAIL left out: PICASA — /);
    expect(text).toContain('PICASA — Google shut Picasa Web Albums down in 2016');
    expect(text).toContain('CLOUDDRIVE — Amazon closed the Cloud Drive API to new apps and ended the service in 2023');
    expect(text).toContain("EVERNOTE — Evernote's API needs an API key that Evernote reviews");
    expect(text).toContain('ALFRESCO — Alfresco is a content server each customer runs (CMIS)');
    expect(text).toContain('IMAGE_SEARCH — web image search needs a paid search API key (Bing Image Search was retired in 2025');
    expect(text).toContain("SEND_EMAIL — v2's export-by-email, not a source of files");
  });

  test("v2's spellings and enum numbers are recognised (IMAGESEARCH, 'Image Search', 15)", () => {
    const p = plan(['Image Search', 15, 'COMPUTER']);
    expect(p.unsupported).toEqual(['IMAGESEARCH', 'PICASA']);
    expect(retiredWarning(p.unsupported)).toMatch(/^filepicker: IMAGESEARCH, PICASA left out: IMAGESEARCH — web image search needs a paid search API key/);
    expect(RETIRED.IMAGESEARCH).toBe(RETIRED.IMAGE_SEARCH);
  });

  test('a name v2 never had keeps the generic warning; retired and unknown names give one warning each', () => {
    const p = plan(['CAMERA', 'EVERNOTE']);
    expect(retiredWarning(p.unsupported)).toMatch(/^filepicker: EVERNOTE left out: EVERNOTE — /);
    expect(unsupportedWarnings(p.unsupported)).toHaveLength(2);
    expect(unsupportedWarnings(p.unsupported)[1]).toMatch(/^filepicker: the dialog does not support CAMERA yet/);
    expect(retiredWarning(['CAMERA'])).toBeNull();
    expect(retiredWarning([])).toBeNull();
  });
});
