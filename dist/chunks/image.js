/*! filepicker-shim 0.1.0 | drop-in replacement for filepicker.js v2 | MIT */
"use strict";

(Object(typeof self !== "undefined" ? self : this)["webpackChunkfilepicker"] = Object(typeof self !== "undefined" ? self : this)["webpackChunkfilepicker"] || []).push([ [ 414 ], {
  6750: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
    __webpack_require__.d(__webpack_exports__, {
      prepareImage: function() {
        return prepareImage;
      }
    });
    var _imageDecode__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
    var RESIZABLE = [ "image/jpeg", "image/png", "image/webp", "image/bmp" ];
    function scaleFor(w, h, pair) {
      if (!pair) return null;
      var sw = pair[0] ? pair[0] / w : null;
      var sh = pair[1] ? pair[1] / h : null;
      if (sw !== null && sh !== null) return null;
      return sw !== null ? sw : sh;
    }
    function targetSize(w, h, opts) {
      if (!(w > 0 && h > 0)) return null;
      var scale = 1;
      var dim = opts.dim;
      if (dim && (dim[0] || dim[1])) {
        var one = scaleFor(w, h, dim);
        scale = one !== null ? one : Math.min(dim[0] / w, dim[1] / h);
      } else {
        var max = opts.max;
        if (max && (max[0] || max[1])) {
          var sw = max[0] ? max[0] / w : Infinity;
          var sh = max[1] ? max[1] / h : Infinity;
          scale = Math.min(scale, sw, sh);
        }
        var min = opts.min;
        if (scale === 1 && min && (min[0] || min[1])) {
          var sw = min[0] ? min[0] / w : 0;
          var sh = min[1] ? min[1] / h : 0;
          scale = Math.max(1, sw, sh);
        }
      }
      var width = Math.max(1, Math.round(w * scale));
      var height = Math.max(1, Math.round(h * scale));
      return width === w && height === h ? null : {
        width: width,
        height: height
      };
    }
    function canvasAvailable(doc) {
      try {
        var c = doc.createElement("canvas");
        return !!(c.getContext && c.getContext("2d") && c.toBlob);
      } catch (_e) {
        return false;
      }
    }
    function rename(blob, name, win) {
      var FileCtor = win.File;
      try {
        if (FileCtor && name) return new FileCtor([ blob ], name, {
          type: blob.type
        });
      } catch (_e) {}
      var out = blob;
      if (name) out.name = name;
      return out;
    }
    function prepareImage(file, opts, doc) {
      var win = doc.defaultView;
      var type = (file.type || "").toLowerCase();
      if (RESIZABLE.indexOf(type) < 0 || !win || !canvasAvailable(doc)) return Promise.resolve(file);
      return (0, _imageDecode__WEBPACK_IMPORTED_MODULE_0__.U)(file, doc).then(function(d) {
        return new Promise(function(resolve) {
          function done(out) {
            d.release();
            resolve(out);
          }
          var w = d.size.width;
          var h = d.size.height;
          var size = targetSize(w, h, opts);
          var recompress = type === "image/jpeg" && opts.quality !== undefined;
          if (!size && !recompress) return done(file);
          var canvas = doc.createElement("canvas");
          canvas.width = size ? size.width : w;
          canvas.height = size ? size.height : h;
          var ctx = canvas.getContext("2d");
          if (!ctx) return done(file);
          try {
            ctx.drawImage(d.image, 0, 0, canvas.width, canvas.height);
          } catch (_e) {
            return done(file);
          }
          var quality = recompress ? Math.max(0, Math.min(100, opts.quality)) / 100 : undefined;
          canvas.toBlob(function(blob) {
            done(blob ? rename(blob, file.name, win) : file);
          }, type, quality);
        });
      }, function() {
        return file;
      });
    }
  }
} ]);
//# sourceMappingURL=image.js.map