import { fail, trim } from './coerce';

/**
 * The v2 `filepicker.services` enum (filepicker-js 2.4.18's numbers, checked by compat-tests/api-surface.test.ts). v2 sent these numbers to its dialog;
 * this version speaks names, so numbers are mapped back to names.
 */
export const V2_SERVICES = {
  COMPUTER: 1,
  DROPBOX: 2,
  FACEBOOK: 3,
  GITHUB: 4,
  GMAIL: 5,
  IMAGE_SEARCH: 6,
  URL: 7,
  WEBCAM: 8,
  GOOGLE_DRIVE: 9,
  SEND_EMAIL: 10,
  INSTAGRAM: 11,
  FLICKR: 12,
  VIDEO: 13,
  EVERNOTE: 14,
  PICASA: 15,
  WEBDAV: 16,
  FTP: 17,
  ALFRESCO: 18,
  BOX: 19,
  SKYDRIVE: 20,
  GDRIVE: 21,
  CUSTOMSOURCE: 22,
  CLOUDDRIVE: 23,
  GENERIC: 24,
  CONVERT: 25,
  AUDIO: 26,
};

export type V2ServiceName = keyof typeof V2_SERVICES;

/**
 * Sources when the page names none: the ones this version implements today, plus CONVERT (the image editor, a
 * capability rather than a tab), which v2's documentation lists as included by default.
 */
export const DEFAULT_SOURCES: string[] = ['COMPUTER', 'URL', 'CONVERT'];

const BY_NUMBER: { [n: string]: string } = {};
(Object.keys(V2_SERVICES) as V2ServiceName[]).forEach((name) => {
  BY_NUMBER[String(V2_SERVICES[name])] = name;
});

/**
 * One service as v2 normalized it (`('' + s).replace(' ', '')`), then upper-cased; an enum number (or its digits)
 * becomes the name. Unknown names (custom sources) pass through upper-cased: the dialog decides what it supports.
 */
export function serviceName(option: string, value: unknown): string {
  if (typeof value !== 'string' && !(typeof value === 'number' && isFinite(value))) {
    return fail(option, 'a service name (like "COMPUTER") or a number of filepicker.services', value);
  }
  const s = trim(('' + value).replace(' ', ''));
  if (!s) return fail(option, 'a service name (like "COMPUTER") or a number of filepicker.services', value);
  if (typeof value === 'number' || /^\d+$/.test(s)) {
    const name = BY_NUMBER[String(Number(s))];
    if (!name) return fail(option, 'a number of filepicker.services (1 to 26)', value);
    return name;
  }
  return s.toUpperCase();
}
