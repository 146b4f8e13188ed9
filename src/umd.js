'use strict';
/**
 * Entry of the browser bundle (the UMD wrapper exports what it assigns to module.exports). CommonJS on purpose:
 * src/boot decides when the library (src/index.ts) is evaluated, at once or after the polyfills have loaded, so it
 * is required from inside a function (see webpack.config.js for why this file is not an ES module).
 */
var boot = require('./boot').boot;

module.exports = boot(function () {
  return require('./index')['default'];
}, function () {
  // the dialog part's requests go out before the library is evaluated (src/dialogPart.ts)
  require('./dialogPart').startDialogPart();
});
