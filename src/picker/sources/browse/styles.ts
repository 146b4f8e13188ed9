/** The rules of the browse panel (CUSTOMSOURCE, cloud sources): they ship with it and are applied (through CSSOM) when the panel is built. */
import { FOCUS } from '../../styles';

export const BROWSE_RULES: string[] = [
  '.fp-cs-top{display:flex;align-items:center;justify-content:space-between;gap:8px;flex-wrap:wrap}',
  '.fp-cs-crumbs{list-style:none;display:flex;flex-wrap:wrap;align-items:center;gap:4px;margin:0;padding:0}',
  '.fp-cs-crumbs li+li:before{content:"/";color:#57606a;margin-inline-end:4px}',
  '.fp-cs-crumb{font:inherit;background:none;border:0;padding:0;color:#0a58ca;text-decoration:underline;cursor:pointer}',
  '.fp-cs-crumb:focus,.fp-cs-list:focus,.fp-cs-status:focus{outline:none}',
  '.fp-cs-crumb:focus-visible,.fp-cs-list:focus-visible,.fp-cs-status:focus-visible{' + FOCUS + '}',
  '.fp-cs-here{font-weight:600}',
  '.fp-cs-list{margin-top:8px;border:1px solid #8c959f;border-radius:6px;padding:4px;max-height:200px;overflow:auto}',
  '.fp-cs-item{display:flex;align-items:center;gap:8px;padding:5px 8px;border-radius:4px;cursor:pointer}',
  '.fp-cs-item:hover{background:#f6f8fa}',
  '.fp-cs-name{flex:1 1 auto;min-width:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}',
  '.fp-cs-folder .fp-cs-name{font-weight:600}',
  '.fp-cs-meta{color:#57606a;font-size:13px}',
  '.fp-cs-thumb{flex:0 0 20px;width:20px;height:20px}',
  '.fp-cs-thumb canvas{display:block;width:20px;height:20px;border-radius:2px}',
  '.fp-cs-check{visibility:hidden;color:#1a7f37;font-weight:700;width:1em}',
  '[aria-multiselectable=true] .fp-cs-item[aria-selected=true] .fp-cs-check{visibility:visible}',
  '.fp-cs-list:not([aria-multiselectable]) .fp-cs-check{display:none}',
  '[aria-multiselectable=true] .fp-cs-item[aria-selected=true]{background:#dafbe1}',
  // the list carries the one focus ring; the active row is shown by its colour and a bar, not by a second ring
  '.fp-cs-item.fp-cs-active{background:#ddf4ff;box-shadow:inset 3px 0 0 #0969da}',
  '.fp-cs-status{color:#57606a;margin:8px 0 0}',
];
