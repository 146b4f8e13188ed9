/**
 * The engine's synchronous input checks, kept apart from the code that sends anything: the uploader runs them when it
 * is called (a bad value throws at once, as it always did), also while the engine part itself is still on its way
 * (src/upload/onDemandUploader.ts).
 */
import { PREFIX, ValidationError } from '../core/errors';
import { Hosts } from '../core/contracts';

/** `createUploader`'s own fields: a key and the hosts. */
export function checkUploaderConfig(config: { apikey?: unknown; hosts?: Hosts } | null | undefined): void {
  if (!config || typeof config.apikey !== 'string' || !config.apikey) {
    throw new ValidationError('apikey', PREFIX + '`apikey` must be a non-empty string, got ' + (config ? typeof config.apikey : 'no configuration'));
  }
  if (!config.hosts || typeof config.hosts.uploadApi !== 'string') {
    throw new ValidationError('hosts', PREFIX + '`hosts` must be a Hosts object with `uploadApi`, `fileApi` and `storeApi`');
  }
}

/** `storeUrl`'s URL: http(s) only. */
export function checkStoreUrl(url: unknown): void {
  if (typeof url !== 'string' || !/^https?:\/\/\S+$/i.test(url)) {
    throw new ValidationError('url', PREFIX + '`url` must be an http(s) URL, got ' + (typeof url === 'string' ? '"' + url + '"' : typeof url));
  }
}

/** A custom source's bucket and path (a folder for a listing, a file's key for a copy). */
export function checkSourceRef(container: unknown, path: unknown, needPath: boolean): void {
  if (typeof container !== 'string' || !container) {
    throw new ValidationError('customSourceContainer', PREFIX + '`customSourceContainer` must be a bucket name, got ' + (typeof container === 'string' ? '""' : typeof container));
  }
  if (typeof path !== 'string' || (needPath && !path)) {
    throw new ValidationError('path', PREFIX + '`path` must be ' + (needPath ? 'the key of a file' : 'a folder (key prefix)') + ' of the custom source, got ' + typeof path);
  }
}
