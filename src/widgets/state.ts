import { LegacyContext } from '../legacy/context';

/** Page-level widget state, one per legacy context. */
export class WidgetState {
  /** What `setResponsiveOptions` stored, as the caller gave it (each use converts the field it reads). */
  responsiveOptions: { [key: string]: unknown } = {};
  /** True once the window `resize` listener for responsive images is installed. */
  resizeHooked = false;
  /** True once the missing-key message for responsive images was printed. */
  keyErrorShown = false;
}

/** The widget state of each legacy context of the page (one, except in tests): a list, as ES5 has no WeakMap. */
const registry: Array<{ ctx: LegacyContext; state: WidgetState }> = [];

/** The widget state of a context (made on first use). */
export function stateOf(ctx: LegacyContext): WidgetState {
  for (let i = 0; i < registry.length; i++) if (registry[i].ctx === ctx) return registry[i].state;
  const state = new WidgetState();
  registry.push({ ctx, state });
  return state;
}

/** The window of the page (given to `startWidgets`, else the global one). */
export function windowOf(ctx: LegacyContext): Window {
  return ctx.window();
}

export function consoleError(message: string): void {
  if (typeof console !== 'undefined' && console.error) console.error(message);
}
