/** The picker dialog (issue 5): implements `PickerDialog` of src/core/contracts.ts. */
import { PickerCallbacks, PickerConfig, PickerDialog, PickerSession, StoreOptions, Uploader, UploadQueue } from '../core/contracts';
import { createUploadQueue } from '../upload/batch';
import { Session } from './session';

export interface DialogEnv {
  document?: Document;
  window?: Window;
}

/**
 * A dialog bound to a page (default: the global document and window). A dialog opened without the page's file queue
 * uses one of this dialog object's own (made on first use).
 */
export function createPickerDialog(env?: DialogEnv): PickerDialog {
  let own: UploadQueue | undefined;
  return {
    open: function (config: PickerConfig, store: StoreOptions, uploader: Uploader, callbacks: PickerCallbacks, queue?: UploadQueue): PickerSession {
      const doc = (env && env.document) || document;
      const win = (env && env.window) || doc.defaultView || window;
      if (!queue) queue = own || (own = createUploadQueue());
      return new Session({ document: doc, window: win }, config, store, uploader, callbacks, queue);
    },
  };
}

export { registerLocale, setLocaleBase, LANGUAGES } from './i18n';
export { MAX_PARALLEL_FILES } from '../upload/batch';
