/**
 * What every OAuth cloud source's server test (cloud-dropbox, cloud-gdrive, cloud-box, cloud-onedrive, cloud-github,
 * cloud-gmail, cloud-facebook, cloud-instagram) does the same way against its loopback double (server/test/doubles/): the reference server started
 * with that one provider, the cloud API's calls (`list`, `store`, `link`), the popup walk (redirect_url → the
 * double's authorize page → the callback page → the message it posts), `signIn`, the id-path of a file given by
 * its provider path, and the failure table (a fault switched on at the double → the status and cause the server
 * answers). Each test file keeps only its provider's own tests.
 */
import { startServer, RunningServer } from '../src/index';
import { GoogleDoubleSwitches } from './doubles/oauthDouble';
import { MiB, Reply, postJson } from './helpers';

/** The page the listings name (`appurl`): its origin receives the sign-in. */
export const APP = 'http://page.example';

/** What the kit needs of a double: the switches every OAuth double has (server/test/doubles/oauthDouble.ts). */
export interface OAuthDoubleLike {
  /** the next authorize page denies the consent */
  deny: boolean;
  /** the token endpoint refuses refresh grants (providers with refresh tokens) */
  refuseRefresh?: boolean;
  /** every access token handed out so far is expired */
  expireAccessTokens?(): void;
  /** the authorize requests' query parameters */
  authorizations?: URLSearchParams[];
  close(): Promise<void>;
}

/** A provider's app at its double, as `startServer({ cloud: { [cloud]: … } })` takes it. */
export interface ProviderApp {
  clientId: string;
  clientSecret: string;
  authorizeUrl: string;
  tokenUrl: string;
  apiUrl: string;
  contentUrl?: string;
}

/** The callback page the popup ends on, read. */
export interface PopupEnd {
  status: number;
  csp: string | null;
  /** the origin the page posts to */
  origin: string;
  message: Record<string, unknown>;
}

/** Undoes the HTML attribute escaping of the callback page. */
export const unescapeAttr = (v: string): string => v.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The protocol path of a file or folder given by its provider path, for providers whose paths are chains of ids. */
export function idPathOf(idOf: (providerPath: string) => string): (p: string) => string {
  return (p) => {
    const segs = p.split('/').filter(Boolean);
    return '/' + segs.map((_, i) => idOf('/' + segs.slice(0, i + 1).join('/'))).join('/') + (p.charAt(p.length - 1) === '/' ? '/' : '');
  };
}

/** How many calls of a double's log `is` picks (e.g. its token grants). */
export function counter<C>(calls: () => C[], is: (c: C) => boolean): () => number {
  return () => calls().filter(is).length;
}

/** How a test file names its provider and double. */
export interface KitOptions<D> {
  /** the provider's name in the protocol ('box') */
  cloud: string;
  /** starts the double (assign it to the file's own variable there, to keep its type) */
  start: () => Promise<D>;
  /** its app, for the server */
  app: (d: D) => ProviderApp;
  /** the double's authorize page */
  authorizeUrl: (d: D) => string;
  /** puts the double's switches back after each test */
  reset?: (d: D) => void;
  /** other `cloud` options of the server (e.g. `allowHosts`) */
  cloudOptions?: Record<string, unknown>;
}

/** The options of a Google source's kit (Drive, Gmail): Google's OAuth endpoints at its double, whose fault and refresh switches are reset after each test. */
export function googleKit<D extends GoogleDoubleSwitches>(cloud: string, start: () => Promise<D>): KitOptions<D> {
  return {
    cloud,
    start,
    app: (d) => ({ clientId: d.clientId, clientSecret: d.clientSecret, authorizeUrl: d.url + '/o/oauth2/v2/auth', tokenUrl: d.url + '/token', apiUrl: d.url }),
    authorizeUrl: (d) => d.url + '/o/oauth2/v2/auth',
    reset: (d) => {
      d.fault = null;
      d.refuseRefresh = false;
    },
  };
}

/**
 * One provider's test kit. Constructing it registers beforeAll (double, then the server with that provider only),
 * afterEach (`reset`) and afterAll (both closed). Its members are arrow functions, so a file may destructure them.
 */
export class CloudOAuthKit<D extends OAuthDoubleLike> {
  private server?: RunningServer;
  private double?: D;

