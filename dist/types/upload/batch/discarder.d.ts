import { StoredFile, Uploader } from '../../core/contracts';
/** The text of an error without the library's `filepicker: ` prefix. */
export declare function messageOf(e: unknown): string;
/**
 * Removes stored copies nobody will get (superseded by an edit, taken out of the list, stored after a cancel, left
 * when a pick ended without them) through the uploader's `discard`. A refusal (e.g. the policy does not allow
 * `remove`) changes no result: it is reported once per batch through `warn`, never with the policy or signature.
 */
export declare class Discarder {
    private uploader;
    private warn?;
    /** A failure was reported already. */
    private warned;
    /** `uploader` removes the copies; `warn` receives the one message of a failure. */
    constructor(uploader: Uploader, warn?: ((message: string) => void) | undefined);
    discard(copies: StoredFile[] | undefined): void;
    private one;
}
