import { PickerConfig, SourceFile, UploadSource } from '../core/contracts';
import { Rejection } from './restrictions';
import { CloudName, Entry } from './state';
/** What the user added: the entries the restrictions let in, and why the others were refused. */
export interface Intake {
    entries: Entry[];
    rejected: Rejection[];
}
/**
 * An entry for a local file, marked editable (and held for cropping with `cropForce`, unless `hide`) when the image
 * editor is on (`convert`).
 */
export declare function editableEntry(config: PickerConfig, convert: boolean, file: File | UploadSource, client?: Entry['client']): Entry;
/** Files chosen, dropped, pasted or recorded, next to the `count` already listed. */
export declare function fileIntake(config: PickerConfig, convert: boolean, count: number, files: File[], folderRefused?: boolean, client?: Entry['client']): Intake;
/**
 * Files chosen in a browsed source: the custom source `container`, or the cloud `cloud` (`{ cloud: 'ftp' }`).
 * Restrictions apply to their listed type and size before anything is copied; a file listed without a size carries
 * `maxSize` to the server, which checks it before it copies or links the file.
 */
export declare function sourceIntake(config: PickerConfig, from: string | {
    cloud: CloudName;
}, count: number, files: SourceFile[]): Intake;
/** An address typed in the URL source. Its type and size are known only once the server fetched it: only the count applies. */
export declare function urlIntake(config: PickerConfig, count: number, url: string): Intake;
