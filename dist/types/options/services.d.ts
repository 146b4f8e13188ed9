/**
 * The v2 `filepicker.services` enum (filepicker-js 2.4.18's numbers, checked by compat-tests/api-surface.test.ts). v2 sent these numbers to its dialog;
 * this version speaks names, so numbers are mapped back to names.
 */
export declare const V2_SERVICES: {
    COMPUTER: number;
    DROPBOX: number;
    FACEBOOK: number;
    GITHUB: number;
    GMAIL: number;
    IMAGE_SEARCH: number;
    URL: number;
    WEBCAM: number;
    GOOGLE_DRIVE: number;
    SEND_EMAIL: number;
    INSTAGRAM: number;
    FLICKR: number;
    VIDEO: number;
    EVERNOTE: number;
    PICASA: number;
    WEBDAV: number;
    FTP: number;
    ALFRESCO: number;
    BOX: number;
    SKYDRIVE: number;
    GDRIVE: number;
    CUSTOMSOURCE: number;
    CLOUDDRIVE: number;
    GENERIC: number;
    CONVERT: number;
    AUDIO: number;
};
export type V2ServiceName = keyof typeof V2_SERVICES;
/**
 * Sources when the page names none: the ones this version implements today, plus CONVERT (the image editor, a
 * capability rather than a tab), which v2's documentation lists as included by default.
 */
export declare const DEFAULT_SOURCES: string[];
/**
 * One service as v2 normalized it (`('' + s).replace(' ', '')`), then upper-cased; an enum number (or its digits)
 * becomes the name. Unknown names (custom sources) pass through upper-cased: the dialog decides what it supports.
 */
export declare function serviceName(option: string, value: unknown): string;
