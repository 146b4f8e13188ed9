/**
 * The WEBCAM, VIDEO and AUDIO sources: loaded on demand (`import('./sources/media')`, chunk `media`) the first time
 * such a tab opens, so the main bundle carries none of it.
 */
import { PickerConfig } from '../../../core/contracts';
import { describeValue } from '../../../core/describe';
import { TextBinder } from '../../i18n/binder';
import { Announcer } from '../../announcer';
import { browserMediaEnv, MediaEnv } from './env';
import { mediaSettings } from './limits';
import { MediaPanel, MediaSourcePanel } from './panel';
import { MediaKind } from './controller';

export type { MediaPanel } from './panel';

const KINDS: { [service: string]: MediaKind } = { WEBCAM: 'photo', VIDEO: 'video', AUDIO: 'audio' };

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
export function createMediaSource(service: string, o: MediaSourceOptions): MediaPanel {
  const kind = KINDS[service];
  if (!kind) throw new Error('filepicker: `services` media source must be WEBCAM, VIDEO or AUDIO, got ' + describeValue(service));
  return new MediaSourcePanel(kind, { doc: o.doc, win: o.win, binder: o.binder, announcer: o.announcer, settings: mediaSettings(o.config), env: o.env || browserMediaEnv(o.win), onFile: o.onFile });
}
