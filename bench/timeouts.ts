/**
 * Every step of a browser bench is bounded: a step that does not finish in time fails the run with an error naming the
 * step, instead of leaving the bench waiting forever (a page that never answers, a Worker that never loads).
 */

export class StepTimeout extends Error {
  constructor(step: string, ms: number) {
    super('bench step "' + step + '" did not finish within ' + (ms >= 1000 ? Math.round(ms / 1000) + ' s' : ms + ' ms'));
    this.name = 'StepTimeout';
  }
}

/** `work`, or a StepTimeout after `ms`. */
export function step<T>(name: string, ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new StepTimeout(name, ms)), ms);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

/** A bound for moving `sizeMiB` through the page: 60 s plus 1 s per MiB (far slower than any run measured here). */
export function boundFor(sizeMiB: number): number {
  return 60000 + sizeMiB * 1000;
}
