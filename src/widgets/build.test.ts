import { buildWidgets, constructWidget, startWidgets } from './build';
import { readAttributes } from './building';
import { snapshotOf } from './snapshot';
import { blob, callsOf, engineCtx, flush, makeApi, makeCtx, storedOf, wait } from './__tests__/fakeApi';

/** The widget `change` event: v2's `fpfile` / `fpfiles` on a plain Event. */
type WidgetChange = Event & { fpfile?: unknown; fpfiles?: unknown[] };

function setBody(html: string): void {
  const doc = new DOMParser().parseFromString('<body>' + html + '</body>', 'text/html');
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  const nodes = doc.body.childNodes;
  for (let i = 0; i < nodes.length; i++) document.body.appendChild(document.importNode(nodes[i], true));
}

function setup(html: string) {
  setBody(html);
  const ctx = makeCtx();
  const api = makeApi(ctx);
  startWidgets(ctx, window);
  return { ctx, api };
}

afterEach(() => setBody(''));

describe('pick widget', () => {
  it('hides the input and puts a "Pick File" button right after it, with the input class', () => {
    setup('<form><input type="filepicker" id="i" class="pretty" name="f"><span id="after"></span></form>');
    const input = document.getElementById('i') as HTMLInputElement;
    const button = input.nextSibling as HTMLButtonElement;
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('type')).toBe('button');
    expect(button.textContent).toBe('Pick File');
    expect(button.className).toBe('pretty');
    expect(input.hasAttribute('hidden')).toBe(true);
    expect(input.className).toBe('pretty fp-hidden');
    expect(input.getAttribute('style')).toBeNull();
    expect(button.nextSibling).toBe(document.getElementById('after'));
  });

  it('uses data-fp-button-text as text (never as HTML) and data-fp-button-class, else fp__btn', () => {
    setup('<input type="filepicker" id="i" data-fp-button-text="<b>Go</b>" data-fp-button-class="big"><input type="filepicker" id="j">');
    const b = document.getElementById('i')!.nextSibling as HTMLElement;
    expect(b.textContent).toBe('<b>Go</b>');
    expect(b.children.length).toBe(0);
    expect(b.className).toBe('big');
    expect((document.getElementById('j')!.nextSibling as HTMLElement).className).toBe('fp__btn');
  });

  it('on click calls pick with the widget options, then sets value and fires change with fpfile/fpfiles (inline onchange too)', async () => {
    const { api } = setup('<input type="filepicker" id="i" data-fp-mimetype="image/*" onchange="window.__seen = event.fpfile.url">');
    const input = document.getElementById('i') as HTMLInputElement;
    const events: WidgetChange[] = [];
    document.body.addEventListener('change', (e) => events.push(e));
    (input.nextSibling as HTMLButtonElement).click();
    expect(callsOf(api, 'pick')).toHaveLength(1);
    expect(callsOf(api, 'pick')[0].args[0]).toEqual({ mimetype: 'image/*', webcam: {}, folders: false });
    await wait();
    expect(input.value).toBe('https://fp.test/api/file/H1');
    expect(events).toHaveLength(1);
    expect(events[0].bubbles).toBe(true);
    expect(events[0].cancelable).toBe(false);
    expect(events[0].fpfile).toEqual(blob(1));
    expect(events[0].fpfiles).toEqual([blob(1)]);
    expect((window as unknown as { __seen?: string }).__seen).toBe('https://fp.test/api/file/H1');
  });

  it('gives pick a fresh options object on every click', () => {
    const { api } = setup('<input type="filepicker" id="i" data-fp-services="COMPUTER">');
    const b = document.getElementById('i')!.nextSibling as HTMLButtonElement;
    b.click();
    (callsOf(api, 'pick')[0].args[0] as { services: unknown[] }).services.push('MUTATED');
    b.click();
    expect((callsOf(api, 'pick')[1].args[0] as { services: unknown[] }).services).toEqual([1]);
  });

  it('multiple: calls pickMultiple and joins the URLs with a comma', async () => {
    const { api } = setup('<input type="filepicker" id="i" data-fp-multiple="true">');
    const input = document.getElementById('i') as HTMLInputElement;
    let ev!: WidgetChange;
    input.addEventListener('change', (e) => { ev = e; });
    (input.nextSibling as HTMLButtonElement).click();
    expect(callsOf(api, 'pickMultiple')).toHaveLength(1);
    await wait();
    expect(input.value).toBe('https://fp.test/api/file/H1,https://fp.test/api/file/H2');
    expect(ev.fpfiles).toEqual([blob(1), blob(2)]);
    expect(ev.fpfile).toEqual(blob(1));
  });
});

