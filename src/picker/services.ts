import { PickerConfig } from '../core/contracts';
import { StringKey } from './i18n/translator';
import { RETIRED, retiredWarning } from './retired';
import type { CloudName } from './state';

/** The sources of the page and the device, with their tab labels. */
const LOCAL_LABELS: { [source: string]: StringKey } = { COMPUTER: 'sourceComputer', URL: 'sourceUrl', WEBCAM: 'sourceWebcam', VIDEO: 'sourceVideo', AUDIO: 'sourceAudio', CUSTOMSOURCE: 'sourceCustom' };

/**
 * The cloud sources: v2 service name → the cloud API's name. A tab whose cloud the server does not offer (e.g.
 * Dropbox without its app configured) is left out as the dialog opens (offeredTabs.ts), or at its first listing.
 */
export const CLOUDS: { [service: string]: CloudName } = {
  FTP: 'ftp', WEBDAV: 'webdav', DROPBOX: 'dropbox', GOOGLE_DRIVE: 'googledrive', GDRIVE: 'googledrive', BOX: 'box', SKYDRIVE: 'onedrive',
  GITHUB: 'github', GMAIL: 'gmail', FACEBOOK: 'facebook', INSTAGRAM: 'instagram', FLICKR: 'flickr',
};

/** The tab name of each cloud: the service's own name, the same in every language. */
export const CLOUD_NAMES: { [cloud in CloudName]: string } = {
  ftp: 'FTP', webdav: 'WebDAV', dropbox: 'Dropbox', googledrive: 'Google Drive', box: 'Box', onedrive: 'OneDrive',
  github: 'GitHub', gmail: 'Gmail', facebook: 'Facebook', instagram: 'Instagram', flickr: 'Flickr',
};

/** Sources this dialog can show. */
export const SUPPORTED = Object.keys(LOCAL_LABELS).concat(Object.keys(CLOUDS));

/** A source's tab label: a cloud's own name, or the translated text of a local source. */
export function sourceLabel(source: string): { name: string } | { key: StringKey } {
  return CLOUDS[source] ? { name: CLOUD_NAMES[CLOUDS[source]] } : { key: LOCAL_LABELS[source] };
}

/** Whether `s` is a cloud already shown by another service name of `sources` (GOOGLE_DRIVE and GDRIVE are one tab). */
function sameCloudShown(sources: string[], s: string): boolean {
  for (let i = 0; i < sources.length; i++) if (CLOUDS[s] && CLOUDS[sources[i]] === CLOUDS[s]) return true;
  return false;
}

/** Services that are capabilities rather than tabs: CONVERT is the image editor (crop, rotate, filter). */
export const CAPABILITIES = ['CONVERT'];

function hasCropOptions(config: PickerConfig): boolean {
  const c = config.crop;
  return !!c && (c.ratio !== undefined || !!c.dim || !!c.max || !!c.min || !!c.force);
}

/**
 * The sources to show, in the configured order (COMPUTER alone when none is supported), the one to open first,
 * whether the image editor is on (`convert`: CONVERT among the services, which it is by default), the names of
 * everything configured that the dialog leaves out (services and options), and options that do nothing without CONVERT.
 */
export function planSources(config: PickerConfig): { sources: string[]; first: string; convert: boolean; unsupported: string[]; needConvert: string[] } {
  const sources: string[] = [];
  const unsupported: string[] = [];
  const needConvert: string[] = [];
  let convert = false;
  const list = config.sources && config.sources.length ? config.sources : ['COMPUTER'];
  for (let i = 0; i < list.length; i++) {
    const s = String(list[i]).toUpperCase();
    if (CAPABILITIES.indexOf(s) >= 0) convert = true;
    else if (SUPPORTED.indexOf(s) >= 0) {
      if (sources.indexOf(s) < 0 && !sameCloudShown(sources, s)) sources.push(s);
    } else if (unsupported.indexOf(s) < 0) unsupported.push(s);
  }
  if (!sources.length) sources.push('COMPUTER');
  const open = config.openTo ? String(config.openTo).toUpperCase() : '';
  const openShown = sources.indexOf(open) >= 0 ? open : CLOUDS[open] ? sources.filter((x) => CLOUDS[x] === CLOUDS[open])[0] : undefined;
  const first = openShown || sources[0];
  if (!convert) {
    if (hasCropOptions(config)) needConvert.push('cropRatio/cropDim/cropMax/cropMin/cropForce');
    // `['crop']` is the v2 default the translator always fills in: only a page's own choice is worth a warning
    const conv = config.conversions || [];
    if (conv.length && !(conv.length === 1 && conv[0] === 'crop')) needConvert.push('conversions');
  }
  return { sources, first, convert, unsupported, needConvert };
}

/** The warnings about what is left out: the retired services and why (retired.ts), then any other names. */
export function unsupportedWarnings(unsupported: string[]): string[] {
  const rest = unsupported.filter((s) => !Object.prototype.hasOwnProperty.call(RETIRED, s));
  const retired = retiredWarning(unsupported);
  const out = retired ? [retired] : [];
  if (rest.length) out.push('filepicker: the dialog does not support ' + rest.join(', ') + ' yet; left out (available: ' + SUPPORTED.join(', ') + ').');
  return out;
}

/** The warning about crop options given while `services` leaves CONVERT out, if any. */
export function needConvertWarnings(options: string[]): string[] {
  if (!options.length) return [];
  return ['filepicker: `' + options.join('`, `') + '` have no effect because `services` does not include "CONVERT" (the image editor); add it, or leave `services` out to get it by default.'];
}
