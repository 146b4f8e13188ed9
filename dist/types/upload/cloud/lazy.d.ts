/**
 * The cloud API as the engine hands it out: the client itself (cloud.ts, request.ts) is the on-demand chunk
 * `cloudapi`, loaded on the first call, so pages that never open a cloud source do not carry it. The arguments are
 * checked at once, as the client would.
 */
import { CloudApi } from '../../core/contracts';
import { EngineOptions } from '../types';
import { CloudDeps } from './request';
/** A CloudApi whose every call waits for the client `api` gives; the arguments are checked at once. */
export declare function deferredCloudApi(api: () => Promise<CloudApi>): CloudApi;
/** The cloud API of an engine: the client chunk `cloudapi` is loaded on the first call. */
export declare function lazyCloudApi(deps: CloudDeps, opts: EngineOptions): CloudApi;
