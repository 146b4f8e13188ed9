/** Container formats for recordings: which one MediaRecorder is asked for, and the file's type and extension. */
/**
 * The first format of the list the recorder supports, or undefined to let the browser choose (no `isTypeSupported`,
 * or none of ours).
 */
export declare function chooseRecorderType(kind: 'video' | 'audio', isTypeSupported?: (type: string) => boolean): string | undefined;
/** `video/webm;codecs=vp8,opus` → `video/webm`; empty → the kind's webm type. */
export declare function fileType(recorded: string | undefined, kind: 'video' | 'audio'): string;
/** The file extension for a recording's type (without dot). */
export declare function extensionFor(type: string): string;
