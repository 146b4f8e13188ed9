/**
 * A message for every FPError code (COMPATIBILITY.md G5). v2 only had messages when `filepicker_debug.js` was loaded, and
 * none at all for some codes; ours always has one. Written by this team.
 */
export declare const FP_ERROR_MESSAGES: {
    [code: number]: string;
};
export declare function messageForCode(code: number): string;
