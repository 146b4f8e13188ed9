/**
 * Blur and sharpen on RGBA pixels (ImageData's layout), as pure functions so they are testable and behave the same in
 * every browser (CanvasRenderingContext2D.filter is missing in Safari). Alpha is left as it is.
 */

export interface Pixels {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** One pass of a box blur of `radius` along one axis, from `src` into `dst` (edges repeat the border pixel). */
function boxPass(src: Uint8ClampedArray, dst: Uint8ClampedArray, width: number, height: number, radius: number, horizontal: boolean): void {
  const lines = horizontal ? height : width;
  const len = horizontal ? width : height;
  const span = 2 * radius + 1;
  for (let line = 0; line < lines; line++) {
    const index = (i: number): number => {
      const k = i < 0 ? 0 : i >= len ? len - 1 : i;
      return (horizontal ? line * width + k : k * width + line) * 4;
    };
    for (let c = 0; c < 3; c++) {
      let sum = 0;
      for (let i = -radius; i <= radius; i++) sum += src[index(i) + c];
      for (let i = 0; i < len; i++) {
        dst[index(i) + c] = Math.round(sum / span);
        sum += src[index(i + radius + 1) + c] - src[index(i - radius) + c];
      }
    }
    for (let i = 0; i < len; i++) dst[index(i) + 3] = src[index(i) + 3];
  }
}

/** A box blur of `radius` pixels (horizontal then vertical pass). Returns new pixels. */
export function blur(p: Pixels, radius: number): Uint8ClampedArray {
  const r = Math.max(1, Math.round(radius));
  const tmp = new Uint8ClampedArray(p.data.length);
  const out = new Uint8ClampedArray(p.data.length);
  boxPass(p.data, tmp, p.width, p.height, r, true);
  boxPass(tmp, out, p.width, p.height, r, false);
  return out;
}

/** Sharpens with the 3×3 kernel [0 -a 0; -a 1+4a -a; 0 -a 0] (`amount` = a). Returns new pixels. */
export function sharpen(p: Pixels, amount: number): Uint8ClampedArray {
  const { data, width, height } = p;
  const out = new Uint8ClampedArray(data.length);
  const a = amount;
  const at = (x: number, y: number): number => ((y < 0 ? 0 : y >= height ? height - 1 : y) * width + (x < 0 ? 0 : x >= width ? width - 1 : x)) * 4;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const n = at(x, y - 1);
      const s = at(x, y + 1);
      const w = at(x - 1, y);
      const e = at(x + 1, y);
      for (let c = 0; c < 3; c++) out[i + c] = (1 + 4 * a) * data[i + c] - a * (data[n + c] + data[s + c] + data[w + c] + data[e + c]);
      out[i + 3] = data[i + 3];
    }
  }
  return out;
}

/** The blur radius for an image: about 0.5% of its longer side, at least 1 pixel. */
export function blurRadius(width: number, height: number): number {
  return Math.max(1, Math.round(Math.max(width, height) / 200));
}

/** Applies a named filter; `none` returns the pixels unchanged. */
export function applyFilter(p: Pixels, filter: 'none' | 'blur' | 'sharpen'): Uint8ClampedArray {
  if (filter === 'blur') return blur(p, blurRadius(p.width, p.height));
  if (filter === 'sharpen') return sharpen(p, 1);
  return p.data;
}
