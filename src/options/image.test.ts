import { translatePickerOptions } from './index';
import { validationError } from './__tests__/helpers';

const pick = (o: unknown) => translatePickerOptions(o, 'pick');

describe('imageQuality', () => {
  it('accepts 1 to 100, numbers or numeric strings', () => {
    expect(pick({ imageQuality: 1 }).config.image).toEqual({ quality: 1 });
    expect(pick({ imageQuality: '100' }).config.image).toEqual({ quality: 100 });
    expect(pick({ imageQuality: 72.5 }).config.image).toEqual({ quality: 72.5 });
  });

  it('accepts 0 (documented range) as "no compression", as v2 did, with a warning', () => {
    const t = pick({ imageQuality: 0 });
    expect(t.config.image).toBeUndefined();
    expect(t.warnings).toEqual([{ option: 'imageQuality', message: 'filepicker: `imageQuality` 0 means no compression (as in v2); use 1 to 100 to compress' }]);
  });

  it.each([[150, '150 (number)'], [-1, '-1 (number)'], ['high', '"high" (string)'], [true, 'true (boolean)'], [[80], '[80] (array)']])('rejects %p', (bad, shown) => {
    expect(validationError(() => pick({ imageQuality: bad }), 'imageQuality')).toBe('filepicker: `imageQuality` must be a number from 0 to 100, got ' + shown);
  });
});

describe('imageDim, imageMax, imageMin', () => {
  it('take [width, height]; imageDim may leave one side null', () => {
    expect(pick({ imageDim: [800, 600] }).config.image).toEqual({ dim: [800, 600] });
    expect(pick({ imageDim: [800, null] }).config.image).toEqual({ dim: [800, null] });
    expect(pick({ imageDim: [null, 600] }).config.image).toEqual({ dim: [null, 600] });
    expect(pick({ imageMax: [800, 600], imageMin: [400, 300] }).config.image).toEqual({ max: [800, 600], min: [400, 300] });
  });

  it('accept widget forms: string items, a "w,h" string, "null" or "" for the free side', () => {
    expect(pick({ imageDim: ['800', 'null'] }).config.image).toEqual({ dim: [800, null] });
    expect(pick({ imageDim: '800,' }).config.image).toEqual({ dim: [800, null] });
    expect(pick({ imageMax: '1024, 768' }).config.image).toEqual({ max: [1024, 768] });
  });

  it('reject both sides null, nulls in imageMax/imageMin, wrong lengths and non-positive numbers', () => {
    expect(validationError(() => pick({ imageDim: [null, null] }), 'imageDim')).toBe(
      'filepicker: `imageDim` must be a [width, height] pair of positive numbers, one of which may be null, got [null,null] (array)',
    );
    expect(validationError(() => pick({ imageMax: [800, null] }), 'imageMax')).toBe('filepicker: `imageMax` must be a [width, height] pair of positive numbers, got [800,null] (array)');
    expect(validationError(() => pick({ imageMin: [800] }), 'imageMin')).toMatch(/got \[800\] \(array\)$/);
    expect(validationError(() => pick({ imageMin: [1, 2, 3] }), 'imageMin')).toMatch(/pair of positive numbers/);
    expect(validationError(() => pick({ imageDim: [0, 600] }), 'imageDim')).toMatch(/pair of positive numbers/);
    expect(validationError(() => pick({ imageDim: [-5, 600] }), 'imageDim')).toMatch(/pair of positive numbers/);
    expect(validationError(() => pick({ imageDim: 800 }), 'imageDim')).toMatch(/got 800 \(number\)$/);
    expect(validationError(() => pick({ imageMax: ['wide', 600] }), 'imageMax')).toMatch(/pair of positive numbers/);
  });
});

describe('crop options', () => {
  it('cropRatio takes a number > 0, a numeric string, or an "a/b" string', () => {
    expect(pick({ cropRatio: 16 / 9 }).config.crop).toEqual({ ratio: 16 / 9 });
    expect(pick({ cropRatio: '1.5' }).config.crop).toEqual({ ratio: 1.5 });
    expect(pick({ cropRatio: '4/3' }).config.crop).toEqual({ ratio: 4 / 3 });
    expect(pick({ cropRatio: '16:9' })).toMatchObject({ config: { crop: { ratio: 16 / 9 } }, warnings: [] });
    expect(pick({ cropRatio: ' 4 : 3 ' }).config.crop).toEqual({ ratio: 4 / 3 });
    expect(pick({ cropRatio: 1 }).config.crop).toEqual({ ratio: 1 });
  });

  it.each([[0], [-1], ['0/3'], ['4/0'], ['wide'], ['4/3/2'], ['16:9:1'], [{}]])('cropRatio rejects %p', (bad) => {
    expect(validationError(() => pick({ cropRatio: bad }), 'cropRatio')).toMatch(/^filepicker: `cropRatio` must be a number greater than 0 \(like 4\/3, "16:9" or 1\.5\), got /);
  });

  it('cropDim, cropMax, cropMin take two positive numbers (no nulls)', () => {
    expect(pick({ cropDim: ['800', '600'], cropMax: '800,600', cropMin: [400, 300] }).config.crop).toEqual({ dim: [800, 600], max: [800, 600], min: [400, 300] });
    ['cropDim', 'cropMax', 'cropMin'].forEach((key) => {
      const o: Record<string, unknown> = {};
      o[key] = [800, null];
      expect(validationError(() => pick(o), key)).toBe('filepicker: `' + key + '` must be a [width, height] pair of positive numbers, got [800,null] (array)');
    });
  });

  it('cropForce is a boolean', () => {
    expect(pick({ cropForce: 'false' }).config.crop).toEqual({ force: false });
    expect(pick({ cropForce: 'always' })).toMatchObject({ config: { crop: { force: true } }, warnings: [{ option: 'cropForce', message: 'filepicker: `cropForce` should be true or false, got "always" (string); taken as true' }] });
  });

  it('the crop and image groups are absent when no key of theirs is given', () => {
    const c = pick({}).config;
    expect(c.crop).toBeUndefined();
    expect(c.image).toBeUndefined();
  });
});

