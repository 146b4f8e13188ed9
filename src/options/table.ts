import { Row } from './draft';
import { DIALOG_ROWS } from './rows/dialog';
import { IMAGE_ROWS } from './rows/image';
import { RESTRICTION_ROWS } from './rows/restrictions';
import { SECURITY_ROWS } from './rows/security';
import { STORE_ROWS } from './rows/store';
import { WEBCAM_TOP_ROWS } from './rows/webcam';
import { V2PickerOptions } from './types';

/**
 * One row per v2 picker option. The mapped type makes a missing row a compile error: adding a key to
 * `V2PickerOptions` (or one of its groups) without a row here does not type-check.
 */
export const PICKER_TABLE: { [K in keyof Required<V2PickerOptions>]: Row } = {
  ...RESTRICTION_ROWS,
  ...DIALOG_ROWS,
  ...IMAGE_ROWS,
  ...WEBCAM_TOP_ROWS,
  ...STORE_ROWS,
  ...SECURITY_ROWS,
};

/** Every known picker option name, for "did you mean" hints. */
export const PICKER_KEYS: string[] = Object.keys(PICKER_TABLE);
