/** The media sources' rules (in the chunk, applied through CSSOM like the dialog's own: no inline styles). */
export const MEDIA_RULES: string[] = [
  '.fp-media{display:flex;flex-direction:column;gap:10px}',
  '.fp-media-stage{display:flex;align-items:center;justify-content:center;min-height:140px;background:#0d1117;border-radius:8px;overflow:hidden}',
  '.fp-media-stage.fp-media-audio{min-height:90px;background:#f6f8fa;border:1px solid #d0d7de}',
  '.fp-media-video,.fp-media-still{display:block;max-width:100%;max-height:240px;width:auto;height:auto}',
  '.fp-media-line{display:flex;align-items:center;gap:8px;min-height:20px}',
  // a camera that cannot be used: no empty preview and no empty status line above the message
  '.fp-media-stage[hidden]+.fp-media-line{display:none}',
  '.fp-media-dot{flex:0 0 auto;width:12px;height:12px;border-radius:50%;background:#8c959f}',
  '.fp-media-audio .fp-media-dot{width:44px;height:44px}',
  '.fp-media-recording .fp-media-dot{background:#d1242f;animation:fp-media-pulse 1.2s ease-in-out infinite}',
  '@keyframes fp-media-pulse{50%{opacity:.35}}',
  '@media (prefers-reduced-motion:reduce){.fp-media-recording .fp-media-dot{animation:none}}',
  '.fp-media-status{margin:0;color:#57606a;font-variant-numeric:tabular-nums}',
  '.fp-media-status:focus{outline:none}',
  '.fp-media-problem{margin:0;color:#b3261e}',
  '.fp-media-actions{margin-top:0}',
  '.fp-media-go{background:#1a7f37;border-color:#1a7f37;color:#fff;font-weight:600}',
  '.fp-media-go:hover{background:#116329}',
  '.fp-media-loading{color:#57606a}',
  '.fp-media-loading:focus{outline:none}',
];
