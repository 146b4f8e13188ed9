import { LegacyContext } from '../legacy/context';
import { V2_SERVICES } from '../options/services';
import { readAttributes } from './building';
import { AttributeMap } from './snapshot';

export { readAttributes } from './building';
export type { AttributeMap } from './snapshot';

/** A non-empty attribute value (v2 ignored empty ones), or undefined. */
export function attr(map: AttributeMap, name: string): string | undefined {
  const v = map[name.toLowerCase()];
  return v ? v : undefined;
}

/** The options a widget builds from its attributes: strings, lists of them, service numbers, flags. */
export type WidgetOptions = { [k: string]: unknown };

/** Which options a widget reads: pick and drag widgets, the convert widget, export buttons. */
export type WidgetMode = 'pick' | 'convert' | 'export';

/** Attributes read in every mode → v2 option name. */
const GENERAL: [string, string][] = [
  ['container', 'container'], ['mimetype', 'mimetype'], ['extension', 'extension'], ['opento', 'openTo'],
  ['signature', 'signature'], ['policy', 'policy'], ['language', 'language'], ['background-upload', 'backgroundUpload'],
  ['hide', 'hide'], ['custom-css', 'customCss'], ['crop-force', 'cropForce'], ['crop-ratio', 'cropRatio'], ['crop-dim', 'cropDim'],
  ['crop-max', 'cropMax'], ['crop-min', 'cropMin'], ['show-close', 'showClose'], ['conversions', 'conversions'],
  ['custom-text', 'customText'], ['custom-source-container', 'customSourceContainer'], ['custom-source-path', 'customSourcePath'],
];

/** Attributes read by the pick and drag widgets only. */
const PICK_ONLY: [string, string][] = [
  ['mimetypes', 'mimetypes'], ['extensions', 'extensions'], ['maxsize', 'maxSize'], ['maxfiles', 'maxFiles'],
  ['store-location', 'storeLocation'], ['store-path', 'storePath'], ['store-container', 'storeContainer'],
  ['store-region', 'storeRegion'], ['store-access', 'storeAccess'], ['image-quality', 'imageQuality'],
  ['image-dim', 'imageDim'], ['image-max', 'imageMax'], ['image-min', 'imageMin'],
];

/** Attributes that land in `options.webcam`. */
const WEBCAM: [string, string][] = [
  ['video-recording-resolution', 'videoRes'], ['webcam-dim', 'webcamDim'], ['video-length', 'videoLen'], ['audio-length', 'audioLen'],
];

/** Options whose comma-separated value becomes an array. */
const SPLIT = ['extensions', 'mimetypes', 'imageDim', 'imageMin', 'imageMax', 'cropDim', 'cropMax', 'cropMin', 'conversions'];

/** v1 spellings (`data-fp-option-*`), used when the v2 attribute is absent. */
const V1_GENERAL: [string, string][] = [['option-container', 'container'], ['option-services', 'services']];
const V1_PICK: [string, string][] = [['option-maxsize', 'maxSize'], ['option-location', 'storeLocation']];

function copy(options: WidgetOptions, map: AttributeMap, table: [string, string][]): void {
  for (let i = 0; i < table.length; i++) {
    const v = attr(map, 'data-fp-' + table[i][0]);
    if (v !== undefined && options[table[i][1]] === undefined) options[table[i][1]] = v;
  }
}

function mapService(name: string): string | number {
  const key = name.replace(' ', '');
  const table: { [name: string]: number } = V2_SERVICES;
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : name;
}

/** `"640,480"` → `[640, 480]` (numbers where the parts are numbers). */
function splitNumbers(value: string): Array<number | string> {
  const parts = value.split(',');
  const out: Array<number | string> = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i].replace(/^\s+|\s+$/g, '');
    out.push(/^\d+(\.\d+)?$/.test(p) ? Number(p) : p);
  }
  return out;
}

/** v2 treated any non-empty `data-fp-debug` as on, even `"false"` (a v2 quirk); here `false`, `0`, `no` and `off` mean off. */
export function debugFlag(value: string): boolean {
  return !/^\s*(false|0|no|off)\s*$/i.test(value);
}

/**
 * The options object a widget passes to `pick`/`pickMultiple`/`processImage`/`exportFile`, as v2's `constructOptions`
 * built it: values are the attribute strings, lists are split on `,`, services are mapped to their numbers. A
 * `data-fp-apikey` calls `setKey`. Two v2 bugs are fixed: `data-fp-debug="false"` is off, and `data-fp-webcam-dim`
 * reaches `webcam.webcamDim` as two numbers (v2 crashed on click).
 */
export function constructOptions(el: Element, mode: WidgetMode, ctx: LegacyContext): WidgetOptions {
  const map = readAttributes(el);
  const options: WidgetOptions = {};
  copy(options, map, GENERAL);
  const debug = attr(map, 'data-fp-debug');
  if (debug !== undefined) options.debug = debugFlag(debug);
  if (mode === 'export') {
    const name = attr(map, 'data-fp-suggestedfilename') || attr(map, 'data-fp-option-defaultsaveasname');
    if (name !== undefined) options.suggestedFilename = name;
  } else if (mode === 'pick') {
    copy(options, map, PICK_ONLY);
    copy(options, map, V1_PICK);
    const webcam: WidgetOptions = {};
    copy(webcam, map, WEBCAM);
    if (typeof webcam.webcamDim === 'string') webcam.webcamDim = splitNumbers(webcam.webcamDim);
    options.webcam = webcam;
  }
  const services = attr(map, 'data-fp-services') || attr(map, 'data-fp-option-services');
  if (services !== undefined) {
    const list = services.split(',');
    const mapped: Array<string | number> = [];
    for (let i = 0; i < list.length; i++) mapped.push(mapService(list[i]));
    options.services = mapped;
  }
  const service = attr(map, 'data-fp-service');
  if (service !== undefined) options.service = mapService(service);
  copy(options, map, V1_GENERAL);
  if (options.container === undefined) {
    const modal = attr(map, 'data-fp-option-modal');
    if (modal !== undefined) options.container = modal === 'false' ? 'window' : 'modal';
  }
  for (let i = 0; i < SPLIT.length; i++) {
    const v = options[SPLIT[i]];
    if (typeof v === 'string') options[SPLIT[i]] = v.split(',');
  }
  const apikey = attr(map, 'data-fp-apikey');
  if (apikey !== undefined) ctx.setKey(apikey);
  options.folders = attr(map, 'data-fp-folders') === 'true';
  return options;
}

/** `data-fp-multiple="true"` (any case), or v1's `data-fp-option-multiple` other than `"false"`. */
export function isMultiple(el: Element): boolean {
  const map = readAttributes(el);
  const v2 = attr(map, 'data-fp-multiple');
  if (v2 !== undefined) return v2.toLowerCase() === 'true';
  const v1 = attr(map, 'data-fp-option-multiple');
  return v1 !== undefined && v1 !== 'false';
}

/** A fresh copy for one call (the pick functions may change the object they get). */
export function cloneOptions(options: WidgetOptions): WidgetOptions {
  const out: WidgetOptions = {};
  for (const k in options) {
    if (!Object.prototype.hasOwnProperty.call(options, k)) continue;
    const v = options[k];
    if (Object.prototype.toString.call(v) === '[object Array]') out[k] = (v as unknown[]).slice();
    else if (v && typeof v === 'object') out[k] = cloneOptions(v as WidgetOptions);
    else out[k] = v;
  }
  return out;
}
