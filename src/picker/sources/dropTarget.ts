import { Listeners } from '../dom';
import { Host } from '../host';
import { collectFromTransfer } from './dropped';

/**
 * Files dragged onto the dialog (the overlay, or the whole popup / iframe) and files pasted anywhere in its document.
 * The DataTransfer is read synchronously inside the event, as browsers require.
 */
export function listenForDrops(host: Host, root: HTMLElement, listeners: Listeners, allowFolders: boolean, onFiles: (files: File[], folderRefused: boolean) => void): void {
  const target = host.dropTarget;
  function over(e: DragEvent): void {
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    root.classList.add('fp-dragover');
  }
  listeners.on(target, 'dragenter', over);
  listeners.on(target, 'dragover', over);
  listeners.on(target, 'dragleave', (e: DragEvent) => {
    if (!e.relatedTarget || !target.contains(e.relatedTarget as Node)) root.classList.remove('fp-dragover');
  });
  listeners.on(target, 'drop', (e: DragEvent) => {
    e.preventDefault();
    root.classList.remove('fp-dragover');
    // collectFromTransfer never rejects: unreadable entries are skipped
    void collectFromTransfer(e.dataTransfer, allowFolders).then((got) => {
      onFiles(got.files, got.folderRefused);
    });
  });
  listeners.on(host.doc, 'paste', (e: ClipboardEvent) => {
    const files = e.clipboardData && e.clipboardData.files;
    if (!files || !files.length) return;
    e.preventDefault();
    const out: File[] = [];
    for (let i = 0; i < files.length; i++) out.push(files[i]);
    onFiles(out, false);
  });
}
