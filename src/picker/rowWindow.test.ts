import { MARGIN, planRows, rangeFor, RowWindow } from './rowWindow';

describe('which rows a windowed list renders', () => {
  test('the rows in view plus the margin, clamped to the list', () => {
    expect(rangeFor(0, 200, 20, 10000, 5)).toEqual({ first: 0, last: 15 });
    expect(rangeFor(2000, 200, 20, 10000, 5)).toEqual({ first: 95, last: 115 });
    expect(rangeFor(199800, 200, 20, 10000, 5)).toEqual({ first: 9985, last: 9999 });
    expect(rangeFor(-50, 200, 20, 3, 5)).toEqual({ first: 0, last: 2 });
    expect(rangeFor(0, 200, 20, 0, 5)).toEqual({ first: 0, last: -1 });
    // a scroll position past the end (the list just got shorter) still renders its last rows
    expect(rangeFor(5000, 200, 20, 10, 2)).toEqual({ first: 9, last: 9 });
  });

  test('pinned rows outside the range are added in order, once; those out of the list are ignored', () => {
    expect(planRows({ first: 3, last: 5 }, [9, 0, 4, 9, -1, 12], 10)).toEqual([0, 3, 4, 5, 9]);
    expect(planRows({ first: 0, last: -1 }, [2], 5)).toEqual([2]);
  });
});

describe('RowWindow (jsdom: no layout, so the assumed row and view heights apply)', () => {
  function setup(count: number, pinned: number[] = []) {
    const list = document.createElement('ul');
    document.body.appendChild(list);
    const made: number[] = [];
    const dropped: number[] = [];
    const host = {
      n: count,
      count: () => host.n,
      row: (i: number) => {
        made.push(i);
        const li = document.createElement('li');
        li.setAttribute('data-i', String(i));
        li.appendChild(document.createElement('button'));
        return li;
      },
      dropped: (i: number) => dropped.push(i),
      pinned: () => pinned,
      spacer: () => document.createElement('li'),
    };
    const w = new RowWindow(list, list, host, { row: 20, view: 100 });
    const kids = () => Array.prototype.map.call(list.children, (c: Element) => c.getAttribute('data-i') || 'gap:' + (c as HTMLElement).style.height) as string[];
    return { list, w, made, dropped, kids, host };
  }
  afterEach(() => {
    document.body.textContent = '';
  });

  test('renders the first view and a margin, with one spacer standing for the rest', () => {
    const { w, kids, made } = setup(10000);
    w.render();
    const last = 100 / 20 + MARGIN;
    expect(kids().length).toBe(last + 2);
    expect(kids()[0]).toBe('0');
    expect(kids()[last]).toBe(String(last));
    expect(kids()[last + 1]).toBe('gap:' + (10000 - last - 1) * 20 + 'px');
    expect(made.length).toBe(last + 1);
    expect(w.has(last + 1)).toBe(false);
  });

  test('a row far away is revealed with spacers on both sides; a pinned row stays; rows kept are not re-inserted', () => {
    const pinned = [1];
    const { list, w, kids, dropped } = setup(10000, pinned);
    w.render();
    const kept = w.element(1)!;
    kept.firstChild!.appendChild(document.createTextNode('x'));
    (kept.firstChild as HTMLElement).focus();
    w.reveal(5000);
    expect(w.has(5000)).toBe(true);
    expect(w.element(1)).toBe(kept);
    expect(document.activeElement).toBe(kept.firstChild);
    expect(w.has(2)).toBe(false);
    expect(dropped).toContain(2);
    const k = kids();
    expect(k[0]).toBe('gap:20px');
    expect(k[1]).toBe('1');
    expect(k[2]).toMatch(/^gap:/);
    expect(k[k.length - 1]).toMatch(/^gap:/);
    // the spacers and rows add up to the whole list's height
    let rows = 0;
    let px = 0;
    for (const c of k) {
      if (c.indexOf('gap:') === 0) px += parseInt(c.slice(4), 10);
      else rows++;
    }
    expect(px + rows * 20).toBe(10000 * 20);
    expect(list.scrollTop).toBeGreaterThan(0);
  });

  test('reset empties the list and renders what the owner has now', () => {
    const { w, kids, host } = setup(3);
    w.render();
    expect(kids()).toEqual(['0', '1', '2']);
    host.n = 0;
    w.reset();
    expect(kids()).toEqual([]);
    host.n = 1;
    w.render();
    expect(kids()).toEqual(['0']);
  });
});