describe('drag widget', () => {
  it('builds the pane, button and drop zone; a pick fills value, shows names and a clear button that fires change with no files', async () => {
    const { api } = setup('<input type="filepicker-dragdrop" id="d" class="mine" data-fp-drag-class="zone" data-fp-multiple="true">');
    const input = document.getElementById('d') as HTMLInputElement;
    const pane = input.nextSibling as HTMLElement;
    expect(pane.tagName).toBe('DIV');
    expect(pane.className).toBe('mine fp-drag-widget');
    const [button, zone] = [pane.children[0] as HTMLButtonElement, pane.children[1] as HTMLElement];
    expect(button.className).toBe('fp__btn');
    expect(button.textContent).toBe('Pick File');
    expect(zone.className).toBe('fp-drop-zone zone');
    expect(zone.textContent).toBe('Or drop files here');
    const events: WidgetChange[] = [];
    input.addEventListener('change', (e) => events.push(e));
    zone.click();
    expect(callsOf(api, 'pickMultiple')).toHaveLength(1);
    await wait();
    expect(input.value).toBe('https://fp.test/api/file/H1,https://fp.test/api/file/H2');
    expect(zone.firstChild!.textContent).toBe('f1.png, f2.png');
    const clear = zone.querySelector('.fp-drop-zone__clear') as HTMLButtonElement;
    clear.click();
    expect(input.value).toBe('');
    expect(events).toHaveLength(2);
    expect(events[1].fpfile).toBeUndefined();
    expect(events[1].fpfiles).toBeUndefined();
    expect(zone.textContent).toBe('Or drop files here');
    expect(callsOf(api, 'pickMultiple')).toHaveLength(1);
  });
});

describe('drag widget drops', () => {
  it('shows a progress bar while storing, then the names; errors are shown as text', async () => {
    setBody('<input type="filepicker-dragdrop" id="d" data-fp-store-path="up/" data-fp-mimetype="image/*">');
    const { ctx, up } = engineCtx();
    ctx.setKey('K');
    makeApi(ctx);
    startWidgets(ctx, window);
    const input = document.getElementById('d') as HTMLInputElement;
    const zone = (input.nextSibling as HTMLElement).children[1] as HTMLElement;
    const dropFiles = (files: File[]) => {
      const e = new Event('drop', { cancelable: true });
      Object.defineProperty(e, 'dataTransfer', { value: { files, getData: () => '' } });
      zone.dispatchEvent(e);
    };
    zone.dispatchEvent(new Event('dragenter', { cancelable: true }));
    expect(zone.textContent).toBe('Drop to upload');
    expect(zone.className).toMatch(/fp-drop-zone--over/);
    dropFiles([new File(['x'], 'a.txt', { type: 'text/plain' })]);
    expect(zone.textContent).toBe("a.txt isn't the right type of file");
    dropFiles([new File(['x'], 'a.png', { type: 'image/png' })]);
    await flush();
    expect(up.calls[0].store).toEqual({ location: 's3', path: 'up/' });
    const bar = zone.querySelector('progress') as HTMLProgressElement;
    expect(bar.getAttribute('max')).toBe('100');
    up.calls[0].events.onProgress!({ loaded: 442, total: 1000 }); // 41.99 % (store's percents stop at 95 until stored)
    expect(bar.getAttribute('value')).toBe('42');
    let ev!: WidgetChange;
    input.addEventListener('change', (e) => { ev = e; });
    up.calls[0].resolve(storedOf(3));
    await flush();
    expect(input.value).toBe('https://fp.test/api/file/H3');
    expect(zone.firstChild!.textContent).toBe('f3.png');
    expect(zone.querySelector('progress')).toBeNull();
    expect(ev.fpfiles).toEqual([blob(3)]);
  });
});

