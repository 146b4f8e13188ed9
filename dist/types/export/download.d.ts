/**
 * How export's "Download to this computer" saves a file without taking the page away. `<a download>` only renames
 * and downloads for same-origin URLs (and `blob:` URLs): for a file on another origin a browser follows the link,
 * navigating the page away. So a cross-origin file is saved from its fetched bytes (an object URL), or, where it
 * cannot be fetched (CORS), loaded in a hidden frame as `<url>?dl=true`, which the file API answers as an attachment.
 */
/** Whether `url` is on the page's origin (the only case where `<a download>` saves rather than navigates). */
export declare function sameOrigin(doc: Document, url: string): boolean;
/** Saves `href` under `filename` through a hidden `<a download>` clicked once and removed. */
export declare function clickLink(doc: Document, href: string, filename: string): void;
/** Loads `href` in a hidden frame (removed after a minute): an attachment answer downloads, the page stays. */
export declare function frameDownload(doc: Document, href: string): void;
/** Saves `href` (a file URL, already in its `dl=true` form) without navigating: a link on the page's origin, else a hidden frame. */
export declare function saveWithoutLeaving(doc: Document, href: string, filename: string): void;
