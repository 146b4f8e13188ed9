/** True when `g` (the global object) has all of it. */
export declare function hasEverything(g: {
    Promise?: unknown;
    JSON?: unknown;
}): boolean;
