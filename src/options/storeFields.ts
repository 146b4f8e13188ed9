import { StoreAccess, StoreLocation } from '../core/contracts';
import { fail, toStr, trim } from './coerce';

const LOCATIONS: StoreLocation[] = ['s3', 'azure', 'dropbox', 'rackspace', 'gcs'];
const ACCESS: StoreAccess[] = ['public', 'private'];

function oneOf<T extends string>(name: string, value: unknown, allowed: T[]): T {
  if (typeof value === 'string') {
    const s = trim(value).toLowerCase();
    for (let i = 0; i < allowed.length; i++) if (allowed[i] === s) return allowed[i];
  }
  return fail(name, 'one of ' + allowed.join(', ') + ' (any case)', value);
}

/** `S3`, `Azure`, … -> the lower-case modern location. */
export function toLocation(name: string, value: unknown): StoreLocation {
  return oneOf(name, value, LOCATIONS);
}

/** `public` or `private`, any case. */
export function toAccess(name: string, value: unknown): StoreAccess {
  return oneOf(name, value, ACCESS);
}

/** Object key or folder (`a/b/`); a path may not be empty. */
export function toPath(name: string, value: unknown): string {
  return toStr(name, value);
}

/** Bucket / container or region name: a non-empty string without spaces. */
export function toName(name: string, value: unknown): string {
  const s = toStr(name, value);
  if (/\s/.test(trim(s))) return fail(name, 'a name without spaces', value);
  return trim(s);
}