describe('convert, export and preview', () => {
  it('convert widget calls processImage(url, options) and needs data-fp-url', async () => {
    const { api } = setup('<input type="filepicker-convert" id="c" data-fp-url="https://fp.test/api/file/X" data-fp-button-text="Edit"><input type="filepicker-convert" id="n">');
    const c = document.getElementById('c') as HTMLInputElement;
    const b = c.nextSibling as HTMLButtonElement;
    expect(b.textContent).toBe('Edit');
    expect(document.getElementById('n')!.nextSibling).toBeNull();
    api.handlers.processImage = (_u: unknown, _o: unknown, s: (b: unknown) => void) => setTimeout(() => s(blob(7)), 1);
    let ev!: WidgetChange;
    c.addEventListener('change', (e) => { ev = e; });
    b.click();
    expect(callsOf(api, 'processImage')[0].args.slice(0, 2)).toEqual(['https://fp.test/api/file/X', { folders: false }]);
    await wait();
    expect(c.value).toBe('https://fp.test/api/file/H7');
    expect(ev.fpfile).toEqual(blob(7));
  });

  it('export buttons call exportFile with the URL read at click time, and keep a page onclick', () => {
    const { api } = setup('<a id="a" href="#" data-fp-url="https://x/1" data-fp-suggestedFilename="n.txt">s</a><button id="b" data-fp-url="">b</button>');
    const a = document.getElementById('a') as HTMLAnchorElement;
    let pageClick = 0;
    a.onclick = () => { pageClick++; };
    a.setAttribute('data-fp-url', 'https://x/2');
    const ev = new MouseEvent('click', { bubbles: true, cancelable: true });
    a.dispatchEvent(ev);
    expect(ev.defaultPrevented).toBe(true);
    expect(pageClick).toBe(1);
    expect(callsOf(api, 'exportFile')[0].args).toEqual(['https://x/2', { suggestedFilename: 'n.txt', folders: false }]);
    (document.getElementById('b') as HTMLButtonElement).click();
    expect(callsOf(api, 'exportFile')).toHaveLength(1);
  });

  it('a relative data-fp-url is resolved against the page (document.baseURI, <base href> included)', () => {
    const { api } = setup('<a id="r" href="#" data-fp-url="files/report.pdf">r</a><button id="s" data-fp-url="/root/a.png">s</button>' +
      '<input type="filepicker-convert" id="c" data-fp-url="img/x.png">');
    (document.getElementById('r') as HTMLElement).click();
    (document.getElementById('s') as HTMLElement).click();
    (document.getElementById('c')!.nextSibling as HTMLElement).click();
    const base = document.baseURI;
    expect(callsOf(api, 'exportFile').map((c) => c.args[0])).toEqual([new URL('files/report.pdf', base).href, new URL('/root/a.png', base).href]);
    expect(callsOf(api, 'processImage')[0].args[0]).toBe(new URL('img/x.png', base).href);
    const tag = document.createElement('base');
    tag.setAttribute('href', 'https://pages.test/app/');
    document.head.appendChild(tag);
    try {
      (document.getElementById('r') as HTMLElement).click();
      expect(callsOf(api, 'exportFile')[2].args[0]).toBe('https://pages.test/app/files/report.pdf');
    } finally {
      document.head.removeChild(tag);
    }
  });

  it('preview appends an iframe showing the file; a URL without a handle builds nothing', () => {
    setup('<div id="p" type="filepicker-preview" data-fp-url="https://cdn.filestackcontent.com/abcdefghijklmnopqrstu"></div>' +
      '<div id="q" type="filepicker-preview" data-fp-url="https://elsewhere.test/a.png"></div>');
    const f = document.querySelector('#p iframe') as HTMLIFrameElement;
    expect(f.getAttribute('src')).toBe('https://fp.test/api/file/abcdefghijklmnopqrstu');
    expect(f.getAttribute('title')).toBe('File preview');
    expect(document.querySelector('#q iframe')).toBeNull();
  });
});

