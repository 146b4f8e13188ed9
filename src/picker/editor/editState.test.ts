import { changesOf, createState, cropRequired, keyCrop, keyStep, limitsOf, outputCrop, rotate, setCrop, setFilter, shownSize, toolsOf, withCrop } from './editState';
import { applyFilter, blur, blurRadius, sharpen } from './filters';

const ALL = toolsOf(['crop', 'rotate', 'filter']);

describe('toolsOf', () => {
  it('defaults to crop only (v2 co=crop)', () => {
    expect(toolsOf(undefined)).toEqual({ crop: true, rotate: false, filter: false });
    expect(toolsOf([])).toEqual({ crop: true, rotate: false, filter: false });
    expect(toolsOf(['rotate', 'filter'])).toEqual({ crop: false, rotate: true, filter: true });
  });
});

describe('edit state', () => {
  it('starts unchanged: the crop area inset from the edges means no crop until it is moved or resized', () => {
    const s = createState({ width: 400, height: 300 }, undefined, ALL);
    expect(s.crop).toEqual({ x: 40, y: 30, width: 320, height: 240 });
    expect(cropRequired(s)).toBe(false);
    expect(outputCrop(s)).toEqual({ x: 0, y: 0, width: 400, height: 300 });
    expect(changesOf(s)).toEqual({ cropped: false, rotated: false, converted: false });
    const turned = rotate(createState({ width: 400, height: 300 }, undefined, ALL), 1);
    expect(outputCrop(turned)).toEqual({ x: 0, y: 0, width: 300, height: 400 });
    expect(changesOf(turned)).toEqual({ cropped: false, rotated: true, converted: true });
  });

  it('a moved or resized area crops; setting the same area again does not count', () => {
    const s = createState({ width: 400, height: 300 }, undefined, ALL);
    expect(withCrop(s, { ...s.crop }).cropTouched).toBe(false);
    const moved = keyCrop(s, 'ArrowLeft', false)!;
    expect(outputCrop(moved)).toEqual({ x: 32, y: 30, width: 320, height: 240 });
    expect(changesOf(moved)).toEqual({ cropped: true, rotated: false, converted: true });
    const resized = setCrop(s, { x: 40, y: 30, width: 300, height: 240 });
    expect(outputCrop(resized)).toEqual({ x: 40, y: 30, width: 300, height: 240 });
    // moved back to where it started: still a crop the user chose
    expect(changesOf(keyCrop(moved, 'ArrowRight', false)!).cropped).toBe(true);
  });

  it('with cropForce, a ratio the image lacks, or a smaller cropMax, the untouched area is the crop', () => {
    const forced = createState({ width: 400, height: 300 }, undefined, ALL, true);
    expect(outputCrop(forced)).toEqual({ x: 40, y: 30, width: 320, height: 240 });
    expect(changesOf(forced).cropped).toBe(true);
    const ratio = createState({ width: 400, height: 300 }, { ratio: 1 }, ALL);
    expect(outputCrop(ratio)).toEqual({ x: 80, y: 30, width: 240, height: 240 });
    const max = createState({ width: 400, height: 300 }, { max: [200, 300] }, ALL);
    expect(outputCrop(max)).toEqual({ x: 100, y: 30, width: 200, height: 240 });
    // an image that already has the ratio may stay whole
    const fits = createState({ width: 400, height: 200 }, { ratio: 2 }, ALL);
    expect(cropRequired(fits)).toBe(false);
    expect(changesOf(fits).cropped).toBe(false);
    // turned, it no longer has the ratio
    expect(cropRequired(rotate(fits, 1))).toBe(true);
  });

  it('arrow keys move by the step; Shift+arrows resize from the top-left corner', () => {
    const s = createState({ width: 500, height: 500 }, { ratio: 1, max: [200, 200] }, ALL);
    expect(keyStep(s)).toBe(10);
    expect(s.crop).toEqual({ x: 150, y: 150, width: 200, height: 200 });
    const moved = keyCrop(s, 'ArrowRight', false)!;
    expect(moved.crop).toEqual({ x: 160, y: 150, width: 200, height: 200 });
    const up = keyCrop(moved, 'ArrowUp', false)!;
    expect(up.crop.y).toBe(140);
    const smaller = keyCrop(up, 'ArrowLeft', true)!;
    expect(smaller.crop).toEqual({ x: 160, y: 140, width: 190, height: 190 });
    const taller = keyCrop(smaller, 'ArrowDown', true)!;
    expect(taller.crop.width).toBe(200);
    expect(keyCrop(s, 'Enter', false)).toBeNull();
    expect(changesOf(moved)).toEqual({ cropped: true, rotated: false, converted: true });
  });

  it('keys do nothing without the crop tool; the crop is then the whole image', () => {
    const s = createState({ width: 400, height: 300 }, { ratio: 1 }, toolsOf(['rotate']));
    expect(s.crop).toEqual({ x: 0, y: 0, width: 400, height: 300 });
    expect(keyCrop(s, 'ArrowLeft', false)).toBeNull();
    const r = rotate(s, 1);
    expect(r.crop).toEqual({ x: 0, y: 0, width: 300, height: 400 });
    expect(changesOf(r)).toEqual({ cropped: false, rotated: true, converted: true });
  });

  it('a fixed cropDim only moves', () => {
    const s = createState({ width: 400, height: 300 }, { dim: [100, 50] }, ALL);
    const r = keyCrop(s, 'ArrowRight', true)!;
    expect(r.crop).toEqual(s.crop);
    expect(keyCrop(s, 'ArrowRight', false)!.crop.x).toBe(158);
  });

  it('rotating turns the crop with the image and keeps the ratio (the crop is re-fitted)', () => {
    const s = createState({ width: 400, height: 200 }, { ratio: 2 }, ALL);
    expect(s.crop).toEqual({ x: 40, y: 20, width: 320, height: 160 });
    const r = rotate(s, 1);
    expect(shownSize(r)).toEqual({ width: 200, height: 400 });
    expect(r.crop.width / r.crop.height).toBe(2);
    expect(r.crop).toEqual({ x: 20, y: 160, width: 160, height: 80 });
    const back = rotate(rotate(r, -1), 1);
    expect(back.turns).toBe(1);
    expect(rotate(rotate(rotate(rotate(s, 1), 1), 1), 1).turns).toBe(0);
  });

  it('rotation and filters are refused when not offered', () => {
    const s = createState({ width: 10, height: 10 }, undefined, toolsOf(['crop']));
    expect(rotate(s, 1)).toBe(s);
    expect(setFilter(s, 'blur')).toBe(s);
    const f = setFilter(createState({ width: 10, height: 10 }, undefined, ALL), 'sharpen');
    expect(f.filter).toBe('sharpen');
    expect(changesOf(f)).toEqual({ cropped: false, rotated: false, converted: true });
  });

  it('setCrop constrains a pointer-made rectangle', () => {
    const s = createState({ width: 400, height: 300 }, { ratio: 1, min: [50, 50] }, ALL);
    expect(setCrop(s, { x: 390, y: 10, width: 10, height: 30 }).crop).toEqual({ x: 350, y: 0, width: 50, height: 50 });
    expect(limitsOf(s).ratio).toBe(1);
  });
});

