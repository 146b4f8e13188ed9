import { UploadSource } from '../../core/contracts';
import { el, Listeners, removeNode } from '../dom';
import { TextBinder } from '../i18n/binder';
import { applyStyles } from '../styles';
import { changesOf, createState, EditState, FilterName, keyCrop, limitsOf, rotate, setFilter, shownSize, toolsOf } from './editState';
import { Handle, hitTest, moveRect, Rect, resizeRect } from './geometry';
import { Decoded, decodeImage } from '../imageDecode';
import { drawEdited, fitScale, renderOutput, toFile } from './render';
import { EDITOR_RULES } from './styles';

/** What the user saved: the new file and what changed (for the Blob's `cropped` / `rotated` / `converted`). */
export interface EditResult {
  file: UploadSource;
  changes: { cropped: boolean; rotated: boolean; converted: boolean };
}

export interface EditorOptions {
  doc: Document;
  binder: TextBinder;
  file: UploadSource;
  name: string;
  /** `PickerConfig.crop` (image pixels). */
  crop?: { ratio?: number; dim?: [number, number]; max?: [number, number]; min?: [number, number] };
  conversions?: string[];
  /** `cropForce`: the title says the image must be cropped. */
  forced: boolean;
  /** Where the editor goes (the dialog root, before `before`). */
  mount: HTMLElement;
  before?: Node | null;
  onSave(result: EditResult): void;
  onCancel(): void;
}

/** An open editor. */
export interface EditorHandle {
  root: HTMLElement;
  /** Cancel, as the Cancel button (the dialog calls it on Escape). */
  cancel(): void;
  /** Removes the editor and its listeners; calls nothing. */
  destroy(): void;
}

/** The largest preview, in CSS pixels (the canvas shrinks further with the dialog through `max-width`). */
const BOX = { width: 680, height: 320 };
const CURSORS: { [h: string]: string } = { move: 'fp-cur-move', n: 'fp-cur-ns', s: 'fp-cur-ns', e: 'fp-cur-ew', w: 'fp-cur-ew', nw: 'fp-cur-nwse', se: 'fp-cur-nwse', ne: 'fp-cur-nesw', sw: 'fp-cur-nesw' };
let counter = 0;

function button(doc: Document, cls: string): HTMLButtonElement {
  return el(doc, 'button', { type: 'button', class: 'fp-btn ' + cls });
}

/** Decodes the file, then shows the editor. Rejects when the image cannot be decoded. */
export function openEditor(o: EditorOptions): Promise<EditorHandle> {
  return decodeImage(o.file, o.doc).then(function (d) {
    return build(o, d);
  });
}

