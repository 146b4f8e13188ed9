import { UploadSource } from '../../core/contracts';
import { Listeners, removeNode } from '../dom';
import { TextBinder } from '../i18n/binder';
import { applyStyles } from '../styles';
import { changesOf, createState, EditState, FilterName, keyCrop, limitsOf, rotate, setFilter, shownSize, Tools, toolsOf, withCrop } from './editState';
import { Handle, hitTest, moveRect, Rect, resizeRect } from './geometry';
import { Decoded, decodeImage } from '../imageDecode';
import { drawCropOverlay, drawEdited, fitScale, renderOutput, toFile } from './render';
import { buildEditorNodes, EditorNodes } from './nodes';
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
  /** `cropForce` with several images: which one this is, of how many ("Image 2 of 3"). */
  position?: { index: number; count: number };
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
/** How far from an edge or corner of the crop area (in CSS pixels) a pointer grabs its handle: a finger's width, about. */
const GRAB_PX = 14;
let counter = 0;

/** Decodes the file, then shows the editor. Rejects when the image cannot be decoded. */
export function openEditor(o: EditorOptions): Promise<EditorHandle> {
  return decodeImage(o.file, o.doc).then(function (d) {
    return new EditorView(o, d);
  });
}

/**
 * One open editor: the preview canvas with the crop area (pointer and keyboard), rotate and filter buttons, Cancel and
 * Save. Edits are a pure state (editState.ts); this class draws it and turns events into new states.
 */
export class EditorView implements EditorHandle {
  readonly root: HTMLElement;
  /** What the dialog asked for (file, name, rules, callbacks). */
  private o: EditorOptions;
  /** The decoded image (released on destroy). */
  private d: Decoded;
  /** The editor's elements. */
  private n: EditorNodes;
  /** Which tools are on (from `conversions`). */
  private tools: Tools;
  /** The edits so far: rotation, filter, crop area (image pixels). */
  private state: EditState;
  /** Preview pixels per image pixel. */
  private scale = 1;
  /** The rotated, filtered image at preview size; the crop area is drawn over a copy of it. */
  private preview: HTMLCanvasElement;
  /** The pointer drag under way: which handle (or the whole area), where it began, and the area then. */
  private drag: { hit: Handle | 'move'; x: number; y: number; rect: Rect } | null = null;
  /** Save is encoding the file. */
  private busy = false;
  /** Removed (saved, cancelled or destroyed). */
  private ended = false;
  /** Every listener of the editor. */
  private listeners = new Listeners();
  /** Removes the editor's stylesheet. */
  private removeStyles: () => void;

  constructor(o: EditorOptions, d: Decoded) {
    this.o = o;
    this.d = d;
    this.tools = toolsOf(o.conversions);
    this.state = createState(d.size, o.crop, this.tools, o.forced);
    this.preview = o.doc.createElement('canvas');
    this.n = buildEditorNodes(o.doc, o.binder, { name: o.name, tools: this.tools, forced: o.forced, fixedCrop: limitsOf(this.state).fixed, position: o.position }, ++counter);
    this.root = this.n.root;
    this.removeStyles = applyStyles(o.doc, EDITOR_RULES);
    o.mount.insertBefore(this.root, o.before || null);
    if (this.tools.crop) this.listenCrop();
    this.listenButtons();
    this.renderBase();
    this.draw();
    (this.tools.crop ? this.n.canvas : this.n.saveB).focus();
  }

  /** Cancel, as the Cancel button (the dialog calls it on Escape). */
  cancel(): void {
    if (this.ended || this.busy) return;
    this.destroy();
    this.o.onCancel();
  }

  /** Removes the editor and its listeners; calls nothing. */
  destroy(): void {
    if (this.ended) return;
    this.ended = true;
    this.listeners.removeAll();
    removeNode(this.root);
    this.removeStyles();
    this.d.release();
  }

  /** Redraws the preview (image, rotation, filter) at the current scale. */
  private renderBase(): void {
    const state = this.state;
    this.scale = fitScale(state, BOX);
    const size = shownSize(state);
    const w = Math.max(1, Math.round(size.width * this.scale));
    const h = Math.max(1, Math.round(size.height * this.scale));
    this.preview.width = w;
    this.preview.height = h;
    this.n.canvas.width = w;
    this.n.canvas.height = h;
    const pctx = this.preview.getContext('2d');
    if (pctx) drawEdited(pctx, this.d, state, this.scale, 0, 0, w, h);
  }

  /** The preview with the crop area on top, the filter buttons' state, and the crop area in words. */
  private draw(): void {
    const n = this.n;
    const canvas = n.canvas;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(this.preview, 0, 0);
    n.blurB.setAttribute('aria-pressed', this.state.filter === 'blur' ? 'true' : 'false');
    n.sharpB.setAttribute('aria-pressed', this.state.filter === 'sharpen' ? 'true' : 'false');
    if (!this.tools.crop) return;
    const c = this.state.crop;
    drawCropOverlay(ctx, c, this.scale, canvas, this.o.doc.activeElement === canvas, !limitsOf(this.state).fixed);
    this.o.binder.text(n.status, 'cropStatus', { width: c.width, height: c.height, x: c.x, y: c.y });
  }

