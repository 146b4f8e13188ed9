/** Validates and normalizes the modern `storeOptions` (filestack-js 0.5.x's names): location in any case, default `s3`. */
import { PREFIX, ValidationError } from '../core/errors';
import { describeValue } from '../core/describe';
import { hasLoneSurrogate } from '../core/wellFormed';
import { StoreAccess, StoreLocation, StoreOptions } from '../core/contracts';

const LOCATIONS: StoreLocation[] = ['s3', 'azure', 'dropbox', 'rackspace', 'gcs'];
const ACCESS: StoreAccess[] = ['public', 'private'];

function optionalString(o: StoreOptionsInput, key: keyof StoreOptionsInput): string | undefined {
  const v: unknown = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new ValidationError(key, PREFIX + '`' + key + '` must be a string, got ' + describeValue(v));
  if (hasLoneSurrogate(v)) throw new ValidationError(key, PREFIX + '`' + key + '` must be well-formed text (it holds a lone surrogate), got ' + describeValue(v));
  return v || undefined;
}

export interface StoreOptionsInput {
  location?: string;
  container?: string;
  region?: string;
  path?: string;
  access?: string;
  filename?: string;
}

export function normalizeStoreOptions(input: StoreOptionsInput | undefined | null): StoreOptions {
  if (input === undefined || input === null) return { location: 's3' };
  if (typeof input !== 'object') throw new ValidationError('storeOptions', PREFIX + '`storeOptions` must be an object, got ' + describeValue(input));
  const out: StoreOptions = {};
  const loc = optionalString(input, 'location');
  const lower = (loc || 's3').toLowerCase() as StoreLocation;
  if (LOCATIONS.indexOf(lower) < 0) {
    throw new ValidationError('location', PREFIX + '`location` must be one of ' + LOCATIONS.join(', ') + ' (any case), got ' + describeValue(loc));
  }
  out.location = lower;
  const access = optionalString(input, 'access');
  if (access !== undefined) {
    const a = access.toLowerCase() as StoreAccess;
    if (ACCESS.indexOf(a) < 0) throw new ValidationError('access', PREFIX + '`access` must be "public" or "private", got ' + describeValue(access));
    out.access = a;
  }
  const container = optionalString(input, 'container');
  if (container) out.container = container;
  const region = optionalString(input, 'region');
  if (region) out.region = region;
  const path = optionalString(input, 'path');
  if (path) out.path = path;
  const filename = optionalString(input, 'filename');
  if (filename) out.filename = filename;
  return out;
}
