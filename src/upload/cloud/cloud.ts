/**
 * The cloud API client (the contract's CloudApi): Filestack's `POST <cloudApi>/folder/list`, `/store/` and
 * `/auth/logout` (what filestack-js's CloudClient sends) with OAuth sign-in through a popup, plus the reference server's `/auth/credentials` (FTP and
 * WebDAV sign-in with a form) and `/link/` (a file picked without storing, or a folder chosen by pickFolder). Every call carries the page's `token`.
 */
import { FilepickerError, PREFIX } from '../../core/errors';
import { CloudApi, CloudListing, CloudRef, SourceFile, SourceFolder, StoredFile, StoreOptions, UploadEvents, UploadTask } from '../../core/contracts';
import { EngineOptions } from '../types';
import { JsonObject, parseJson, parseStored, storeBody } from '../protocol';
import { runServerTask } from '../serverTask';
import { cloudBase, cloudBody, cloudCall, cloudError, CloudDeps, keepToken } from './request';
import { checkRef } from './checks';
import { pageUrl, readOAuthMessage } from './oauth';
import { fetchThumbnail } from './thumbnail';

function str(v: unknown): v is string {
  return typeof v === 'string';
}

/** Reads one `/folder/list` answer of a cloud: its folders and files, the next page's cursor, or the sign-in needed. */
export function parseCloudListing(o: JsonObject): CloudListing {
  const out: CloudListing = { folders: [], files: [] };
  const auth = o.auth as JsonObject | undefined;
  if (auth && typeof auth === 'object') {
    if (str(auth.redirect_url)) out.signIn = { redirect: auth.redirect_url };
    else {
      out.signIn = { fields: auth.fields instanceof Array ? (auth.fields as unknown[]).filter(str) : [] };
      const given = auth.defaults as JsonObject | undefined;
      const defaults: { [field: string]: string } = {};
      let any = false;
      for (const k in given) {
        const v = given[k];
        if (Object.prototype.hasOwnProperty.call(given, k) && (str(v) || typeof v === 'number' || typeof v === 'boolean')) {
          defaults[k] = String(v);
          any = true;
        }
      }
      if (any) out.signIn.defaults = defaults;
    }
    return out;
  }
  const contents = o.contents instanceof Array ? (o.contents as unknown[]) : [];
  for (let i = 0; i < contents.length; i++) {
    const c = contents[i] as JsonObject;
    if (!c || !str(c.name) || !str(c.path)) continue;
    if (c.folder === true) {
      out.folders.push({ name: c.name, path: c.path } as SourceFolder);
      continue;
    }
    const size = typeof c.size === 'number' ? c.size : typeof c.bytes === 'number' ? c.bytes : null;
    const f: SourceFile = { name: c.name, path: c.path, size: size === null ? 0 : size, mimetype: str(c.mimetype) && c.mimetype ? c.mimetype : 'application/octet-stream' };
    // a source that lists no size (`null`, or none given): the server checks the size when the file is copied
    if (size === null) f.sizeUnknown = true;
    const modified = str(c.modified) ? Date.parse(c.modified) : NaN;
    if (modified === modified) f.modified = modified;
    if (c.thumb === true) f.thumbnail = true;
    out.files.push(f);
  }
  if (str(o.next) && o.next) out.next = o.next;
  if (o.searchable === true) out.searchable = true;
  return out;
}

/** The answer of `/offered` (ours): the names it lists, or null when it is not that answer. */
function parseOffered(o: JsonObject): string[] | null {
  return o.offered instanceof Array ? (o.offered as unknown[]).filter(str) : null;
}

/** A form's values as the server reads them: FTP's `port` is a number. */
function credentials(cloud: string, fields: { [field: string]: string }): JsonObject {
  const out: JsonObject = {};
  for (const k in fields) {
    if (!Object.prototype.hasOwnProperty.call(fields, k) || fields[k] === '') continue;
    out[k] = k === 'port' && /^\d+$/.test(fields[k]) ? Number(fields[k]) : fields[k];
  }
  if (cloud === 'ftp' && out.secure === undefined) out.secure = 'auto';
  return out;
}

