/**
 * The custom source API (our extension of the reference server, for the v2 CUSTOMSOURCE service):
 * `GET <customSourceApi>/list?key=…&container=…&path=…[&cursor=…]` lists one page of a folder, and
 * `POST <customSourceApi>/store` copies a file into the store location (the server copies; no bytes pass the client).
 */
import { FilepickerError, NetworkError, PREFIX } from '../core/errors';
import { Hosts, Security, SourceFile, SourceFolder, SourceListing, SourceRef, StoreOptions, UploadEvents, UploadTask } from '../core/contracts';
import { EngineOptions, HttpTransport, UploadEnvironment } from './types';
import { Aborter } from '../core/http/signal';
import { sendOnce, withRetry } from '../core/http/retry';
import { parseJson, storeBody } from './protocol';
import { runServerTask } from './serverTask';
import { checkSourceRef } from './inputChecks';

export interface CustomSourceDeps {
  transport: HttpTransport;
  env: UploadEnvironment;
  hosts: Hosts;
  apikey: string;
  security?: Security;
}

/** The API base: `hosts.customSourceApi`, else next to the store API (`…/api/store` → `…/api/customsource`). */
export function customSourceBase(hosts: Hosts): string {
  if (hosts.customSourceApi) return hosts.customSourceApi.replace(/\/+$/, '');
  return hosts.storeApi.replace(/\/+$/, '').replace(/\/store$/, '') + '/customsource';
}

/** The server's `{"error": "…"}` text of a failed request, in place of the raw body. */
function withServerMessage(e: unknown, what: string): unknown {
  if (!e || (e as Error).name !== 'NetworkError') return e;
  const n = e as NetworkError;
  let text = '';
  try {
    const o = n.body ? JSON.parse(n.body) : null;
    if (o && typeof o.error === 'string') text = o.error;
  } catch (_e) {
    text = '';
  }
  if (!text) return e;
  return new NetworkError(PREFIX + what + ' failed: HTTP ' + n.status + ' ' + text, { method: n.method, url: n.url, status: n.status, body: n.body, requestId: n.requestId });
}

function str(v: unknown): v is string {
  return typeof v === 'string';
}

/** Checks the listing's shape (the dialog shows these values). */
export function parseListing(text: string, where: string): SourceListing {
  const o = parseJson(text, where);
  if (!(o.folders instanceof Array) || !(o.files instanceof Array)) throw new FilepickerError(PREFIX + where + ' answered without `folders` and `files` lists');
  const folders: SourceFolder[] = [];
  const files: SourceFile[] = [];
  for (let i = 0; i < o.folders.length; i++) {
    const f = o.folders[i];
    if (f && str(f.name) && str(f.path)) folders.push({ name: f.name, path: f.path });
  }
  for (let i = 0; i < o.files.length; i++) {
    const f = o.files[i];
    if (!f || !str(f.name) || !str(f.path) || typeof f.size !== 'number' || !(f.size >= 0)) continue;
    const file: SourceFile = { name: f.name, path: f.path, size: f.size, mimetype: str(f.mimetype) && f.mimetype ? f.mimetype : 'application/octet-stream' };
    if (typeof f.modified === 'number') file.modified = f.modified;
    files.push(file);
  }
  const out: SourceListing = { folders, files };
  if (str(o.next) && o.next) out.next = o.next;
  return out;
}

export function listSource(deps: CustomSourceDeps, container: string, path: string, cursor: string | undefined, opts: EngineOptions): Promise<SourceListing> {
  try {
    checkSourceRef(container, path, false);
  } catch (e) {
    return Promise.reject(e);
  }
  const q: string[] = ['key=' + encodeURIComponent(deps.apikey), 'container=' + encodeURIComponent(container), 'path=' + encodeURIComponent(path)];
  if (cursor) q.push('cursor=' + encodeURIComponent(cursor));
  if (deps.security && deps.security.policy) q.push('policy=' + encodeURIComponent(deps.security.policy));
  if (deps.security && deps.security.signature) q.push('signature=' + encodeURIComponent(deps.security.signature));
  const url = customSourceBase(deps.hosts) + '/list?' + q.join('&');
  const where = 'the custom source listing (' + customSourceBase(deps.hosts) + ')';
  const abort = new Aborter();
  return withRetry({ env: deps.env, retry: opts.retryOptions }, abort, function () {
    return sendOnce(deps.transport, { method: 'GET', url, timeoutMs: opts.requestTimeoutMs, signal: abort }, where);
  }).then(
    function (res) { return parseListing(res.text, where); },
    function (e: unknown) { throw withServerMessage(e, where); },
  );
}

export function runStoreFromSource(deps: CustomSourceDeps, source: SourceRef, store: StoreOptions, events: UploadEvents, opts: EngineOptions): UploadTask {
  checkSourceRef(source && source.container, source && source.path, true);
  const where = 'the custom source copy (' + customSourceBase(deps.hosts) + ')';
  const body: { [k: string]: unknown } = { apikey: deps.apikey, container: source.container, path: source.path, store: storeBody(store) };
  if (deps.security && deps.security.policy) body.policy = deps.security.policy;
  if (deps.security && deps.security.signature) body.signature = deps.security.signature;
  return runServerTask({ transport: deps.transport, env: deps.env, fileApi: deps.hosts.fileApi }, {
    request: { method: 'POST', url: customSourceBase(deps.hosts) + '/store', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) },
    where,
    filename: source.path.replace(/^.*\//, '') || 'file',
    mapError: function (e: unknown) { return withServerMessage(e, where); },
  }, events, opts);
}
