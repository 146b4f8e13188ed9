/** `POST /cloud/store/`: copies a provider's file into the app's store location, answered as the upload API's `complete`. */
import { finished } from 'stream/promises';
import { storageAt, Ctx } from '../context';
import type { Fields } from '../http/body';
import { badRequest } from '../http/errors';
import { newHandle } from '../ids';
import { fileUrl } from '../routes/complete';
import { assertOwnKey, ownerMeta } from '../security/ownership';
import { checkSecurity } from '../security/policy';
import { objectKey, readStore } from '../storeOptions';
import type { FileJson } from '../uploads';
import { checkFilename, checkMimetype } from '../validate';
import { connectTo, keepRefreshed, onlyCloud, readCall } from './call';
import { TooLarge, copyInto } from './copy';
import { checkedLength } from './exact';
import { askedMaxSize, checkMaxSize, tooLarge } from './maxSize';
import { baseName, cloudPath, filePathOf } from './paths';
import { writeToken } from './session';

export interface StoredJson extends FileJson {
  client: string;
}

export async function storeRoute(ctx: Ctx, fields: Fields): Promise<Record<string, unknown>> {
  const call = readCall(ctx, fields, true);
  const name = onlyCloud(call);
  const cf = call.clouds[name];
  const path = filePathOf(name, cloudPath(name, cf.path, `clouds.${name}.path`), `clouds.${name}.path`);
  const store = readStore(cf, ctx.cfg, `clouds.${name}.store.`);
  const maxSize = askedMaxSize(name, cf);
  let filename = checkFilename(`clouds.${name}.store.filename`, store.filename || baseName(path));
  let key = objectKey(store.path, filename);
  let need = { calls: ['pick' as const, 'store' as const], key, container: store.bucket };
  checkSecurity(call.app, fields, need);
  const { conn } = await connectTo(ctx, call, name);
  try {
    const info = await conn.stat(path);
    // id-based sources (Google Drive): the file's name is known once asked for; the policy is checked again on the key it gives
    if (!store.filename && info.name !== filename) {
      filename = checkFilename(`clouds.${name}.store.filename`, info.name);
      key = objectKey(store.path, filename);
      need = { ...need, key };
      checkSecurity(call.app, fields, need);
    }
    if (info.size !== undefined) checkSecurity(call.app, fields, { ...need, size: info.size });
    checkMaxSize(name, path, info.size, maxSize);
    if (info.size !== undefined && info.size > ctx.cfg.maxStoreBytes) throw tooLarge(name, `${path} is ${info.size} bytes, above this server's store limit of ${ctx.cfg.maxStoreBytes}`, ctx.cfg.maxStoreBytes, info.size);
    const mimetype = checkMimetype('mimetype', info.mimetype);
    const st = storageAt(ctx, store.location, `clouds.${name}.store.location`);
    if (!(await st.ensureBucket(store.bucket, ctx.cfg.createBuckets))) throw badRequest(`clouds.${name}.store.container: bucket "${store.bucket}" does not exist on this storage`);
    await assertOwnKey(st, call.app.apikey, store.bucket, key, `clouds.${name}.store.path`);
    const read = await conn.read(path);
    const metadata = { 'fp-filename': encodeURIComponent(filename), 'fp-access': store.access, ...ownerMeta(call.app.apikey) };
    const target = { st, bucket: store.bucket, key, mimetype, metadata, publicAcl: store.access === 'public' && ctx.cfg.s3PublicAcl };
    const limits = { partSize: ctx.cfg.cloud.partSize, maxBytes: maxSize !== undefined ? Math.min(maxSize, ctx.cfg.maxStoreBytes) : ctx.cfg.maxStoreBytes };
    const body = checkedLength(name, read.body, read.size, (e) => e as Error);
    const size = await copyInto(target, body, read.size, limits).catch((e: unknown) => {
      if (!(e instanceof TooLarge)) throw e;
      // the size its bytes came with (stat told none), when they came with one: answered as when stat tells it
      const known = read.size !== undefined ? ` is ${read.size} bytes,` : ' is';
      throw tooLarge(name, `${path}${known} above ${e.max === maxSize ? "the picker's maxSize" : "this server's store limit"} of ${e.max} bytes`, e.max, read.size);
    });
    // storage may have taken every byte before the provider confirmed the transfer: wait for it before closing
    await finished(body).catch(() => undefined);
    if (info.size === undefined) {
      try {
        checkSecurity(call.app, fields, { ...need, size });
      } catch (e) {
        await st.delete(store.bucket, key);
        throw e;
      }
    }
    const handle = newHandle();
    await ctx.handles.put({ handle, apikey: call.app.apikey, location: store.location, bucket: store.bucket, key, filename, mimetype, size, uploaded: Date.now(), access: store.access, path: store.path });
    const out: StoredJson = { url: fileUrl(ctx, handle), handle, filename, size, mimetype, type: mimetype, key, container: store.bucket, status: 'Stored', client: name };
    if (store.path !== undefined) out.path = key;
    keepRefreshed(call, name, conn);
    return { token: writeToken(ctx, call.sessions), [name]: out };
  } finally {
    conn.close();
  }
}
