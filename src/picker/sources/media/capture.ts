import { photoGeometry } from './limits';

/** JPEG quality of webcam photos (imageQuality, when set, is applied later like for local images). */
const JPEG_QUALITY = 0.92;

/**
 * Resolves once `video` shows a frame (the preview may still be starting when Take photo is pressed); rejects after
 * `timeoutMs` without one.
 */
export function whenFrame(video: HTMLVideoElement, timeoutMs: number, setTimer: (fn: () => void, ms: number) => number, clearTimer: (id: number) => void): Promise<void> {
  const ready = (): boolean => video.videoWidth > 0 && video.readyState >= 2;
  if (ready()) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const events = ['loadeddata', 'playing', 'resize'];
    let timer = 0;
    function finish(): void {
      if (!ready() && timer) return;
      for (let i = 0; i < events.length; i++) video.removeEventListener(events[i], check);
      clearTimer(timer);
      if (ready()) resolve();
      else reject(new Error('filepicker: the camera gave no picture'));
    }
    function check(): void {
      if (ready()) finish();
    }
    for (let i = 0; i < events.length; i++) video.addEventListener(events[i], check);
    timer = setTimer(() => {
      timer = 0;
      finish();
    }, timeoutMs);
  });
}

/** Draws the current frame of `video` on `canvas` at the size of `dim` (see photoGeometry). */
export function drawFrame(video: HTMLVideoElement, canvas: HTMLCanvasElement, dim?: [number, number]): boolean {
  const g = photoGeometry(video.videoWidth, video.videoHeight, dim);
  if (!(g.width > 0) || !(g.height > 0)) return false;
  canvas.width = g.width;
  canvas.height = g.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return false;
  ctx.drawImage(video, g.sx, g.sy, g.sw, g.sh, 0, 0, g.width, g.height);
  return true;
}

function dataUrlToBlob(url: string, type: string): Blob {
  const data = atob(url.slice(url.indexOf(',') + 1));
  const bytes = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) bytes[i] = data.charCodeAt(i);
  return new Blob([bytes], { type });
}

/** The canvas as a JPEG Blob. */
export function canvasToJpeg(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise<Blob>((resolve, reject) => {
    if (typeof canvas.toBlob === 'function') {
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('filepicker: the webcam photo could not be encoded as JPEG'))), 'image/jpeg', JPEG_QUALITY);
    } else {
      resolve(dataUrlToBlob(canvas.toDataURL('image/jpeg', JPEG_QUALITY), 'image/jpeg'));
    }
  });
}

/** A named file from recorded data (a Blob with `name` where the File constructor is missing). */
export function toFile(blob: Blob, name: string, type: string, win: Window): File {
  const F = (win as unknown as { File?: typeof File }).File;
  try {
    if (typeof F === 'function') return new F([blob], name, { type, lastModified: new Date().getTime() });
  } catch (_e) {
    // old engines have File without a constructor
  }
  const b = blob.type === type ? blob : blob.slice(0, blob.size, type);
  (b as Blob & { name: string }).name = name;
  return b as File;
}
