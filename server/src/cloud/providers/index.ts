/** The providers by cloud name, and the one a request names (a 400 `unavailable` when not enabled here). */
import type { CloudConfig } from '../config';
import { CloudError } from '../errors';
import type { Provider } from '../provider';
import { dropboxProvider } from './dropbox';
import { ftpProvider } from './ftp';
import { googleDriveProvider } from './gdrive';
import { webdavProvider } from './webdav';

function make(cfg: CloudConfig, name: string): Provider | undefined {
  if (name === 'ftp') return ftpProvider;
  if (name === 'webdav') return webdavProvider;
  if (name === 'dropbox' && cfg.dropbox) return dropboxProvider(cfg.dropbox);
  if (name === 'googledrive' && cfg.googledrive) return googleDriveProvider(cfg.googledrive);
  return undefined;
}

export function providerFor(cfg: CloudConfig, name: string): Provider {
  const p = cfg.providers.indexOf(name) >= 0 ? make(cfg, name) : undefined;
  if (!p) throw new CloudError('unavailable', name.slice(0, 64), `"${name.slice(0, 64)}" is not a cloud source of this server (enabled: ${cfg.providers.join(', ') || 'none'})`);
  return p;
}
