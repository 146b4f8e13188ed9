import { PickerConfig } from '../core/contracts';
import { Editing } from './editing';
import { buildEditorNodes } from './editor/nodes';
import type { EditorOptions } from './editor';
import { TextBinder } from './i18n/binder';
import { Translator } from './i18n/translator';
import { Entry } from './state';
import { View } from './view';

/** The editor chunk, replaced: each open records its options and returns a handle (no canvas in jsdom). */
const opened: EditorOptions[] = [];
jest.mock('./editor', () => ({
  openEditor: (o: EditorOptions) => {
    opened.push(o);
    return Promise.resolve({ root: document.createElement('div'), cancel: () => o.onCancel(), destroy: () => undefined });
  },
}));

const binder = new TextBinder(new Translator());
const flush = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

function image(id: number): Entry {
  const file = new Blob(['x'], { type: 'image/png' });
  return { id, client: 'computer', name: 'p' + id + '.png', type: 'image/png', size: 1, status: 'waiting', loaded: 0, total: 1, editable: true, needsCrop: true, file };
}

function editing(): Editing {
  const root = document.createElement('div');
  const body = document.createElement('div');
  const footer = document.createElement('div');
  const files = document.createElement('ul');
  root.appendChild(body);
  root.appendChild(footer);
  const view = { root, body, footer, files } as unknown as View;
  const events = { saved: () => undefined, cancelled: () => undefined, failed: () => undefined };
  return new Editing(document, binder, view, { crop: { force: true } } as unknown as PickerConfig, events);
}

describe('cropForce with several images', () => {
  beforeEach(() => {
    opened.length = 0;
  });

  test('the editor is told which image of how many it shows; a lone image or the Edit button gets no count', async () => {
    const ed = editing();
    const [a, b, c] = [image(1), image(2), image(3)];
    ed.open(a, 'force');
    ed.open(b, 'force');
    ed.open(c, 'force');
    await flush();
    expect(opened.map((o) => o.position)).toEqual([{ index: 1, count: 3 }]);
    opened[0].onSave({ file: a.file!, changes: { cropped: true, rotated: false, converted: false } });
    await flush();
    opened[1].onCancel();
    await flush();
    expect(opened.map((o) => o.position)).toEqual([{ index: 1, count: 3 }, { index: 2, count: 3 }, { index: 3, count: 3 }]);
    opened[2].onCancel();
    await flush();
    // the run is over: the next forced image starts a new one; the Edit button has no place in a run
    ed.open(image(4), 'force');
    await flush();
    opened[3].onCancel();
    ed.open(image(5), 'edit');
    await flush();
    expect(opened.slice(3).map((o) => o.position)).toEqual([{ index: 1, count: 1 }, undefined]);
  });

  test('"Image 2 of 3" is shown above the image and is part of the editor\'s name and the crop area\'s description', () => {
    const tools = { crop: true, rotate: true, filter: true };
    const n = buildEditorNodes(document, binder, { name: 'b.png', tools, forced: true, fixedCrop: false, position: { index: 2, count: 3 } }, 7);
    document.body.appendChild(n.root);
    const count = n.root.querySelector('.fp-editor-count') as HTMLElement;
    expect([count.textContent, count.hidden]).toEqual(['Image 2 of 3', false]);
    const names = (ids: string): string[] => ids.split(' ').map((id) => document.getElementById(id)!.textContent || '');
    expect(names(n.root.getAttribute('aria-labelledby')!)).toEqual(['Edit b.png', 'Image 2 of 3']);
    expect(names(n.canvas.getAttribute('aria-describedby')!)[0]).toBe('Image 2 of 3');
    const de = new TextBinder(new Translator(require('./i18n/locales/de').default, undefined, 'de'));
    const alone = buildEditorNodes(document, de, { name: 'a.png', tools, forced: true, fixedCrop: false, position: { index: 1, count: 1 } }, 8);
    expect((alone.root.querySelector('.fp-editor-count') as HTMLElement).hidden).toBe(true);
    expect(alone.root.getAttribute('aria-labelledby')).toBe('fp-editor-title-8');
    expect(de.t('editorCount', { index: 2, count: 3 })).toBe('Bild 2 von 3');
    n.root.remove();
  });
});
