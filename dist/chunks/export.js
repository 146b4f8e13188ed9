/*! filepicker-shim 0.1.0 | drop-in replacement for filepicker.js v2 | MIT */
"use strict";

(Object(typeof self !== "undefined" ? self : this)["webpackChunkfilepicker"] = Object(typeof self !== "undefined" ? self : this)["webpackChunkfilepicker"] || []).push([ [ 649 ], {
  1861: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
    __webpack_require__.r(__webpack_exports__);
    __webpack_require__.d(__webpack_exports__, {
      downloadUrl: function() {
        return downloadUrl;
      },
      exportFile: function() {
        return exportFile;
      }
    });
    var callbacks = __webpack_require__(4442);
    var FPError = __webpack_require__(1948);
    var services = __webpack_require__(7241);
    var checkExport = __webpack_require__(8657);
    var FRAME_LIFETIME_MS = 6e4;
    function sameOrigin(doc, url) {
      var loc = doc.location;
      if (!loc) return false;
      var a = doc.createElement("a");
      a.setAttribute("href", url);
      return a.protocol === loc.protocol && a.host === loc.host;
    }
    function clickLink(doc, href, filename) {
      var link = doc.createElement("a");
      link.setAttribute("href", href);
      link.setAttribute("download", filename);
      link.setAttribute("rel", "noopener");
      link.className = "fp-hidden";
      (doc.body || doc.documentElement).appendChild(link);
      try {
        link.click();
      } finally {
        if (link.parentNode) link.parentNode.removeChild(link);
      }
    }
    function frameDownload(doc, href) {
      var frame = doc.createElement("iframe");
      frame.setAttribute("hidden", "");
      frame.setAttribute("aria-hidden", "true");
      frame.setAttribute("tabindex", "-1");
      frame.className = "fp-hidden fp-download-frame";
      frame.setAttribute("src", href);
      (doc.body || doc.documentElement).appendChild(frame);
      setTimeout(function() {
        if (frame.parentNode) frame.parentNode.removeChild(frame);
      }, FRAME_LIFETIME_MS);
    }
    function saveWithoutLeaving(doc, href, filename) {
      if (sameOrigin(doc, href)) clickLink(doc, href, filename); else frameDownload(doc, href);
    }
    var fetchImage = __webpack_require__(2418);
    var pageStyles = __webpack_require__(4706);
    var dom = __webpack_require__(239);
    var Modal = __webpack_require__(3882);
    var i18n_binder = __webpack_require__(2550);
    var translator = __webpack_require__(7929);
    var registry = __webpack_require__(5049);
    var languages = __webpack_require__(3871);
    var counter = 0;
    function languageOf(doc) {
      var nav = doc.defaultView && doc.defaultView.navigator;
      return (0, languages.py)(undefined, nav ? nav.language || nav.userLanguage : undefined);
    }
    function buildNodes(doc, binder, id, filename, lang) {
      var title = (0, dom.el)(doc, "h2", {
        class: "fp-save-title",
        id: id + "-title"
      });
      binder.text(title, "saveTitle");
      var file = (0, dom.el)(doc, "p", {
        class: "fp-save-file",
        id: id + "-file"
      }, [ filename ]);
      var download = (0, dom.el)(doc, "button", {
        type: "button",
        class: "fp-save-button fp-save-primary"
      });
      binder.text(download, "saveDownload");
      var cancel = (0, dom.el)(doc, "button", {
        type: "button",
        class: "fp-save-button"
      });
      binder.text(cancel, "saveCancel");
      var dialog = (0, dom.el)(doc, "div", {
        class: "fp-save",
        lang: (0, languages.tH)(lang),
        dir: (0, languages.Pv)(lang) ? "rtl" : "ltr"
      }, [ title, file, (0, dom.el)(doc, "div", {
        class: "fp-save-actions"
      }, [ download, cancel ]) ]);
      var backdrop = (0, dom.el)(doc, "div", {
        class: "fp-save-backdrop"
      }, [ dialog ]);
      return {
        backdrop: backdrop,
        dialog: dialog,
        title: title,
        file: file,
        download: download,
        cancel: cancel
      };
    }
    function openSaveDialog(doc, filename, cb) {
      (0, pageStyles.NA)(doc);
      var lang = languageOf(doc);
      var binder = new i18n_binder.I(new translator.rk((0, registry.JK)(lang)));
      var n = buildNodes(doc, binder, "fp-save-" + ++counter, filename, lang);
      var listeners = new dom.qR;
      var open = true;
      var close = function() {
        if (!open) return;
        open = false;
        listeners.removeAll();
        (0, dom.bf)(n.backdrop);
        modal.destroy();
      };
      var finish = function(fn) {
        return function(e) {
          if (e) e.preventDefault();
          if (!open) return;
          close();
          fn();
        };
      };
      var doDownload = finish(function() {
        return cb.onDownload();
      });
      var doCancel = finish(function() {
        return cb.onCancel();
      });
      var modal = new Modal.a(n.dialog, {
        labelledBy: n.title.id,
        describedBy: n.file.id,
        onEscape: function(e) {
          e.stopPropagation();
          doCancel(e);
        }
      });
      listeners.on(n.download, "click", doDownload);
      listeners.on(n.cancel, "click", doCancel);
      listeners.on(n.backdrop, "click", function(e) {
        if (e.target === n.backdrop) doCancel(e);
      });
      (doc.body || doc.documentElement).appendChild(n.backdrop);
      modal.show(n.download);
      void (0, registry.Xq)(lang, doc).then(function(table) {
        if (table && open) {
          binder.translator.setLocale(table);
          binder.refresh();
        }
      });
      return {
        close: close,
        root: n.backdrop
      };
    }
    function downloadUrl(url) {
      var hash = url.indexOf("#");
      var base = hash >= 0 ? url.slice(0, hash) : url;
      return base + (base.indexOf("?") >= 0 ? "&" : "?") + "dl=true";
    }
    function lastSegment(url) {
      var path = url.replace(/[?#].*$/, "").replace(/\/+$/, "");
      var seg = path.slice(path.lastIndexOf("/") + 1);
      try {
        return decodeURIComponent(seg);
      } catch (_e) {
        return seg;
      }
    }
    function isFileApiUrl(ctx, url) {
      var bases = [ ctx.hosts.fileApi + "/", ctx.hosts.cdn + "/" ];
      for (var i = 0; i < bases.length; i++) if (url.slice(0, bases[i].length) === bases[i]) return true;
      return false;
    }
    function requestedServices(options, table) {
      var list = options.services;
      if (list !== undefined && Object.prototype.toString.call(list) !== "[object Array]") list = [ list ];
      if (list === undefined && options.service !== undefined) list = [ options.service ];
      var out = [];
      var arr = list || [];
      for (var i = 0; i < arr.length; i++) {
        var name_1 = String(arr[i]).replace(" ", "");
        if (typeof arr[i] === "number") {
          for (var k in table) if (table[k] === arr[i]) name_1 = k;
        }
        out.push(name_1.toUpperCase());
      }
      return out;
    }
    function exportBlob(call, filename, meta) {
      var options = call.options;
      return {
        url: call.url,
        filename: options.suggestedFilename ? filename : String(meta && meta.filename || filename),
        mimetype: String(options.mimetype || meta && meta.mimetype || ""),
        size: call.size !== undefined ? call.size : meta && typeof meta.size === "number" ? meta.size : undefined,
        client: "computer",
        isWriteable: true
      };
    }
    function exportFile(ctx, args) {
      var call = (0, checkExport.$)(ctx, args);
      var a = call.a;
      var options = call.options;
      var url = call.url;
      var size = call.size;
      var renamed = call.renamed;
      var onError = a.onError || (0, FPError.H)(ctx.debug);
      var left = requestedServices(options, services.OF).filter(function(s) {
        return s !== "COMPUTER";
      });
      if (left.length) {
        ctx.warnOnce("export:services:" + left.join(","), 'filepicker: export offers only "Download to this computer" in this version; these services are left out: ' + left.join(", "));
      }
      var filename = String(options.suggestedFilename || lastSegment(url) || "file");
      var outcome = new callbacks.Pi(a.onSuccess, onError);
      var doc = ctx.window().document;
      var deliver = function(meta) {
        return outcome.succeed(exportBlob(call, filename, meta));
      };
      var directDownload = function() {
        saveWithoutLeaving(doc, downloadUrl(url), filename);
        if (size !== undefined || !ctx.hasMember("stat")) {
          deliver(null);
          return;
        }
        try {
          ctx.call("stat", [ url, {}, function(meta) {
            return deliver(meta || null);
          }, function() {
            return deliver(null);
          } ]);
        } catch (_e) {
          deliver(null);
        }
      };
      var bytesDownload = function(win) {
        ctx.http().transport.request({
          method: "GET",
          url: downloadUrl(url),
          responseType: "blob"
        }).then(function(res) {
          var data = res.body;
          if (res.status < 200 || res.status >= 300 || !data) {
            directDownload();
            return;
          }
          var saveAs = options.suggestedFilename ? filename : (0, fetchImage.x)(res.headers.get("Content-Disposition")) || filename;
          var objectUrl = win.URL.createObjectURL(data);
          clickLink(doc, objectUrl, saveAs);
          setTimeout(function() {
            return win.URL.revokeObjectURL(objectUrl);
          }, 6e4);
          deliver({
            size: data.size,
            mimetype: data.type,
            filename: saveAs
          });
        }, function() {
          return directDownload();
        });
      };
      var dialog = openSaveDialog(doc, filename, {
        onDownload: function() {
          var win = ctx.window();
          var canSaveBytes = !!win.URL && typeof win.URL.createObjectURL === "function";
          var fetchFirst = renamed || !sameOrigin(doc, url) && !isFileApiUrl(ctx, url);
          if (fetchFirst && canSaveBytes) bytesDownload(win); else directDownload();
        },
        onCancel: function() {
          outcome.fail(new FPError.d(131));
        }
      });
      return {
        close: function() {
          outcome.close();
          dialog.close();
        }
      };
    }
  }
} ]);
//# sourceMappingURL=export.js.map