/**
 * Part URLs asked for ahead of their part (our server's `batch` extension of `/multipart/upload`): when a part asks for
 * its URL, the parts whose MD5 is already computed ask along, so most parts find their URL here and skip a round trip.
 * With a server that does not offer it (`max` 0: Filestack, any other) nothing is asked ahead.
 */
import { BatchPart, PartTarget } from './protocol';
export declare class PartUrls {
    private readonly max;
    /** URLs answered ahead, each for the MD5 it was signed with, by part number. */
    private readonly held;
    /** Parts asked along in a call still running: it settles `wait` once its answer is kept. */
    private readonly pending;
    /** `max`: how many more parts one call may ask for (0 = one call per part). */
    constructor(max: number);
    /**
     * The URL answered ahead for this part and MD5 (handed over once), or the wait for the call that asks for it now
     * (null when that call did not answer it); null when neither.
     */
    take(part: number, md5: string): Promise<PartTarget | null> | null;
    /** The parts to ask along with `part`: those `ready` (MD5 computed) with no URL held or asked yet, at most `max`. */
    extras(part: number, ready: BatchPart[]): BatchPart[];
    /** `asked` were asked along in a call; `answer` gives the URLs it answered for them, by part number. */
    asking(asked: BatchPart[], answer: Promise<{
        [part: number]: PartTarget;
    }>): void;
    private takeHeld;
    private has;
}
