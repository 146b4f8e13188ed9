/** The cloud panel's rules (its sign-in form): they ship with its chunk and are applied through CSSOM when it is built. */
export const CLOUD_RULES: string[] = [
  '.fp-cloud-title{font-size:16px;margin:0 0 8px}',
  '.fp-cloud-field{margin-bottom:8px;max-width:360px}',
  '.fp-cloud-field .fp-label{margin-bottom:2px}',
  '.fp-cloud-field .fp-input{display:block;width:100%;box-sizing:border-box}',
  '.fp-cloud-message{margin:4px 0 8px;color:#1f2328}',
  '.fp-cloud-message[hidden]{display:none}',
  '.fp-cloud-bar{display:flex;justify-content:flex-end;align-items:flex-end;gap:8px;flex-wrap:wrap;margin-bottom:6px}',
  '.fp-cloud-search{flex:1 1 240px;display:flex;flex-direction:column;margin:0}',
  '.fp-cloud-search[hidden]{display:none}',
  '.fp-cloud-search-label{margin-bottom:2px}',
  '.fp-cloud-search .fp-input{flex:none;width:100%;box-sizing:border-box}',
];
