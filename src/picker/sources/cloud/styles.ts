/** The cloud panel's rules (its sign-in form): they ship with its chunk and are applied through CSSOM when it is built. */
export const CLOUD_RULES: string[] = [
  '.fp-cloud-title{font-size:16px;margin:0 0 8px}',
  '.fp-cloud-field{margin-bottom:8px;max-width:360px}',
  '.fp-cloud-field .fp-label{margin-bottom:2px}',
  '.fp-cloud-field .fp-input{display:block;width:100%;box-sizing:border-box}',
  '.fp-cloud-message{margin:4px 0 8px;color:#1f2328}',
  '.fp-cloud-message[hidden]{display:none}',
  '.fp-cloud-bar{display:flex;justify-content:flex-end;align-items:flex-end;gap:8px;flex-wrap:wrap;margin-bottom:6px}',
  // the search field: a .fp-cloud-field (label over a full-width input) that takes the bar's free width
  '.fp-cloud-search{flex:1 1 240px;margin:0}',
];
