import { checkConvertParameters, paramsFromConvertUrl } from './convertParams';

function textOf(fn: () => void): string | undefined {
  try {
    fn();
  } catch (e) {
    return (e as { text?: string }).text;
  }
  return undefined;
}

describe('checkConvertParameters (v2 texts)', () => {
  test('accepts every documented type', () => {
    expect(() => checkConvertParameters({ width: 1, height: 2, crop: [1, 2, 3, 4], rotate: 'exif', exif: true, crop_first: false, fit: 'crop', format: 'png', quality: 80, storeAccess: 'private', policy: 'p', signature: 's' })).not.toThrow();
    expect(() => checkConvertParameters({ crop: '1,2,3,4', rotate: 90, exif: 'true' })).not.toThrow();
  });

  test.each([
    [{ width: '100' }, 'Conversion parameter width is not the right type: 100. Should be a number'],
    [{ crop: 5 }, 'Conversion parameter crop is not the right type: 5. Should be a string or array'],
    [{ rotate: true }, 'Conversion parameter rotate is not the right type: true. Should be a string or number'],
    [{ height: null }, 'Conversion parameter height is not the right type: null. Should be a number'],
    [{ width: undefined }, 'Conversion parameter width is not the right type: undefined. Should be a number'],
    [{ crop_first: 'true' }, 'Conversion parameter crop_first is not the right type: true. Should be a boolean'],
    [{ fit: {} }, 'Conversion parameter fit is not the right type: [object Object]. Should be a string'],
    [{ w: 100 }, 'Conversion parameter w is not a valid parameter.'],
    [{ width: 1, bogus: 1, height: 'x' }, 'Conversion parameter bogus is not a valid parameter.'],
  ])('%j throws "%s"', (opts, text) => {
    expect(textOf(() => checkConvertParameters(opts as Parameters<typeof checkConvertParameters>[0]))).toBe(text);
  });
});

test('paramsFromConvertUrl maps w/h, numbers, booleans, and crop implies crop_first', () => {
  expect(paramsFromConvertUrl('http://h/api/file/a/convert?w=50&h=60&crop=1%2C2%2C3%2C4&format=png')).toEqual({ width: 50, height: 60, crop: '1,2,3,4', format: 'png', crop_first: true });
  expect(paramsFromConvertUrl('http://h/api/file/a/convert?crop=1,2,3,4&crop_first=false&compress=true')).toEqual({ crop: '1,2,3,4', crop_first: false, compress: true });
  expect(paramsFromConvertUrl('http://h/api/file/a?w=50')).toEqual({});
});
