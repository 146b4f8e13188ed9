/**
 * What the unit tests of the browsing panels (cloud sources, custom source) share: the dialog's config and callbacks,
 * waiting for the dialog to settle, and looking at and typing into its list. Used by the unit tests only.
 */
import { PickedFile, PickerCallbacks, PickerConfig } from '../../../core/contracts';

/** A dialog config with nothing optional set; `over` gives the sources and what the test is about. */
export function pickerConfig(over: Partial<PickerConfig> = {}): PickerConfig {
  return { container: 'modal', multiple: false, accept: { mimetypes: [], extensions: [] }, folders: false, sources: ['COMPUTER'], backgroundUpload: true, hide: false, ...over };
}

/** Callbacks that record how the dialog ended. */
export function recordingCallbacks(): PickerCallbacks & { done?: PickedFile[]; error?: Error; cancelled?: boolean } {
  const cb: PickerCallbacks & { done?: PickedFile[]; error?: Error; cancelled?: boolean } = {
    onDone(files) { cb.done = files; },
    onCancel() { cb.cancelled = true; },
    onError(e) { cb.error = e; },
  };
  return cb;
}

export const wait = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
export const tick = (): Promise<void> => wait(0);

/** Waits until `cond` holds: a few turns of the event loop, then up to about a second; throws if it never does. */
export async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 150 && !cond(); i++) await wait(i < 50 ? 0 : 10);
  if (!cond()) throw new Error('condition not reached');
}

export const q = (s: string): HTMLElement => document.querySelector(s) as HTMLElement;
export const qa = (s: string): HTMLElement[] => Array.prototype.slice.call(document.querySelectorAll(s)) as HTMLElement[];
/** The element is there and not inside a hidden part of the dialog. */
export const visible = (s: string): boolean => !!q(s) && !q(s).closest('[hidden]');
/** The names in the panel's list, in order. */
export const names = (): (string | null)[] => qa('.fp-cs-item .fp-cs-name').map((n) => n.textContent);
/** A key pressed in the panel's list. */
export const listKey = (k: string, extra: KeyboardEventInit = {}): boolean => q('.fp-cs-list').dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...extra }));
/** The dialog's DOM is removed between tests. */
export const clearPage = (): void => {
  document.body.textContent = '';
};

/**
 * A canvas that draws and a `createImageBitmap` that decodes any bytes as a 64×64 picture (jsdom has neither), for
 * the tests of thumbnails; installed before each test of the calling file, removed after.
 */
export function fakeBitmaps(): void {
  const win = window as unknown as { createImageBitmap?: unknown };
  beforeEach(() => {
    win.createImageBitmap = jest.fn(() => Promise.resolve({ width: 64, height: 64, close() {} }));
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation((() => ({ drawImage() {} })) as never);
  });
  afterEach(() => {
    delete win.createImageBitmap;
    jest.restoreAllMocks();
  });
}
