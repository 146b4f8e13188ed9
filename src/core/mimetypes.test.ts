import { extensionMatches, fileMimetype, isVagueMimetype, mimetypeMatches, normalizeMimetype } from './mimetypes';

describe('the mimetype matcher', () => {
  test('wildcards: */*, *, */x, image/*', () => {
    expect(mimetypeMatches('image/png', '*/*')).toBe(true);
    expect(mimetypeMatches('image/png', '*')).toBe(true);
    expect(mimetypeMatches('image/png', '*/anything')).toBe(true);
    expect(mimetypeMatches('image/png', 'image/*')).toBe(true);
    expect(mimetypeMatches('image/svg+xml', 'image/*')).toBe(true);
    expect(mimetypeMatches('text/plain', 'image/*')).toBe(false);
    // `image/*` is a top-level type, not a prefix: `imagex/png` is not an image
    expect(mimetypeMatches('imagex/png', 'image/*')).toBe(false);
    expect(mimetypeMatches('image/png', 'image/jpeg')).toBe(false);
    expect(mimetypeMatches('image', 'image/png')).toBe(false);
  });

  test('case and spaces do not matter, on either side', () => {
    expect(mimetypeMatches('Image/PNG', 'image/png')).toBe(true);
    expect(mimetypeMatches('image/png', ' IMAGE/* ')).toBe(true);
    expect(normalizeMimetype('  Text/Plain ')).toBe('text/plain');
  });

  test('parameters such as ; charset= are dropped before comparing', () => {
    expect(mimetypeMatches('text/plain; charset=utf-8', 'text/plain')).toBe(true);
    expect(mimetypeMatches('text/plain;charset=UTF-8', 'text/*')).toBe(true);
    expect(mimetypeMatches('text/plain', 'text/plain; charset=utf-8')).toBe(true);
    expect(mimetypeMatches('text/html; charset=utf-8', 'text/plain')).toBe(false);
    expect(normalizeMimetype('Text/Plain; Charset=UTF-8')).toBe('text/plain');
  });

  test('an unknown (empty) type matches only the match-all patterns', () => {
    expect(mimetypeMatches('', '*/*')).toBe(true);
    expect(mimetypeMatches('', '*')).toBe(true);
    expect(mimetypeMatches('', 'image/*')).toBe(false);
    expect(mimetypeMatches('', '*/png')).toBe(false);
  });

  test('a vague type (octet-stream and the like) matches every pattern', () => {
    expect(isVagueMimetype('Application/Octet-Stream')).toBe(true);
    expect(isVagueMimetype('image/png')).toBe(false);
    expect(mimetypeMatches('application/octet-stream', 'image/*')).toBe(true);
    expect(mimetypeMatches('application/x-download', 'application/pdf')).toBe(true);
  });

  test("a file's type: the browser's unless empty or vague, then a guess from the extension", () => {
    expect(fileMimetype('image/gif', 'a.png')).toBe('image/gif');
    expect(fileMimetype('', 'photo.JPG')).toBe('image/jpeg');
    expect(fileMimetype('application/octet-stream', 'doc.pdf')).toBe('application/pdf');
    expect(fileMimetype('application/octet-stream', 'data.bin')).toBe('');
    expect(fileMimetype('application/octet-stream', 'README')).toBe('application/octet-stream');
    expect(fileMimetype('', 'README')).toBe('');
    expect(fileMimetype(undefined, undefined)).toBe('');
  });
});

describe('the extension matcher', () => {
  test('with or without the dot, without regard to case', () => {
    expect(extensionMatches('a.png', '.png')).toBe(true);
    expect(extensionMatches('a.png', 'png')).toBe(true);
    expect(extensionMatches('A.PNG', '.png')).toBe(true);
    expect(extensionMatches('a.png', '.PNG')).toBe(true);
    expect(extensionMatches('archive.tar.gz', '.tar.gz')).toBe(true);
    expect(extensionMatches('archive.tar.gz', 'gz')).toBe(true);
  });

  test('the dot is part of the match; an empty extension matches nothing', () => {
    expect(extensionMatches('apng', 'png')).toBe(false);
    expect(extensionMatches('a.apng', '.png')).toBe(false);
    expect(extensionMatches('png', '.png')).toBe(false);
    expect(extensionMatches('.png', '.png')).toBe(true);
    expect(extensionMatches('a.png', '')).toBe(false);
    expect(extensionMatches('', '.png')).toBe(false);
    expect(extensionMatches('a.png', ' .png ')).toBe(true);
  });
});
