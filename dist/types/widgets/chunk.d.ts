/** The on-demand `widgets` chunk: the HTML widgets, the drop pane and the responsive images (see index.ts). */
export { constructWidget, runHooks } from './build';
export { makeDropPane } from './dropPane';
export { activateResponsive, responsive } from './responsive';
