/**
 * A Node transport on `node:http`/`node:https`, reached through `process.getBuiltinModule` (Node ≥ 20.16) so no
 * bundler sees it. In Node it is faster than fetch (about 2× less CPU per byte on loopback) and reports real upload
 * progress: the body is written in 1 MiB chunks and each flushed chunk counts.
 */
import { HttpTransport } from './types';
export declare function nodeHttpAvailable(): boolean;
export declare function nodeHttpTransport(): HttpTransport;
