/**
 * Part URLs asked for ahead of their part (our server's `batch` extension of `/multipart/upload`): when a part asks for
 * its URL, the parts whose MD5 is already computed ask along, so most parts find their URL here and skip a round trip.
 * With a server that does not offer it (`max` 0: Filestack, any other) nothing is asked ahead.
 */
import { BatchPart, PartTarget } from './protocol';

export class PartUrls {
  /** URLs answered ahead, each for the MD5 it was signed with, by part number. */
  private readonly held: { [part: number]: { md5: string; target: PartTarget } } = {};
  /** Parts asked along in a call still running: it settles `wait` once its answer is kept. */
  private readonly pending: { [part: number]: { md5: string; wait: Promise<void> } } = {};

  /** `max`: how many more parts one call may ask for (0 = one call per part). */
  constructor(private readonly max: number) {}

  /**
   * The URL answered ahead for this part and MD5 (handed over once), or the wait for the call that asks for it now
   * (null when that call did not answer it); null when neither.
   */
  take(part: number, md5: string): Promise<PartTarget | null> | null {
    const p = this.pending[part];
    if (p && p.md5 === md5) return p.wait.then(() => this.takeHeld(part, md5));
    const t = this.takeHeld(part, md5);
    return t ? Promise.resolve(t) : null;
  }

  /** The parts to ask along with `part`: those `ready` (MD5 computed) with no URL held or asked yet, at most `max`. */
  extras(part: number, ready: BatchPart[]): BatchPart[] {
    const out: BatchPart[] = [];
    for (let i = 0; i < ready.length && out.length < this.max; i++) {
      const r = ready[i];
      if (r.part !== part && !this.has(this.held, r.part) && !this.has(this.pending, r.part)) out.push(r);
    }
    return out;
  }

  /** `asked` were asked along in a call; `answer` gives the URLs it answered for them, by part number. */
  asking(asked: BatchPart[], answer: Promise<{ [part: number]: PartTarget }>): void {
    if (!asked.length) return;
    const pending = this.pending;
    const wait: Promise<void> = answer.then((batch) => {
      for (let i = 0; i < asked.length; i++) {
        const t = batch[asked[i].part];
        if (t) this.held[asked[i].part] = { md5: asked[i].md5, target: t };
      }
    }, function () { /* those parts ask on their own */ }).then(function () {
      for (let i = 0; i < asked.length; i++) if (pending[asked[i].part] && pending[asked[i].part].wait === wait) delete pending[asked[i].part];
    });
    for (let i = 0; i < asked.length; i++) pending[asked[i].part] = { md5: asked[i].md5, wait };
  }

  private takeHeld(part: number, md5: string): PartTarget | null {
    const h = this.held[part];
    if (!h) return null;
    delete this.held[part];
    return h.md5 === md5 ? h.target : null;
  }

  private has(o: object, part: number): boolean {
    return Object.prototype.hasOwnProperty.call(o, part);
  }
}