function build(o: EditorOptions, d: Decoded): EditorHandle {
  const doc = o.doc;
  const b = o.binder;
  const L = new Listeners();
  const n = ++counter;
  const tools = toolsOf(o.conversions);
  let state: EditState = createState(d.size, o.crop, tools);
  let scale = 1;
  const preview = doc.createElement('canvas');
  let drag: { hit: Handle | 'move'; x: number; y: number; rect: Rect } | null = null;
  let busy = false;
  let ended = false;

  const title = el(doc, 'h3', { class: 'fp-editor-title', id: 'fp-editor-title-' + n });
  b.text(title, 'editorTitle', { filename: o.name });
  const note = el(doc, 'p', { class: 'fp-editor-note' });
  b.text(note, 'editorForced');
  if (!o.forced) note.setAttribute('hidden', '');
  const canvas = el(doc, 'canvas', { class: 'fp-editor-canvas' });
  const help = el(doc, 'p', { class: 'fp-hint', id: 'fp-editor-help-' + n });
  const status = el(doc, 'p', { class: 'fp-sr', id: 'fp-editor-status-' + n, 'aria-live': 'polite' });
  if (tools.crop) {
    canvas.setAttribute('tabindex', '0');
    canvas.setAttribute('role', 'application');
    b.attr(canvas, 'aria-label', 'cropArea');
    canvas.setAttribute('aria-describedby', help.id + ' ' + status.id);
    b.text(help, limitsOf(state).fixed ? 'cropHelpFixed' : 'cropHelp');
  } else {
    canvas.setAttribute('role', 'img');
    b.attr(canvas, 'aria-label', 'editorTitle', { filename: o.name });
    help.setAttribute('hidden', '');
  }
  const stage = el(doc, 'div', { class: 'fp-editor-stage' }, [canvas]);

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
  if (tools.rotate) {
    toolbar.appendChild(rotL);
    toolbar.appendChild(rotR);
  }
  if (tools.filter) {
    toolbar.appendChild(blurB);
    toolbar.appendChild(sharpB);
  }
  const cancelB = button(doc, 'fp-editor-cancel');
  b.text(cancelB, 'editorCancel');
  const saveB = button(doc, 'fp-primary fp-editor-save');
  b.text(saveB, 'editorSave');
  const error = el(doc, 'p', { class: 'fp-editor-error', role: 'alert', hidden: '' });
  const bar = el(doc, 'div', { class: 'fp-editor-bar' }, [toolbar, el(doc, 'div', { class: 'fp-editor-actions' }, [cancelB, saveB])]);
  const root = el(doc, 'div', { class: 'fp-editor', role: 'group', 'aria-labelledby': title.id }, [title, note, stage, help, status, bar, error]);
  const removeStyles = applyStyles(doc, EDITOR_RULES);
  o.mount.insertBefore(root, o.before || null);

  /** Redraws the preview (image, rotation, filter) at the current scale. */
  function renderBase(): void {
    scale = fitScale(state, BOX);
    const size = shownSize(state);
    const w = Math.max(1, Math.round(size.width * scale));
    const h = Math.max(1, Math.round(size.height * scale));
    preview.width = w;
    preview.height = h;
    canvas.width = w;
    canvas.height = h;
    const pctx = preview.getContext('2d');
    if (pctx) drawEdited(pctx, d, state, scale, 0, 0, w, h);
  }

  /** The preview with the crop area on top: the outside dimmed, a frame, and handles when the size can change. */
  function draw(): void {
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(preview, 0, 0);
    pressed(blurB, state.filter === 'blur');
    pressed(sharpB, state.filter === 'sharpen');
    if (!tools.crop) return;
    const c = state.crop;
    const x = c.x * scale;
    const y = c.y * scale;
    const w = c.width * scale;
    const h = c.height * scale;
    ctx.fillStyle = 'rgba(0,0,0,0.55)';
    ctx.fillRect(0, 0, canvas.width, y);
    ctx.fillRect(0, y + h, canvas.width, canvas.height - y - h);
    ctx.fillRect(0, y, x, h);
    ctx.fillRect(x + w, y, canvas.width - x - w, h);
    ctx.lineWidth = 3;
    ctx.strokeStyle = 'rgba(0,0,0,0.8)';
    ctx.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1);
    ctx.lineWidth = 1;
    ctx.strokeStyle = doc.activeElement === canvas ? '#4da3ff' : '#ffffff';
    ctx.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1);
    if (!limitsOf(state).fixed) {
      ctx.fillStyle = '#ffffff';
      const pts = [[x, y], [x + w / 2, y], [x + w, y], [x + w, y + h / 2], [x + w, y + h], [x + w / 2, y + h], [x, y + h], [x, y + h / 2]];
      for (let i = 0; i < pts.length; i++) {
        ctx.fillRect(pts[i][0] - 4, pts[i][1] - 4, 8, 8);
        ctx.strokeRect(pts[i][0] - 4, pts[i][1] - 4, 8, 8);
      }
    }
    b.text(status, 'cropStatus', { width: c.width, height: c.height, x: c.x, y: c.y });
  }

  function pressed(node: HTMLButtonElement, on: boolean): void {
    node.setAttribute('aria-pressed', on ? 'true' : 'false');
  }

  function change(next: EditState, rebase: boolean): void {
    if (next === state) return;
    state = next;
    if (rebase) renderBase();
    draw();
  }

  /** A pointer position in pixels of the image as shown. */
  function toImage(e: PointerEvent): { x: number; y: number; grab: number } {
    const r = canvas.getBoundingClientRect();
    const k = r.width > 0 ? canvas.width / r.width : 1;
    return { x: ((e.clientX - r.left) * k) / scale, y: ((e.clientY - r.top) * k) / scale, grab: (10 * k) / scale };
  }

  function setCursor(hit: string | null): void {
    canvas.setAttribute('class', 'fp-editor-canvas' + (hit ? ' ' + CURSORS[hit] : ''));
  }

  if (tools.crop) {
    L.on(canvas, 'pointerdown', function (e: PointerEvent) {
      if (e.button !== undefined && e.button !== 0) return;
      const p = toImage(e);
      const hit = hitTest(state.crop, p.x, p.y, p.grab, limitsOf(state).fixed);
      canvas.focus();
      if (!hit) return;
      e.preventDefault();
      drag = { hit, x: p.x, y: p.y, rect: state.crop };
      if (canvas.setPointerCapture) canvas.setPointerCapture(e.pointerId);
    });
    L.on(canvas, 'pointermove', function (e: PointerEvent) {
      const p = toImage(e);
      if (!drag) {
        setCursor(hitTest(state.crop, p.x, p.y, p.grab, limitsOf(state).fixed));
        return;
      }
      e.preventDefault();
      const dx = p.x - drag.x;
      const dy = p.y - drag.y;
      const size = shownSize(state);
      const crop = drag.hit === 'move' ? moveRect(drag.rect, dx, dy, size) : resizeRect(drag.rect, drag.hit, dx, dy, limitsOf(state), size);
      change({ ...state, crop }, false);
    });
    const end = function (): void {
      drag = null;
    };
    L.on(canvas, 'pointerup', end);
    L.on(canvas, 'pointercancel', end);
    L.on(canvas, 'keydown', function (e: KeyboardEvent) {
      const next = keyCrop(state, e.key, e.shiftKey);
      if (!next) return;
      e.preventDefault();
      change(next, false);
    });
    L.on(canvas, 'focus', draw);
    L.on(canvas, 'blur', draw);
  }
  L.on(rotL, 'click', function () {
    change(rotate(state, -1), true);
  });
  L.on(rotR, 'click', function () {
    change(rotate(state, 1), true);
  });
  const toggle = function (f: FilterName): void {
    change(setFilter(state, state.filter === f ? 'none' : f), true);
  };
  L.on(blurB, 'click', function () {
    toggle('blur');
  });
  L.on(sharpB, 'click', function () {
    toggle('sharpen');
  });

  function destroy(): void {
    if (ended) return;
    ended = true;
    L.removeAll();
    removeNode(root);
    removeStyles();
    d.release();
  }
  function cancel(): void {
    if (ended || busy) return;
    destroy();
    o.onCancel();
  }
  L.on(cancelB, 'click', cancel);
  L.on(saveB, 'click', function () {
    if (busy || ended) return;
    busy = true;
    saveB.setAttribute('disabled', '');
    const type = String(o.file.type || 'image/png').toLowerCase();
    const win = doc.defaultView as Window;
    let out: Promise<UploadSource>;
    try {
      out = toFile(renderOutput(d, state, doc), o.name, type, win);
    } catch (e) {
      out = Promise.reject(e);
    }
    out.then(
      function (file) {
        busy = false;
        if (ended) return;
        const changes = changesOf(state);
        destroy();
        o.onSave({ file, changes });
      },
      function () {
        busy = false;
        if (ended) return;
        saveB.removeAttribute('disabled');
        b.text(error, 'editorFailed');
        error.removeAttribute('hidden');
      },
    );
  });

  renderBase();
  draw();
  (tools.crop ? canvas : saveB).focus();
  return { root, cancel, destroy };
}
