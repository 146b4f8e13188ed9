/**
 * Differential checks against the real v2 library (filepicker-js@2.4.18, installed as a test oracle).
 * v2's `pick` normalizes its options object in place (spec G14), so after a call the object shows what v2 made
 * of it. jsdom loads no subresources, so the comm iframes v2 creates never reach the network.
 */
import { translatePickAndStore, translatePickerOptions, V2_SERVICES } from './index';

const v2 = require('filepicker-js');
v2.setKey('TESTKEY');

const NAMES: { [n: number]: string } = {};
Object.keys(V2_SERVICES).forEach((k) => (NAMES[(V2_SERVICES as { [k: string]: number })[k]] = k));

/** v2's normalized options for a `pick` call. */
/** The keys of v2's normalized options these tests read. */
interface V2Normalized { services?: unknown[]; openTo?: unknown; mimetypes?: string[]; extensions?: string[]; container?: string; [k: string]: unknown }

function v2Normalized(options: Record<string, unknown>): V2Normalized {
  const copy = JSON.parse(JSON.stringify(options));
  v2.pick(copy, () => undefined, () => undefined);
  return copy;
}

/** What v2 threw, as text, or undefined. */
function v2Throws(fn: () => void): string | undefined {
  try {
    fn();
  } catch (e) {
    return (e as { text?: string }).text;
  }
  return undefined;
}

function oursThrows(fn: () => void): string | undefined {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  return undefined;
}

/** v2 service values in our vocabulary: numbers back to names; names upper-cased (our documented difference). */
function asNames(values: unknown[]): string[] {
  return values.map((v) => (typeof v === 'number' ? NAMES[v] : String(v).toUpperCase()));
}

describe('normalization matches v2', () => {
  const cases: Record<string, unknown>[] = [
    { services: ['COMPUTER', 'URL'] },
    { services: ['COMPUTER', 'FACEBOOK', 'myCustom'], openTo: 'FACEBOOK' },
    { service: 'BOX' },
    { services: 'DROPBOX' },
    { service: 'BOX', services: ['URL', 'FTP'] },
    { services: ['Image Search', ' URL', 'GOOGLE_DRIVE'], openTo: 'URL' },
    { services: ['CONVERT', 'WEBCAM', 'VIDEO', 'AUDIO', 'CUSTOMSOURCE'], openTo: 'WEBCAM' },
  ];
  it.each(cases.map((c) => [JSON.stringify(c), c]))('services/openTo %s', (_label, input) => {
    const theirs = v2Normalized(input as Record<string, unknown>);
    const ours = translatePickerOptions(input, 'pick');
    expect(ours.config.sources).toEqual(asNames(theirs.services || []));
    if (theirs.openTo !== undefined) expect(ours.config.openTo).toBe(asNames([theirs.openTo])[0]);
  });

  it.each([
    [{ mimetype: 'image/*' }],
    [{ mimetypes: ['image/png', 'application/pdf'] }],
    [{ mimetypes: 'text/plain' }],
    [{ mimetype: 'image/png', mimetypes: ['text/plain'] }],
    [{ extension: '.pdf' }],
    [{ extensions: ['.js', '.coffee'] }],
    [{}],
  ])('accept lists %j', (input) => {
    const theirs = v2Normalized(input);
    const ours = translatePickerOptions(input, 'pick').config.accept;
    const theirMimes: string[] = theirs.mimetypes || [];
    // v2 says "anything" with ['*/*']; the contract says it with an empty list.
    expect(ours.mimetypes).toEqual(theirMimes.length === 1 && theirMimes[0] === '*/*' ? [] : theirMimes);
    expect(ours.extensions).toEqual(theirs.extensions || []);
  });

  it('default container on a desktop user agent', () => {
    expect(translatePickerOptions({}, 'pick', { userAgent: navigator.userAgent }).config.container).toBe(v2Normalized({}).container);
  });
});

describe('exception texts match v2', () => {
  it.each([
    [{ mimetype: 'image/*', extension: '.pdf' }],
    [{ mimetypes: ['image/*'], extension: '.pdf' }],
    [{ mimetype: 'image/*', extensions: ['.pdf'] }],
    [{ mimetypes: 'image/*', extensions: '.pdf' }],
  ])('pick with both types %j', (input) => {
    const theirs = v2Throws(() => v2.pick(JSON.parse(JSON.stringify(input))));
    expect(theirs).toBe('Error: Cannot pass in both mimetype and extension parameters to the pick function');
    expect(oursThrows(() => translatePickerOptions(input, 'pick'))).toBe(theirs);
    expect(oursThrows(() => translatePickerOptions(input, 'pickMultiple'))).toBe(theirs);
  });

  it.each([
    [undefined, {}],
    [{}, undefined],
    [() => 1, {}],
  ])('pickAndStore with missing options (%p, %p)', (p, s) => {
    const theirs = v2Throws(() => v2.pickAndStore(p, s, () => undefined));
    expect(theirs).toBe('Not all required parameters given, missing picker or store options');
    expect(oursThrows(() => translatePickAndStore(p, s))).toBe(theirs);
  });

  it('pickAndStore multiple with a file path: v2 threw NaN (bug), ours explains', () => {
    const theirs = v2Throws(() => v2.pickAndStore({ multiple: true }, { path: 'x' }, () => undefined));
    expect(theirs).toBeNaN();
    expect(oursThrows(() => translatePickAndStore({ multiple: true }, { path: 'x' }))).toBe(
      'filepicker: pickAndStore with multiple files requires a `path` that ends in "/", got "x"',
    );
  });

  it('pickAndStore with a function as store options: v2 let it through (bug), ours throws', () => {
    expect(v2Throws(() => v2.pickAndStore({}, () => 1, () => undefined))).toBeUndefined();
    expect(oursThrows(() => translatePickAndStore({}, () => 1))).toBe('Not all required parameters given, missing picker or store options');
  });
});
