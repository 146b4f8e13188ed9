/** The command line server (scripts/start.js): configuration from the environment, stops on SIGINT/SIGTERM. */
import * as path from 'path';
import { ResolvedConfig, optionsFromEnv } from './config';
import { startServer } from './index';

function storageLine(cfg: ResolvedConfig, endpoint: string): string {
  if (cfg.s3) return endpoint;
  if (cfg.storageUrl) return endpoint + ' (built-in storage of its own process)';
  return endpoint + ' (built-in storage, in this process, data in ' + cfg.dataDir + ')';
}

export async function main(env: NodeJS.ProcessEnv): Promise<void> {
  const options = optionsFromEnv(env);
  const root = path.resolve(__dirname, '..', '..');
  const server = await startServer({
    ...options,
    port: options.port === undefined ? 8080 : options.port,
    dataDir: options.dataDir || path.join(root, '.data'),
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
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}
