import { PickerConfig, SourceFile, Uploader } from '../core/contracts';
import { Announcer } from './announcer';
import { LazyTab } from './lazyTab';
import { Listeners } from './dom';
import { TextBinder } from './i18n/binder';
import { MediaTabs } from './mediaTabs';
import { ComputerPanel } from './sources/computer';
import { CloudName, Entry } from './state';
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
    cloudFolder(cloud: CloudName, folder: {
        path: string;
        name: string;
    }): void;
    /** The server does not offer the cloud source `source` (v2 name): `reason` is its answer. */
    cloudUnavailable(source: string, reason: string): void;
    /** Whether the dialog is still open. */
    alive(): boolean;
}
/** The panels of the listed sources, and the parts the dialog talks to afterwards. */
export interface SourcePanels {
    panels: {
        [source: string]: HTMLElement;
    };
    computer?: ComputerPanel;
    /** The WEBCAM / VIDEO / AUDIO tabs, when listed. */
    media?: MediaTabs;
    /** The tabs whose panel is an on-demand chunk (CUSTOMSOURCE, the cloud sources), by source. */
    lazy: {
        [source: string]: LazyTab;
    };
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
export declare function buildSourcePanels(d: SourceDeps, sources: string[], act: SourceActions): SourcePanels;
