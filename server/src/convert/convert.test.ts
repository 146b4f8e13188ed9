import sharp from 'sharp';
import type { HttpError } from '../http/errors';
import { convertImage, parseConvertParams } from './index';

/** A w×h PNG: left half red, right half blue (so crops and rotations are visible in the pixels). */
async function twoColour(w: number, h: number, format: 'png' | 'jpeg' = 'png'): Promise<Buffer> {
  const half = Math.floor(w / 2);
  const left = await sharp({ create: { width: half, height: h, channels: 3, background: '#ff0000' } }).png().toBuffer();
  const img = sharp({ create: { width: w, height: h, channels: 3, background: '#0000ff' } }).composite([{ input: left, left: 0, top: 0 }]);
  return format === 'png' ? img.png().toBuffer() : img.jpeg({ quality: 95 }).toBuffer();
}

async function info(buf: Buffer): Promise<{ width: number; height: number; format: string }> {
  const m = await sharp(buf).metadata();
  return { width: m.width as number, height: m.height as number, format: m.format as string };
}

async function pixel(buf: Buffer, x: number, y: number): Promise<number[]> {
  const { data, info: i } = await sharp(buf).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const o = (y * i.width + x) * i.channels;
  return [data[o], data[o + 1], data[o + 2]];
}

const isRed = (p: number[]) => p[0] > 200 && p[1] < 60 && p[2] < 60;
const isBlue = (p: number[]) => p[2] > 200 && p[0] < 60 && p[1] < 60;

describe('convertImage', () => {
  let img: Buffer; // 200×100 PNG
  beforeAll(async () => {
    img = await twoColour(200, 100);
  });

  test('fit=clip (default) keeps the aspect ratio inside the box and may enlarge', async () => {
    expect(await info((await convertImage(img, { width: 100, height: 100 })).body)).toEqual({ width: 100, height: 50, format: 'png' });
    expect(await info((await convertImage(img, { width: 400 })).body)).toMatchObject({ width: 400, height: 200 });
  });

  test('fit=max never enlarges', async () => {
    expect(await info((await convertImage(img, { width: 400, height: 400, fit: 'max' })).body)).toMatchObject({ width: 200, height: 100 });
    expect(await info((await convertImage(img, { width: 50, fit: 'max' })).body)).toMatchObject({ width: 50, height: 25 });
  });

  test('fit=scale distorts to the exact box; fit=crop fills it and cuts the rest, honouring align', async () => {
    expect(await info((await convertImage(img, { width: 30, height: 90, fit: 'scale' })).body)).toMatchObject({ width: 30, height: 90 });
    const left = (await convertImage(img, { width: 50, height: 100, fit: 'crop', align: 'left' })).body;
    expect(await info(left)).toMatchObject({ width: 50, height: 100 });
    expect(isRed(await pixel(left, 45, 50))).toBe(true);
    const right = (await convertImage(img, { width: 50, height: 100, fit: 'crop', align: 'right' })).body;
    expect(isBlue(await pixel(right, 5, 50))).toBe(true);
  });

  test('format, quality and mimetype', async () => {
    const hi = await convertImage(img, { format: 'jpg', quality: 95 });
    const lo = await convertImage(img, { format: 'jpg', quality: 5 });
    expect(hi.mimetype).toBe('image/jpeg');
    expect((await info(hi.body)).format).toBe('jpeg');
    expect(lo.body.length).toBeLessThan(hi.body.length);
    const jpeg = await twoColour(40, 20, 'jpeg');
    const same = await convertImage(jpeg, { width: 20 });
    expect(same.mimetype).toBe('image/jpeg');
    const png = await convertImage(jpeg, { format: 'png' });
    expect(png.mimetype).toBe('image/png');
    expect((await info(png.body)).format).toBe('png');
  });

  test('rotate by degrees turns the picture clockwise', async () => {
    const r = (await convertImage(img, { rotate: 90 })).body;
    expect(await info(r)).toMatchObject({ width: 100, height: 200 });
    // red was on the left; after 90° clockwise it is at the top
    expect(isRed(await pixel(r, 50, 10))).toBe(true);
    expect(isBlue(await pixel(r, 50, 190))).toBe(true);
  });

  test('rotate=exif orients by the EXIF tag', async () => {
    const tagged = await sharp(img).withMetadata({ orientation: 6 }).jpeg({ quality: 95 }).toBuffer();
    expect(await info((await convertImage(tagged, {})).body)).toMatchObject({ width: 200, height: 100 });
    const oriented = (await convertImage(tagged, { rotate: 'exif' })).body;
    expect(await info(oriented)).toMatchObject({ width: 100, height: 200 });
  });

  test('crop cuts a region; crop_first decides whether it applies before or after the resize', async () => {
    const c = (await convertImage(img, { crop: { x: 100, y: 0, width: 100, height: 100 } })).body;
    expect(await info(c)).toMatchObject({ width: 100, height: 100 });
    expect(isBlue(await pixel(c, 10, 10))).toBe(true);
    // resize to 100×50 first, then crop 0,0,50,50: the left (red) half of the small image
    const after = (await convertImage(img, { width: 100, crop: { x: 0, y: 0, width: 50, height: 50 } })).body;
    expect(await info(after)).toMatchObject({ width: 50, height: 50 });
    expect(isRed(await pixel(after, 40, 25))).toBe(true);
    // crop the original's right half first, then resize it to 50 wide: all blue, 50×50
    const first = (await convertImage(img, { width: 50, crop: { x: 100, y: 0, width: 100, height: 100 }, crop_first: true })).body;
    expect(await info(first)).toMatchObject({ width: 50, height: 50 });
    expect(isBlue(await pixel(first, 5, 25))).toBe(true);
  });

  test('a crop running past the edge is clipped; one starting outside is a 400', async () => {
    expect(await info((await convertImage(img, { crop: { x: 150, y: 50, width: 500, height: 500 } })).body)).toMatchObject({ width: 50, height: 50 });
    await expect(convertImage(img, { crop: { x: 300, y: 0, width: 10, height: 10 } })).rejects.toMatchObject({ status: 400, message: expect.stringContaining('crop:') });
  });

  test('not an image is a 400; so is an image damaged after its header', async () => {
    await expect(convertImage(Buffer.from('hello, not an image'), { width: 10 })).rejects.toMatchObject({ status: 400, message: expect.stringContaining('not an image') });
    const broken = Buffer.from(img.subarray(0, 60));
    await expect(convertImage(broken, { width: 10 })).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/^file: /) });
  });
});

