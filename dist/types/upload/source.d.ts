import { UploadSource } from '../core/contracts';
/** Checks the file before any request. */
export declare function validateSource(file: unknown): UploadSource;
