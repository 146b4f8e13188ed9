/**
 * The HTTP calls of the `rackspace` location to Rackspace Cloud Files (the OpenStack Swift object API), over fetch:
 * the token (Rackspace identity v2.0 API-key auth, whose service catalog names the Cloud Files URL of each region; or
 * a configured token and storage URL), and requests on the account with `X-Auth-Token`, once more with a new token
 * after a 401 (an expired token).
 */
import type { ResolvedRackspace } from './locationConfig';

/** An answer of Swift that is not a success. */
export class SwiftError extends Error {
  readonly status: number;

  constructor(status: number, what: string, detail = '') {
    super(`rackspace: ${what} answered ${status}${detail ? ': ' + detail.slice(0, 200) : ''}`);
    this.name = 'SwiftError';
    this.status = status;
  }
}

interface Catalog {
  access: { token: { id: string; expires?: string }; serviceCatalog: { name: string; type: string; endpoints: { region?: string; publicURL: string }[] }[] };
}

export class SwiftApi {
  private readonly cfg: ResolvedRackspace;
  private auth: { token: string; storageUrl: string; until: number } | null = null;

  constructor(cfg: ResolvedRackspace) {
    this.cfg = cfg;
  }

  /** The token and the account's URL: configured, or from Rackspace identity (renewed a minute before it expires). */
  private async account(fresh: boolean): Promise<{ token: string; storageUrl: string }> {
    if (this.cfg.token && this.cfg.storageUrl) return { token: this.cfg.token, storageUrl: this.cfg.storageUrl };
    if (this.auth && !fresh && Date.now() < this.auth.until) return this.auth;
    const body = JSON.stringify({ auth: { 'RAX-KSKEY:apiKeyCredentials': { username: this.cfg.username, apiKey: this.cfg.apiKey } } });
    const r = await fetch(this.cfg.identity + '/tokens', { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body });
    if (!r.ok) throw new SwiftError(r.status, 'identity /tokens', await r.text().catch(() => ''));
    const j = (await r.json()) as Catalog;
    const files = j.access.serviceCatalog.find((s) => s.type === 'object-store' || s.name === 'cloudFiles');
    const region = this.cfg.region;
    const ep = files && (region ? files.endpoints.find((e) => (e.region || '').toUpperCase() === region) : files.endpoints[0]);
    if (!ep) throw new SwiftError(404, 'identity /tokens', `no Cloud Files endpoint${region ? ' in region ' + region : ''} in the service catalog`);
    const expires = j.access.token.expires ? Date.parse(j.access.token.expires) : NaN;
    this.auth = { token: j.access.token.id, storageUrl: ep.publicURL.replace(/\/+$/, ''), until: (isFinite(expires) ? expires : Date.now() + 3600000) - 60000 };
    return this.auth;
  }

  /** `path` (`/<container>[/<object>][?query]`, encoded) on the account; retried once with a new token after a 401. */
  async request(method: string, path: string, headers: Record<string, string> = {}, body?: Buffer): Promise<Response> {
    for (let attempt = 0; ; attempt++) {
      const a = await this.account(attempt > 0);
      const init: RequestInit = { method, headers: { ...headers, 'X-Auth-Token': a.token } };
      if (body) init.body = new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.length);
      const r = await fetch(a.storageUrl + path, init);
      if (r.status !== 401 || attempt > 0 || this.cfg.token) return r;
      await r.body?.cancel();
    }
  }
}