describe('conversions', () => {
  it('keeps a subset of crop/rotate/filter, any case, comma list or array, without duplicates', () => {
    expect(pick({ conversions: ['rotate'] }).config.conversions).toEqual(['rotate']);
    expect(pick({ conversions: 'Crop, FILTER,crop' }).config.conversions).toEqual(['crop', 'filter']);
    expect(pick({ conversions: [] }).config.conversions).toEqual([]);
  });

  it('leaves out other names with one warning, as v2 filtered them', () => {
    expect(pick({ conversions: ['crop', 'resize', 'Sepia'] })).toMatchObject({
      config: { conversions: ['crop'] },
      warnings: [{ option: 'conversions', message: 'filepicker: `conversions` takes "crop", "rotate" and "filter"; left out: resize, Sepia' }],
    });
    expect(pick({ conversions: 'resize' }).config.conversions).toEqual([]);
    expect(validationError(() => pick({ conversions: 5 }), 'conversions')).toMatch(/must be a string or a list of strings, got 5 \(number\)$/);
  });
});

describe('webcam', () => {
  it('takes videoRes, videoLen, audioLen and webcamDim inside `webcam`', () => {
    expect(pick({ webcam: { videoRes: '320x240', videoLen: '5400', audioLen: 1, webcamDim: ['1280', '720'] } }).config.webcam).toEqual({
      videoRes: '320x240',
      videoLen: 5400,
      audioLen: 1,
      dim: [1280, 720],
    });
  });

  it('an empty `webcam: {}` (what widgets send) leaves the group unset', () => {
    expect(pick({ webcam: {} })).toEqual(pick({}));
  });

  it('webcamDim may also be top-level; inside `webcam` wins; a "w,h" string is accepted (v2 crashed on it)', () => {
    expect(pick({ webcamDim: [640, 480] }).config.webcam).toEqual({ dim: [640, 480] });
    expect(pick({ webcamDim: [640, 480], webcam: { webcamDim: [1280, 720] } }).config.webcam).toEqual({ dim: [1280, 720] });
    expect(pick({ webcam: { webcamDim: '1280,720', videoRes: '1280X720' } }).config.webcam).toEqual({ dim: [1280, 720], videoRes: '1280x720' });
  });

  it.each([['1920x1080'], ['640'], [640], ['']])('videoRes %p (v2 passed it on) is left out with one warning: the default is used', (bad) => {
    const t = pick({ webcam: { videoRes: bad } });
    expect(t.config.webcam).toBeUndefined();
    expect(t.warnings).toEqual([{ option: 'webcam.videoRes', message: expect.stringMatching(/^filepicker: `webcam.videoRes` should be one of "320x240", "640x480", "1280x720", got .*; the default \(640x480\) is used$/) }]);
  });

  it.each([[5401], [0], ['2h'], [-3]])('videoLen and audioLen reject %p', (bad) => {
    expect(validationError(() => pick({ webcam: { videoLen: bad } }), 'webcam.videoLen')).toMatch(/^filepicker: `webcam.videoLen` must be a number of seconds from 1 to 5400, got /);
    expect(validationError(() => pick({ webcam: { audioLen: bad } }), 'webcam.audioLen')).toMatch(/^filepicker: `webcam.audioLen` must be a number of seconds from 1 to 5400, got /);
  });

  it('rejects a bad webcamDim and a webcam that is not an object', () => {
    expect(validationError(() => pick({ webcamDim: [1280, null] }), 'webcamDim')).toMatch(/pair of positive numbers/);
    expect(validationError(() => pick({ webcam: { webcamDim: [0, 1] } }), 'webcam.webcamDim')).toMatch(/pair of positive numbers/);
    expect(validationError(() => pick({ webcam: '1280x720' }), 'webcam')).toBe('filepicker: `webcam` must be an object like {videoRes: "640x480", videoLen: 120}, got "1280x720" (string)');
  });

  it('warns about unknown keys inside webcam, with a hint', () => {
    const t = pick({ webcam: { videores: '640x480', audioLength: 5 } });
    expect(t.warnings).toEqual([
      { option: 'webcam.videores', message: 'filepicker: unknown webcam option `videores` is ignored; did you mean `videoRes`?' },
      { option: 'webcam.audioLength', message: 'filepicker: unknown webcam option `audioLength` is ignored; did you mean `audioLen`?' },
    ]);
  });
});