  constructor(private readonly o: KitOptions<D>) {
    beforeAll(async () => {
      this.double = await o.start();
      this.server = await startServer({ cloud: { partSize: 5 * MiB, ...o.cloudOptions, [o.cloud]: o.app(this.double) } });
    }, 30000);
    afterEach(() => {
      if (o.reset && this.double) o.reset(this.double);
    });
    afterAll(async () => {
      if (this.server) await this.server.close();
      if (this.double) await this.double.close();
    });
  }

  /** The running reference server. */
  get srv(): RunningServer {
    return this.server as RunningServer;
  }

  private get dbl(): D {
    return this.double as D;
  }

  private clouds = (v: Record<string, unknown>): Record<string, unknown> => ({ [this.o.cloud]: v });

  /** A cloud API URL: `/folder/list` → `<server>/cloud/folder/list`. */
  api = (p: string): string => this.srv.url + '/cloud' + p;

  list = (token: unknown, path = '/', next?: string): Promise<Reply> =>
    postJson(this.api('/folder/list'), { apikey: 'demo', token, appurl: APP + '/app.html', clouds: this.clouds({ path, next }) });

  /** A search (ours: `search` in the cloud's entry of `/folder/list`). */
  search = (token: unknown, query: unknown, next?: string): Promise<Reply> =>
    postJson(this.api('/folder/list'), { apikey: 'demo', token, clouds: this.clouds({ path: '/', search: query, next }) });

  /** `more`: other fields of the cloud's entry (`store`, `maxSize`) */
  store = (token: unknown, path: string, more: Record<string, unknown> = {}): Promise<Reply> => postJson(this.api('/store/'), { apikey: 'demo', token, clouds: this.clouds({ path, ...more }) });

  link = (token: unknown, path: string, more: Record<string, unknown> = {}): Promise<Reply> => postJson(this.api('/link/'), { apikey: 'demo', token, clouds: this.clouds({ path, ...more }) });

