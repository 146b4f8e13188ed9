/** The editor's rules, applied through CSSOM like the dialog's (src/picker/styles.ts); loaded with the editor chunk. */
export const EDITOR_RULES: string[] = [
  '.fp-editor{flex:1 1 auto;display:flex;flex-direction:column;min-height:0;padding:10px 16px;overflow:auto}',
  '.fp-editor-title{font-size:16px;font-weight:600;margin:0 0 4px}',
  '.fp-editor-note{margin:0 0 6px;color:#0a3069;font-weight:600}',
  '.fp-editor-stage{flex:1 1 auto;display:flex;align-items:center;justify-content:center;min-height:0;background:#eaeef2;border-radius:6px;padding:8px}',
  '.fp-editor-canvas{display:block;max-width:100%;max-height:100%;touch-action:none;cursor:default;direction:ltr}',
  '.fp-editor-canvas:focus{outline:3px solid #1a73e8;outline-offset:3px}',
  '.fp-cur-move{cursor:move}',
  '.fp-cur-ns{cursor:ns-resize}',
  '.fp-cur-ew{cursor:ew-resize}',
  '.fp-cur-nwse{cursor:nwse-resize}',
  '.fp-cur-nesw{cursor:nesw-resize}',
  '.fp-editor-bar{display:flex;flex-wrap:wrap;align-items:center;gap:8px;margin-top:8px}',
  '.fp-editor-tools{display:flex;flex-wrap:wrap;gap:6px;flex:1 1 auto}',
  '.fp-editor-actions{display:flex;gap:8px;margin-inline-start:auto}',
  '.fp-btn[aria-pressed=true]{background:#ddf4ff;border-color:#0969da;color:#0a3069;font-weight:600}',
  '.fp-editor-error{color:#b3261e;margin:6px 0 0}',
];
