/**
 * The synchronous part of each v2 REST function: the key check and the argument checks that throw v2's
 * FilepickerException texts. They are in the main bundle; the functions themselves (src/legacy/rest/*, the `rest`
 * chunk) start by calling them, so the texts and their order live here only.
 */
import { LegacyContext } from '../context';
import { FilepickerException } from '../FilepickerException';
import { shiftAfter } from '../shift';
import { checkConvertParameters, paramsFromConvertUrl } from './convertParams';
import { copyOptions, isFile, isFileInput, show, urlOf, Options } from './inputs';
import { targetUrl } from './target';
import { mimetypeMatches } from '../../core/mimetypes';
import { checkTextOptions, hasLoneSurrogate, isTextList, sendableText, warnTextList } from './optionText';
import { describeValue } from '../../core/describe';
import { throwingValidation } from '../callbacks';
import { StoreOptions } from '../../core/contracts';
import { translateStoreOptions, TranslatedStore } from '../../options';

/** The store options of store and storeUrl (read by the store option translator). */
const STORE_KEYS = ['location', 'path', 'container', 'storeContainer', 'region', 'storeRegion', 'access', 'filename'];
/** The options store and storeUrl put into the store URL. */
const STORE_TEXT = STORE_KEYS.concat(['mimetype', 'policy', 'signature']);
/** The options store and storeUrl read as text when given as a list of text (`mimetype` outside the translator). */
const STORE_LISTS = STORE_KEYS.concat(['mimetype']);
/** The options read puts into its URL. */
const SECURITY_TEXT = ['policy', 'signature'];

/** True when `input` is one of the kinds read/store/write take: a string, a file input, a File/Blob or an FPFile. */
function knownInput(input: unknown): boolean {
  return typeof input === 'string' || isFileInput(input) || isFile(input) || !!urlOf(input);
}

export function checkStore(ctx: LegacyContext, args: ArrayLike<unknown>): void {
  ctx.requireKey();
  const input = args[0];
  if (!knownInput(input)) throw new FilepickerException('Cannot store given input: ' + show(input) + '. Not a string, file input, DOM File, or FPFile object.');
  checkTextOptions(ctx, 'store', shiftAfter(args, 1).options, STORE_TEXT, STORE_LISTS);
  warnTextList(ctx, 'store', shiftAfter(args, 1).options, 'mimetype');
  // an FPFile is copied by URL: its url and filename go into the request as its options do
  if (typeof input === 'object' && !isFile(input) && !isFileInput(input)) checkTextOptions(ctx, 'store', input, ['url', 'filename']);
  warnStoreOptions(ctx, 'store', copyOptions(shiftAfter(args, 1).options));
}

export function checkStoreUrl(ctx: LegacyContext, args: ArrayLike<unknown>): void {
  ctx.requireKey();
  const input = args[0];
  if (typeof input === 'string' && hasLoneSurrogate(input)) throw new FilepickerException('filepicker: `storeUrl` needs a URL that is well-formed text (it holds a lone surrogate), got ' + describeValue(input));
  if (input && typeof input === 'object') checkTextOptions(ctx, 'storeUrl', input, ['url']);
  checkTextOptions(ctx, 'storeUrl', shiftAfter(args, 1).options, STORE_TEXT, STORE_LISTS);
  warnTextList(ctx, 'storeUrl', shiftAfter(args, 1).options, 'mimetype');
  warnStoreOptions(ctx, 'storeUrl', copyOptions(shiftAfter(args, 1).options));
}

/** Translates the store options (throwing for a bad value) and shows the translator's warnings once per page. */
function warnStoreOptions(ctx: LegacyContext, fn: string, options: Options): void {
  const t = restStoreTranslation(options);
  for (let i = 0; i < t.warnings.length; i++) ctx.warnOnce(fn + ':' + t.warnings[i].option + ':' + t.warnings[i].message, t.warnings[i].message);
}

/**
 * The store options of store/storeUrl (a copy of the caller's) through the store option translator of src/options,
 * as `pickAndStore` reads them: v2 `storeContainer`/`storeRegion`, any-case `location`, a list of text as its
 * comma-joined text (`{location: ['S3']}`, with the translator's warning); a bad value throws the FilepickerException
 * naming the option (store and storeUrl call this in their checks, before any work). Only text values and lists of
 * text are passed on (optionText.ts leaves other values out).
 */
export function restStoreTranslation(options: Options): TranslatedStore {
  return throwingValidation(() => {
    const input: Options = {};
    for (let i = 0; i < STORE_KEYS.length; i++) {
      const v = options[STORE_KEYS[i]];
      const text = isTextList(v) ? (v.length ? v : undefined) : sendableText(v);
      if (text !== undefined) input[STORE_KEYS[i]] = text;
    }
    return translateStoreOptions(input, 'store');
  });
}

