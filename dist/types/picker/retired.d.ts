/**
 * v2 services whose provider is gone, cannot be reached with a plain app registration, or that were never a source.
 * The dialog leaves them out and says why, once per dialog, naming each one.
 */
export declare const RETIRED: {
    [service: string]: string;
};
/** The one warning naming each retired service of `services` and why it is left out, or null. */
export declare function retiredWarning(services: string[]): string | null;
