/**
 * The store fields — `location`, `access`, `container`/`region` names, `path` — their values and checks: the one home
 * both the v2 translator (src/options/translateStore.ts, whose table lists every store option) and the modern client
 * (src/client/storeOptions.ts) parse them with, so a value means the same, and fails with the same message, in both.
 */
import { StoreAccess, StoreLocation } from './contracts';
import { fail } from './fail';

/** Every storage location, as sent to the server (lower case). */
export const STORE_LOCATIONS: StoreLocation[] = ['s3', 'azure', 'dropbox', 'rackspace', 'gcs'];
export const STORE_ACCESS: StoreAccess[] = ['public', 'private'];

const trim = (s: string): string => s.replace(/^\s+|\s+$/g, '');

function oneOf<T extends string>(name: string, value: unknown, allowed: T[]): T {
  if (typeof value === 'string') {
    const s = trim(value).toLowerCase();
    for (let i = 0; i < allowed.length; i++) if (allowed[i] === s) return allowed[i];
  }
  return fail(name, 'one of ' + allowed.join(', ') + ' (any case)', value);
}

function nonEmpty(name: string, value: unknown): string {
  if (typeof value !== 'string' || !trim(value)) return fail(name, 'a non-empty string', value);
  return value;
}

/** `S3`, `Azure`, ` gcs ` -> the lower-case location. */
export function toLocation(name: string, value: unknown): StoreLocation {
  return oneOf(name, value, STORE_LOCATIONS);
}

/** `public` or `private`, any case. */
export function toAccess(name: string, value: unknown): StoreAccess {
  return oneOf(name, value, STORE_ACCESS);
}

/** Object key or folder (`a/b/`), as given; a path may not be empty. */
export function toPath(name: string, value: unknown): string {
  return nonEmpty(name, value);
}

/** Bucket / container or region name: a non-empty string without spaces (trimmed). */
export function toName(name: string, value: unknown): string {
  const s = trim(nonEmpty(name, value));
  if (/\s/.test(s)) return fail(name, 'a name without spaces', value);
  return s;
}
