import { startWidgets } from '../widgets/build';
import { callsOf, makeApi, makeCtx, until, wait } from '../widgets/__tests__/fakeApi';
import { downloadUrl, exportFile } from './exportFile';
import { pickFolder } from './pickFolder';
import { processImage } from './processImage';

function setup(key: string | null = 'K') {
  const ctx = makeCtx();
  if (key) ctx.setKey(key);
  const api = makeApi(ctx);
  startWidgets(ctx, window);
  return { ctx, api };
}

/** Records the download links the dialog clicks (jsdom cannot download). */
function captureDownloads(): { links: Array<{ href: string; download: string }>; stop(): void } {
  const links: Array<{ href: string; download: string }> = [];
  const on = (e: Event) => {
    const a = e.target as HTMLAnchorElement;
    if (a.tagName === 'A' && a.hasAttribute('download')) {
      e.preventDefault();
      links.push({ href: a.getAttribute('href')!, download: a.getAttribute('download')! });
    }
  };
  document.addEventListener('click', on, true);
  return { links, stop: () => document.removeEventListener('click', on, true) };
}

/** The hidden download frames in the page (and removes them, so each test sees its own). */
function takeFrames(): string[] {
  const frames = Array.prototype.slice.call(document.querySelectorAll('iframe.fp-download-frame')) as HTMLIFrameElement[];
  frames.forEach((f) => {
    expect(f.hidden).toBe(true);
    f.parentNode!.removeChild(f);
  });
  return frames.map((f) => f.getAttribute('src')!);
}

const dialog = () => document.querySelector('[role="dialog"]') as HTMLElement | null;
const key = (k: string, shift = false) => document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: k, shiftKey: shift, bubbles: true, cancelable: true }));

afterEach(() => {
  const d = document.querySelector('.fp-save-backdrop');
  if (d) d.parentNode!.removeChild(d);
});

describe('exportFile input rules (v2 texts)', () => {
  it('checks the key first, then the input and the mimetype/extension pair', () => {
    const none = setup(null);
    expect(() => exportFile(none.ctx, ['https://x/1'])).toThrow('API Key not found');
    const { ctx } = setup();
    expect(() => exportFile(ctx, ['not a url'])).toThrow('Invalid file to export: not a url. Not a valid url or FPFile object. You may want to use filepicker.store() to get an FPFile to export');
    expect(() => exportFile(ctx, [null])).toThrow('Invalid file to export: null.');
    expect(() => exportFile(ctx, [{ filename: 'a' }])).toThrow(/Invalid file to export/);
    expect(() => exportFile(ctx, ['https://x/1', { mimetype: 'image/png', extension: '.png' }])).toThrow('Error: Cannot pass in both mimetype and extension parameters to the export function');
    expect(dialog()).toBeNull();
  });

  it('downloadUrl adds dl=true with ? or &', () => {
    expect(downloadUrl('https://x/api/file/H')).toBe('https://x/api/file/H?dl=true');
    expect(downloadUrl('https://x/api/file/H?a=1#f')).toBe('https://x/api/file/H?a=1&dl=true');
  });
});

