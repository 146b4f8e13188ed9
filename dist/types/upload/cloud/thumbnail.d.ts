/**
 * `POST <cloudApi>/thumbnail` (the reference server's extension): a listed file's thumbnail as image bytes. Read with
 * `fetch` as a Blob (the engine's transports read text); the dialog decodes it and draws it on a canvas, so the page
 * needs no `img-src` for it. Only an image answer resolves. A refreshed sign-in (`X-Cloud-Token`) is kept.
 */
import { CloudRef } from '../../core/contracts';
import { CloudDeps } from './request';
export declare function fetchThumbnail(deps: CloudDeps, file: CloudRef, signal?: AbortSignal): Promise<Blob>;
