/** The providers by cloud name, and the one a request names (a 400 `unavailable` when not enabled here). */
import type { CloudConfig } from '../config';
import { CloudError } from '../errors';
import type { Provider } from '../provider';
import { ftpProvider } from './ftp';
import { webdavProvider } from './webdav';

const ALL: Record<string, Provider> = { ftp: ftpProvider, webdav: webdavProvider };

export function providerFor(cfg: CloudConfig, name: string): Provider {
  const p = Object.prototype.hasOwnProperty.call(ALL, name) ? ALL[name] : undefined;
  if (!p || cfg.providers.indexOf(name) < 0) throw new CloudError('unavailable', name.slice(0, 64), `"${name.slice(0, 64)}" is not a cloud source of this server (enabled: ${cfg.providers.join(', ') || 'none'})`);
  return p;
}