describe('parseConvertParams', () => {
  test('parses every supported field, with w/h aliases and ignoring non-conversion fields', () => {
    expect(parseConvertParams({ w: '50', h: '60', fit: 'crop', align: 'left,top', format: 'JPEG', quality: '70', rotate: 'exif', crop: '1,2,3,4', crop_first: 'true', compress: 'false', policy: 'p', signature: 's', storeAccess: 'private', _cacheBust: '1' }))
      .toEqual({ width: 50, height: 60, fit: 'crop', align: 'top,left', format: 'jpg', quality: 70, rotate: 'exif', crop: { x: 1, y: 2, width: 3, height: 4 }, crop_first: true, compress: false });
    expect(parseConvertParams({ width: '10', w: '99', rotate: '90' })).toEqual({ width: 10, rotate: 90 });
    expect(parseConvertParams({})).toEqual({});
    expect(parseConvertParams({ align: 'faces' })).toEqual({ align: 'center' });
    expect(parseConvertParams({ align: ' Top, Right ' })).toEqual({ align: 'top,right' });
  });

  test.each([
    [{ width: 'abc' }, /^width: expected a whole number from 1 to 10000, got "abc"$/],
    [{ width: '0' }, /^width:/],
    [{ h: '1.5' }, /^height:/],
    [{ fit: 'stretch' }, /^fit: expected one of clip, crop, scale, max, got "stretch"$/],
    [{ align: 'middle' }, /^align:/],
    [{ format: 'gif' }, /^format: expected jpg or png, got "gif"$/],
    [{ quality: '101' }, /^quality:/],
    [{ rotate: '360' }, /^rotate:/],
    [{ crop: '1,2,3' }, /^crop: expected four whole numbers/],
    [{ crop: '1,2,0,4' }, /^crop \(width\):/],
    [{ crop_first: 'maybe' }, /^crop_first: expected true or false/],
    [{ watermark: 'h' }, /^watermark: this conversion is not supported/],
  ])('%j is a 400 naming the parameter', (fields, re) => {
    let err: HttpError | undefined;
    try {
      parseConvertParams(fields as Record<string, string>);
    } catch (e) {
      err = e as HttpError;
    }
    if (!err) throw new Error('expected a 400');
    expect(err.status).toBe(400);
    expect(err.message).toMatch(re);
  });
});
