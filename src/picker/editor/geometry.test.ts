import { allowsWhole, constrain, coversImage, drawTransform, hitTest, initialCrop, keepInside, limitsFor, moveRect, Rect, resizeRect, rotatedSize, rotateRect, Size, widthRange } from './geometry';

const IMG: Size = { width: 800, height: 600 };

function inside(r: Rect, img: Size): boolean {
  return r.x >= 0 && r.y >= 0 && r.x + r.width <= img.width && r.y + r.height <= img.height;
}

describe('limitsFor', () => {
  it('defaults to the whole image, 1 pixel minimum, no ratio', () => {
    expect(limitsFor(undefined, IMG)).toEqual({ fixed: false, minWidth: 1, minHeight: 1, maxWidth: 800, maxHeight: 600 });
  });
  it('cropDim is a fixed size; larger than the image it fills the image on that side', () => {
    expect(limitsFor({ dim: [200, 100] }, IMG)).toEqual({ fixed: true, minWidth: 200, minHeight: 100, maxWidth: 200, maxHeight: 100 });
    expect(limitsFor({ dim: [1000, 100] }, IMG)).toEqual({ fixed: true, minWidth: 800, minHeight: 100, maxWidth: 800, maxHeight: 100 });
  });
  it('cropMax larger than the image is not applied; cropMin never exceeds the maximum', () => {
    expect(limitsFor({ max: [2000, 300] }, IMG)).toMatchObject({ maxWidth: 800, maxHeight: 300 });
    expect(limitsFor({ min: [900, 400], max: [500, 300] }, IMG)).toMatchObject({ minWidth: 500, minHeight: 300, maxWidth: 500, maxHeight: 300 });
  });
  it('keeps a valid ratio and drops a nonsense one', () => {
    expect(limitsFor({ ratio: 4 / 3 }, IMG).ratio).toBeCloseTo(1.3333);
    expect(limitsFor({ ratio: 0 }, IMG).ratio).toBeUndefined();
    expect(limitsFor({ ratio: Infinity }, IMG).ratio).toBeUndefined();
  });
});

describe('widthRange', () => {
  it('combines min/max of both sides through the ratio', () => {
    const lim = limitsFor({ min: [100, 100], max: [600, 300] }, IMG);
    expect(widthRange(lim, 2)).toEqual([200, 600]);
    expect(widthRange(lim, 1)).toEqual([100, 300]);
  });
  it('lets the maximum win when min and max conflict at that ratio', () => {
    const lim = limitsFor({ min: [500, 10], max: [800, 100] }, IMG);
    expect(widthRange(lim, 1)).toEqual([100, 100]);
  });
});

describe('initialCrop', () => {
  it('is inset 10 % from every edge without rules, so every handle lies inside the image', () => {
    const r = initialCrop(limitsFor(undefined, IMG), IMG);
    expect(r).toEqual({ x: 80, y: 60, width: 640, height: 480 });
    expect(hitTest(r, 80, 60, 5, false)).toBe('nw');
    expect(hitTest(r, 720, 540, 5, false)).toBe('se');
  });
  it('is the largest centred rectangle of the ratio within the inset', () => {
    expect(initialCrop(limitsFor({ ratio: 1 }, IMG), IMG)).toEqual({ x: 160, y: 60, width: 480, height: 480 });
    expect(initialCrop(limitsFor({ ratio: 16 / 9 }, IMG), IMG)).toEqual({ x: 80, y: 120, width: 640, height: 360 });
  });
  it('is the fixed size, centred, for cropDim (even when it fills the image)', () => {
    expect(initialCrop(limitsFor({ dim: [200, 100] }, IMG), IMG)).toEqual({ x: 300, y: 250, width: 200, height: 100 });
    expect(initialCrop(limitsFor({ dim: [900, 100] }, IMG), IMG)).toEqual({ x: 0, y: 250, width: 800, height: 100 });
  });
  it('honours cropMax with a ratio; cropMin wins over the inset', () => {
    expect(initialCrop(limitsFor({ ratio: 2, max: [300, 300] }, IMG), IMG)).toEqual({ x: 250, y: 225, width: 300, height: 150 });
    expect(initialCrop(limitsFor({ min: [780, 590] }, IMG), IMG)).toEqual({ x: 10, y: 5, width: 780, height: 590 });
  });
  it('stays at least 1 pixel on a tiny image', () => {
    expect(initialCrop(limitsFor(undefined, { width: 1, height: 1 }), { width: 1, height: 1 })).toEqual({ x: 0, y: 0, width: 1, height: 1 });
  });
});

