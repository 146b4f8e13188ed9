import { PickerConfig } from '../core/contracts';
import { acceptsType, admit } from './restrictions';
import { extensionMatches, mimetypeMatches } from '../core/mimetypes';
import { focusableWithin, trapTab } from './focus';
import { targetSize } from './imageResize';
import { Announcer } from './announcer';
import { needConvertWarnings, planSources } from './services';
import { Entry, totals } from './state';
import { sourceIntake } from './intake';
import { formatSize } from './dom';

function config(over: Partial<PickerConfig> = {}): PickerConfig {
  return { container: 'modal', multiple: true, accept: { mimetypes: [], extensions: [] }, folders: false, sources: ['COMPUTER'], backgroundUpload: true, hide: false, ...over };
}

describe('restrictions', () => {
  test('mimetype wildcards and extensions (case-insensitive)', () => {
    expect(mimetypeMatches('image/png', 'image/*')).toBe(true);
    expect(mimetypeMatches('text/plain', 'image/*')).toBe(false);
    expect(mimetypeMatches('', '*/*')).toBe(true);
    expect(mimetypeMatches('application/pdf', 'application/PDF')).toBe(true);
    expect(extensionMatches('report.pdf', '.PDF')).toBe(true);
    expect(extensionMatches('REPORT.PDF', 'pdf')).toBe(true);
    expect(extensionMatches('pdf', '.pdf')).toBe(false);
    expect(acceptsType({ mimetypes: ['image/*'], extensions: ['.txt'] }, { name: 'a.TXT', type: '' })).toBe(true);
    expect(acceptsType({ mimetypes: [], extensions: [] }, { name: 'a', type: '' })).toBe(true);
    // a file the browser could not name is judged by its extension
    expect(acceptsType({ mimetypes: ['image/*'], extensions: [] }, { name: 'a.JPG', type: '' })).toBe(true);
    expect(acceptsType({ mimetypes: ['image/*'], extensions: [] }, { name: 'a.bin', type: 'application/octet-stream' })).toBe(false);
  });

  test('size, empty files, maxFiles and single mode', () => {
    const f = (name: string, size = 5) => ({ name, type: 'image/png', size });
    expect(admit(config({ maxSize: 4 }), 0, [f('a'), f('b', 4)]).rejected.map((r) => r.reason)).toEqual(['size']);
    expect(admit(config(), 0, [f('a', 0)]).rejected[0].key).toBe('errorEmpty');
    const over = admit(config({ maxFiles: 2 }), 1, [f('a'), f('b')]);
    expect(over.accepted).toEqual([]);
    expect(over.rejected[0]).toEqual({ reason: 'count', key: 'errorCount', vars: { max: 2, count: 2 } });
    expect(admit(config({ maxFiles: 2 }), 1, [f('a')]).accepted).toHaveLength(1);
    expect(admit(config({ multiple: false }), 0, [f('a'), f('b')]).rejected[0].reason).toBe('single');
    expect(admit(config({ multiple: false }), 0, [f('a')]).accepted).toHaveLength(1);
  });

  test('a cloud file listed without a size: type and count still apply; maxSize goes with it to the server, which checks it before copying', () => {
    const unsized = { name: 'a.jpg', path: '/1/2', size: 0, sizeUnknown: true, mimetype: 'image/jpeg' };
    const sized = { name: 'b.jpg', path: '/1/3', size: 10, mimetype: 'image/jpeg' };
    const got = sourceIntake(config({ maxSize: 100, cloudStore: true }), { cloud: 'facebook' }, 0, [unsized, sized]);
    expect(got.rejected).toEqual([]);
    expect(got.entries.map((e) => e.cloud)).toEqual([{ cloud: 'facebook', path: '/1/2', maxSize: 100 }, { cloud: 'facebook', path: '/1/3' }]);
    expect(got.entries.map((e) => [e.size, e.cloudLink])).toEqual([[0, false], [10, false]]);
    // without maxSize nothing is sent; a known 0 is still an empty file; the type is still checked
    expect(sourceIntake(config(), { cloud: 'facebook' }, 0, [unsized]).entries[0].cloud).toEqual({ cloud: 'facebook', path: '/1/2' });
    expect(sourceIntake(config(), { cloud: 'facebook' }, 0, [{ ...sized, size: 0 }]).rejected[0].key).toBe('errorEmpty');
    expect(sourceIntake(config({ accept: { mimetypes: ['application/pdf'], extensions: [] } }), { cloud: 'facebook' }, 0, [unsized]).rejected[0].reason).toBe('type');
    expect(sourceIntake(config({ maxFiles: 1 }), { cloud: 'facebook' }, 0, [unsized, unsized]).rejected[0].reason).toBe('count');
  });
});

