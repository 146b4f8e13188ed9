import { PickerConfig } from '../core/contracts';
import { ValidationError } from '../core/errors';
import { describe, isObject } from './coerce';
import { Draft, newDraft, pairWarning, runTable, warn } from './draft';
import { DEFAULT_SOURCES } from './services';
import { unknownKeyMessage } from './suggest';
import { PICKER_KEYS, PICKER_TABLE } from './table';
import { PickerMode, TranslateEnv, Translated } from './types';

/** Dialog defaults (v2's documented defaults): everything the page may leave out. `container` depends on the device. */
const DEFAULTS = {
  folders: false,
  backgroundUpload: true,
  hide: false,
  /** v2 always sent `co=crop`: with the CONVERT source and no `conversions`, only cropping is offered. */
  conversions: ['crop'],
};

const MOBILE = /iPhone|iPod|iPad|Android/i;

/** v2 `browser.openInModal()`: phones and tablets get a window unless running as a home-screen app. */
export function defaultContainer(env: TranslateEnv): string {
  const mobile = !!env.userAgent && MOBILE.test(env.userAgent);
  return mobile && !env.standalone ? 'window' : 'modal';
}

/** v2's exact text for a picker call given both (export has its own, in src/export/checkExport.ts). */
const BOTH_TYPES = 'Error: Cannot pass in both mimetype and extension parameters to the pick function';

function pluralWins(d: Draft, singular: 'service' | 'mimetype' | 'extension'): string[] | undefined {
  const plural = (singular + 's') as 'services' | 'mimetypes' | 'extensions';
  const one = d.lists[singular];
  const many = d.lists[plural];
  // An empty plural (`mimetypes: ''`, `services: []`) counts as not given, so it cannot hide the singular.
  if (!many || !many.length) return one;
  if (one && one.length && one.join(',') !== many.join(',')) {
    warn(d, singular, 'filepicker: both `' + singular + '` and `' + plural + '` are given; `' + plural + '` is used');
  }
  return many;
}

function dedupe(list: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) if (out.indexOf(list[i]) < 0) out.push(list[i]);
  return out;
}

function hasKeys(o: object): boolean {
  return Object.keys(o).length > 0;
}

function finish(d: Draft): Translated {
  const mimetypes = pluralWins(d, 'mimetype') || [];
  const extensions = pluralWins(d, 'extension') || [];
  if (mimetypes.length && extensions.length) throw new ValidationError('mimetype', BOTH_TYPES);
  // `*/*` anywhere means anything; the contract says so with an empty list.
  const anything = mimetypes.indexOf('*/*') >= 0;

  const named = pluralWins(d, 'service');
  // a page that names a custom source bucket but no services gets that source too
  const sources = named && named.length ? dedupe(named) : DEFAULT_SOURCES.concat(d.config.customSourceContainer ? ['CUSTOMSOURCE'] : []);
  if (d.config.openTo && sources.indexOf(d.config.openTo) < 0) {
    warn(d, 'openTo', 'filepicker: `openTo` "' + d.config.openTo + '" is not one of the sources (' + sources.join(', ') + '); the dialog opens on the first source');
  }

  const multiple = d.mode === 'pickMultiple' || !!d.multiple;
  if (d.config.folders && !multiple) {
    warn(d, 'folders', 'filepicker: `folders` only applies when picking multiple files');
  }
  if (d.config.maxFiles !== undefined && d.config.maxFiles > 1 && !multiple) {
    warn(d, 'maxFiles', 'filepicker: `maxFiles` only applies when picking multiple files (set `multiple: true` or use pickMultiple)');
  }
  pairWarning(d);
  if (multiple && d.mode !== 'pickAndStore' && d.store.path && d.store.path.charAt(d.store.path.length - 1) !== '/') {
    warn(d, 'storePath', 'filepicker: `storePath` "' + d.store.path + '" is a file path; with multiple files each one replaces the last. End it with "/"');
  }

  const webcamDim = d.webcam.dim || d.webcamTopDim;
  const webcam = { ...d.webcam };
  if (webcamDim) webcam.dim = webcamDim;

  const config: PickerConfig = {
    ...DEFAULTS,
    conversions: DEFAULTS.conversions.slice(),
    ...d.config,
    container: d.config.container || defaultContainer(d.env),
    multiple,
    accept: { mimetypes: anything ? [] : mimetypes, extensions },
    sources,
    // v2: pickAndStore copies cloud files into storage; pick and pickMultiple return links to them
    cloudStore: d.mode === 'pickAndStore',
  };
  if (hasKeys(d.image)) config.image = d.image;
  if (hasKeys(d.crop)) config.crop = d.crop;
  if (hasKeys(webcam)) config.webcam = webcam;

  const store = { ...d.store };
  if (d.suggestedFilename !== undefined) warn(d, 'suggestedFilename', 'filepicker: `suggestedFilename` only applies to export');
  return { config, store, security: { ...d.security }, debug: d.debug, resume: d.resume, warnings: d.warnings };
}

/** Runs the table over the picker options (anything but an object is ignored with a warning); no pickAndStore checks. */
export function translatePickerDraft(input: unknown, mode: PickerMode, env: TranslateEnv = {}): Translated {
  const d = newDraft(mode, env || {});
  if (isObject(input)) {
    runTable(PICKER_TABLE, input, d, '', (key) => warn(d, key, unknownKeyMessage('picker option', key, PICKER_KEYS)));
  } else if (input !== null && input !== undefined) {
    // v2 read its options as properties of whatever it was given (`pick([])` opened the default dialog)
    warn(d, 'options', 'filepicker: `options` should be an object of picker options, got ' + describe(input) + '; the defaults are used');
  }
  return finish(d);
}
