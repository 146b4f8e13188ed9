/**
 * Widgets against the original filepicker-js@2.4.18, for what happens in the page: the DOM the widgets build, the
 * options they hand to pick/export (compared through v2's own dialog URL: the options our widget passes, given to
 * v2's `pick`, must produce the URL v2's widget produced), the drop pane's errors, responsive image URLs and the
 * thrown exceptions. Identical except the documented fixes, each pinned with both outcomes.
 */
import { Page, tick, PageValue } from '../helpers/page';
import { answerCookies, copy, dialogCount, drop, lastDialogUrl, loaded, page } from './shared';

const pages: Page[] = [];
async function both(html: string): Promise<{ v2: Page; ours: Page }> {
  const v2 = await page(html, { flavour: 'legacy' });
  const ours = await page(html);
  pages.push(v2, ours);
  return Promise.all([loaded(v2), loaded(ours)]).then(() => ({ v2, ours }));
}
afterAll(() => pages.forEach((p) => p.close()));

/** The widget DOM as a page sees it (our extra `fp-` classes and the way of hiding are normalised). */
function shape(p: Page, id: string) {
  const input = p.document.getElementById(id) as HTMLInputElement;
  const after = input.nextSibling as HTMLElement | null;
  const next = after && after.tagName !== 'SCRIPT' ? after : null;
  const cls = (el: Element) => (el.getAttribute('class') || '').split(/\s+/).filter((c) => c && !/^fp-/.test(c)).join(' ');
  const desc = (el: HTMLElement | null): unknown => el && {
    tag: el.tagName, type: el.getAttribute('type'), cls: cls(el), text: el.children.length ? null : el.textContent,
    children: Array.prototype.map.call(el.children, (c: HTMLElement) => desc(c)),
  };
  return { hidden: input.style.display === 'none' || input.hasAttribute('hidden'), next: desc(next) };
}

describe('widget DOM', () => {
  test('pick, drag and convert widgets: same elements, texts, classes and placement', async () => {
    const { v2, ours } = await both(
      '<input type="filepicker" id="a" class="pretty"><input type="filepicker" id="b" data-fp-button-text="Choose" data-fp-button-class="btn">' +
      '<input type="filepicker-dragdrop" id="c" class="pane" data-fp-drag-text="Drop here" data-fp-drag-class="zone">' +
      '<input type="filepicker-dragdrop" id="d"><input type="filepicker-convert" id="e" data-fp-url="https://www.filepicker.io/api/file/AAA">' +
      '<input type="filepicker-convert" id="f">');
    for (const id of ['a', 'b', 'c', 'd', 'e', 'f']) expect([id, shape(ours, id)]).toEqual([id, shape(v2, id)]);
    expect(shape(ours, 'c').next).toMatchObject({ tag: 'DIV', cls: 'pane', children: [{ tag: 'BUTTON', text: 'Pick File', cls: 'fp__btn' }, { tag: 'DIV', cls: 'zone', text: 'Drop here' }] });
  });

  test('documented difference: the input is hidden by attribute and class, not by an inline style (CSP)', async () => {
    const { v2, ours } = await both('<input type="filepicker" id="a">');
    expect((v2.document.getElementById('a') as HTMLElement).getAttribute('style')).toBe('display: none;');
    expect((ours.document.getElementById('a') as HTMLElement).getAttribute('style')).toBeNull();
    expect((ours.document.getElementById('a') as HTMLElement).hidden).toBe(true);
  });

  test('preview: an iframe is appended for a file URL (ours shows the file itself: the v2 viewer is gone)', async () => {
    const { v2, ours } = await both('<div id="p" type="filepicker-preview" data-fp-url="https://www.filepicker.io/api/file/HANDLE1"></div>');
    const f2 = v2.document.querySelector('#p iframe') as HTMLIFrameElement;
    const f1 = ours.document.querySelector('#p iframe') as HTMLIFrameElement;
    expect(f2.getAttribute('width')).toBe('100%');
    expect([f1.getAttribute('width'), f1.getAttribute('height')]).toEqual([f2.getAttribute('width'), f2.getAttribute('height')]);
    expect(f2.src).toBe('https://www.filepicker.io/api/preview/HANDLE1');
    expect(f1.src).toBe('https://www.filestackapi.com/api/file/HANDLE1');
  });
});