describe('allowsWhole', () => {
  it('is true when the whole image obeys the limits', () => {
    expect(allowsWhole(limitsFor(undefined, IMG), IMG)).toBe(true);
    expect(allowsWhole(limitsFor({ min: [100, 100], max: [900, 900] }, IMG), IMG)).toBe(true);
    expect(allowsWhole(limitsFor({ ratio: 4 / 3 }, IMG), IMG)).toBe(true);
    expect(allowsWhole(limitsFor({ dim: [900, 700] }, IMG), IMG)).toBe(true);
  });
  it('is false for another ratio, a smaller cropMax or cropDim', () => {
    expect(allowsWhole(limitsFor({ ratio: 1 }, IMG), IMG)).toBe(false);
    expect(allowsWhole(limitsFor({ max: [800, 599] }, IMG), IMG)).toBe(false);
    expect(allowsWhole(limitsFor({ dim: [200, 100] }, IMG), IMG)).toBe(false);
  });
});

describe('keepInside / moveRect', () => {
  it('stops at every edge', () => {
    const r = { x: 10, y: 10, width: 100, height: 50 };
    expect(moveRect(r, -50, -50, IMG)).toEqual({ x: 0, y: 0, width: 100, height: 50 });
    expect(moveRect(r, 5000, 5000, IMG)).toEqual({ x: 700, y: 550, width: 100, height: 50 });
    expect(moveRect(r, 7, 3, IMG)).toEqual({ x: 17, y: 13, width: 100, height: 50 });
  });
  it('shrinks a rectangle larger than the image to the image', () => {
    expect(keepInside({ x: -5, y: 3, width: 900, height: 700 }, IMG)).toEqual({ x: 0, y: 0, width: 800, height: 600 });
  });
});

describe('resizeRect', () => {
  const free = limitsFor(undefined, IMG);
  const r = { x: 100, y: 100, width: 200, height: 100 };
  it('moves only the dragged side or corner', () => {
    expect(resizeRect(r, 'e', 50, 999, free, IMG)).toEqual({ x: 100, y: 100, width: 250, height: 100 });
    expect(resizeRect(r, 'w', -50, 0, free, IMG)).toEqual({ x: 50, y: 100, width: 250, height: 100 });
    expect(resizeRect(r, 'n', 0, 20, free, IMG)).toEqual({ x: 100, y: 120, width: 200, height: 80 });
    expect(resizeRect(r, 'se', 10, 20, free, IMG)).toEqual({ x: 100, y: 100, width: 210, height: 120 });
    expect(resizeRect(r, 'nw', 10, 10, free, IMG)).toEqual({ x: 110, y: 110, width: 190, height: 90 });
  });
  it('stops at the image edge and at 1 pixel', () => {
    expect(resizeRect(r, 'e', 5000, 0, free, IMG)).toEqual({ x: 100, y: 100, width: 700, height: 100 });
    expect(resizeRect(r, 'w', -5000, 0, free, IMG)).toEqual({ x: 0, y: 100, width: 300, height: 100 });
    expect(resizeRect(r, 'e', -5000, 0, free, IMG)).toEqual({ x: 100, y: 100, width: 1, height: 100 });
  });
  it('honours cropMin and cropMax', () => {
    const lim = limitsFor({ min: [150, 80], max: [250, 120] }, IMG);
    expect(resizeRect(r, 'se', -500, -500, lim, IMG)).toEqual({ x: 100, y: 100, width: 150, height: 80 });
    expect(resizeRect(r, 'se', 500, 500, lim, IMG)).toEqual({ x: 100, y: 100, width: 250, height: 120 });
  });
  it('keeps the ratio: a corner follows the larger movement, a side keeps the other axis centred', () => {
    const lim = limitsFor({ ratio: 2 }, IMG);
    expect(resizeRect(r, 'se', 100, 10, lim, IMG)).toEqual({ x: 100, y: 100, width: 300, height: 150 });
    expect(resizeRect(r, 'se', 0, 50, lim, IMG)).toEqual({ x: 100, y: 100, width: 300, height: 150 });
    expect(resizeRect(r, 's', 0, 50, lim, IMG)).toEqual({ x: 50, y: 100, width: 300, height: 150 });
    expect(resizeRect(r, 'e', 100, 0, lim, IMG)).toEqual({ x: 100, y: 75, width: 300, height: 150 });
  });
  it('with a ratio, stops where either side meets the image edge', () => {
    const lim = limitsFor({ ratio: 1 }, IMG);
    const sq = { x: 100, y: 400, width: 100, height: 100 };
    const out = resizeRect(sq, 'se', 1000, 1000, lim, IMG);
    expect(out).toEqual({ x: 100, y: 400, width: 200, height: 200 });
    expect(inside(out, IMG)).toBe(true);
  });
  it('with a ratio and min/max, stays within both', () => {
    const lim = limitsFor({ ratio: 4 / 3, min: [200, 0], max: [400, 400] }, IMG);
    const start = initialCrop(lim, IMG);
    expect(start).toEqual({ x: 200, y: 150, width: 400, height: 300 });
    const small = resizeRect(start, 'nw', 1000, 1000, lim, IMG);
    expect(small.width).toBe(200);
    expect(small.height).toBe(150);
    expect(small.x + small.width).toBe(600);
  });
  it('does nothing with a fixed size', () => {
    const lim = limitsFor({ dim: [200, 100] }, IMG);
    expect(resizeRect(r, 'se', 50, 50, lim, IMG)).toBe(r);
  });
  it('always returns whole pixels inside the image', () => {
    const lim = limitsFor({ ratio: 1.37, min: [33, 20] }, IMG);
    let cur = initialCrop(lim, IMG);
    const handles = ['n', 'e', 's', 'w', 'ne', 'se', 'sw', 'nw'] as const;
    for (let i = 0; i < 200; i++) {
      cur = resizeRect(cur, handles[i % 8], ((i * 37) % 90) - 45, ((i * 53) % 70) - 35, lim, IMG);
      expect(inside(cur, IMG)).toBe(true);
      expect(Number.isInteger(cur.x) && Number.isInteger(cur.width) && Number.isInteger(cur.height)).toBe(true);
      expect(Math.abs(cur.width / cur.height - 1.37)).toBeLessThan(0.05);
    }
  });
});

