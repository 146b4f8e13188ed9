/** Checks a cloud name and an absolute path (of a `file`, else of a folder) before anything is sent. */
export declare function checkRef(cloud: unknown, path: unknown, file: boolean): void;
