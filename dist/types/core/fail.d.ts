/** Throws the library's standard validation message: ``filepicker: `name` must be <expected>, got <value>``. */
export declare function fail(name: string, expected: string, value: unknown): never;
