/**
 * The storage of each location this server serves: `s3` (always: external S3 or the built-in storage), and `azure`,
 * `gcs`, `dropbox` and `rackspace` when configured. A location that is not configured, or unknown, is a 400 naming
 * the field, the location and what to do.
 */
import { LOCATIONS, ResolvedConfig } from '../config';
import { HttpError, badRequest } from '../http/errors';
import type { StorageAdapter } from './adapter';
import { DROPBOX_CONTAINER, LOCATION_SETTINGS } from './locationConfig';

function configured(cfg: ResolvedConfig, location: string): boolean {
  const settings: Record<string, unknown> = { s3: true, azure: cfg.azure, gcs: cfg.gcs, dropbox: cfg.dropbox, rackspace: cfg.rackspace };
  return !!settings[location];
}

/** Why `location` cannot be stored in here, or null when it can. `field` names the option in the message. */
export function locationProblem(cfg: ResolvedConfig, location: string, field: string): HttpError | null {
  if (LOCATIONS.indexOf(location) < 0) return badRequest(`${field}: expected one of ${LOCATIONS.join(', ')}, got ${JSON.stringify(location)}`);
  if (!configured(cfg, location)) return badRequest(`${field}: location "${location}" is not configured on this server: set ${LOCATION_SETTINGS[location]} (see server/README.md)`);
  return null;
}

/** The bucket (container) of files stored at `location` without `container`. */
export function defaultBucket(cfg: ResolvedConfig, location: string): string {
  if (location === 'azure' && cfg.azure) return cfg.azure.container;
  if (location === 'gcs' && cfg.gcs) return cfg.gcs.bucket;
  if (location === 'rackspace' && cfg.rackspace) return cfg.rackspace.container;
  if (location === 'dropbox') return DROPBOX_CONTAINER;
  return cfg.bucket;
}

/** Each configured location's storage. */
export class Locations {
  /** the storage of each configured location, by name */
  private readonly byName: Record<string, StorageAdapter>;
  /** the configuration the locations come from (for the messages) */
  private readonly cfg: ResolvedConfig;

  constructor(cfg: ResolvedConfig, adapters: StorageAdapter[]) {
    this.cfg = cfg;
    this.byName = {};
    for (const a of adapters) this.byName[a.location] = a;
  }

  /** The storage of `location`; a 400 naming `field` when this server does not store there. */
  get(location: string, field = 'location'): StorageAdapter {
    const a = Object.prototype.hasOwnProperty.call(this.byName, location) ? this.byName[location] : undefined;
    if (a) return a;
    throw locationProblem(this.cfg, location, field) || badRequest(`${field}: location "${location}" is not configured on this server`);
  }

  /** Every configured storage besides `s3`. */
  others(): StorageAdapter[] {
    return Object.keys(this.byName).filter((n) => n !== 's3').map((n) => this.byName[n]);
  }
}
