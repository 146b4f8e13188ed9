/**
 * Entry of the ES module build, dist/filepicker.mjs (the package's `import` condition): the same `filepicker` object
 * as dist/filepicker.js, as the default export, for bundlers, `<script type="module">` and Node's `import`. Its
 * on-demand parts are dist/chunks/<name>.mjs, loaded with `import()` from its own folder. It has no polyfills step
 * (an engine that runs ES modules has what the library needs) and carries the upload engine and Node's transport.
 */
import './esmBase';
import api from './index';
export default api;
export type * from './publicApi';
