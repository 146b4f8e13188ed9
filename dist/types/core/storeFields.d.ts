/**
 * The store fields — `location`, `access`, `container`/`region` names, `path` — their values and checks: the one home
 * both the v2 translator (src/options/translateStore.ts, whose table lists every store option) and the modern client
 * (src/client/storeOptions.ts) parse them with, so a value means the same, and fails with the same message, in both.
 */
import { StoreAccess, StoreLocation } from './contracts';
/** Every storage location, as sent to the server (lower case). */
export declare const STORE_LOCATIONS: StoreLocation[];
export declare const STORE_ACCESS: StoreAccess[];
/** `S3`, `Azure`, ` gcs ` -> the lower-case location. */
export declare function toLocation(name: string, value: unknown): StoreLocation;
/** `public` or `private`, any case. */
export declare function toAccess(name: string, value: unknown): StoreAccess;
/** Object key or folder (`a/b/`), as given; a path may not be empty. */
export declare function toPath(name: string, value: unknown): string;
/** Bucket / container or region name: a non-empty string without spaces (trimmed). */
export declare function toName(name: string, value: unknown): string;