describe('the save dialog', () => {
  it('is an accessible modal dialog with focus inside and Tab trapped', () => {
    const before = document.createElement('button');
    document.body.appendChild(before);
    before.focus();
    const { ctx } = setup();
    const handle = exportFile(ctx, [{ url: 'https://fp.test/api/file/H', filename: 'report.pdf', mimetype: 'application/pdf', size: 5 }]);
    const d = dialog()!;
    expect(d.getAttribute('aria-modal')).toBe('true');
    expect(document.getElementById(d.getAttribute('aria-labelledby')!)!.textContent).toBe('Save file');
    expect(document.getElementById(d.getAttribute('aria-describedby')!)!.textContent).toBe('report.pdf');
    const buttons = d.querySelectorAll('button');
    expect(buttons[0].textContent).toBe('Download to this computer');
    expect(document.activeElement).toBe(buttons[0]);
    buttons[1].focus();
    key('Tab');
    expect(document.activeElement).toBe(buttons[0]);
    key('Tab', true);
    expect(document.activeElement).toBe(buttons[1]);
    before.focus();
    expect(document.activeElement).toBe(buttons[0]); // focus cannot leave the dialog
    handle.close();
    expect(dialog()).toBeNull();
    expect(document.activeElement).toBe(before);
    before.parentNode!.removeChild(before);
  });

  it('Escape calls onError with FPError 131, later', async () => {
    const { ctx } = setup();
    const s = jest.fn();
    const e = jest.fn();
    exportFile(ctx, ['https://fp.test/api/file/H', s, e]);
    key('Escape');
    expect(dialog()).toBeNull();
    expect(e).not.toHaveBeenCalled();
    await wait();
    expect(e).toHaveBeenCalledTimes(1);
    expect(e.mock.calls[0][0].code).toBe(131);
    expect(String(e.mock.calls[0][0])).toMatch(/^FPError 131/);
    expect(s).not.toHaveBeenCalled();
  });

  it('Download saves <url>?dl=true through <a download> on the page\'s origin and gives the export Blob (FPFile input)', async () => {
    const dl = captureDownloads();
    try {
      const { ctx, api } = setup();
      const s = jest.fn();
      const here = location.origin + '/api/file/H';
      exportFile(ctx, [{ url: here, filename: 'a b.png', mimetype: 'image/png', size: 42 }, {}, s]);
      (dialog()!.querySelector('button') as HTMLButtonElement).click();
      expect(dl.links).toEqual([{ href: here + '?dl=true', download: 'a b.png' }]);
      expect(takeFrames()).toEqual([]);
      await wait();
      expect(s.mock.calls[0][0]).toEqual({ url: here, filename: 'a b.png', mimetype: 'image/png', size: 42, client: 'computer', isWriteable: true });
      expect(Object.keys(s.mock.calls[0][0])).toEqual(['url', 'filename', 'mimetype', 'size', 'client', 'isWriteable']);
      expect(callsOf(api, 'stat')).toHaveLength(0);
      expect(document.querySelector('a[download]')).toBeNull();
    } finally {
      dl.stop();
    }
  });

  it('a file API file on another origin downloads in a hidden frame: no link the browser would follow away from the page', async () => {
    const dl = captureDownloads();
    const navigations: string[] = [];
    const onClick = (e: Event) => {
      const a = e.target as HTMLAnchorElement;
      if (a.tagName === 'A') navigations.push(a.href);
    };
    document.addEventListener('click', onClick, true);
    try {
      const { ctx } = setup();
      const s = jest.fn();
      exportFile(ctx, [{ url: 'https://fp.test/api/file/H', filename: 'a b.png', mimetype: 'image/png', size: 42 }, {}, s]);
      (dialog()!.querySelector('button') as HTMLButtonElement).click();
      expect(takeFrames()).toEqual(['https://fp.test/api/file/H?dl=true']);
      expect(navigations).toEqual([]);
      expect(dl.links).toEqual([]);
      await wait();
      expect(s.mock.calls[0][0]).toEqual({ url: 'https://fp.test/api/file/H', filename: 'a b.png', mimetype: 'image/png', size: 42, client: 'computer', isWriteable: true });
    } finally {
      document.removeEventListener('click', onClick, true);
      dl.stop();
    }
  });

  it('for a URL input asks stat for name, type and size; suggestedFilename wins', async () => {
    const dl = captureDownloads();
    try {
      const { ctx, api } = setup();
      api.handlers.stat = (_u: unknown, _o: unknown, ok: (m: unknown) => void) => setTimeout(() => ok({ filename: 'srv.txt', mimetype: 'text/plain', size: 9 }), 1);
      const s = jest.fn();
      const here = location.origin + '/api/file/H';
      exportFile(ctx, [here, s]);
      expect(dialog()!.querySelector('p')!.textContent).toBe('H');
      (dialog()!.querySelector('button') as HTMLButtonElement).click();
      await until(() => s.mock.calls.length > 0);
      expect(s.mock.calls[0][0]).toEqual({ url: here, filename: 'srv.txt', mimetype: 'text/plain', size: 9, client: 'computer', isWriteable: true });
      const s2 = jest.fn();
      // renamed, but jsdom has no URL.createObjectURL: the direct link (same origin)
      exportFile(ctx, [here, { suggestedFilename: 'mine.txt' }, s2]);
      (dialog()!.querySelector('button') as HTMLButtonElement).click();
      await until(() => s2.mock.calls.length > 0);
      expect(dl.links[1].download).toBe('mine.txt');
      expect(s2.mock.calls[0][0].filename).toBe('mine.txt');
    } finally {
      dl.stop();
    }
  });

  it('names requested cloud services that are left out in one console warning', () => {
    const { ctx } = setup();
    const spy = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      exportFile(ctx, ['https://x/1', { services: ['COMPUTER', 2, 'BOX'] }]).close();
      exportFile(ctx, ['https://x/1', { services: ['COMPUTER', 2, 'BOX'] }]).close();
      expect(spy).toHaveBeenCalledTimes(1);
      expect(String(spy.mock.calls[0][0])).toMatch(/left out: DROPBOX, BOX$/);
      exportFile(ctx, ['https://x/1', { service: 'COMPUTER' }]).close();
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });

  it('close() removes the dialog and calls nothing', async () => {
    const { ctx } = setup();
    const e = jest.fn();
    exportFile(ctx, ['https://x/1', {}, undefined, e]).close();
    expect(dialog()).toBeNull();
    await wait();
    expect(e).not.toHaveBeenCalled();
  });
});

