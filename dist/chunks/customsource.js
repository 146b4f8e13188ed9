/*! filepicker-shim 0.1.0 | drop-in replacement for filepicker.js v2 | MIT */
"use strict";

(Object(typeof self !== "undefined" ? self : this)["webpackChunkfilepicker"] = Object(typeof self !== "undefined" ? self : this)["webpackChunkfilepicker"] || []).push([ [ 713 ], {
  7582: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
    __webpack_require__.d(__webpack_exports__, {
      CustomSourcePanel: function() {
        return CustomSourcePanel;
      }
    });
    var tslib_es6 = __webpack_require__(1635);
    var browse = __webpack_require__(7887);
    var CustomSourcePanel = function(_super) {
      (0, tslib_es6.C6)(CustomSourcePanel, _super);
      function CustomSourcePanel(d) {
        var container = d.config.customSourceContainer;
        return _super.call(this, {
          doc: d.doc,
          binder: d.binder,
          listeners: d.listeners,
          announcer: d.announcer,
          mount: d.mount,
          multiple: d.config.multiple,
          root: (0, browse.Vm)(d.config.customSourcePath),
          rootLabel: container,
          list: function(folder, cursor) {
            return d.uploader.listSource(container, folder, cursor);
          },
          onPick: d.onPick,
          messageOf: d.messageOf,
          channel: "customsource"
        }) || this;
      }
      return CustomSourcePanel;
    }(browse.ZV);
  }
} ]);
//# sourceMappingURL=customsource.js.map