/** Clicks the widget button in both pages and returns v2's dialog URL and the URL v2's pick gives for our options. */
async function pickUrls(html: string, method: 'pick' | 'pickMultiple' = 'pick') {
  const { v2, ours } = await both(html);
  v2.filepicker.setKey('K');
  ours.filepicker.setKey('K');
  // v2 opens dialogs only after the cookie answer; a first pick triggers that check
  v2.filepicker.pick({});
  answerCookies(v2);
  const captured: unknown[] = [];
  ours.filepicker[method] = (o: unknown) => { captured.push(copy(o)); };
  const before = dialogCount(v2);
  (v2.document.getElementById('w')!.nextSibling as HTMLElement).click();
  expect(dialogCount(v2)).toBe(before + 1);
  const fromV2Widget = lastDialogUrl(v2);
  (ours.document.getElementById('w')!.nextSibling as HTMLElement).click();
  expect(captured).toHaveLength(1);
  v2.filepicker[method](copy(captured[0]));
  return { fromV2Widget, fromOurOptions: lastDialogUrl(v2), captured: captured[0] as PageValue };
}

describe('options a widget hands to pick', () => {
  test('general and pick attributes give v2 the same dialog URL', async () => {
    const r = await pickUrls('<input type="filepicker" id="w" data-fp-mimetypes="image/*,application/pdf" data-fp-services="COMPUTER,DROPBOX,URL" ' +
      'data-fp-openTo="DROPBOX" data-fp-maxSize="10240" data-fp-maxFiles="4" data-fp-language="de" data-fp-container="modal" ' +
      'data-fp-store-location="S3" data-fp-store-path="up/" data-fp-store-access="public" data-fp-image-dim="100,200" data-fp-crop-ratio="1.5" ' +
      'data-fp-crop-dim="10,20" data-fp-conversions="crop,rotate" data-fp-custom-css="https://c.test/a.css" data-fp-background-upload="true" ' +
      'data-fp-hide="true" data-fp-video-recording-resolution="640x480" data-fp-folders="true">');
    expect(r.fromV2Widget).toMatch(/m=image\/\*,application\/pdf/);
    expect(r.fromOurOptions).toBe(r.fromV2Widget);
  });

  test('extensions, the singular service, custom source and image options', async () => {
    const r = await pickUrls('<input type="filepicker" id="w" data-fp-extensions=".PNG,.jpg" data-fp-service="BOX" data-fp-custom-source-container="b" ' +
      'data-fp-custom-source-path="p/" data-fp-image-quality="80" data-fp-image-max="300,400" data-fp-image-min="5,6" data-fp-crop-max="30,40" data-fp-crop-min="1,2">');
    expect(r.fromOurOptions).toBe(r.fromV2Widget);
  });

  test('multiple widgets call pickMultiple with the same options', async () => {
    const r = await pickUrls('<input type="filepicker" id="w" data-fp-multiple="true" data-fp-mimetype="image/*" data-fp-maxFiles="2">', 'pickMultiple');
    expect(r.fromV2Widget).toMatch(/multi=true/);
    expect(r.fromOurOptions).toBe(r.fromV2Widget);
  });

  test('fix: data-fp-webcam-dim crashed v2 on click; ours sends it as webcam.webcamDim [w, h]', async () => {
    const { v2, ours } = await both('<input type="filepicker" id="w" data-fp-webcam-dim="640,480">');
    v2.filepicker.setKey('K');
    ours.filepicker.setKey('K');
    v2.filepicker.pick({});
    answerCookies(v2);
    let thrown: unknown;
    try {
      const button = v2.document.getElementById('w')!.nextSibling as HTMLElement;
      button.onclick!.call(button, {} as PageValue);
    } catch (e) {
      thrown = e;
    }
    expect(String(thrown)).toMatch(/webcamDim\.join is not a function/);
    const captured: PageValue[] = [];
    ours.filepicker.pick = (o: unknown) => { captured.push(copy(o)); };
    (ours.document.getElementById('w')!.nextSibling as HTMLElement).click();
    expect(captured[0].webcam).toEqual({ webcamDim: [640, 480] });
    v2.filepicker.pick(copy(captured[0]));
    expect(lastDialogUrl(v2)).toMatch(/&wdim=640,480/);
  });

  test('fix: data-fp-debug="false" turned debug on in v2 (dummy file, change event); ours opens the real picker', async () => {
    const { v2, ours } = await both('<input type="filepicker" id="w" data-fp-debug="false" data-fp-apikey="K">');
    (v2.document.getElementById('w')!.nextSibling as HTMLElement).click();
    const captured: PageValue[] = [];
    ours.filepicker.pick = (o: unknown) => { captured.push(copy(o)); };
    (ours.document.getElementById('w')!.nextSibling as HTMLElement).click();
    await tick(20);
    expect((v2.document.getElementById('w') as HTMLInputElement).value).toBe('https://www.filepicker.io/api/file/-nBq2onTSemLBxlcBWn1');
    expect(captured[0].debug).toBe(false);
    expect((ours.document.getElementById('w') as HTMLInputElement).value).toBe('');
  });
});

