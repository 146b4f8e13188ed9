/** The orphan sweep's grace and interval: options, environment variables, their checks, and the storage using them. */
import { mkdtempSync, promises as fsp, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { optionsFromEnv, resolveConfig } from '../src/config';
import { startEmbeddedS3 } from '../src/storage/embedded';
import { newPartsFolder } from '../src/storage/partList';
import { orphanSweepFromEnv } from '../src/storage/orphanSweepConfig';

const resolve = (env: NodeJS.ProcessEnv) => resolveConfig(optionsFromEnv(env), () => '/tmp/unused');

test('defaults: 10 minutes of grace, a pass every 30 minutes; FP_ORPHAN_* and the options set them', () => {
  expect(resolve({}).orphanSweep).toEqual({ graceMs: 600000, intervalMs: 1800000 });
  expect(resolve({ FP_ORPHAN_GRACE_MS: '120000', FP_ORPHAN_SWEEP_INTERVAL_MS: ' 60000 ' }).orphanSweep).toEqual({ graceMs: 120000, intervalMs: 60000 });
  expect(resolve({ FP_ORPHAN_GRACE_MS: '' }).orphanSweep.graceMs).toBe(600000);
  expect(resolveConfig({ orphanGraceMs: 5, orphanSweepIntervalMs: 7 }, () => '/tmp/unused').orphanSweep).toEqual({ graceMs: 5, intervalMs: 7 });
});

test('a bad value stops the server with a message naming the variable or option', () => {
  for (const bad of ['abc', '-5', '0', '1.5', '10m', '2147483648']) {
    expect(() => resolve({ FP_ORPHAN_GRACE_MS: bad })).toThrow(`server: environment variable FP_ORPHAN_GRACE_MS must be a whole number of milliseconds from 1 to 2147483647, got "${bad}"`);
    expect(() => orphanSweepFromEnv({ FP_ORPHAN_SWEEP_INTERVAL_MS: bad })).toThrow(/environment variable FP_ORPHAN_SWEEP_INTERVAL_MS must be a whole number/);
  }
  expect(() => resolveConfig({ orphanGraceMs: -1 }, () => '/tmp/unused')).toThrow('server: option `orphanGraceMs` must be a whole number of milliseconds from 1 to 2147483647, got -1');
  expect(() => resolveConfig({ orphanSweepIntervalMs: Infinity }, () => '/tmp/unused')).toThrow(/option `orphanSweepIntervalMs` must be/);
});

async function gone(folder: string, withinMs: number): Promise<boolean> {
  const until = Date.now() + withinMs;
  for (;;) {
    if (!(await fsp.stat(folder).then(() => true, () => false))) return true;
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 25));
  }
}

test('the embedded storage sweeps at the configured interval, sparing folders younger than the grace', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fp-orphan-config-'));
  const quick = await startEmbeddedS3(path.join(dir, 'a'), '127.0.0.1', 0, { graceMs: 1, intervalMs: 40 });
  const patient = await startEmbeddedS3(path.join(dir, 'b'), '127.0.0.1', 0, { intervalMs: 40 });
  try {
    // folders of a completion cut off before its link (no object names them), made after the sweep at start
    const a = await newPartsFolder(path.join(dir, 'a', 'bucket'));
    const b = await newPartsFolder(path.join(dir, 'b', 'bucket'));
    expect(await gone(a, 5000)).toBe(true);
    // the default grace (10 minutes) spares a fresh folder through many passes
    expect(await gone(b, 400)).toBe(false);
  } finally {
    await quick.close();
    await patient.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
