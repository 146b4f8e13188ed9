import { StoredFile, Uploader } from '../../core/contracts';
import { PREFIX } from '../../core/errors';

/** The text of an error without the library's `filepicker: ` prefix. */
export function messageOf(e: unknown): string {
  const m = String((e && (e as Error).message) || e || '');
  return m.indexOf(PREFIX) === 0 ? m.slice(PREFIX.length) : m;
}

/**
 * Removes stored copies nobody will get (superseded by an edit, taken out of the list, stored after a cancel, left
 * when a pick ended without them) through the uploader's `discard`. A refusal (e.g. the policy does not allow
 * `remove`) changes no result: it is reported once per batch through `warn`, never with the policy or signature.
 */
export class Discarder {
  /** A failure was reported already. */
  private warned = false;

  /** `uploader` removes the copies; `warn` receives the one message of a failure. */
  constructor(private uploader: Uploader, private warn?: (message: string) => void) {}

  discard(copies: StoredFile[] | undefined): void {
    if (!copies) return;
    for (let i = 0; i < copies.length; i++) this.one(copies[i]);
  }

  private one(copy: StoredFile): void {
    // a link to a cloud file stored nothing
    if (copy.linked) return;
    let done: Promise<void>;
    try {
      done = this.uploader.discard(copy);
    } catch (e) {
      done = Promise.reject(e);
    }
    done.then(undefined, (e: unknown) => {
      if (this.warned || !this.warn) return;
      this.warned = true;
      this.warn(PREFIX + 'could not remove the unused copy ' + copy.handle + ' (' + copy.filename + ') from storage: ' + messageOf(e));
    });
  }
}