describe('the change event and the input value (debug results, no dialog)', () => {
  const html = '<input type="filepicker" id="s" data-fp-debug="true" data-fp-apikey="K" onchange="window.seen.push([event.fpfile && event.fpfile.filename, event.fpfiles && event.fpfiles.length, this.value])">' +
    '<input type="filepicker" id="m" data-fp-debug="true" data-fp-multiple="true" onchange="window.seen.push([event.fpfile && event.fpfile.filename, event.fpfiles && event.fpfiles.length, this.value])">' +
    '<input type="filepicker-dragdrop" id="d" data-fp-debug="true" onchange="window.seen.push([event.fpfile && event.fpfile.filename, event.fpfiles && event.fpfiles.length, this.value])">';

  test('single, multiple and drag widgets: same values (up to the file host), same events, same clear', async () => {
    const { v2, ours } = await both(html);
    const run = async (p: Page) => {
      p.window.seen = [];
      const events: PageValue[] = [];
      p.document.body.addEventListener('change', (e: PageValue) => events.push([e.bubbles, e.cancelable, 'fpfile' in e, 'fpfiles' in e]));
      for (const id of ['s', 'm']) (p.document.getElementById(id)!.nextSibling as HTMLElement).click();
      ((p.document.getElementById('d')!.nextSibling as HTMLElement).children[0] as HTMLElement).click();
      await tick(30);
      const zone = (p.document.getElementById('d')!.nextSibling as HTMLElement).children[1] as HTMLElement;
      const shown = zone.textContent;
      (zone.lastChild as HTMLElement).click();
      const host = /^https:\/\/[^/]+\/api\/file\//;
      return {
        seen: p.window.seen.map((s: PageValue[]) => [s[0], s[1], String(s[2]).split(',').map((u) => u.replace(host, '<FILE>/')).join(',')]),
        events, shown, cleared: zone.textContent,
      };
    };
    const [a, b] = [await run(v2), await run(ours)];
    expect(b).toEqual(a);
    expect(a.seen).toEqual([
      ['test.png', 1, '<FILE>/-nBq2onTSemLBxlcBWn1'],
      ['test.png', 3, '<FILE>/-nBq2onTSemLBxlcBWn1,<FILE>/-nBq2onTSemLBxlcBWn1,<FILE>/-nBq2onTSemLBxlcBWn1'],
      ['test.png', 1, '<FILE>/-nBq2onTSemLBxlcBWn1'],
      [null, undefined, ''],
    ].map((s) => [s[0] === null ? undefined : s[0], s[1], s[2]]));
    expect(a.shown).toBe('test.pngX');
    expect(a.cleared).toBe('Or drop files here');
  });
});

