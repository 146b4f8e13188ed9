/**
 * English: the source of truth for the dialog's text. Every other locale file has exactly these keys and, in each
 * value, exactly the same `{{placeholders}}`. Values are plain text (never HTML). Keep the keys stable.
 */
declare const _default: {
    titleSingle: string;
    titleMultiple: string;
    close: string;
    sourcesLabel: string;
    sourceComputer: string;
    sourceUrl: string;
    dropSingle: string;
    dropMultiple: string;
    pasteHint: string;
    chooseFolder: string;
    acceptedTypes: string;
    maxSizeHint: string;
    maxFilesHint: string;
    urlLabel: string;
    urlSubmit: string;
    urlInvalid: string;
    filesLabel: string;
    statusWaiting: string;
    statusPreparing: string;
    statusUploading: string;
    statusDone: string;
    statusFailed: string;
    statusRetrying: string;
    uploadFailed: string;
    totalProgress: string;
    progressOf: string;
    removeFile: string;
    retry: string;
    upload: string;
    done: string;
    errorType: string;
    errorSize: string;
    errorCount: string;
    errorSingle: string;
    errorFolder: string;
    errorEmpty: string;
    announceProgress: string;
    announceDone: string;
    announceFailed: string;
    announceAllDone: string;
};
export default _default;
