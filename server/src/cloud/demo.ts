/**
 * The demo sources of `npm start`: an FTP and a WebDAV server on 127.0.0.1, each over its own folder under
 * `<dataDir>/cloud-demo/` (seeded with a few folders and files when empty), offered with their sign-in values
 * filled in, so the dialog's FTP and WebDAV tabs work with no setup.
 */
import { promises as fsp } from 'fs';
import * as path from 'path';
import type { CloudOptions } from './config';
import { DemoSource, seedFolder, startFtpSource, startWebdavSource } from './demoSources';

export interface DemoSources {
  ftp: DemoSource;
  webdav: DemoSource;
  /** `options` with the demo sources' hosts allowed and their sign-in values filled in */
  options(o: CloudOptions | undefined): CloudOptions;
  close(): Promise<void>;
}

async function prepared(dir: string): Promise<string> {
  await fsp.mkdir(dir, { recursive: true });
  if (!(await fsp.readdir(dir)).length) await seedFolder(dir);
  return dir;
}

export async function startDemoSources(dataDir: string): Promise<DemoSources> {
  const root = path.join(dataDir, 'cloud-demo');
  const ftp = await startFtpSource(await prepared(path.join(root, 'ftp')));
  const webdav = await startWebdavSource(await prepared(path.join(root, 'webdav'))).catch(async (e: unknown) => {
    await ftp.close();
    throw e;
  });
  return {
    ftp,
    webdav,
    options: (o) => ({
      ...o,
      allowHosts: (o && o.allowHosts ? o.allowHosts : []).concat(['127.0.0.1']),
      signinDefaults: { ftp: { fields: ftp.credentials }, webdav: { fields: webdav.credentials }, ...(o && o.signinDefaults) },
    }),
    close: async () => {
      await Promise.all([ftp.close(), webdav.close()]);
    },
  };
}