describe('export widget', () => {
  test('the options an export button hands to exportFile give v2 the same save-dialog URL', async () => {
    const { v2, ours } = await both('<button id="w" data-fp-url="https://www.filepicker.io/api/file/AAA" data-fp-suggestedFilename="my file.png" ' +
      'data-fp-mimetype="image/png" data-fp-services="COMPUTER,DROPBOX" data-fp-apikey="K">Save</button>');
    v2.filepicker.setKey('K');
    ours.filepicker.setKey('K');
    v2.filepicker.pick({});
    answerCookies(v2);
    const before = dialogCount(v2);
    v2.document.getElementById('w')!.click();
    expect(dialogCount(v2)).toBe(before + 1);
    const fromV2Widget = lastDialogUrl(v2);
    const captured: PageValue[] = [];
    ours.filepicker.exportFile = (u: unknown, o: unknown) => { captured.push([u, copy(o)]); };
    ours.document.getElementById('w')!.click();
    v2.filepicker.exportFile(captured[0][0], copy(captured[0][1]));
    expect(fromV2Widget).toMatch(/\/dialog\/save\/.*defaultSaveasName=my%20file\.png/);
    expect(lastDialogUrl(v2)).toBe(fromV2Widget);
  });
});

describe('makeDropPane', () => {
  const make = (p: Page, options: string) => {
    p.window.eval('window.log = window.log || []; window.pane = document.createElement("div"); document.body.appendChild(pane);' +
      'window.made = filepicker.makeDropPane(pane, Object.assign(' + options + ', { onError: function (t, m) { log.push([t, m]); }, onStart: function () { log.push(["start"]); } }));');
    return p.window.pane as HTMLElement;
  };

  test('same return value and the same error types and messages', async () => {
    const { v2, ours } = await both('');
    // ours wires the pane once the widgets chunk is in (makeDropPane returns at once): wait for it, as a user would
    const run = async (p: Page) => {
      const pane = make(p, '{ maxSize: 100, mimetype: "image/*", extensions: "png, jpg" }');
      const multi = make(p, '{ multiple: true, maxFiles: 2 }');
      await p.settle();
      drop(p, pane, [{ name: 'a.png', type: 'image/png' }, { name: 'b.png', type: 'image/png' }]);
      drop(p, pane, [{ name: 'a.gif', type: 'image/gif' }]);
      drop(p, pane, [{ name: 'a.txt', type: 'text/plain' }]);
      drop(p, pane, [{ name: 'big.png', type: 'image/png', size: 1000 }]);
      drop(p, pane, []);
      drop(p, pane, [{ name: 'dir', type: '' }], { folder: true });
      drop(p, multi, [{ name: 'a', type: '' }, { name: 'b', type: '' }, { name: 'c', type: '' }]);
      return { made: p.window.made, log: p.window.log };
    };
    const b = await run(ours);
    const a = await run(v2);
    expect(b).toEqual(a);
    expect(a.log.map((l: string[]) => l[0])).toEqual(['TooManyFiles', 'WrongType', 'WrongType', 'WrongSize', 'NoFilesFound', 'WrongType', 'TooManyFiles']);
  });

  test('dragEnter, dragLeave and onError are plain calls in both: `this` is the window (pages read this.event)', async () => {
    const { v2, ours } = await both('');
    const run = async (p: Page) => {
      p.window.eval('window.seen = []; window.pane2 = document.createElement("div"); document.body.appendChild(pane2);' +
        'var mark = function (name) { return function () { seen.push([name, this === window, this && this.event ? this.event.type : null]); }; };' +
        'filepicker.makeDropPane(pane2, { dragEnter: mark("dragEnter"), dragLeave: mark("dragLeave"), onError: mark("onError") });');
      await p.settle();
      const pane = p.window.pane2 as HTMLElement;
      pane.dispatchEvent(new p.window.Event('dragenter', { bubbles: true, cancelable: true }));
      pane.dispatchEvent(new p.window.Event('dragleave', { bubbles: true, cancelable: true }));
      drop(p, pane, []);
      return p.window.seen;
    };
    const a = await run(v2);
    const b = await run(ours);
    expect(b).toEqual(a);
    expect(a.map((l: unknown[]) => l.slice(0, 2))).toEqual([['dragEnter', true], ['dragLeave', true], ['onError', true]]);
  });

  test('fix (G22): an upper-case file name passes a lower-case extension rule; v2 rejected it', async () => {
    const { v2, ours } = await both('');
    ours.filepicker.setKey('K');
    ours.filepicker.store = () => undefined;
    const run = async (p: Page) => {
      const pane = make(p, '{ extensions: [".png"] }');
      await p.settle();
      drop(p, pane, [{ name: 'A.PNG', type: 'image/png' }]);
      return p.window.log;
    };
    expect(await run(v2)).toEqual([['WrongType', "A.PNG isn't the right type of file"]]);
    expect(await run(ours)).toEqual([['start']]);
  });
});