  /**
   * The popup's way: redirect_url → the double's authorize page → the callback page of `server` (the kit's unless
   * another one was started); resolves with that page.
   */
  popup = async (redirectUrl: string, server: RunningServer = this.srv): Promise<PopupEnd> => {
    const start = await fetch(redirectUrl, { redirect: 'manual' });
    expect(start.status).toBe(302);
    const authorize = String(start.headers.get('location'));
    expect(authorize.indexOf(this.o.authorizeUrl(this.dbl) + '?')).toBe(0);
    const consent = await fetch(authorize, { redirect: 'manual' });
    const callback = String(consent.headers.get('location'));
    expect(callback.indexOf(server.url + '/cloud/auth/' + this.o.cloud + '/callback?')).toBe(0);
    const res = await fetch(callback);
    const html = await res.text();
    expect(html).toContain('<script src="/cloud/auth/done.js"></script>');
    const origin = unescapeAttr((/data-origin="([^"]*)"/.exec(html) as RegExpExecArray)[1]);
    const message = JSON.parse(unescapeAttr((/data-message="([^"]*)"/.exec(html) as RegExpExecArray)[1])) as Record<string, unknown>;
    return { status: res.status, csp: res.headers.get('content-security-policy'), origin, message };
  };

  /** Signs in through the popup; resolves with the token the callback page posts. */
  signIn = async (): Promise<string> => {
    const first = await this.list(undefined);
    const done = await this.popup(first.json[this.o.cloud].auth.redirect_url);
    expect(done.status).toBe(200);
    return String(done.message.token);
  };

  /**
   * Google's sign-in (offline access, so that a refresh token comes with the code): the first listing offers the
   * popup, the authorize request asks for a code with `access_type=offline` and `scope`, and the callback posts the
   * token. Resolves with the authorize request's parameters.
   */
  expectOfflineSignIn = async (scope: string): Promise<URLSearchParams> => {
    const cloud = this.o.cloud;
    const first = await this.list(undefined);
    expect(first.json[cloud]).toMatchObject({ client: cloud, contents: [], auth: { kind: 'oauth' } });
    const done = await this.popup(first.json[cloud].auth.redirect_url);
    expect(done.message).toMatchObject({ type: 'fp-cloud-auth', cloud });
    const asked = this.dbl.authorizations as URLSearchParams[];
    const last = asked[asked.length - 1];
    expect([last.get('access_type'), last.get('response_type'), last.get('scope')]).toEqual(['offline', 'code', scope]);
    return last;
  };

  /** A denied consent ends the popup with an error and no token. */
  expectDeniedConsent = async (): Promise<void> => {
    const first = await this.list(undefined);
    this.dbl.deny = true;
    const denied = await this.popup(first.json[this.o.cloud].auth.redirect_url);
    expect(denied.status).toBe(401);
    expect(denied.message).toMatchObject({ type: 'fp-cloud-auth', cloud: this.o.cloud, error: 'signin' });
    expect(denied.message.token).toBeUndefined();
  };

  /** `store` of `path` answers 200 with `fields`, the file's size and this client; the stored bytes are `bytes`. */
  expectStored = async (token: unknown, path: string, bytes: Buffer, fields: Record<string, unknown>): Promise<Reply> => {
    const r = await this.store(token, path);
    expect(r.status).toBe(200);
    expect(r.json[this.o.cloud]).toMatchObject({ ...fields, size: bytes.length, client: this.o.cloud });
    expect(Buffer.from(await (await fetch(r.json[this.o.cloud].url)).arrayBuffer()).equals(bytes)).toBe(true);
    return r;
  };

  /** `link` of `path` answers 200 with `fields` and this client; the link serves `bytes`. */
  expectLinked = async (token: unknown, path: string, bytes: Buffer, fields: Record<string, unknown>): Promise<Reply> => {
    const r = await this.link(token, path);
    expect(r.status).toBe(200);
    expect(r.json[this.o.cloud]).toMatchObject({ ...fields, client: this.o.cloud });
    expect(Buffer.from(await (await fetch(r.json[this.o.cloud].url)).arrayBuffer()).equals(bytes)).toBe(true);
    return r;
  };

  /**
   * A file listed without a size (`size: null`): its link answers the size (the Blob's); the picker's `maxSize` below
   * it is refused 413 `toolarge` by store and link (the answer carrying its `size` and the `maxSize`) before any byte
   * is read (`reads()`: the double's reads of the file's bytes so far), one that is no whole number is a 400 naming
   * the field, and at the size the copy is made.
   */
  expectMaxSizeBeforeCopy = async (token: unknown, path: string, bytes: Buffer, reads: () => number): Promise<void> => {
    const c = this.o.cloud;
    const linked = await this.link(token, path);
    expect([linked.status, linked.json[c].size]).toEqual([200, bytes.length]);
    const before = reads();
    const max = bytes.length - 1;
    for (const refused of [await this.store(token, path, { maxSize: max }), await this.link(token, path, { maxSize: max })]) {
      expect(refused.status).toBe(413);
      expect(refused.json).toMatchObject({ provider: c, cause: 'toolarge', size: bytes.length, maxSize: max });
      expect(refused.json.error).toContain(`is ${bytes.length} bytes, above the picker's maxSize of ${max} bytes`);
    }
    expect(reads()).toBe(before);
    const bad = await this.store(token, path, { maxSize: '1mb' });
    expect(bad.status).toBe(400);
    expect(bad.json.error).toContain(`clouds.${c}.maxSize: expected a whole number of bytes`);
    const stored = await this.store(token, path, { maxSize: bytes.length });
    expect([stored.status, stored.json[c].size]).toEqual([200, bytes.length]);
    expect(Buffer.from(await (await fetch(stored.json[c].url)).arrayBuffer()).equals(bytes)).toBe(true);
  };

  /** A row of the failure table: `call` answers `status`, naming this provider and `cause`; resolves with the answer. */
  expectFailure = async (call: Promise<Reply>, status: number, cause: string): Promise<Reply> => {
    const r = await call;
    expect(r.status).toBe(status);
    expect(r.json).toMatchObject({ provider: this.o.cloud, cause });
    return r;
  };

  /** Expired access token and the refresh refused: 401 signin; resolves with the answer. */
  expectRefreshRefused = async (): Promise<Reply> => {
    const token = await this.signIn();
    (this.dbl.expireAccessTokens as () => void)();
    this.dbl.refuseRefresh = true;
    return this.expectFailure(this.list(token), 401, 'signin');
  };

  /**
   * An expired access token is refreshed transparently (one grant, counted by `grants`), and the new token the
   * answer carries lists without another grant. Resolves with the answer of the refreshing call.
   */
  expectTransparentRefresh = async (grants: () => number): Promise<Reply> => {
    const token = await this.signIn();
    (this.dbl.expireAccessTokens as () => void)();
    const before = grants();
    const r = await this.list(token);
    expect(r.status).toBe(200);
    expect(grants()).toBe(before + 1);
    const again = await this.list(r.json.token);
    expect(again.status).toBe(200);
    expect(grants()).toBe(before + 1);
    return r;
  };
}