/** The answer of `/link/`: the link to the file at its source, as the result of a pick. */
function parseLink(o: JsonObject, file: CloudRef, where: string): StoredFile {
  if (!str(o.url) || !o.url) throw new FilepickerError(PREFIX + where + ' answered without `url`');
  const name = file.path.slice(file.path.lastIndexOf('/') + 1);
  const handle = o.url.replace(/[?#].*$/, '').replace(/\/+$/, '');
  return {
    handle: handle.slice(handle.lastIndexOf('/') + 1),
    url: o.url,
    filename: str(o.filename) ? o.filename : name,
    mimetype: str(o.mimetype) ? o.mimetype : 'application/octet-stream',
    size: typeof o.size === 'number' ? o.size : 0,
    linked: true,
  };
}

/** One request that results in a file (a copy, or a link), run as an UploadTask. */
function fileTask(deps: CloudDeps, file: CloudRef, path: '/store/' | '/link/', store: StoreOptions | undefined, events: UploadEvents, opts: EngineOptions): UploadTask {
  checkRef(file && file.cloud, file && file.path, true);
  const cloud = file.cloud;
  const where = 'the ' + cloud + ' source (' + cloudBase(deps.hosts) + path + ')';
  const one: JsonObject = { path: file.path };
  if (typeof file.maxSize === 'number') one.maxSize = file.maxSize;
  if (store) one.store = storeBody(store);
  const clouds: JsonObject = {};
  clouds[cloud] = one;
  return runServerTask({ transport: deps.transport, env: deps.env, fileApi: deps.hosts.fileApi }, {
    request: { method: 'POST', url: cloudBase(deps.hosts) + path, headers: { 'Content-Type': 'application/json' }, body: cloudBody(deps, clouds) },
    where,
    filename: file.path.slice(file.path.lastIndexOf('/') + 1) || 'file',
    mapError: (e: unknown) => cloudError(e, cloud),
    parse: (text: string) => {
      const o = parseJson(text, where);
      keepToken(deps, o);
      const mine = o[cloud] && typeof o[cloud] === 'object' ? (o[cloud] as JsonObject) : o;
      if (path === '/link/') return parseLink(mine, file, where);
      return parseStored(JSON.stringify(mine), deps.hosts.fileApi, where, { filename: 'file', mimetype: 'application/octet-stream', size: 0 });
    },
  }, events, opts);
}

/** `/folder/list` of one cloud: a folder's page, or (with `search`, ours) a page of what matches it. */
function listCall(deps: CloudDeps, opts: EngineOptions, cloud: string, path: string, cursor?: string, search?: string): Promise<CloudListing> {
  try {
    checkRef(cloud, path, false);
    if (search !== undefined && (typeof search !== 'string' || !search)) throw new FilepickerError(PREFIX + 'search: expected the text to search for');
  } catch (e) {
    return Promise.reject(e);
  }
  const one: JsonObject = { path };
  if (cursor) one.next = cursor;
  if (search) one.search = search;
  const clouds: JsonObject = {};
  clouds[cloud] = one;
  const appurl = pageUrl();
  return cloudCall(deps, '/folder/list', cloudBody(deps, clouds, appurl ? { appurl } : undefined), cloud, opts, true).then(parseCloudListing);
}

export function createCloudApi(deps: CloudDeps, opts: EngineOptions): CloudApi {
  return {
    list(cloud, path, cursor) {
      return listCall(deps, opts, cloud, path, cursor);
    },
    search(cloud, query, cursor) {
      return listCall(deps, opts, cloud, '/', cursor, query);
    },
    signIn(cloud, fields) {
      const clouds: JsonObject = {};
      clouds[cloud] = credentials(cloud, fields || {});
      return cloudCall(deps, '/auth/credentials', cloudBody(deps, clouds), cloud, opts, false).then(function () { /* the token is kept */ });
    },
    store(file, store, events) {
      return fileTask(deps, file, '/store/', store || {}, events || {}, opts);
    },
    link(file, events) {
      return fileTask(deps, file, '/link/', undefined, events || {}, opts);
    },
    folderLink(cloud, path) {
      try {
        checkRef(cloud, path, false);
      } catch (e) {
        return Promise.reject(e);
      }
      const clouds: JsonObject = {};
      clouds[cloud] = { path: path.charAt(path.length - 1) === '/' ? path : path + '/' };
      return cloudCall(deps, '/link/', cloudBody(deps, clouds), cloud, opts, false).then(
        function (o) { return str(o.url) && o.url ? o.url : null; },
        function () { return null; },
      );
    },
    logout(cloud) {
      let clouds: JsonObject | undefined;
      if (cloud) {
        clouds = {};
        clouds[cloud] = {};
      }
      return cloudCall(deps, '/auth/logout', cloudBody(deps, clouds), cloud || 'cloud', opts, false).then(function () { /* the token is kept */ });
    },
    offered(clouds) {
      const named: JsonObject = {};
      for (let i = 0; i < clouds.length; i++) named[clouds[i]] = {};
      return cloudCall(deps, '/offered', cloudBody(deps, named), 'cloud', opts, false).then(parseOffered, function () {
        return null;
      });
    },
    oauthMessage(cloud, origin, data) {
      return Promise.resolve(readOAuthMessage(deps, cloud, origin, data));
    },
    thumbnail(file, signal) {
      return fetchThumbnail(deps, file, signal);
    },
  };
}
