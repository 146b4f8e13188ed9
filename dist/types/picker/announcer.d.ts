/**
 * A polite live region. Messages on one channel (a file id) are throttled to one per `intervalMs`; forced messages
 * (100 %, done, failed, restriction errors) always go out.
 */
export declare class Announcer {
    private now;
    private intervalMs;
    readonly node: HTMLElement;
    /** Last announcement time per channel. */
    private last;
    constructor(doc: Document, now?: () => number, intervalMs?: number);
    /** Returns whether the message was announced. */
    say(channel: string, text: string, force?: boolean): boolean;
}
