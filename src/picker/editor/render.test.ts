import { drawCropOverlay } from './render';

/** A 2D context that records the rectangles filled after the dimming (the handles). */
function recorder() {
  const fills: number[][] = [];
  const ctx = { fillStyle: '', strokeStyle: '', lineWidth: 1, fillRect: (...r: number[]) => fills.push(r), strokeRect: () => undefined };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, fills };
}

describe('the crop overlay', () => {
  test('handles are drawn inside the crop area, whole even when the area is the whole image, and 4 px thick', () => {
    const { ctx, fills } = recorder();
    // the crop covers the whole 400×300 preview: handles at the canvas edge must still be inside it
    drawCropOverlay(ctx, { x: 0, y: 0, width: 400, height: 300 }, 1, { width: 400, height: 300 }, true, true);
    const handles = fills.slice(4);
    expect(handles.length).toBe(24); // 12 bars, each with its dark edge
    for (const [x, y, w, h] of handles) {
      expect(x).toBeGreaterThanOrEqual(-1);
      expect(y).toBeGreaterThanOrEqual(-1);
      expect(x + w).toBeLessThanOrEqual(401);
      expect(y + h).toBeLessThanOrEqual(301);
    }
    const white = handles.slice(12);
    expect(white.every(([, , w, h]) => Math.min(w, h) === 4 && Math.max(w, h) === 20)).toBe(true);
  });

  test('a fixed-size area has no handles', () => {
    const { ctx, fills } = recorder();
    drawCropOverlay(ctx, { x: 10, y: 10, width: 100, height: 80 }, 1, { width: 400, height: 300 }, false, false);
    expect(fills.length).toBe(4);
  });
});
