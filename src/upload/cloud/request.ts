/**
 * One call of the cloud API (Filestack's, served by the reference server at `<base>/cloud`): a JSON POST carrying the
 * key, the page's sign-in `token` and the security, whose answer's `token` replaces the page's. Failures become
 * NetworkErrors that name the source and the server's cause.
 */
import { NetworkError, PREFIX } from '../../core/errors';
import { CloudSession, Hosts, Security } from '../../core/contracts';
import { DEFAULT_HOSTS } from '../../core/hosts';
import { Aborter } from '../../core/http/signal';
import { AttemptFailure, sendOnce, withRetry } from '../../core/http/retry';
import { EngineOptions, HttpTransport, UploadEnvironment } from '../types';
import { JsonObject, parseJson } from '../protocol';

export interface CloudDeps {
  transport: HttpTransport;
  env: UploadEnvironment;
  hosts: Hosts;
  apikey: string;
  security?: Security;
  /** The page's sign-in state, shared by every uploader of the page. */
  session: CloudSession;
}

/** The API base: `hosts.cloudApi`, else Filestack's cloud host. */
export function cloudBase(hosts: Hosts): string {
  return (hosts.cloudApi || (DEFAULT_HOSTS.cloudApi as string)).replace(/\/+$/, '');
}

/** The body of a call: key, token, security and `clouds` (none: every cloud); `flow: web` as filestack-js sends it. */
export function cloudBody(deps: CloudDeps, clouds: JsonObject | undefined, extra?: JsonObject): string {
  const body: JsonObject = { apikey: deps.apikey, flow: 'web' };
  if (clouds) body.clouds = clouds;
  if (deps.session.token) body.token = deps.session.token;
  if (deps.security && deps.security.policy) body.policy = deps.security.policy;
  if (deps.security && deps.security.signature) body.signature = deps.security.signature;
  if (extra) for (const k in extra) if (Object.prototype.hasOwnProperty.call(extra, k)) body[k] = extra[k];
  return JSON.stringify(body);
}

/** The server's `{error, provider, cause}` answer of a failed call, as a NetworkError naming the source and cause. */
export function cloudError(e: unknown, cloud: string): unknown {
  if (!e || (e as Error).name !== 'NetworkError') return e;
  const n = e as NetworkError;
  if (!n.status) return new NetworkError(PREFIX + 'the ' + cloud + ' source could not be reached: ' + n.message.replace(PREFIX, ''), { method: n.method, url: n.url, status: 0, provider: cloud, reason: 'network' });
  let o: JsonObject | null = null;
  try {
    o = n.body ? (JSON.parse(n.body) as JsonObject) : null;
  } catch (_e) {
    o = null;
  }
  const text = o && typeof o.error === 'string' ? o.error : 'HTTP ' + n.status;
  const reason = o && typeof o.cause === 'string' ? o.cause : statusReason(n.status);
  const provider = o && typeof o.provider === 'string' ? o.provider : cloud;
  const message = PREFIX + 'the ' + cloud + ' source failed: ' + text + ' (HTTP ' + n.status + ', ' + reason + ')';
  return new NetworkError(message, { method: n.method, url: n.url, status: n.status, body: n.body, requestId: n.requestId, provider, reason, size: bytesOf(o, 'size'), maxSize: bytesOf(o, 'maxSize') });
}

/** A byte count of the answer (`size`, `maxSize` of a 413 `toolarge`): a whole number ≥ 0, else undefined. */
function bytesOf(o: JsonObject | null, field: string): number | undefined {
  const v = o ? o[field] : undefined;
  return typeof v === 'number' && v >= 0 && v % 1 === 0 ? v : undefined;
}

/** The cause of a failure whose answer did not say (another server than ours). */
function statusReason(status: number): string {
  if (status === 401) return 'signin';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notfound';
  if (status === 429) return 'ratelimit';
  return status >= 500 ? 'upstream' : 'badrequest';
}

/** Keeps the answer's `token` (the page's new sign-in state). */
export function keepToken(deps: CloudDeps, o: JsonObject): void {
  if (typeof o.token === 'string' && o.token) deps.session.token = o.token;
}

/**
 * POSTs `body` to `<cloudApi><path>` and resolves with the answer's object for `cloud` (the token kept). `retry`:
 * whether a failed attempt may be repeated (reads yes; sign-in and logout no).
 */
export function cloudCall(deps: CloudDeps, path: string, body: string, cloud: string, opts: EngineOptions, retry: boolean, abort?: Aborter): Promise<JsonObject> {
  const url = cloudBase(deps.hosts) + path;
  const where = 'the ' + cloud + ' source (' + url + ')';
  const signal = abort || new Aborter();
  const send = function () {
    return sendOnce(deps.transport, { method: 'POST', url, headers: { 'Content-Type': 'application/json' }, body, timeoutMs: opts.requestTimeoutMs, signal }, where);
  };
  const sent = retry
    ? withRetry({ env: deps.env, retry: opts.retryOptions }, signal, send)
    : send().then(undefined, function (f: unknown) {
      throw f instanceof AttemptFailure ? f.error : f;
    });
  return sent.then(
    function (res) {
      const o = parseJson(res.text, where);
      keepToken(deps, o);
      const mine = o[cloud];
      return mine && typeof mine === 'object' ? (mine as JsonObject) : o;
    },
    function (e: unknown) {
      throw cloudError(e, cloud);
    },
  );
}