  private change(next: EditState, rebase: boolean): void {
    if (next === this.state) return;
    this.state = next;
    if (rebase) this.renderBase();
    this.draw();
  }

  /** A pointer position in pixels of the image as shown, and the grab distance of a handle there. */
  private toImage(e: PointerEvent): { x: number; y: number; grab: number } {
    const canvas = this.n.canvas;
    const r = canvas.getBoundingClientRect();
    const k = r.width > 0 ? canvas.width / r.width : 1;
    return { x: ((e.clientX - r.left) * k) / this.scale, y: ((e.clientY - r.top) * k) / this.scale, grab: (GRAB_PX * k) / this.scale };
  }

  private hitAt(p: { x: number; y: number; grab: number }): Handle | 'move' | null {
    return hitTest(this.state.crop, p.x, p.y, p.grab, limitsOf(this.state).fixed);
  }

  private onPointerDown(e: PointerEvent): void {
    if (e.button !== undefined && e.button !== 0) return;
    const canvas = this.n.canvas;
    const p = this.toImage(e);
    const hit = this.hitAt(p);
    canvas.focus();
    if (!hit) return;
    e.preventDefault();
    this.drag = { hit, x: p.x, y: p.y, rect: this.state.crop };
    if (canvas.setPointerCapture) canvas.setPointerCapture(e.pointerId);
  }

  private onPointerMove(e: PointerEvent): void {
    const p = this.toImage(e);
    const drag = this.drag;
    if (!drag) {
      const hit = this.hitAt(p);
      this.n.canvas.setAttribute('class', 'fp-editor-canvas' + (hit ? ' ' + CURSORS[hit] : ''));
      return;
    }
    e.preventDefault();
    const dx = p.x - drag.x;
    const dy = p.y - drag.y;
    const size = shownSize(this.state);
    const crop = drag.hit === 'move' ? moveRect(drag.rect, dx, dy, size) : resizeRect(drag.rect, drag.hit, dx, dy, limitsOf(this.state), size);
    this.change(withCrop(this.state, crop), false);
  }

  /** Pointer drags and arrow keys on the canvas change the crop area. */
  private listenCrop(): void {
    const L = this.listeners;
    const canvas = this.n.canvas;
    L.on(canvas, 'pointerdown', (e: PointerEvent) => {
      this.onPointerDown(e);
    });
    L.on(canvas, 'pointermove', (e: PointerEvent) => {
      this.onPointerMove(e);
    });
    const end = (): void => {
      this.drag = null;
    };
    L.on(canvas, 'pointerup', end);
    L.on(canvas, 'pointercancel', end);
    L.on(canvas, 'keydown', (e: KeyboardEvent) => {
      const next = keyCrop(this.state, e.key, e.shiftKey);
      if (!next) return;
      e.preventDefault();
      this.change(next, false);
    });
    const redraw = (): void => {
      this.draw();
    };
    L.on(canvas, 'focus', redraw);
    L.on(canvas, 'blur', redraw);
  }

  private listenButtons(): void {
    const L = this.listeners;
    const n = this.n;
    const toggle = (f: FilterName): void => {
      this.change(setFilter(this.state, this.state.filter === f ? 'none' : f), true);
    };
    L.on(n.rotL, 'click', () => {
      this.change(rotate(this.state, -1), true);
    });
    L.on(n.rotR, 'click', () => {
      this.change(rotate(this.state, 1), true);
    });
    L.on(n.blurB, 'click', () => {
      toggle('blur');
    });
    L.on(n.sharpB, 'click', () => {
      toggle('sharpen');
    });
    L.on(n.cancelB, 'click', () => {
      this.cancel();
    });
    L.on(n.saveB, 'click', () => {
      this.save();
    });
  }

  /** Encodes the edited image as the file's type; the editor closes with the result, or shows an error and stays. */
  private save(): void {
    if (this.busy || this.ended) return;
    const o = this.o;
    const n = this.n;
    this.busy = true;
    n.saveB.setAttribute('disabled', '');
    const type = String(o.file.type || 'image/png').toLowerCase();
    let out: Promise<UploadSource>;
    try {
      out = toFile(renderOutput(this.d, this.state, o.doc), o.name, type, o.doc.defaultView as Window);
    } catch (e) {
      out = Promise.reject(e);
    }
    out.then(
      (file) => {
        this.busy = false;
        if (this.ended) return;
        const changes = changesOf(this.state);
        this.destroy();
        o.onSave({ file, changes });
      },
      () => {
        this.busy = false;
        if (this.ended) return;
        n.saveB.removeAttribute('disabled');
        o.binder.text(n.error, 'editorFailed');
        n.error.removeAttribute('hidden');
      },
    );
  }
}
