/**
 * v2 services whose provider is gone, cannot be reached with a plain app registration, or that were never a source.
 * The dialog leaves them out and says why, once per dialog, naming each one.
 */
export const RETIRED: { [service: string]: string } = {
  PICASA: 'Google shut Picasa Web Albums down in 2016 and moved its photos to Google Photos; add GOOGLE_DRIVE for files kept in Google',
  CLOUDDRIVE: 'Amazon closed the Cloud Drive API to new apps and ended the service in 2023; Amazon Photos has no public file API',
  EVERNOTE:
    "Evernote's API needs an API key that Evernote reviews for each app, speaks Thrift rather than HTTP/JSON and gives notes (with attachments inside them), not files; not offered",
  ALFRESCO: 'Alfresco is a content server each customer runs (CMIS), so there is no one endpoint to sign in to; use WEBDAV, which Alfresco serves, or CUSTOMSOURCE',
  IMAGE_SEARCH:
    'web image search needs a paid search API key (Bing Image Search was retired in 2025 and Google\'s Custom Search JSON API takes no new customers); not offered',
  SEND_EMAIL: "v2's export-by-email, not a source of files",
};
RETIRED.IMAGESEARCH = RETIRED.IMAGE_SEARCH;

/** The one warning naming each retired service of `services` and why it is left out, or null. */
export function retiredWarning(services: string[]): string | null {
  const named = services.filter((s) => Object.prototype.hasOwnProperty.call(RETIRED, s));
  if (!named.length) return null;
  return 'filepicker: ' + named.join(', ') + ' left out: ' + named.map((s) => s + ' — ' + RETIRED[s]).join('; ') + '.';
}
