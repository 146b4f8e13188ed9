import { PickerCallbacks, PickerConfig, PickerSession, StoreOptions, Uploader, UploadQueue } from '../../core/contracts';
import { createUploadQueue } from '../../upload/batch';
import { createPickerDialog } from '../index';

/** The dialog as the facade opens it, with a fresh page queue unless a test gives one. */
export function testDialog(): { open(config: PickerConfig, store: StoreOptions, uploader: Uploader, callbacks: PickerCallbacks, queue?: UploadQueue): PickerSession } {
  const dialog = createPickerDialog();
  return {
    open: (config, store, uploader, callbacks, queue) => dialog.open(config, store, uploader, callbacks, queue || createUploadQueue()),
  };
}