describe('focus trap', () => {
  test('Tab wraps from last to first and Shift+Tab from first to last; hidden and disabled are skipped', () => {
    const root = document.createElement('div');
    document.body.appendChild(root);
    const a = document.createElement('button');
    const hidden = document.createElement('button');
    hidden.setAttribute('hidden', '');
    const disabled = document.createElement('button');
    disabled.disabled = true;
    const b = document.createElement('input');
    root.append(a, hidden, disabled, b);
    expect(focusableWithin(root)).toEqual([a, b]);
    b.focus();
    const tab = new KeyboardEvent('keydown', { key: 'Tab', cancelable: true });
    expect(trapTab(tab, root)).toBe(true);
    expect(tab.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(a);
    expect(trapTab(new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, cancelable: true }), root)).toBe(true);
    expect(document.activeElement).toBe(b);
    expect(trapTab(new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, cancelable: true }), root)).toBe(false);
    document.body.focus();
    root.remove();
  });
});

describe('image sizes', () => {
  test('dim, max and min keep the aspect ratio', () => {
    expect(targetSize(1600, 1200, { dim: [800, null] })).toEqual({ width: 800, height: 600 });
    expect(targetSize(400, 300, { dim: [null, 600] })).toEqual({ width: 800, height: 600 });
    expect(targetSize(1600, 900, { dim: [800, 600] })).toEqual({ width: 800, height: 450 });
    expect(targetSize(1600, 1200, { max: [800, 800] })).toEqual({ width: 800, height: 600 });
    expect(targetSize(400, 300, { max: [800, 800] })).toBeNull();
    expect(targetSize(400, 300, { min: [800, 600] })).toEqual({ width: 800, height: 600 });
    expect(targetSize(1000, 1000, { min: [800, 600] })).toBeNull();
  });
});

describe('small parts', () => {
  test('announcements are throttled per channel unless forced', () => {
    let now = 0;
    const a = new Announcer(document, () => now);
    expect(a.say('1', 'a')).toBe(true);
    now = 500;
    expect(a.say('1', 'b')).toBe(false);
    expect(a.say('2', 'c')).toBe(true);
    expect(a.say('1', 'd', true)).toBe(true);
    now = 1600;
    expect(a.say('1', 'e')).toBe(true);
    expect(a.node.textContent).toBe('e');
    expect(a.node.getAttribute('aria-live')).toBe('polite');
  });

  test('sources keep the configured order, openTo picks the first panel, the rest is listed', () => {
    const p = planSources(config({ sources: ['URL', 'PICASA', 'COMPUTER'], openTo: 'COMPUTER', conversions: ['rotate'] }));
    expect(p.sources).toEqual(['URL', 'COMPUTER']);
    expect(p.first).toBe('COMPUTER');
    expect(p.unsupported).toEqual(['PICASA']);
    expect(p.convert).toBe(false);
    expect(p.needConvert).toEqual(['conversions']);
    expect(planSources(config({ conversions: ['crop'] })).unsupported).toEqual([]);
    expect(planSources(config({ conversions: ['crop'] })).needConvert).toEqual([]);
  });

  test('CONVERT is a capability, not a tab: with it, crop options and conversions are used, without them nothing is said', () => {
    const p = planSources(config({ sources: ['COMPUTER', 'CONVERT'], crop: { ratio: 1.5, force: true }, conversions: ['crop', 'rotate', 'filter'] }));
    expect(p.sources).toEqual(['COMPUTER']);
    expect(p.convert).toBe(true);
    expect(p.unsupported).toEqual([]);
    expect(p.needConvert).toEqual([]);
    const off = planSources(config({ sources: ['COMPUTER'], crop: { dim: [10, 10] } }));
    expect(off.convert).toBe(false);
    expect(off.needConvert).toEqual(['cropRatio/cropDim/cropMax/cropMin/cropForce']);
    expect(needConvertWarnings(off.needConvert).join('\n')).toMatch(/^filepicker: .*"CONVERT"/);
    expect(needConvertWarnings([])).toEqual([]);
    expect(planSources(config({ sources: ['CONVERT'] })).sources).toEqual(['COMPUTER']);
  });

  test('totals and sizes', () => {
    const e = (loaded: number, total: number, status: Entry['status'] = 'uploading') => ({ id: 1, client: 'computer' as const, name: 'x', type: '', size: total, status, loaded, total });
    expect(totals([e(50, 100), e(0, 100)]).percent).toBe(25);
    expect(totals([e(100, 100), e(100, 100)]).percent).toBe(99);
    expect(totals([e(100, 100, 'done')]).percent).toBe(100);
    // a retrying upload's bytes are not stored: they do not count
    expect(totals([e(100, 100, 'retrying'), e(100, 100, 'done')]).percent).toBe(50);
    expect(formatSize(1536)).toBe('1.5 KB');
    expect(formatSize(10 * 1024 * 1024)).toBe('10 MB');
  });
});
