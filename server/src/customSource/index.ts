/** The custom source API (the v2 CUSTOMSOURCE service, "S3 Source"): browse a configured bucket, copy a file from it. */
export { listSource, DEFAULT_PAGE, MAX_PAGE } from './list';
export type { Listing, ListedFile, ListedFolder } from './list';
export { storeFromSource, MAX_COPY_BYTES } from './store';
export { seedDemoSource, DEMO_OBJECTS } from './seed';
