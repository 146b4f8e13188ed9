/**
 * An FTP server (ftp-srv) and a WebDAV server (webdav-server) on loopback, each serving a folder seeded with a few
 * folders and files: the sources `npm start` offers with no account, and the real servers the tests run against.
 * Development and test use only: they listen on 127.0.0.1 at free ports and accept one user.
 */
import { promises as fsp } from 'fs';
import type { AddressInfo, Server } from 'net';
import type { SecureContextOptions } from 'tls';
import * as path from 'path';
import { FtpSrv } from 'ftp-srv';
import { v2 as webdav } from 'webdav-server';

export interface DemoSource {
  /** what a sign-in sends: `{host, port, user, password}` (FTP) or `{url, user, password}` (WebDAV) */
  credentials: Record<string, string | number>;
  root: string;
  close(): Promise<void>;
}

export const DEMO_USER = 'demo';
export const DEMO_PASSWORD = 'demo-password';

/** A few folders and files: text, a small PNG, CSV in a nested folder, a PDF. */
export const DEMO_FILES: Record<string, Buffer> = {
  'readme.txt': Buffer.from('Files served by the demo source of the reference server.\n'),
  'photos/pixel.png': Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000' + '1f15c4890000000d49444154789c6360f8cfc000000301010018dd8db40000000049454e44ae426082', 'hex'),
  'photos/2024/notes.csv': Buffer.from('day,count\nmon,3\ntue,5\n'),
  'docs/report.pdf': Buffer.from('%PDF-1.1\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'),
};

export async function seedFolder(root: string, files: Record<string, Buffer> = DEMO_FILES): Promise<void> {
  for (const rel of Object.keys(files)) {
    const p = path.join(root, rel);
    await fsp.mkdir(path.dirname(p), { recursive: true });
    await fsp.writeFile(p, files[rel]);
  }
}

interface SilentLog {
  child(): SilentLog;
  [level: string]: () => unknown;
}

/** bunyan's interface as ftp-srv calls it, saying nothing */
const silent: SilentLog = {
  child: (): SilentLog => silent,
  trace: (): void => undefined,
  debug: (): void => undefined,
  info: (): void => undefined,
  warn: (): void => undefined,
  error: (): void => undefined,
  fatal: (): void => undefined,
};

/** `tlsContext`: a key and certificate to offer FTPS (`AUTH TLS`) with; without it the server answers AUTH TLS with 502. */
export async function startFtpSource(root: string, user = DEMO_USER, password = DEMO_PASSWORD, tlsContext?: SecureContextOptions): Promise<DemoSource> {
  const srv = new FtpSrv({ url: 'ftp://127.0.0.1:0', pasv_url: '127.0.0.1', pasv_min: 1025, anonymous: false, greeting: 'filepicker demo FTP', log: silent, tls: tlsContext || false });
  srv.on('login', (data, resolve, reject) => {
    if (data.username === user && data.password === password) resolve({ root });
    else reject(new Error('wrong user or password'));
  });
  await srv.listen();
  // ftp-srv keeps its net.Server as `server` (not in its typings)
  const port = ((srv as unknown as { server: Server }).server.address() as AddressInfo).port;
  return { credentials: { host: '127.0.0.1', port, user, password }, root, close: async () => void (await srv.close()) };
}

export async function startWebdavSource(root: string, user = DEMO_USER, password = DEMO_PASSWORD): Promise<DemoSource> {
  const users = new webdav.SimpleUserManager();
  const u = users.addUser(user, password, false);
  const privileges = new webdav.SimplePathPrivilegeManager();
  privileges.setRights(u, '/', ['all']);
  const server = new webdav.WebDAVServer({ port: 0, hostname: '127.0.0.1', httpAuthentication: new webdav.HTTPBasicAuthentication(users, 'filepicker demo'), privilegeManager: privileges, requireAuthentification: true });
  await new Promise<void>((resolve, reject) => server.setFileSystem('/', new webdav.PhysicalFileSystem(root), (ok) => (ok ? resolve() : reject(new Error('webdav-server: could not mount ' + root)))));
  const http = await new Promise<Server>((resolve) => server.start((s) => resolve(s as unknown as Server)));
  const port = (http.address() as AddressInfo).port;
  return { credentials: { url: `http://127.0.0.1:${port}/`, user, password }, root, close: () => new Promise<void>((resolve) => server.stop(() => resolve())) };
}
