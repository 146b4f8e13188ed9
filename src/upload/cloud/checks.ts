import { PREFIX, ValidationError } from '../../core/errors';

/** Checks a cloud name and an absolute path (of a `file`, else of a folder) before anything is sent. */
export function checkRef(cloud: unknown, path: unknown, file: boolean): void {
  if (typeof cloud !== 'string' || !/^[a-z0-9_]+$/.test(cloud)) throw new ValidationError('cloud', PREFIX + '`cloud` must be the name of a cloud source (like "ftp"), got ' + JSON.stringify(cloud));
  if (typeof path !== 'string' || path.charAt(0) !== '/' || (file && path.charAt(path.length - 1) === '/')) {
    throw new ValidationError('path', PREFIX + '`path` must be the absolute path of a ' + (file ? 'file' : 'folder') + ' of the ' + cloud + ' source, got ' + JSON.stringify(path));
  }
}
