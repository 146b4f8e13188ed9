/** The caller's lifecycle callbacks, made safe to call from inside the engine. */
import { UploadEnvironment } from './types';
import { UploadEvents } from '../core/contracts';
type CallbackEnv = Pick<UploadEnvironment, 'setTimeout'>;
/** Every callback of `rawEvents`, guarded. */
export declare function guardEvents(env: CallbackEnv, rawEvents: UploadEvents): UploadEvents;
export {};
