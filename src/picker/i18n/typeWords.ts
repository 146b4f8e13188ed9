import type { StringKey } from './translator';

/** Groups and types that have a name in every locale. */
const NAMED: { [pattern: string]: StringKey } = {
  'image/*': 'typeImages',
  'video/*': 'typeVideos',
  'audio/*': 'typeAudio',
  'text/*': 'typeText',
  'application/pdf': 'typePdf',
};

/** `image/png` → `PNG`, `image/svg+xml` → `SVG`, `audio/x-wav` → `WAV`: a picture, sound or film format by its short name. */
function formatName(type: string): string | undefined {
  const m = /^(image|video|audio)\/(?:x-)?([a-z0-9.-]+)(?:\+[a-z]+)?$/.exec(type);
  return m ? m[2].toUpperCase() : undefined;
}

/**
 * The accepted types as people say them, for the hint and the type error: `image/*, application/pdf, .docx` becomes
 * "Images, PDF documents, .docx" (translated). Other types and the extensions stay as written.
 */
export function typesInWords(list: string, t: (key: StringKey) => string): string {
  const items = list.split(/\s*,\s*/);
  const out: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i].toLowerCase();
    const key = NAMED[item];
    const words = key ? t(key) : formatName(item) || items[i];
    if (words && out.indexOf(words) < 0) out.push(words);
  }
  return out.join(', ');
}
