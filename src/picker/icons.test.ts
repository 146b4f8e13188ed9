import { fileIcon, fileKind, sourceIcon } from './icons';
import { CLOUDS } from './services';
import { canThumbnail, makeThumbnail } from './thumbnail';

describe('icons', () => {
  test('file-type icons are decorative SVG built from DOM nodes, labelled by kind', () => {
    const icon = fileIcon(document, 'application/pdf', 'report.pdf');
    expect(icon.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(icon.getAttribute('aria-hidden')).toBe('true');
    expect(icon.querySelector('text')!.textContent).toBe('PDF');
    expect(fileKind('image/png', 'a.png')).toEqual({ label: 'PNG', color: '#8250df' });
    expect(fileKind('text/plain; charset=utf-8', 'notes')).toEqual({ label: 'TXT', color: '#0969da' });
    expect(fileKind('', 'archive.bin').label).toBe('BIN');
    expect(fileKind('', '').label).toBe('FILE');
    // a name is user data: it only ever becomes text
    expect(fileIcon(document, '', 'x.<b>').querySelector('b')).toBeNull();
  });

  test('every source of the navigation has an icon; an unknown one a folder', () => {
    for (const s of ['COMPUTER', 'URL', 'WEBCAM', 'VIDEO', 'AUDIO', 'CUSTOMSOURCE', 'OTHER']) {
      const icon = sourceIcon(document, s);
      expect(icon.getAttribute('class')).toBe('fp-source-icon');
      expect(icon.querySelectorAll('path').length).toBeGreaterThan(0);
    }
  });

  test('each cloud source has its own outline, stroked in the text colour; GDRIVE is drawn as GOOGLE_DRIVE', () => {
    const drawing = (s: string): string => Array.prototype.map.call(sourceIcon(document, s).querySelectorAll('path'), (p: Element) => p.getAttribute('d')).join('|');
    const seen: { [d: string]: string } = { [drawing('OTHER')]: 'folder', [drawing('CUSTOMSOURCE')]: 'CUSTOMSOURCE' };
    for (const s of Object.keys(CLOUDS)) {
      if (s === 'GDRIVE') continue;
      const d = drawing(s);
      expect([s, seen[d]]).toEqual([s, undefined]);
      seen[d] = s;
      const icon = sourceIcon(document, s);
      expect(icon.getAttribute('viewBox')).toBe('0 0 24 24');
      for (const path of Array.prototype.slice.call(icon.querySelectorAll('path')) as Element[]) {
        expect([path.getAttribute('fill'), path.getAttribute('stroke')]).toEqual(['none', 'currentColor']);
        // every coordinate stays inside the 24×24 box
        for (const n of (path.getAttribute('d') || '').match(/-?\d*\.?\d+/g) || []) expect(Math.abs(Number(n))).toBeLessThanOrEqual(24);
      }
    }
    expect(drawing('GDRIVE')).toBe(drawing('GOOGLE_DRIVE'));
  });
});

describe('thumbnails', () => {
  const png = new Blob([new Uint8Array(10)], { type: 'image/png' });
  const win = window as unknown as { createImageBitmap?: unknown };

  afterEach(() => {
    delete win.createImageBitmap;
    jest.restoreAllMocks();
  });

  test('without createImageBitmap, or for a file it should not decode, the icon stays', async () => {
    expect(canThumbnail(window, png)).toBe(false);
    win.createImageBitmap = jest.fn();
    expect(canThumbnail(window, png)).toBe(true);
    expect(canThumbnail(window, new Blob(['<svg/>'], { type: 'image/svg+xml' }))).toBe(false);
    expect(canThumbnail(window, new Blob([], { type: 'image/png' }))).toBe(false);
  });

  test('the browser downscales while decoding; the centre square is drawn into a canvas (no blob: image)', async () => {
    const close = jest.fn();
    const create = jest.fn(() => Promise.resolve({ width: 64, height: 40, close }));
    win.createImageBitmap = create;
    const drawImage = jest.fn();
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation((() => ({ drawImage })) as never);
    const shown: HTMLCanvasElement[] = [];
    await makeThumbnail(document, png, () => true, (c) => shown.push(c));
    expect(create).toHaveBeenCalledWith(png, { resizeWidth: 64, resizeQuality: 'medium' });
    expect(shown).toHaveLength(1);
    expect([shown[0].width, shown[0].height]).toEqual([64, 64]);
    expect(drawImage.mock.calls[0].slice(1)).toEqual([12, 0, 40, 40, 0, 0, 64, 64]);
    expect(close).toHaveBeenCalled();
    // a row removed meanwhile gets nothing; a file that cannot be decoded keeps its icon, without an error
    await makeThumbnail(document, png, () => false, (c) => shown.push(c));
    create.mockImplementationOnce(() => Promise.reject(new Error('bad image')));
    await makeThumbnail(document, png, () => true, (c) => shown.push(c));
    expect(shown).toHaveLength(1);
  });
});
