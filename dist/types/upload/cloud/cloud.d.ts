import { CloudApi, CloudListing } from '../../core/contracts';
import { EngineOptions } from '../types';
import { JsonObject } from '../protocol';
import { CloudDeps } from './request';
/** Reads one `/folder/list` answer of a cloud: its folders and files, the next page's cursor, or the sign-in needed. */
export declare function parseCloudListing(o: JsonObject): CloudListing;
export declare function createCloudApi(deps: CloudDeps, opts: EngineOptions): CloudApi;
