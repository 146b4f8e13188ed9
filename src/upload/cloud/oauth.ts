/**
 * The OAuth side of the cloud API: the page's address sent with a listing (`appurl`: the server answers the sign-in
 * popup's token to its origin only), and the popup's `message`, accepted only from the cloud API's origin and with the
 * shape the server's done page posts: `{type: 'fp-cloud-auth', cloud, token}` or `{type, cloud, error, message}`.
 */
import { OAuthAnswer } from '../../core/contracts';
import { JsonObject } from '../protocol';
import { cloudBase, CloudDeps } from './request';

const DEFAULT_PORTS: { [scheme: string]: string } = { 'http:': '80', 'https:': '443' };

/** The origin of an absolute http(s) URL as a browser serializes it (`scheme://host[:port]`), or '' when it has none. */
export function originOf(url: string): string {
  const m = /^(https?:)\/\/([^/?#@]*@)?([^/?#:]+|\[[^\]]*\])(?::(\d+))?(?:[/?#]|$)/i.exec(url);
  if (!m) return '';
  const scheme = m[1].toLowerCase();
  const port = m[4] && m[4] !== DEFAULT_PORTS[scheme] ? ':' + m[4] : '';
  return scheme + '//' + m[3].toLowerCase() + port;
}

/** The page's address, for `appurl` (none outside a browser). */
export function pageUrl(): string | undefined {
  return typeof location !== 'undefined' && location && /^https?:/.test(location.href) ? location.href : undefined;
}

/** Reads a popup's `message` for `cloud`: the answer, or null when it is not the cloud API's answer for it. */
export function readOAuthMessage(deps: CloudDeps, cloud: string, origin: string, data: unknown): OAuthAnswer | null {
  const own = originOf(cloudBase(deps.hosts));
  if (!own || origin !== own || !data || typeof data !== 'object') return null;
  const d = data as JsonObject;
  if (d.type !== 'fp-cloud-auth' || d.cloud !== cloud) return null;
  if (typeof d.token === 'string' && d.token) {
    deps.session.token = d.token;
    return { signedIn: true };
  }
  if (typeof d.error === 'string') {
    const message = typeof d.message === 'string' && d.message ? d.message : cloud + ': sign-in ' + d.error;
    return { signedIn: false, message };
  }
  return null;
}
