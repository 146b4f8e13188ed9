/** The picker dialog (issue 5): implements `PickerDialog` of src/core/contracts.ts. */
import { PickerCallbacks, PickerConfig, PickerDialog, PickerSession, StoreOptions, Uploader, UploadQueue } from '../core/contracts';
import { Session } from './session';

export interface DialogEnv {
  document?: Document;
  window?: Window;
}

/** A dialog bound to a page (default: the global document and window); each open() gets the page's file queue. */
export function createPickerDialog(env?: DialogEnv): PickerDialog {
  return {
    open: function (config: PickerConfig, store: StoreOptions, uploader: Uploader, callbacks: PickerCallbacks, queue: UploadQueue): PickerSession {
      const doc = (env && env.document) || document;
      const win = (env && env.window) || doc.defaultView || window;
      return new Session({ document: doc, window: win }, config, store, uploader, callbacks, queue);
    },
  };
}

export { registerLocale, setLocaleBase, LANGUAGES } from './i18n';
