/** The providers by cloud name, and the one a request names (a 400 `unavailable` when not enabled here). */
import type { CloudConfig, OAuthAppConfig } from '../config';
import { CloudError } from '../errors';
import type { OAuthCloudName } from '../oauthClouds';
import type { Provider } from '../provider';
import { boxProvider } from './box';
import { dropboxProvider } from './dropbox';
import { facebookProvider } from './facebook';
import { flickrProvider } from './flickr';
import { ftpProvider } from './ftp';
import { instagramProvider } from './instagram';
import { googleDriveProvider } from './gdrive';
import { oneDriveProvider } from './onedrive';
import { githubProvider } from './github';
import { gmailProvider } from './gmail';
import { webdavProvider } from './webdav';

const CREDENTIAL: Record<string, Provider> = { ftp: ftpProvider, webdav: webdavProvider };

/** Each OAuth cloud's provider, made from its configured app. */
const OAUTH: Record<OAuthCloudName, (app: Required<OAuthAppConfig>) => Provider> = {
  dropbox: dropboxProvider,
  googledrive: googleDriveProvider,
  box: boxProvider,
  onedrive: oneDriveProvider,
  github: githubProvider,
  gmail: gmailProvider,
  facebook: facebookProvider,
  instagram: instagramProvider,
  flickr: flickrProvider,
};

function make(cfg: CloudConfig, name: string): Provider | undefined {
  if (Object.prototype.hasOwnProperty.call(CREDENTIAL, name)) return CREDENTIAL[name];
  if (!Object.prototype.hasOwnProperty.call(OAUTH, name)) return undefined;
  const app = cfg[name as OAuthCloudName];
  return app ? OAUTH[name as OAuthCloudName](app) : undefined;
}

/** Whether this server offers the cloud `name` (enabled, and configured when it is an OAuth cloud). */
export function isOffered(cfg: CloudConfig, name: string): boolean {
  return cfg.providers.indexOf(name) >= 0 && !!make(cfg, name);
}

export function providerFor(cfg: CloudConfig, name: string): Provider {
  const p = cfg.providers.indexOf(name) >= 0 ? make(cfg, name) : undefined;
  if (!p) throw new CloudError('unavailable', name.slice(0, 64), `"${name.slice(0, 64)}" is not a cloud source of this server (enabled: ${cfg.providers.join(', ') || 'none'})`);
  return p;
}
