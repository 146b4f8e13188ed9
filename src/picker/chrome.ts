import { PickerConfig } from '../core/contracts';
import { Listeners } from './dom';
import { Modal } from './Modal';
import { focusableWithin } from './focus';
import { Host } from './host';
import { MEDIA_SOURCES } from './mediaTabs';
import { SourcePanels } from './sourcePanels';
import { listenForDrops } from './sources/dropTarget';
import { View } from './view';

/** What the dialog's frame asks of the dialog. */
export interface ChromeActions {
  /** The user closes (close button, backdrop, Escape, popup unloaded). */
  close(): void;
  /** Done / Upload. */
  finish(): void;
  /** Files dropped on the dialog. */
  drop(files: File[], folderRefused: boolean): void;
}

/** Wires the frame: close and primary buttons, the backdrop, drops, the popup's unload (keys and focus: the Modal). */
export function wireChrome(host: Host, view: View, L: Listeners, config: PickerConfig, parts: SourcePanels, act: ChromeActions): void {
  L.on(view.close, 'click', () => {
    act.close();
  });
  L.on(view.primary, 'click', () => {
    act.finish();
  });
  const overlay = host.overlay;
  if (overlay) {
    // a click closes only when it also began on the backdrop (not a text selection dragged out of the dialog)
    let downOnBackdrop = false;
    L.on(overlay, 'mousedown', (e: MouseEvent) => {
      downOnBackdrop = e.target === overlay;
    });
    L.on(overlay, 'click', (e: MouseEvent) => {
      if (e.target === overlay && downOnBackdrop) act.close();
      downOnBackdrop = false;
    });
  }
  if (parts.computer) {
    listenForDrops(host, view.root, L, config.folders && config.multiple, act.drop);
  }
  L.on(host.win, 'beforeunload', () => {
    if (host.kind === 'window') act.close();
  });
  for (const s in parts.lazy) {
    const tab = parts.lazy[s];
    if (Object.prototype.hasOwnProperty.call(parts.lazy, s) && view.tabs[s]) {
      L.on(view.tabs[s].button, 'click', () => {
        tab.load(false, view.root);
      });
    }
  }
}

/** Shows the modal with focus where the first source wants it (an on-demand panel takes it once its code is in). */
export function focusFirst(host: Host, view: View, config: PickerConfig, parts: SourcePanels, first: string, modal: Modal): void {
  if (host.kind === 'window') host.win.focus();
  const tab = view.tabs[first];
  const lazy = Object.prototype.hasOwnProperty.call(parts.lazy, first) ? parts.lazy[first] : undefined;
  if (lazy && lazy.enabled) {
    // the dialog holds focus until the panel's code has loaded, then the panel takes it
    modal.show(view.root);
    lazy.load(true, view.root);
    return;
  }
  const target = first === 'COMPUTER' && parts.computer ? parts.computer.drop : focusableWithin(tab.panel)[0] || view.close;
  // a media tab being loaded has already put focus on its loading line
  modal.show(parts.media && MEDIA_SOURCES.indexOf(first) >= 0 && tab.panel.contains(host.doc.activeElement) ? null : target);
}
