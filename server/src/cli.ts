/** The command line server (scripts/start.js): configuration from the environment, stops on SIGINT/SIGTERM. */
import * as path from 'path';
import { ResolvedConfig, optionsFromEnv } from './config';
import { startServer } from './index';
import { redactUrl } from './http/redact';
import type { DemoSources } from './cloud/demo';

function storageLine(cfg: ResolvedConfig, endpoint: string): string {
  if (cfg.s3) return endpoint;
  if (cfg.storageUrl) return endpoint + ' (built-in storage of its own process)';
  return endpoint + ' (built-in storage, in this process, data in ' + cfg.dataDir + ')';
}

/**
 * Where the files are: `rootDir` holds the bundle's `dist/` (served at /dist/), `dataDir` the built-in storage's data
 * unless DATA_DIR says otherwise. Default: the repository checkout this file is in (`npm start`); the installed
 * package's bin (server/bin) passes its own.
 */
/**
 * The FTP and WebDAV demo sources (FP_CLOUD_DEMO=0 turns them off). They run on ftp-srv and webdav-server, which only
 * the repository checkout installs (development dependencies): the installed server package starts without them.
 */
async function demoSources(env: NodeJS.ProcessEnv, dataDir: string): Promise<DemoSources | null> {
  if (/^(0|false|no)$/i.test(env.FP_CLOUD_DEMO || '')) return null;
  let demo: typeof import('./cloud/demo');
  try {
    // require, not import(): under tsx's CommonJS hook an import() goes through the ES module resolver, which finds
    // no extensionless './cloud/demo' and would stop the server even where ftp-srv and webdav-server are installed
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- optional at run time (see above)
    demo = require('./cloud/demo') as typeof import('./cloud/demo');
  } catch (e) {
    if ((e as { code?: string }).code === 'MODULE_NOT_FOUND') return null;
    throw e;
  }
  return demo.startDemoSources(dataDir);
}

export interface CliPaths {
  rootDir?: string;
  dataDir?: string;
}

export async function main(env: NodeJS.ProcessEnv, paths: CliPaths = {}): Promise<void> {
  const options = optionsFromEnv(env);
  const root = paths.rootDir || path.resolve(__dirname, '..', '..');
  // The embedded dev setup (loopback address, built-in storage in this process) lets url= reach loopback, so the demo
  // can store from its own pages; any other setup refuses it unless FP_FETCH_ALLOW_HOSTS says otherwise.
  const devSetup = !options.s3 && !options.storageUrl && (!options.host || options.host === '127.0.0.1' || options.host === 'localhost');
  if (options.fetchAllowHosts === undefined && devSetup) options.fetchAllowHosts = ['127.0.0.1', 'localhost', '::1'];
  const dataDir = options.dataDir || paths.dataDir || path.join(root, '.data');
  // the dev setup also serves an FTP and a WebDAV demo source on loopback (FP_CLOUD_DEMO=0 turns them off)
  const demo = devSetup ? await demoSources(env, dataDir) : null;
  if (demo) options.cloud = demo.options(options.cloud);
  const server = await startServer({
    ...options,
    port: options.port === undefined ? 8080 : options.port,
    dataDir,
    staticDirs: true,
    sameOriginStorage: options.sameOriginStorage === undefined ? true : options.sameOriginStorage,
    rootDir: root,
  });
  const apps = server.config.apps;
  const lines = [
    `filepicker reference server on ${server.url}`,
    `  demo pages:  ${server.url}/demo/`,
    `  bundle:      ${server.url}/dist/filepicker.js`,
    `  upload API:  ${server.url}/multipart/start`,
    `  file API:    ${server.url}/api/file/<handle>`,
    `  storage:     ${storageLine(server.config, server.storage.endpoint)}, bucket ${server.storage.bucket}`,
    `  cloud API:   ${server.url}/cloud (${server.config.cloud.providers.join(', ') || 'no sources'})` + (demo ? `; demo FTP ftp://127.0.0.1:${demo.ftp.credentials.port}, demo WebDAV ${demo.webdav.credentials.url} (user ${demo.ftp.credentials.user})` : ''),
    `  url= fetches: ${server.config.fetchAllowHosts.length ? 'public hosts and ' + server.config.fetchAllowHosts.join(', ') : 'public hosts only'}`,
    `  API key${apps.length > 1 ? 's' : ''}:     ${apps.map((a) => a.apikey + (a.secret ? ' (with a secret: policy and signature required)' : ' (no secret)')).join(', ')}`,
    'Ctrl-C stops it.',
  ];
  process.stdout.write(lines.join('\n') + '\n');
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: stopping\n`);
    const force = setTimeout(() => process.exit(1), 5000);
    force.unref();
    server
      .close()
      .then(() => (demo ? demo.close() : undefined))
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  };
  // the last safety net: an error escaping every route (a stream's unhandled 'error') is logged, never fatal
  process.on('uncaughtException', (e) => process.stderr.write(`server: uncaught error: ${redactUrl(e && e.stack ? e.stack : String(e))}\n`));
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}
