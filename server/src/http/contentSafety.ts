/**
 * Headers of stored user content, so that it cannot run as script in the API's origin: `nosniff` everywhere; types
 * a browser renders passively (images other than SVG, audio, video, PDF, plain text, CSV) stay inline as asked;
 * anything else (HTML, XHTML, SVG, XML, unknown types a browser might sniff as HTML) is an attachment with a
 * `Content-Security-Policy: sandbox`, so even a browser that renders it gives it a unique opaque origin and no script.
 */
import type { ServerResponse } from 'http';

const PASSIVE = /^(image\/(png|jpeg|pjpeg|gif|webp|avif|bmp|x-icon|vnd\.microsoft\.icon|tiff|heic|heif)|audio\/[\w.+-]+|video\/[\w.+-]+|application\/pdf|text\/plain|text\/csv)$/;

/** Whether a media type is safe to render inline from the API's origin. */
export function passiveType(mimetype: string): boolean {
  return PASSIVE.test(mimetype.split(';')[0].trim().toLowerCase());
}

function disposition(kind: string, filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** Sets `X-Content-Type-Options`, `Content-Disposition` and, for active types, the sandbox CSP. */
export function setContentSafety(res: ServerResponse, mimetype: string, filename: string, download: boolean): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  const passive = passiveType(mimetype);
  res.setHeader('Content-Disposition', disposition(download || !passive ? 'attachment' : 'inline', filename));
  if (!passive) res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'");
}
