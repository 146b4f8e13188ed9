/** The picker dialog (issue 5): implements `PickerDialog` of src/core/contracts.ts. */
import { PickerDialog } from '../core/contracts';
export interface DialogEnv {
    document?: Document;
    window?: Window;
}
/** A dialog bound to a page (default: the global document and window); each open() gets the page's file queue. */
export declare function createPickerDialog(env?: DialogEnv): PickerDialog;
export { registerLocale, setLocaleBase, LANGUAGES } from './i18n';
