/**
 * A concurrency budget shared by every file of one Uploader: at most `limit` part uploads run at once.
 * Waiters are served in order; a waiter can leave the line (pause, cancel).
 */
export declare class PartQueue {
    readonly limit: number;
    /** Slots in use. */
    private running;
    /** Callers waiting for a slot, in arrival order. */
    private waiting;
    constructor(limit: number);
    /**
     * Asks for a slot; `grant` is called (synchronously when one is free) with a `release` function to call exactly once.
     * Returns a function that withdraws the request while it is still waiting.
     */
    acquire(grant: (release: () => void) => void): () => void;
    /** Slots in use (for tests and diagnostics). */
    get active(): number;
    private next;
}
