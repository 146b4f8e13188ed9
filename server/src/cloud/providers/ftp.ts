/** FTP (and FTPS via `AUTH TLS` where the server offers it) with basic-ftp. */
import { PassThrough, Writable } from 'stream';
import { Client, FTPError, FileInfo as FtpEntry } from 'basic-ftp';
import type { Fields } from '../../http/body';
import { CloudError } from '../errors';
import { resolveChecked, trustedCa } from '../netGuard';
import { FOLDER_MIMETYPE, baseName, filePathOf, folderPath, joinPath, mimetypeOf } from '../paths';
import { Connection, Credentials, Entry, FileRead, PAGE_SIZE, Provider, ProviderEnv } from '../provider';
import { pageOf } from './paging';
import { networkError } from './netErrors';

const NAME = 'ftp';

/** An FTP reply or a socket error as the cloud API's error. */
export function ftpError(e: unknown, what: string): Error {
  if (e instanceof CloudError) return e;
  if (e instanceof FTPError) {
    if (e.code === 530 || e.code === 331 || e.code === 332) return new CloudError('signin', NAME, 'sign-in failed (the server refused the user or password)');
    if (e.code === 550 || e.code === 450) return new CloudError('notfound', NAME, `${what}: no such file or folder`);
    if (e.code === 421) return new CloudError('upstream', NAME, 'the server closed the session (421: too many connections or shutting down)');
    return new CloudError('upstream', NAME, `${what}: the server answered ${e.code}`);
  }
  return networkError(NAME, e);
}

function str(f: Fields, name: string, max: number): string | undefined {
  const v = f[name];
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v !== 'string' || v.length > max) throw new CloudError('badrequest', NAME, `${name}: expected a string of at most ${max} characters`);
  return v;
}

function credentials(f: Fields): Credentials {
  const host = str(f, 'host', 253);
  if (!host) throw new CloudError('badrequest', NAME, 'host: required (the FTP server\'s name or address)');
  if (!/^[A-Za-z0-9.:\-[\]]+$/.test(host)) throw new CloudError('badrequest', NAME, `host: expected a host name or IP address, got ${JSON.stringify(host)}`);
  const portRaw = f.port === undefined || f.port === null || f.port === '' ? 21 : Number(f.port);
  if (!Number.isInteger(portRaw) || portRaw < 1 || portRaw > 65535) throw new CloudError('badrequest', NAME, `port: expected 1..65535, got ${JSON.stringify(f.port)}`);
  const s = f.secure === undefined || f.secure === null || f.secure === '' ? 'auto' : f.secure;
  if (s !== 'auto' && s !== true && s !== false && s !== 'true' && s !== 'false') throw new CloudError('badrequest', NAME, `secure: expected "auto", true or false, got ${JSON.stringify(f.secure)}`);
  const secure = s === 'auto' ? 'auto' : s === true || s === 'true';
  return { host, port: portRaw, user: str(f, 'user', 256) || 'anonymous', password: str(f, 'password', 1024) || '', secure };
}

async function signIn(c: Credentials, env: ProviderEnv, secure: boolean): Promise<Client> {
  const target = await resolveChecked(NAME, String(c.host), env.net);
  const client = new Client(env.timeoutMs);
  const servername = /^[0-9.:[\]]+$/.test(String(c.host)) ? undefined : String(c.host);
  try {
    await client.access({ host: target.address, port: Number(c.port), user: String(c.user), password: String(c.password), secure, secureOptions: { servername, ca: trustedCa(env.net) } });
    return client;
  } catch (e) {
    client.close();
    throw e;
  }
}

async function connect(c: Credentials, env: ProviderEnv): Promise<Connection> {
  let client: Client;
  try {
    client = await signIn(c, env, c.secure !== false);
  } catch (e) {
    // "auto": a server that does not take AUTH TLS (a 5xx reply to it) is used without TLS
    const noTls = e instanceof FTPError && e.code >= 500 && e.code !== 530 && c.secure === 'auto';
    if (!noTls) throw ftpError(e, 'sign-in');
    client = await signIn(c, env, false).catch((e2: unknown) => {
      throw ftpError(e2, 'sign-in');
    });
  }
  return connection(client);
}

function entryOf(folder: string, f: FtpEntry): Entry {
  const dir = f.isDirectory;
  const path = dir ? folderPath(joinPath(folder, f.name)) : joinPath(folder, f.name);
  return { name: f.name, path, folder: dir, mimetype: dir ? FOLDER_MIMETYPE : mimetypeOf(f.name), size: dir ? 0 : f.size, modified: f.modifiedAt };
}

function connection(client: Client): Connection {
  const op = async <T>(what: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (e) {
      throw ftpError(e, what);
    }
  };
  return {
    list: (path, next) =>
      op(path, async () => {
        const folder = folderPath(path);
        // CWD first: a missing folder is a clear 550 there, where LIST's answer differs between servers
        await client.cd(folder);
        const all = (await client.list()).filter((f) => f.name !== '.' && f.name !== '..' && (f.isDirectory || f.isFile));
        return pageOf(all.map((f) => entryOf(folder, f)), next, PAGE_SIZE);
      }),
    stat: (path) =>
      op(path, async () => {
        const file = filePathOf(NAME, path, 'path');
        const size = await client.size(file);
        return { name: baseName(file), path: file, mimetype: mimetypeOf(file), size };
      }),
    read: (path) =>
      op(path, async (): Promise<FileRead> => {
        const file = filePathOf(NAME, path, 'path');
        const size = await client.size(file);
        const out = new PassThrough();
        // basic-ftp ends the stream it is given even when the transfer fails: this sink forwards the bytes, and only a
        // finished transfer ends `out` (a failed one destroys it, so nothing truncated looks whole)
        const sink = new Writable({
          write(chunk: Buffer, _enc, cb) {
            if (out.write(chunk)) cb();
            else out.once('drain', () => cb());
          },
        });
        client.downloadTo(sink, file).then(
          () => out.end(),
          (e: unknown) => out.destroy(ftpError(e, file)),
        );
        return { body: out, size };
      }),
    close: () => client.close(),
  };
}

export const ftpProvider: Provider = { name: NAME, signin: 'credentials', fields: ['host', 'port', 'user', 'password', 'secure'], credentials, connect };
