import { PickerConfig, SourceFile, Uploader } from '../core/contracts';
import { Announcer } from './announcer';
import { CustomTab } from './customTab';
import { CloudTab } from './cloudTab';
import { LazyTab } from './lazyTab';
import { CLOUD_NAMES, CLOUDS } from './services';
import { Listeners } from './dom';
import { TextBinder } from './i18n/binder';
import { MEDIA_SOURCES, MediaTabs } from './mediaTabs';
import { computerPanel, ComputerPanel } from './sources/computer';
import { urlPanel } from './sources/url';
import { CloudName, Entry } from './state';
import { messageOf } from './uploads';

/** What the panels hand to the dialog. */
export interface SourceActions {
  /** Files chosen, dropped or recorded (`client` for the media sources). */
  files(files: File[], client?: Entry['client']): void;
  url(url: string): void;
  /** An address the URL panel refused. */
  invalidUrl(): void;
  /** Files chosen in the custom source; true when any was taken. */
  sourceFiles(files: SourceFile[]): boolean;
  /** Files chosen in a cloud source; true when any was taken. */
  cloudFiles(cloud: CloudName, files: SourceFile[]): boolean;
  /** Folder mode: the folder chosen in a cloud source. */
  cloudFolder(cloud: CloudName, folder: { path: string; name: string }): void;
  /** The server does not offer the cloud source `source` (v2 name): `reason` is its answer. */
  cloudUnavailable(source: string, reason: string): void;
  /** Whether the dialog is still open. */
  alive(): boolean;
}

/** The panels of the listed sources, and the parts the dialog talks to afterwards. */
export interface SourcePanels {
  panels: { [source: string]: HTMLElement };
  computer?: ComputerPanel;
  /** The WEBCAM / VIDEO / AUDIO tabs, when listed. */
  media?: MediaTabs;
  /** The tabs whose panel is an on-demand chunk (CUSTOMSOURCE, the cloud sources), by source. */
  lazy: { [source: string]: LazyTab };
}

export interface SourceDeps {
  doc: Document;
  win: Window;
  config: PickerConfig;
  binder: TextBinder;
  listeners: Listeners;
  announcer: Announcer;
  uploader: Uploader;
}

/** Builds a panel for each source in `sources` (the media tabs share one controller, loaded on demand). */
export function buildSourcePanels(d: SourceDeps, sources: string[], act: SourceActions): SourcePanels {
  const out: SourcePanels = { panels: {}, lazy: {} };
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i];
    if (MEDIA_SOURCES.indexOf(s) >= 0) {
      if (!out.media) {
        out.media = new MediaTabs({ doc: d.doc, win: d.win, config: d.config, binder: d.binder, announcer: d.announcer, onFile: (file, client) => {
          act.files([file], client as Entry['client']);
        } });
      }
      out.panels[s] = out.media.placeholder(s);
    } else if (s === 'COMPUTER') {
      out.computer = computerPanel(d.doc, d.config, d.binder, d.listeners, (files) => {
        act.files(files);
      });
      out.panels.COMPUTER = out.computer.panel;
    } else if (s === 'URL') {
      out.panels.URL = urlPanel(d.doc, d.binder, d.listeners, (url) => {
        act.url(url);
      }, () => {
        act.invalidUrl();
      }).panel;
    } else if (s === 'CUSTOMSOURCE') {
      out.lazy.CUSTOMSOURCE = new CustomTab({
        doc: d.doc, win: d.win, config: d.config, binder: d.binder, listeners: d.listeners, uploader: d.uploader, announcer: d.announcer, messageOf,
        onPick: (files) => act.sourceFiles(files),
        alive: act.alive,
      });
      out.panels.CUSTOMSOURCE = out.lazy.CUSTOMSOURCE.mount;
    } else if (CLOUDS[s]) {
      const cloud = CLOUDS[s];
      out.lazy[s] = new CloudTab({
        doc: d.doc, win: d.win, config: d.config, binder: d.binder, listeners: d.listeners, uploader: d.uploader, announcer: d.announcer, messageOf,
        cloud, label: CLOUD_NAMES[cloud],
        onPick: (files) => act.cloudFiles(cloud, files),
        unavailable: (reason) => act.cloudUnavailable(s, reason),
        onFolder: d.config.folderMode ? (folder) => act.cloudFolder(cloud, folder) : undefined,
        alive: act.alive,
      });
      out.panels[s] = out.lazy[s].mount;
    }
  }
  return out;
}
