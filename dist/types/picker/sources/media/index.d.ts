/**
 * The WEBCAM, VIDEO and AUDIO sources: loaded on demand (`import('./sources/media')`, chunk `media`) the first time
 * such a tab opens, so the main bundle carries none of it.
 */
import { PickerConfig } from '../../../core/contracts';
import { TextBinder } from '../../i18n/binder';
import { Announcer } from '../../announcer';
import { MediaEnv } from './env';
import { MediaPanel } from './panel';
export type { MediaPanel } from './panel';
export interface MediaSourceOptions {
    doc: Document;
    win: Window;
    config: PickerConfig;
    binder: TextBinder;
    announcer: Announcer;
    onFile(file: File, client: string): void;
    /** The media APIs (the browser's of `win` by default). */
    env?: MediaEnv;
}
/** The panel of one media service (`WEBCAM`, `VIDEO`, `AUDIO`). */
export declare function createMediaSource(service: string, o: MediaSourceOptions): MediaPanel;