describe('filters', () => {
  function checker(w: number, h: number): { data: Uint8ClampedArray; width: number; height: number } {
    const data = new Uint8ClampedArray(w * h * 4);
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const i = (y * w + x) * 4;
        const v = (x + y) % 2 ? 190 : 60;
        data[i] = v;
        data[i + 1] = v;
        data[i + 2] = 255 - v;
        data[i + 3] = 200;
      }
    }
    return { data, width: w, height: h };
  }

  it('blur averages neighbours and keeps alpha and a flat image unchanged', () => {
    const p = checker(6, 6);
    const out = blur(p, 1);
    expect(out[(2 * 6 + 2) * 4]).toBeGreaterThan(60);
    expect(out[(2 * 6 + 2) * 4]).toBeLessThan(200);
    expect(out[3]).toBe(200);
    const flat = { data: new Uint8ClampedArray(4 * 9).fill(77), width: 3, height: 3 };
    expect(Array.prototype.slice.call(blur(flat, 2))).toEqual(Array.prototype.slice.call(flat.data));
  });

  it('sharpen increases contrast at an edge and leaves a flat image alone', () => {
    const data = new Uint8ClampedArray(4 * 4);
    [100, 100, 150, 150].forEach((v, i) => {
      data[i * 4] = v;
      data[i * 4 + 1] = v;
      data[i * 4 + 2] = v;
      data[i * 4 + 3] = 255;
    });
    const out = sharpen({ data, width: 4, height: 1 }, 1);
    expect(out[4]).toBeLessThan(100);
    expect(out[8]).toBeGreaterThan(150);
    expect(out[0]).toBe(100);
    const flat = { data: new Uint8ClampedArray(16).fill(90), width: 2, height: 2 };
    expect(Array.prototype.slice.call(sharpen(flat, 1))).toEqual(Array.prototype.slice.call(flat.data));
  });

  it('applyFilter: none is the identity, blur and sharpen really change a textured image', () => {
    const p = checker(8, 8);
    expect(applyFilter(p, 'none')).toBe(p.data);
    const differs = (a: Uint8ClampedArray): number => {
      let n = 0;
      for (let i = 0; i < a.length; i++) if (a[i] !== p.data[i]) n++;
      return n;
    };
    expect(differs(applyFilter(p, 'blur'))).toBeGreaterThan(100);
    expect(differs(applyFilter(p, 'sharpen'))).toBeGreaterThan(0);
    expect(blurRadius(2000, 100)).toBe(10);
    expect(blurRadius(10, 10)).toBe(1);
  });
});
