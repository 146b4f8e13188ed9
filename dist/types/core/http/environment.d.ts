/** The platform's timers, clock and network state (`navigator.onLine`, the `online` event), as retries need them. */
import { RetryEnvironment } from './types';
export declare function platformEnvironment(): RetryEnvironment;
