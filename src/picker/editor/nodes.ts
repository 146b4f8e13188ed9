import { el } from '../dom';
import { TextBinder } from '../i18n/binder';
import { Tools } from './editState';

/** The editor's elements. */
export interface EditorNodes {
  root: HTMLElement;
  /** The preview with the crop area (focusable when cropping is on). */
  canvas: HTMLCanvasElement;
  /** The crop area in words, for screen readers (`aria-live`). */
  status: HTMLElement;
  rotL: HTMLButtonElement;
  rotR: HTMLButtonElement;
  blurB: HTMLButtonElement;
  sharpB: HTMLButtonElement;
  cancelB: HTMLButtonElement;
  saveB: HTMLButtonElement;
  /** "This image could not be edited." (hidden until Save fails). */
  error: HTMLElement;
}

/** What the nodes show: the file name, the tools on, whether cropping is forced or of a fixed size. */
export interface EditorLook {
  name: string;
  tools: Tools;
  forced: boolean;
  fixedCrop: boolean;
  /** Which image of how many (cropForce with several images): "Image 2 of 3"; no line for a lone image. */
  position?: { index: number; count: number };
}

function button(doc: Document, cls: string): HTMLButtonElement {
  return el(doc, 'button', { type: 'button', class: 'fp-btn ' + cls });
}

/** The canvas, its help line and status: a keyboard "application" when cropping is on, else an image. */
function stage(doc: Document, b: TextBinder, look: EditorLook, n: number) {
  const canvas = el(doc, 'canvas', { class: 'fp-editor-canvas' });
  const help = el(doc, 'p', { class: 'fp-hint', id: 'fp-editor-help-' + n });
  const status = el(doc, 'p', { class: 'fp-sr', id: 'fp-editor-status-' + n, 'aria-live': 'polite' });
  if (look.tools.crop) {
    canvas.setAttribute('tabindex', '0');
    canvas.setAttribute('role', 'application');
    b.attr(canvas, 'aria-label', 'cropArea');
    canvas.setAttribute('aria-describedby', help.id + ' ' + status.id);
    b.text(help, look.fixedCrop ? 'cropHelpFixed' : 'cropHelp');
  } else {
    canvas.setAttribute('role', 'img');
    b.attr(canvas, 'aria-label', 'editorTitle', { filename: look.name });
    help.setAttribute('hidden', '');
  }
  return { canvas, help, status };
}

/** Builds the editor: title, forced-crop note, canvas, help, status, the tools (those on) and Cancel / Save. */
export function buildEditorNodes(doc: Document, b: TextBinder, look: EditorLook, n: number): EditorNodes {
  const title = el(doc, 'h3', { class: 'fp-editor-title', id: 'fp-editor-title-' + n });
  b.text(title, 'editorTitle', { filename: look.name });
  const note = el(doc, 'p', { class: 'fp-editor-note' });
  b.text(note, 'editorForced');
  if (!look.forced) note.setAttribute('hidden', '');
  const count = el(doc, 'p', { class: 'fp-editor-count', id: 'fp-editor-count-' + n });
  const pos = look.position;
  const many = !!pos && pos.count > 1;
  if (pos && many) b.text(count, 'editorCount', { index: pos.index, count: pos.count });
  else count.setAttribute('hidden', '');
  const s = stage(doc, b, look, n);
  // the group's name and the focused element's description say which image this is, so it is announced on opening
  const labelledBy = many ? title.id + ' ' + count.id : title.id;
  if (many) s.canvas.setAttribute('aria-describedby', count.id + (s.canvas.hasAttribute('aria-describedby') ? ' ' + s.canvas.getAttribute('aria-describedby') : ''));
  const toolbar = el(doc, 'div', { class: 'fp-editor-tools', role: 'group' });
  b.attr(toolbar, 'aria-label', 'editorTools');
  const rotL = button(doc, 'fp-rotate-left');
  const rotR = button(doc, 'fp-rotate-right');
  b.text(rotL, 'rotateLeft');
  b.text(rotR, 'rotateRight');
  const blurB = button(doc, 'fp-filter-blur');
  const sharpB = button(doc, 'fp-filter-sharpen');
  b.text(blurB, 'filterBlur');
  b.text(sharpB, 'filterSharpen');
  if (look.tools.rotate) {
    toolbar.appendChild(rotL);
    toolbar.appendChild(rotR);
  }
  if (look.tools.filter) {
    toolbar.appendChild(blurB);
    toolbar.appendChild(sharpB);
  }
  const cancelB = button(doc, 'fp-editor-cancel');
  b.text(cancelB, 'editorCancel');
  const saveB = button(doc, 'fp-primary fp-editor-save');
  b.text(saveB, 'editorSave');
  const error = el(doc, 'p', { class: 'fp-editor-error', role: 'alert', hidden: '' });
  const bar = el(doc, 'div', { class: 'fp-editor-bar' }, [toolbar, el(doc, 'div', { class: 'fp-editor-actions' }, [cancelB, saveB])]);
  const stageBox = el(doc, 'div', { class: 'fp-editor-stage' }, [s.canvas]);
  const root = el(doc, 'div', { class: 'fp-editor', role: 'group', 'aria-labelledby': labelledBy }, [title, count, note, stageBox, s.help, s.status, bar, error]);
  return { root, canvas: s.canvas, status: s.status, rotL, rotR, blurB, sharpB, cancelB, saveB, error };
}
