import { StoreAccess, StoreLocation } from '../core/contracts';
/** `S3`, `Azure`, … -> the lower-case modern location. */
export declare function toLocation(name: string, value: unknown): StoreLocation;
/** `public` or `private`, any case. */
export declare function toAccess(name: string, value: unknown): StoreAccess;
/** Object key or folder (`a/b/`); a path may not be empty. */
export declare function toPath(name: string, value: unknown): string;
/** Bucket / container or region name: a non-empty string without spaces. */
export declare function toName(name: string, value: unknown): string;