describe('building', () => {
  it('builds each element once, however often the hooks and constructWidget run', () => {
    const { ctx } = setup('<input type="filepicker" id="i"><input type="filepicker-dragdrop" id="d">');
    buildWidgets(ctx);
    window.dispatchEvent(new Event('load'));
    constructWidget(ctx, [document.getElementById('i')]);
    expect(document.querySelectorAll('button.fp__btn').length).toBe(2);
    expect(document.querySelectorAll('.fp-drag-widget').length).toBe(1);
  });

  it('waits for DOMContentLoaded while the document is loading, and also runs on load', () => {
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
    try {
      setBody('<input type="filepicker" id="i">');
      const ctx = makeCtx();
      makeApi(ctx);
      startWidgets(ctx, window);
      expect(document.querySelectorAll('button').length).toBe(0);
      document.dispatchEvent(new Event('DOMContentLoaded'));
      expect(document.querySelectorAll('button').length).toBe(1);
      const late = document.createElement('input');
      late.setAttribute('type', 'filepicker');
      document.body.appendChild(late);
      window.dispatchEvent(new Event('load'));
      expect(document.querySelectorAll('button').length).toBe(2);
    } finally {
      delete (document as { readyState?: string }).readyState;
    }
  });

  it('constructWidget accepts a jQuery-like object and dispatches by type (convert too, unlike v2)', () => {
    setBody('<input type="filepicker-convert" id="c" data-fp-url="https://x/1"><input type="filepicker" id="p">');
    const ctx = makeCtx();
    makeApi(ctx);
    startWidgets(ctx, window);
    const c = document.getElementById('c')!;
    expect((c.nextSibling as HTMLElement).textContent).toBe('Convert File');
    const fresh = document.createElement('input');
    fresh.setAttribute('type', 'filepicker');
    document.body.appendChild(fresh);
    constructWidget(ctx, [{ jquery: '3.7.1', length: 1, 0: fresh }]);
    expect((fresh.nextSibling as HTMLElement).textContent).toBe('Pick File');
  });

  it('constructWidget builds from the reading it is given (taken when the page called it), not from the element as it is now', () => {
    const ctx = makeCtx();
    makeApi(ctx);
    startWidgets(ctx, window);
    const el = document.createElement('input');
    el.setAttribute('type', 'filepicker');
    el.setAttribute('data-fp-button-text', 'Upload');
    el.setAttribute('data-fp-url', 'https://x/1');
    document.body.appendChild(el);
    const reading = snapshotOf(el);
    el.setAttribute('type', 'hidden');
    el.removeAttribute('data-fp-button-text');
    constructWidget(ctx, [el], reading);
    expect((el.nextSibling as HTMLElement).textContent).toBe('Upload');
    // only the build used the reading: later reads see the element as it is
    expect(readAttributes(el)).toEqual({ 'data-fp-url': 'https://x/1' });
  });

  it('constructWidget with nothing usable throws a FilepickerException naming the member', () => {
    const ctx = makeCtx();
    makeApi(ctx);
    startWidgets(ctx, window);
    expect(() => constructWidget(ctx, [null])).toThrow(/constructWidget/);
    expect(() => constructWidget(ctx, [{ jquery: '1', length: 0 }])).toThrow(/DOM element/);
  });

  it('adds the stylesheet once, through the CSSOM (rules, no text)', () => {
    setup('<input type="filepicker">');
    const sheets = document.querySelectorAll('style[data-fp-widgets]');
    expect(sheets.length).toBe(1);
    expect(sheets[0].textContent).toBe('');
    const rules = (sheets[0] as HTMLStyleElement).sheet!.cssRules;
    const text: string[] = [];
    for (let i = 0; i < rules.length; i++) text.push(rules[i].cssText);
    expect(text.join('\n')).toMatch(/\.fp__btn/);
    expect(text.join('\n')).toMatch(/\.fp-hidden/);
  });
});