describe('responsive images and exceptions', () => {
  test('the same resize URL path (our process host is configurable)', async () => {
    const { v2, ours } = await both('<img id="i" data-fp-src="https://img.test/a.jpg" data-fp-apikey="K" data-fp-pixel-round="100">' +
      '<img id="j" data-fp-src="https://img.test/b.jpg" data-fp-signature="S" data-fp-policy="P">');
    const path = (p: Page, id: string) => String(p.document.getElementById(id)!.getAttribute('src')).replace(/^https:\/\/[^/]+\//, '<PROCESS>/');
    expect(path(v2, 'i')).toBe('<PROCESS>/K/resize=width:1100/https://img.test/a.jpg');
    expect(path(ours, 'i')).toBe(path(v2, 'i'));
    expect(path(ours, 'j')).toBe(path(v2, 'j'));
    expect(v2.document.getElementById('i')!.getAttribute('src')).toMatch(/^https:\/\/process\.filepicker\.io\//);
    expect(ours.document.getElementById('i')!.getAttribute('src')).toMatch(/^https:\/\/process\.filestackapi\.com\//);
  });

  test('fix: without a key v2 threw inside the load handler; ours logs one console error', async () => {
    const { v2, ours } = await both('<img id="i" data-fp-src="https://img.test/a.jpg">');
    expect(v2.errors.map(String).join('\n')).toMatch(/API Key not found/);
    expect(ours.errors).toEqual([]);
    expect(ours.console.error.map((a) => String(a[0])).filter((m) => /responsive images need an API key/.test(m))).toHaveLength(1);
  });

  test('thrown texts are identical', async () => {
    const { v2, ours } = await both('<div id="d"></div>');
    const outcome = (p: Page, fn: (fp: PageValue, doc: Document) => unknown) => {
      try {
        return { returned: typeof fn(p.filepicker, p.document) };
      } catch (e: unknown) {
        return { text: String(e && (e as { text?: unknown }).text), str: String(e) };
      }
    };
    const cases: Array<(fp: PageValue, doc: Document) => unknown> = [
      (fp) => fp.setResponsiveOptions('big'),
      (fp) => fp.setResponsiveOptions(null),
      (fp, d) => fp.responsive(d.getElementById('d')),
      (fp) => fp.makeDropPane(null),
      (fp) => fp.makeDropPane({ jquery: '1.12', length: 0 }),
      (fp, d) => fp.makeDropPane(d.getElementById('d'), {}),
      (fp) => fp.pickFolder(),
      (fp) => fp.export('https://x.test/a'),
      (fp) => fp.processImage('https://x.test/a'),
      (fp) => { fp.setKey('K'); return fp.export('not a url'); },
      (fp) => fp.exportFile({ filename: 'x' }),
      (fp) => fp.export('https://x.test/a', { mimetype: 'a/b', extension: '.b' }),
      (fp) => fp.processImage(5),
      (fp) => fp.processImage({}),
    ];
    cases.forEach((fn, i) => expect([i, outcome(ours, fn)]).toEqual([i, outcome(v2, fn)]));
  });
});