describe('pickFolder and processImage', () => {
  it('pickFolder: key check, shifting; no cloud among the services is FPError 102 later, naming why', async () => {
    expect(() => pickFolder(setup(null).ctx, [])).toThrow('API Key not found');
    const { ctx } = setup();
    const s = jest.fn();
    const e = jest.fn();
    pickFolder(ctx, [{ services: ['COMPUTER', 'URL'] }, s, e]);
    expect(e).not.toHaveBeenCalled();
    await until(() => e.mock.calls.length > 0);
    expect(s).not.toHaveBeenCalled();
    expect(e.mock.calls[0][0].code).toBe(102);
    expect(e.mock.calls[0][0].details).toMatch(/^pickFolder needs a cloud source, which this version does not provide: none of the services \(COMPUTER, URL\) is a cloud source \(FTP, WEBDAV, /);
    const e2 = jest.fn();
    pickFolder(ctx, [{ service: 'COMPUTER' }, s, e2]).close();
    await wait();
    expect(e2).not.toHaveBeenCalled();
  });

  it('processImage: v2 input text; an image that cannot be read ends with FPError 143, close() first means no callback', async () => {
    const { ctx } = setup();
    expect(() => processImage(ctx, [{}])).toThrow('Invalid file to convert: [object Object]. Not a valid url or FPFile object or not filepicker url. You can convert only filepicker url images.');
    expect(() => processImage(ctx, [5])).toThrow(/Invalid file to convert: 5\./);
    const e = jest.fn();
    // nothing listens on port 9 of the loopback: the read fails without leaving the machine (jsdom reports the
    // refused connection on the console, as a browser would)
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    processImage(ctx, ['http://127.0.0.1:9/api/file/H', {}, undefined, e]);
    const e2 = jest.fn();
    processImage(ctx, [{ url: 'http://127.0.0.1:9/api/file/H' }, jest.fn(), e2]).close();
    for (let i = 0; i < 100 && !e.mock.calls.length; i++) await wait(20);
    expect(e).toHaveBeenCalledTimes(1);
    expect(e.mock.calls[0][0].code).toBe(143);
    expect(e.mock.calls[0][0].details).toMatch(/network or CORS/);
    expect(e2).not.toHaveBeenCalled();
    expect(String(consoleError.mock.calls[0] && consoleError.mock.calls[0][0])).toMatch(/ECONNREFUSED 127\.0\.0\.1:9/);
    consoleError.mockRestore();
  });
});

/** The part of an XMLHttpRequest the HTTP stack uses here. */
interface FakeXhr {
  url: string;
  status: number;
  response: Blob | null;
  getResponseHeader(name: string): string | null;
  open(method: string, url: string): void;
  send(): void;
  onload(): void;
  onerror(): void;
}

/** Stands in for the page's XMLHttpRequest: answers every GET with `answer(url)` (a status and a Blob, or a network error). */
function fakeXhr(answer: (url: string) => { status: number; blob?: Blob; disposition?: string } | 'network-error'): { urls: string[]; restore(): void } {
  const w = window as unknown as { XMLHttpRequest: unknown };
  const saved = w.XMLHttpRequest;
  const urls: string[] = [];
  w.XMLHttpRequest = function (this: FakeXhr) {
    this.open = (_m: string, u: string) => { this.url = u; };
    this.send = () => {
      urls.push(this.url);
      setTimeout(() => {
        const a = answer(this.url);
        if (a === 'network-error') { this.status = 0; this.onerror(); return; }
        this.status = a.status;
        this.response = a.blob || null;
        this.getResponseHeader = (name: string) => (name.toLowerCase() === 'content-disposition' && a.disposition) || null;
        this.onload();
      }, 0);
    };
  };
  return { urls, restore: () => { w.XMLHttpRequest = saved; } };
}

describe('download under a suggested name', () => {
  it('fetches the bytes and saves them from an object URL named suggestedFilename', async () => {
    const dl = captureDownloads();
    const w = window as unknown as { URL: { createObjectURL: (b: Blob) => string; revokeObjectURL: (u: string) => void } };
    const saved = { create: w.URL.createObjectURL, revoke: w.URL.revokeObjectURL };
    const xhr = fakeXhr(() => ({ status: 200, blob: new Blob(['12345'], { type: 'text/plain' }) }));
    w.URL.createObjectURL = () => 'blob:fp-test';
    w.URL.revokeObjectURL = () => undefined;
    try {
      const { ctx } = setup();
      const s = jest.fn();
      exportFile(ctx, ['https://fp.test/api/file/H', { suggestedFilename: 'new name.txt' }, s]);
      (dialog()!.querySelector('button') as HTMLButtonElement).click();
      await until(() => s.mock.calls.length > 0);
      expect(xhr.urls).toEqual(['https://fp.test/api/file/H?dl=true']);
      expect(dl.links).toEqual([{ href: 'blob:fp-test', download: 'new name.txt' }]);
      expect(s.mock.calls[0][0]).toEqual({ url: 'https://fp.test/api/file/H', filename: 'new name.txt', mimetype: 'text/plain', size: 5, client: 'computer', isWriteable: true });
    } finally {
      xhr.restore();
      w.URL.createObjectURL = saved.create;
      w.URL.revokeObjectURL = saved.revoke;
      dl.stop();
    }
  });

  it('a file of another site (not the file API) is saved from its fetched bytes, even without a suggested name; the answer may name it', async () => {
    const dl = captureDownloads();
    const w = window as unknown as { URL: { createObjectURL: (b: Blob) => string; revokeObjectURL: (u: string) => void } };
    const saved = { create: w.URL.createObjectURL, revoke: w.URL.revokeObjectURL };
    let named: string | undefined;
    const xhr = fakeXhr(() => ({ status: 200, blob: new Blob(['abc'], { type: 'application/pdf' }), disposition: named }));
    w.URL.createObjectURL = () => 'blob:fp-other';
    w.URL.revokeObjectURL = () => undefined;
    try {
      const { ctx } = setup();
      const s = jest.fn();
      exportFile(ctx, ['https://docs.other.test/files/report.pdf', s]);
      (dialog()!.querySelector('button') as HTMLButtonElement).click();
      await until(() => s.mock.calls.length > 0);
      expect(xhr.urls).toEqual(['https://docs.other.test/files/report.pdf?dl=true']);
      expect(dl.links).toEqual([{ href: 'blob:fp-other', download: 'report.pdf' }]);
      expect(takeFrames()).toEqual([]);
      expect(s.mock.calls[0][0]).toMatchObject({ filename: 'report.pdf', mimetype: 'application/pdf', size: 3 });
      named = 'attachment; filename="Q3 report.pdf"';
      exportFile(ctx, ['https://docs.other.test/files/H7', s]);
      (dialog()!.querySelector('button') as HTMLButtonElement).click();
      await until(() => s.mock.calls.length > 1);
      expect(dl.links[1]).toEqual({ href: 'blob:fp-other', download: 'Q3 report.pdf' });
      expect(s.mock.calls[1][0]).toMatchObject({ filename: 'Q3 report.pdf' });
    } finally {
      xhr.restore();
      w.URL.createObjectURL = saved.create;
      w.URL.revokeObjectURL = saved.revoke;
      dl.stop();
    }
  });

  it('falls back to the direct download when the request fails (e.g. CORS) or is refused: a frame off the page\'s origin', async () => {
    const dl = captureDownloads();
    const w = window as unknown as { URL: { createObjectURL: (b: Blob) => string; revokeObjectURL: (u: string) => void } };
    const saved = { create: w.URL.createObjectURL };
    const xhr = fakeXhr((u) => (u.indexOf('other.test') >= 0 ? 'network-error' : { status: 403 }));
    w.URL.createObjectURL = () => 'blob:never';
    try {
      const { ctx } = setup();
      const s = jest.fn();
      exportFile(ctx, [{ url: 'https://other.test/f', filename: 'f.bin', size: 3 }, { suggestedFilename: 'g.bin' }, s]);
      (dialog()!.querySelector('button') as HTMLButtonElement).click();
      await until(() => s.mock.calls.length > 0);
      // another origin: a hidden frame, never a link the browser would follow away from the page
      expect(dl.links).toEqual([]);
      expect(takeFrames()).toEqual(['https://other.test/f?dl=true']);
      expect(s.mock.calls[0][0]).toMatchObject({ filename: 'g.bin', size: 3 });
      exportFile(ctx, [{ url: 'https://fp.test/api/file/K', filename: 'k.bin', size: 4 }, { suggestedFilename: 'k2.bin' }, s]);
      (dialog()!.querySelector('button') as HTMLButtonElement).click();
      await until(() => s.mock.calls.length > 1);
      expect(takeFrames()).toEqual(['https://fp.test/api/file/K?dl=true']);
      const here = location.origin + '/api/file/M';
      exportFile(ctx, [{ url: here, filename: 'm.bin', size: 5 }, { suggestedFilename: 'm2.bin' }, s]);
      (dialog()!.querySelector('button') as HTMLButtonElement).click();
      await until(() => s.mock.calls.length > 2);
      expect(xhr.urls).toEqual(['https://other.test/f?dl=true', 'https://fp.test/api/file/K?dl=true', here + '?dl=true']);
      expect(dl.links).toEqual([{ href: here + '?dl=true', download: 'm2.bin' }]);
      expect(s.mock.calls[1][0]).toMatchObject({ filename: 'k2.bin', size: 4 });
    } finally {
      xhr.restore();
      w.URL.createObjectURL = saved.create;
      dl.stop();
    }
  });
});

describe('processImage reads the name from Content-Disposition', () => {
  it('plain, quoted and RFC 5987 forms', () => {
    const { filenameOf } = jest.requireActual('./fetchImage');
    expect(filenameOf('inline; filename="a b.png"')).toBe('a b.png');
    expect(filenameOf('attachment; filename=pic.jpg')).toBe('pic.jpg');
    expect(filenameOf("inline; filename=\"x.png\"; filename*=UTF-8''%C3%A9t%C3%A9.png")).toBe('été.png');
    expect(filenameOf(null)).toBeUndefined();
    expect(filenameOf('inline')).toBeUndefined();
  });
});
