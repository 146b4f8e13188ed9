import { startWidgets } from './build';
import { setResponsiveOptions } from './checks';
import { displayWidth, responsive, roundUp } from './responsive';
import { makeApi, makeCtx } from './__tests__/fakeApi';

function page(html: string): void {
  const doc = new DOMParser().parseFromString('<body>' + html + '</body>', 'text/html');
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  const nodes = doc.body.childNodes;
  for (let i = 0; i < nodes.length; i++) document.body.appendChild(document.importNode(nodes[i], true));
}

function widthOf(el: Element, w: number): void {
  Object.defineProperty(el, 'offsetWidth', { configurable: true, get: () => w });
}

const img = (id: string) => document.getElementById(id) as HTMLImageElement;

describe('responsive images', () => {
  afterEach(() => page(''));

  it('builds <process>/<key>/resize=width:<ceil to pixelRound>/<url> on start, with per-image key, rounding and security', () => {
    page('<div id="box"><img id="a" data-fp-src="https://x.test/a.jpg"></div>' +
      '<img id="b" data-fp-src="https://x.test/b.jpg" data-fp-pixel-round="50" data-fp-apikey="OWN">' +
      '<img id="c" src="https://x.test/c.jpg" data-fp-src="https://x.test/c.jpg" data-fp-signature="S" data-fp-policy="P">');
    widthOf(document.getElementById('box')!, 333);
    widthOf(img('b'), 101);
    const ctx = makeCtx();
    ctx.setKey('KEY');
    makeApi(ctx);
    startWidgets(ctx, window);
    expect(img('a').getAttribute('src')).toBe('https://fp.test/process/KEY/resize=width:340/https://x.test/a.jpg');
    expect(img('b').getAttribute('src')).toBe('https://fp.test/process/OWN/resize=width:150/https://x.test/b.jpg');
    expect(img('c').getAttribute('src')).toBe('https://fp.test/process/KEY/resize=width:1030/security=signature:S,policy:P/https://x.test/c.jpg');
  });

  it('without any key logs one console error naming setKey and data-fp-apikey and throws nothing', () => {
    page('<img id="a" data-fp-src="https://x.test/a.jpg"><img id="b" data-fp-src="https://x.test/b.jpg">');
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const ctx = makeCtx();
      expect(() => (makeApi(ctx), startWidgets(ctx, window))).not.toThrow();
      expect(spy).toHaveBeenCalledTimes(1);
      expect(String(spy.mock.calls[0][0])).toMatch(/setKey.*data-fp-apikey/);
      expect(img('a').getAttribute('src')).toBeNull();
    } finally {
      spy.mockRestore();
    }
  });

  it('a data-fp-apikey sets the page key when there is none (as v2)', () => {
    page('<img id="a" data-fp-src="https://x.test/a.jpg" data-fp-apikey="K2"><img id="b" data-fp-src="https://x.test/b.jpg">');
    const ctx = makeCtx();
    makeApi(ctx);
    startWidgets(ctx, window);
    expect(ctx.getKey()).toBe('K2');
    expect(img('b').getAttribute('src')).toMatch(/\/process\/K2\//);
  });

  it('re-runs on window resize, debounced 200 ms, following data-fp-on-resize', () => {
    jest.useFakeTimers();
    try {
      page('<div id="box"><img id="all" data-fp-src="https://x.test/1.jpg"><img id="up" data-fp-on-resize="up" data-fp-src="https://x.test/2.jpg">' +
        '<img id="down" data-fp-on-resize="down" data-fp-src="https://x.test/3.jpg"><img id="none" data-fp-on-resize="none" data-fp-src="https://x.test/4.jpg"></div>');
      const box = document.getElementById('box')!;
      widthOf(box, 200);
      const ctx = makeCtx();
      ctx.setKey('K');
      makeApi(ctx);
      startWidgets(ctx, window);
      ['all', 'up', 'down', 'none'].forEach((id) => expect(img(id).getAttribute('src')).toMatch(/width:200\//));
      widthOf(box, 400);
      window.dispatchEvent(new Event('resize'));
      jest.advanceTimersByTime(150);
      window.dispatchEvent(new Event('resize'));
      jest.advanceTimersByTime(150);
      expect(img('all').getAttribute('src')).toMatch(/width:200\//);
      jest.advanceTimersByTime(60);
      expect(img('all').getAttribute('src')).toMatch(/width:400\//);
      expect(img('up').getAttribute('src')).toMatch(/width:400\//);
      expect(img('down').getAttribute('src')).toMatch(/width:200\//);
      expect(img('none').getAttribute('src')).toMatch(/width:200\//);
      widthOf(box, 100);
      window.dispatchEvent(new Event('resize'));
      jest.advanceTimersByTime(200);
      expect(img('down').getAttribute('src')).toMatch(/width:100\//);
      expect(img('up').getAttribute('src')).toMatch(/width:400\//);
      // responsive() with no argument forces every image, even "none"
      responsive(ctx, []);
      expect(img('none').getAttribute('src')).toMatch(/width:100\//);
    } finally {
      jest.useRealTimers();
    }
  });

  it('restores the previous src when the resized one fails to load', () => {
    page('<img id="a" src="https://x.test/orig.jpg" data-fp-src="https://x.test/orig.jpg">');
    const ctx = makeCtx();
    ctx.setKey('K');
    makeApi(ctx);
    startWidgets(ctx, window);
    expect(img('a').getAttribute('src')).toMatch(/\/process\//);
    img('a').dispatchEvent(new Event('error'));
    expect(img('a').getAttribute('src')).toBe('https://x.test/orig.jpg');
  });

  it('setResponsiveOptions: pixelRound, onResize and security from the options; non-objects throw v2 text', () => {
    page('<img id="a" data-fp-src="https://x.test/a.jpg">');
    const ctx = makeCtx();
    ctx.setKey('K');
    setResponsiveOptions(ctx, [{ pixelRound: 300, signature: 'SS', policy: 'PP' }]);
    makeApi(ctx);
    startWidgets(ctx, window);
    expect(img('a').getAttribute('src')).toBe('https://fp.test/process/K/resize=width:1200/security=signature:SS,policy:PP/https://x.test/a.jpg');
    expect(() => setResponsiveOptions(ctx, ['big'])).toThrow('Responsive options must be an object.');
    expect(() => setResponsiveOptions(ctx, [5])).toThrow('Responsive options must be an object.');
    expect(() => setResponsiveOptions(ctx, [null])).not.toThrow();
  });

  it('responsive(el): an <img> is processed, anything else throws v2 text', () => {
    page('<img id="a" data-fp-src="https://x.test/a.jpg"><div id="d"></div>');
    const ctx = makeCtx();
    ctx.setKey('K');
    expect(() => responsive(ctx, [document.getElementById('d')])).toThrow('Passed object is not an image');
    expect(() => responsive(ctx, [null])).toThrow('Passed object is not an image');
    responsive(ctx, [img('a')]);
    expect(img('a').getAttribute('src')).toMatch(/\/process\/K\/resize=width:1030\//);
  });

  it('roundUp and displayWidth helpers', () => {
    expect(roundUp(101, 10)).toBe(110);
    expect(roundUp(100, 10)).toBe(100);
    expect(roundUp(7, 0)).toBe(7);
    page('<p id="p"><img id="a" alt="alt text"></p>');
    widthOf(img('a'), 30);
    widthOf(document.getElementById('p')!, 500);
    expect(displayWidth(img('a'))).toBe(500); // alt text sizes an unloaded image: use the parent (v2)
  });
});