describe('constrain', () => {
  it('shrinks the longer side to the ratio, keeping the centre', () => {
    expect(constrain({ x: 0, y: 0, width: 400, height: 100 }, limitsFor({ ratio: 1 }, IMG), IMG)).toEqual({ x: 150, y: 0, width: 100, height: 100 });
  });
  it('replaces the size with a fixed one and moves it inside', () => {
    expect(constrain({ x: 790, y: 590, width: 5, height: 5 }, limitsFor({ dim: [100, 50] }, IMG), IMG)).toEqual({ x: 700, y: 550, width: 100, height: 50 });
  });
});

describe('hitTest', () => {
  const r = { x: 100, y: 100, width: 200, height: 100 };
  it('finds corners, sides, the inside and the outside', () => {
    expect(hitTest(r, 100, 100, 5, false)).toBe('nw');
    expect(hitTest(r, 302, 199, 5, false)).toBe('se');
    expect(hitTest(r, 200, 98, 5, false)).toBe('n');
    expect(hitTest(r, 200, 150, 5, false)).toBe('move');
    expect(hitTest(r, 50, 150, 5, false)).toBeNull();
  });
  it('only moves a fixed size', () => {
    expect(hitTest(r, 100, 100, 5, true)).toBe('move');
  });
});

describe('rotation', () => {
  it('swaps the sides for odd turns', () => {
    expect(rotatedSize(IMG, 1)).toEqual({ width: 600, height: 800 });
    expect(rotatedSize(IMG, 2)).toEqual(IMG);
    expect(rotatedSize(IMG, -1)).toEqual({ width: 600, height: 800 });
  });
  it('maps a rectangle through a quarter turn and back', () => {
    const r = { x: 10, y: 20, width: 100, height: 50 };
    const cw = rotateRect(r, IMG, 1);
    expect(cw).toEqual({ x: 600 - 20 - 50, y: 10, width: 50, height: 100 });
    expect(rotateRect(cw, rotatedSize(IMG, 1), -1)).toEqual(r);
    const ccw = rotateRect(r, IMG, -1);
    expect(ccw).toEqual({ x: 20, y: 800 - 10 - 100, width: 50, height: 100 });
    expect(rotateRect(ccw, rotatedSize(IMG, -1), 1)).toEqual(r);
  });
  it('the draw transform agrees with rotateRect for every turn', () => {
    const apply = (m: number[], x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
    const pt = { x: 30, y: 40, width: 0, height: 0 };
    let size = IMG;
    let mapped: Rect = pt;
    for (let t = 1; t <= 4; t++) {
      mapped = rotateRect(mapped, size, 1);
      size = rotatedSize(size, 1);
      expect(apply(drawTransform(IMG, t, 1, 0, 0), 30, 40)).toEqual([mapped.x, mapped.y]);
    }
  });
  it('the draw transform scales and offsets', () => {
    const m = drawTransform(IMG, 0, 0.5, 100, 60);
    expect([m[0] * 300 + m[4], m[3] * 160 + m[5]]).toEqual([100, 50]);
  });
});

describe('coversImage', () => {
  it('is true only for the whole image', () => {
    expect(coversImage({ x: 0, y: 0, width: 800, height: 600 }, IMG)).toBe(true);
    expect(coversImage({ x: 0, y: 0, width: 799, height: 600 }, IMG)).toBe(false);
  });
});
