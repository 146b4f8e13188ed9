import { OAuthAnswer } from '../../../core/contracts';
import { TextBinder } from '../../i18n/binder';
/** The sign-in screen of an OAuth source (Dropbox): a button that opens the provider's page in a popup. */
export interface OAuthSignIn {
    root: HTMLElement;
    button: HTMLButtonElement;
    /** Why the last sign-in did not happen, or that it is under way. */
    message: HTMLElement;
}
export declare function buildOAuthSignIn(doc: Document, binder: TextBinder, sourceLabel: string, n: number): OAuthSignIn;
/** The popup's features: a window of its own, sized for a provider's consent page. */
export declare const POPUP_FEATURES = "width=600,height=720,menubar=no,toolbar=no";
export interface PopupWatch {
    win: Window;
    popup: Window;
    /** Reads one `message` of the page (the cloud API client checks origin and shape). */
    read(origin: string, data: unknown): Promise<OAuthAnswer | null>;
    /** The popup's answer, or null when it was closed without one. Called once. */
    done(answer: OAuthAnswer | null): void;
}
export declare function watchPopup(w: PopupWatch): () => void;