/** The translated store options of store/storeUrl (restStoreTranslation). */
export function restStoreOptions(options: Options): StoreOptions {
  return restStoreTranslation(options).store;
}

export function checkRead(ctx: LegacyContext, args: ArrayLike<unknown>): void {
  ctx.requireKey();
  const input = args[0];
  if (!input) throw new FilepickerException('No input given - nothing to read!');
  if (!knownInput(input)) throw new FilepickerException('Cannot read given input: ' + show(input) + '. Not a url, file input, DOM File, or FPFile object.');
  checkTextOptions(ctx, 'read', shiftAfter(args, 1).options, SECURITY_TEXT);
}

/** write (`url` false) and writeUrl (`url` true): returns the target file URL. */
export function checkWrite(ctx: LegacyContext, args: ArrayLike<unknown>, url: boolean): string {
  ctx.requireKey();
  const fpfile = args[0];
  const input = args[1];
  if (!fpfile) throw new FilepickerException('No fpfile given - nothing to write to!');
  if (input === undefined || input === null) throw new FilepickerException('No input given - nothing to write!');
  const target = targetUrl(ctx.hosts, fpfile, 'Invalid file to write to');
  if (!url && !knownInput(input)) throw new FilepickerException('Cannot read from given input: ' + show(input) + '. Not a string, file input, DOM File, or FPFile object.');
  const fn = url ? 'writeUrl' : 'write';
  checkTextOptions(ctx, fn, shiftAfter(args, 2).options, ['mimetype'].concat(SECURITY_TEXT), ['mimetype']);
  warnTextList(ctx, fn, shiftAfter(args, 2).options, 'mimetype');
  return target;
}

/** stat / metadata: returns the target file URL. */
export function checkStat(ctx: LegacyContext, args: ArrayLike<unknown>): string {
  ctx.requireKey();
  const target = targetUrl(ctx.hosts, args[0], 'Invalid file to get metadata for');
  checkTextOptions(ctx, 'stat', shiftAfter(args, 1).options);
  return target;
}

/** remove: returns the key and the target file URL. */
export function checkRemove(ctx: LegacyContext, args: ArrayLike<unknown>): { key: string; target: string } {
  const key = ctx.requireKey();
  const target = targetUrl(ctx.hosts, args[0], 'Invalid file to remove');
  checkTextOptions(ctx, 'remove', shiftAfter(args, 1).options);
  return { key: key, target: target };
}

/**
 * v2's check on an FPFile's `mimetype` before converting: `image/*`, `application/pdf`, or a vague type such as
 * `application/octet-stream` (the file may be anything); a missing one fails. Matching: src/core/mimetypes.ts.
 */
export function convertibleMimetype(mimetype: unknown): boolean {
  if (!mimetype) return false;
  const t = String(mimetype);
  return mimetypeMatches(t, 'image/*') || mimetypeMatches(t, 'application/pdf');
}

/** What convert works with once its checks passed. `badMimetype` is set (and the parameters unchecked, as in v2) when the FPFile cannot be converted. */
export interface ConvertCall {
  a: ReturnType<typeof shiftAfter>;
  options: Options;
  url: string;
  badMimetype?: { mimetype: unknown };
}

/**
 * convert: the key, the file, v2's store-option mapping (`storeLocation`, `storePath`, `storeContainer`,
 * `storeAccess` default `private`), the parameters of a `/convert?…` URL, then v2's parameter table.
 */
export function checkConvert(ctx: LegacyContext, args: ArrayLike<unknown>): ConvertCall {
  ctx.requireKey();
  const fpfile = args[0];
  if (!fpfile) throw new FilepickerException('No fpfile given - nothing to convert!');
  const a = shiftAfter(args, 2);
  const options = copyOptions(args[1]);
  const storeOptions = copyOptions(a.options);
  if (storeOptions.location) options.storeLocation = storeOptions.location;
  if (storeOptions.path) options.storePath = storeOptions.path;
  if (storeOptions.container) options.storeContainer = storeOptions.container;
  options.storeAccess = storeOptions.access || 'private';
  const url = targetUrl(ctx.hosts, fpfile, 'Invalid file to convert', true);
  if (typeof fpfile !== 'string') {
    const mimetype = (fpfile as { mimetype?: unknown }).mimetype;
    if (!convertibleMimetype(mimetype)) return { a: a, options: options, url: url, badMimetype: { mimetype: mimetype } };
  }
  const fromUrl = paramsFromConvertUrl(url);
  for (const k in fromUrl) {
    if (Object.prototype.hasOwnProperty.call(fromUrl, k) && options[k] === undefined) options[k] = fromUrl[k];
  }
  checkConvertParameters(options);
  return { a: a, options: options, url: url };
}
