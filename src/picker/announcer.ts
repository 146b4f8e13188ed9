import { el } from './dom';

/**
 * A polite live region. Messages on one channel (a file id) are throttled to one per `intervalMs`; forced messages
 * (100 %, done, failed, restriction errors) always go out.
 */
export class Announcer {
  readonly node: HTMLElement;
  /** Last announcement time per channel. */
  private last: { [channel: string]: number } = {};

  constructor(doc: Document, private now: () => number = Date.now, private intervalMs = 1000) {
    this.node = el(doc, 'div', { class: 'fp-sr', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
  }

  /** Returns whether the message was announced. */
  say(channel: string, text: string, force?: boolean): boolean {
    const t = this.now();
    const prev = this.last[channel];
    if (!force && prev !== undefined && t - prev < this.intervalMs) return false;
    this.last[channel] = t;
    this.node.textContent = text;
    return true;
  }
}
