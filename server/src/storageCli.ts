/**
 * `npm run storage`: the built-in storage (s3rver behind its gate) as a process of its own, for several API instances
 * (`FP_STORAGE_URL` + the same `FP_SHARED_SECRET`). Configuration from the environment, see server/README.md; stops
 * on SIGINT/SIGTERM.
 */
import * as path from 'path';
import { promises as fsp } from 'fs';
import { startBuiltinStorage } from './storage/builtin';
import { resolveSecret } from './secret';
import { orphanSweepFromEnv } from './storage/orphanSweepConfig';

export async function main(env: NodeJS.ProcessEnv): Promise<void> {
  const port = env.PORT === undefined || env.PORT === '' ? 9000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`storage: PORT must be 0..65535, got "${env.PORT}"`);
  const host = env.HOST || '127.0.0.1';
  const dataDir = path.resolve(env.DATA_DIR || path.join(__dirname, '..', '..', '.data'));
  await fsp.mkdir(dataDir, { recursive: true });
  const secret = await resolveSecret(env.FP_SHARED_SECRET || undefined, dataDir);
  const storage = await startBuiltinStorage({ dir: path.join(dataDir, 's3'), secret, host, port, publicUrl: env.STORAGE_PUBLIC_URL || undefined, orphanSweep: orphanSweepFromEnv(env) });
  const lines = [
    `filepicker built-in storage on ${storage.endpoint}`,
    `  data:          ${storage.dir}`,
    `  shared secret: ${env.FP_SHARED_SECRET ? 'from FP_SHARED_SECRET' : 'from ' + path.join(dataDir, 'shared-secret')}`,
    `  API instances: FP_STORAGE_URL=${storage.endpoint} and the same shared secret`,
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
    storage.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

if (require.main === module) {
  main(process.env).catch((e) => {
    process.stderr.write(String((e && e.message) || e) + '\n');
    process.exit(1);
  });
}
