import { PickerConfig } from '../core/contracts';

/** Sources this dialog can show. */
export const SUPPORTED = ['COMPUTER', 'URL', 'WEBCAM', 'VIDEO', 'AUDIO', 'CUSTOMSOURCE'];

/**
 * The sources to show, in the configured order (COMPUTER alone when none is supported), the one to open first, and
 * the names of everything configured that the dialog leaves out (services and options), for one warning.
 */
export function planSources(config: PickerConfig): { sources: string[]; first: string; unsupported: string[] } {
  const sources: string[] = [];
  const unsupported: string[] = [];
  const list = config.sources && config.sources.length ? config.sources : ['COMPUTER'];
  for (let i = 0; i < list.length; i++) {
    const s = String(list[i]).toUpperCase();
    if (SUPPORTED.indexOf(s) >= 0) {
      if (sources.indexOf(s) < 0) sources.push(s);
    } else if (unsupported.indexOf(s) < 0) unsupported.push(s);
  }
  if (!sources.length) sources.push('COMPUTER');
  const open = config.openTo ? String(config.openTo).toUpperCase() : '';
  const first = sources.indexOf(open) >= 0 ? open : sources[0];
  if (config.crop && (config.crop.ratio !== undefined || config.crop.dim || config.crop.max || config.crop.min || config.crop.force)) unsupported.push('crop options (cropRatio, cropDim, cropMax, cropMin, cropForce)');
  // `['crop']` is the v2 default the translator always fills in: only a page's own choice is worth a warning
  const conv = config.conversions || [];
  if (conv.length && !(conv.length === 1 && conv[0] === 'crop')) unsupported.push('conversions');
  return { sources, first, unsupported };
}

/** The one warning about what is left out, or null. */
export function unsupportedWarning(unsupported: string[]): string | null {
  if (!unsupported.length) return null;
return 'filepicker: the dialog does not support ' + unsupported.join(', ') + ' yet; left out (available: ' + SUPPORTED.join(', ') + ').';
}
