/*! filepicker-shim 0.1.0 | drop-in replacement for filepicker.js v2 | MIT */
"use strict";

(Object(typeof self !== "undefined" ? self : this)["webpackChunkfilepicker"] = Object(typeof self !== "undefined" ? self : this)["webpackChunkfilepicker"] || []).push([ [ 854 ], {
  7138: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
    __webpack_require__.r(__webpack_exports__);
    __webpack_require__.d(__webpack_exports__, {
      activateResponsive: function() {
        return activateResponsive;
      },
      constructWidget: function() {
        return constructWidget;
      },
      makeDropPane: function() {
        return makeDropPane;
      },
      responsive: function() {
        return responsive;
      },
      runHooks: function() {
        return runHooks;
      }
    });
    var checks = __webpack_require__(5237);
    var services = __webpack_require__(7241);
    var widgets_snapshot = __webpack_require__(2716);
    var building = null;
    function buildingFrom(el, snapshot, build) {
      var outer = building;
      building = {
        el: el,
        snapshot: snapshot
      };
      try {
        return build();
      } finally {
        building = outer;
      }
    }
    function readAttributes(el) {
      if (building && building.el === el) {
        var out = {};
        for (var k in building.snapshot.attrs) if (Object.prototype.hasOwnProperty.call(building.snapshot.attrs, k)) out[k] = building.snapshot.attrs[k];
        return out;
      }
      return (0, widgets_snapshot.K)(el);
    }
    function attr(map, name) {
      var v = map[name.toLowerCase()];
      return v ? v : undefined;
    }
    var GENERAL = [ [ "container", "container" ], [ "mimetype", "mimetype" ], [ "extension", "extension" ], [ "opento", "openTo" ], [ "signature", "signature" ], [ "policy", "policy" ], [ "language", "language" ], [ "background-upload", "backgroundUpload" ], [ "hide", "hide" ], [ "custom-css", "customCss" ], [ "crop-force", "cropForce" ], [ "crop-ratio", "cropRatio" ], [ "crop-dim", "cropDim" ], [ "crop-max", "cropMax" ], [ "crop-min", "cropMin" ], [ "show-close", "showClose" ], [ "conversions", "conversions" ], [ "custom-text", "customText" ], [ "custom-source-container", "customSourceContainer" ], [ "custom-source-path", "customSourcePath" ] ];
    var PICK_ONLY = [ [ "mimetypes", "mimetypes" ], [ "extensions", "extensions" ], [ "maxsize", "maxSize" ], [ "maxfiles", "maxFiles" ], [ "store-location", "storeLocation" ], [ "store-path", "storePath" ], [ "store-container", "storeContainer" ], [ "store-region", "storeRegion" ], [ "store-access", "storeAccess" ], [ "image-quality", "imageQuality" ], [ "image-dim", "imageDim" ], [ "image-max", "imageMax" ], [ "image-min", "imageMin" ] ];
    var WEBCAM = [ [ "video-recording-resolution", "videoRes" ], [ "webcam-dim", "webcamDim" ], [ "video-length", "videoLen" ], [ "audio-length", "audioLen" ] ];
    var SPLIT = [ "extensions", "mimetypes", "imageDim", "imageMin", "imageMax", "cropDim", "cropMax", "cropMin", "conversions" ];
    var V1_GENERAL = [ [ "option-container", "container" ], [ "option-services", "services" ] ];
    var V1_PICK = [ [ "option-maxsize", "maxSize" ], [ "option-location", "storeLocation" ] ];
    function copy(options, map, table) {
      for (var i = 0; i < table.length; i++) {
        var v = attr(map, "data-fp-" + table[i][0]);
        if (v !== undefined && options[table[i][1]] === undefined) options[table[i][1]] = v;
      }
    }
    function mapService(name) {
      var key = name.replace(" ", "");
      var table = services.OF;
      return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : name;
    }
    function splitNumbers(value) {
      var parts = value.split(",");
      var out = [];
      for (var i = 0; i < parts.length; i++) {
        var p = parts[i].replace(/^\s+|\s+$/g, "");
        out.push(/^\d+(\.\d+)?$/.test(p) ? Number(p) : p);
      }
      return out;
    }
    function debugFlag(value) {
      return !/^\s*(false|0|no|off)\s*$/i.test(value);
    }
    function constructOptions(el, mode, ctx) {
      var map = readAttributes(el);
      var options = {};
      copy(options, map, GENERAL);
      var debug = attr(map, "data-fp-debug");
      if (debug !== undefined) options.debug = debugFlag(debug);
      if (mode === "export") {
        var name_1 = attr(map, "data-fp-suggestedfilename") || attr(map, "data-fp-option-defaultsaveasname");
        if (name_1 !== undefined) options.suggestedFilename = name_1;
      } else if (mode === "pick") {
        copy(options, map, PICK_ONLY);
        copy(options, map, V1_PICK);
        var webcam = {};
        copy(webcam, map, WEBCAM);
        if (typeof webcam.webcamDim === "string") webcam.webcamDim = splitNumbers(webcam.webcamDim);
        options.webcam = webcam;
      }
      var services = attr(map, "data-fp-services") || attr(map, "data-fp-option-services");
      if (services !== undefined) {
        var list = services.split(",");
        var mapped = [];
        for (var i = 0; i < list.length; i++) mapped.push(mapService(list[i]));
        options.services = mapped;
      }
      var service = attr(map, "data-fp-service");
      if (service !== undefined) options.service = mapService(service);
      copy(options, map, V1_GENERAL);
      if (options.container === undefined) {
        var modal = attr(map, "data-fp-option-modal");
        if (modal !== undefined) options.container = modal === "false" ? "window" : "modal";
      }
      for (var i = 0; i < SPLIT.length; i++) {
        var v = options[SPLIT[i]];
        if (typeof v === "string") options[SPLIT[i]] = v.split(",");
      }
      var apikey = attr(map, "data-fp-apikey");
      if (apikey !== undefined) ctx.setKey(apikey);
      options.folders = attr(map, "data-fp-folders") === "true";
      return options;
    }
    function isMultiple(el) {
      var map = readAttributes(el);
      var v2 = attr(map, "data-fp-multiple");
      if (v2 !== undefined) return v2.toLowerCase() === "true";
      var v1 = attr(map, "data-fp-option-multiple");
      return v1 !== undefined && v1 !== "false";
    }
    function cloneOptions(options) {
      var out = {};
      for (var k in options) {
        if (!Object.prototype.hasOwnProperty.call(options, k)) continue;
        var v = options[k];
        if (Object.prototype.toString.call(v) === "[object Array]") out[k] = v.slice(); else if (v && typeof v === "object") out[k] = cloneOptions(v); else out[k] = v;
      }
      return out;
    }
    function makeButton(input, defaultText, ownClassOnly) {
      var doc = input.ownerDocument;
      var map = readAttributes(input);
      var button = doc.createElement("button");
      button.setAttribute("type", "button");
      button.textContent = attr(map, "data-fp-button-text") || attr(map, "data-fp-text") || defaultText;
      var cls = attr(map, "data-fp-button-class") || (ownClassOnly ? "" : input.getAttribute("class") || "") || "fp__btn";
      button.className = cls;
      return button;
    }
    function insertAfter(ref, node) {
      if (ref.parentNode) ref.parentNode.insertBefore(node, ref.nextSibling);
    }
    function fireChange(input, fpfiles) {
      var doc = input.ownerDocument;
      var e = doc.createEvent("Event");
      e.initEvent("change", true, false);
      e.fpfile = fpfiles ? fpfiles[0] : undefined;
      e.fpfiles = fpfiles;
      input.dispatchEvent(e);
    }
    function urlsOf(fpfiles) {
      var urls = [];
      for (var i = 0; i < fpfiles.length; i++) urls.push(String(fpfiles[i] && fpfiles[i].url));
      return urls.join(",");
    }
    function filenamesOf(fpfiles) {
      var names = [];
      for (var i = 0; i < fpfiles.length; i++) names.push(String(fpfiles[i] && fpfiles[i].filename || ""));
      return names.join(", ");
    }
    function pageUrl(doc, url) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
      var a = doc.createElement("a");
      a.setAttribute("href", url);
      return a.href || url;
    }
    var pageStyles = __webpack_require__(4706);
    function buildConvertWidget(ctx, input) {
      var given = attr(readAttributes(input), "data-fp-url");
      if (!given) return null;
      var url = pageUrl(input.ownerDocument, given);
      var button = makeButton(input, "Convert File", false);
      var options = constructOptions(input, "convert", ctx);
      (0, pageStyles.jD)(input);
      button.addEventListener("click", function(e) {
        e.preventDefault();
        button.blur();
        ctx.callPublic("processImage", [ url, cloneOptions(options), function(blob) {
          input.value = String(blob && blob.url);
          fireChange(input, [ blob ]);
        } ]);
      }, false);
      insertAfter(input, button);
      return button;
    }
    var rest_codes = __webpack_require__(5679);
    var target = __webpack_require__(5060);
    var mimetypes = __webpack_require__(4379);
    var limits = __webpack_require__(3897);
    function typeOf(file) {
      return (0, mimetypes.PG)(file.type, file.name || file.fileName);
    }
    function checkDrop(files, rules) {
      if (!files.length) return {
        type: "NoFilesFound",
        message: "No files uploaded"
      };
      if (files.length > 1 && !rules.multiple) return {
        type: "TooManyFiles",
        message: "Only one file at a time"
      };
      if (rules.maxFiles && rules.maxFiles > 0 && files.length > rules.maxFiles) {
        return {
          type: "TooManyFiles",
          message: "Only " + rules.maxFiles + " files at a time"
        };
      }
      for (var i = 0; i < files.length; i++) {
        var file = files[i];
        var name_1 = file.name || file.fileName || "Unknown file";
        var type = typeOf(file);
        var ok = false;
        for (var j = 0; j < rules.mimetypes.length && !ok; j++) ok = (0, mimetypes.mT)(type, rules.mimetypes[j]);
        if (ok && rules.extensions) {
          ok = false;
          for (var j = 0; j < rules.extensions.length && !ok; j++) ok = (0, mimetypes.jm)(name_1, rules.extensions[j]);
        }
        if (!ok) return {
          type: "WrongType",
          message: name_1 + " isn't the right type of file"
        };
        if (file.size && rules.maxSize && file.size > rules.maxSize) {
          return {
            type: "WrongSize",
            message: name_1 + " is too large (" + file.size + " Bytes)"
          };
        }
      }
      return null;
    }
    function toList(value, stripSpaces) {
      if (value === undefined || value === null || value === "") return undefined;
      if (Object.prototype.toString.call(value) === "[object Array]") return value.map(function(v) {
        return String(v);
      });
      var s = String(value);
      return (stripSpaces ? s.replace(/ /g, "") : s).split(",");
    }
    function limitOf(value, units) {
      var n = Number(value);
      if (n > 0) return n;
      var text = typeof value === "string" ? (0, limits.$7)(value) || (units ? (0, limits.$$)(value) : undefined) : undefined;
      return text !== undefined && text > 0 ? text : undefined;
    }
    function rulesFrom(options) {
      var mimetypes = toList(options.mimetypes, false) || toList(options.mimetype, false) || [ "*/*" ];
      var ext = toList(options.extensions, true) || toList(options.extension, true);
      return {
        multiple: !!options.multiple && options.multiple !== "false",
        maxSize: limitOf(options.maxSize, true),
        maxFiles: limitOf(options.maxFiles, false),
        mimetypes: mimetypes,
        extensions: ext ? ext.map(function(e) {
          return e.toLowerCase();
        }) : undefined
      };
    }
    var describe = __webpack_require__(393);
    var coerce = __webpack_require__(8708);
    var tslib_es6 = __webpack_require__(1635);
    var errors = __webpack_require__(4703);
    var blob = __webpack_require__(2367);
    var FPError = __webpack_require__(1948);
    var src_options = __webpack_require__(2664);
    function dropBatch(ctx, options) {
      var t = (0, src_options.Kk)(options, "store");
      var uploader = ctx.uploader(t.security);
      return ctx.queue.batch(uploader, t.store, function(message) {
        return ctx.warnOnce("drop:discard", message);
      });
    }
    function dropBlob(stored) {
      return (0, blob.Vs)((0, tslib_es6.Cl)((0, tslib_es6.Cl)({}, stored), {
        isWriteable: true
      }));
    }
    function dropError(err, codes) {
      var details = err instanceof Error ? err.message : String(err);
      return new FPError.d((0, errors.TX)(err) ? (0, rest_codes.xF)(codes, err.status, false) : codes.other, details);
    }
    var PercentOf = function() {
      function PercentOf(report) {
        this.report = report;
        this.last = -1;
      }
      PercentOf.prototype.bytes = function(p) {
        if (p.total > 0) this.emit(Math.min(95, Math.round(p.loaded * 95 / p.total)));
      };
      PercentOf.prototype.done = function() {
        this.emit(100);
      };
      PercentOf.prototype.emit = function(percent) {
        if (percent <= this.last) return;
        this.last = percent;
        this.report(percent);
      };
      return PercentOf;
    }();
    var URL_RE = /^(http|https):.*\/\//i;
    function droppedUrl(dt) {
      if (!dt || typeof dt.getData !== "function") return null;
      var get = function(type) {
        try {
          return dt.getData(type) || "";
        } catch (_e) {
          return "";
        }
      };
      var url = get("text") || get("text/uri-list").split(/\r?\n/)[0] || get("text/html");
      if (url && !URL_RE.test(url)) {
        var m = /<img[^>]*?src="(.*?)"/i.exec(url);
        url = m ? m[1] : "";
      }
      return url ? url.replace(/^\s+|\s+$/g, "") : null;
    }
    function folderDropped(dt) {
      var items = dt && dt.items;
      if (!items) return false;
      for (var i = 0; i < items.length; i++) {
        var item = items[i];
        var entry = item && item.webkitGetAsEntry ? item.webkitGetAsEntry() : null;
        if (entry && entry.isDirectory) return true;
      }
      return false;
    }
    var DropTarget = function() {
      function DropTarget(el, events) {
        var _this = this;
        this.events = events;
        el.addEventListener("dragenter", function(e) {
          return _this.enterOrLeave(e, true);
        }, false);
        el.addEventListener("dragleave", function(e) {
          return _this.enterOrLeave(e, false);
        }, false);
        el.addEventListener("dragover", function(e) {
          var dt = e.dataTransfer;
          if (dt) {
            try {
              dt.dropEffect = "copy";
            } catch (_e) {}
          }
          e.preventDefault();
        }, false);
        el.addEventListener("drop", function(e) {
          return _this.drop(e);
        }, false);
      }
      DropTarget.prototype.enterOrLeave = function(e, enter) {
        if (this.events.enabled()) {
          if (enter) this.events.dragEnter(); else this.events.dragLeave();
        }
        e.stopPropagation();
        e.preventDefault();
      };
      DropTarget.prototype.drop = function(e) {
        e.stopPropagation();
        e.preventDefault();
        if (!this.events.enabled()) return;
        var dt = e.dataTransfer;
        if (dt && folderDropped(dt)) {
          this.events.refused("WrongType", "Uploading a folder is not allowed");
          return;
        }
        var files = dt && dt.files;
        var url = files && files.length ? null : droppedUrl(dt);
        if (files && files.length) this.events.files(files); else if (url) this.events.url(url); else this.events.refused("NoFilesFound", "No files uploaded");
      };
      return DropTarget;
    }();
    var FilesDrop = function() {
      function FilesDrop(total, events) {
        var _this = this;
        this.total = total;
        this.events = events;
        this.percent = [];
        this.reporters = [];
        this.results = [];
        this.settledCount = 0;
        this.settled = [];
        this.firstError = null;
        var _loop_1 = function(i) {
          this_1.reporters.push(new PercentOf(function(p) {
            return _this.progress(i, p);
          }));
        };
        var this_1 = this;
        for (var i = 0; i < total; i++) {
          _loop_1(i);
        }
      }
      FilesDrop.prototype.bytes = function(i, p) {
        if (!this.settled[i]) this.reporters[i].bytes(p);
      };
      FilesDrop.prototype.stored = function(i, blob) {
        if (this.settled[i]) return;
        this.reporters[i].done();
        this.settled[i] = true;
        this.results[i] = blob;
        this.percent[i] = 100;
        if (this.total > 1) this.report();
        this.settle();
      };
      FilesDrop.prototype.failed = function(i, err) {
        if (this.settled[i]) return;
        this.settled[i] = true;
        if (this.firstError === null) this.firstError = err;
        this.settle();
      };
      FilesDrop.prototype.progress = function(i, p) {
        if (this.settled[i]) return;
        this.percent[i] = p;
        this.report();
      };
      FilesDrop.prototype.report = function() {
        var sum = 0;
        for (var i = 0; i < this.total; i++) sum += this.percent[i] || 0;
        this.events.progress(sum / this.total);
      };
      FilesDrop.prototype.settle = function() {
        this.settledCount++;
        if (this.settledCount === this.total) this.events.done(this.results, this.firstError);
      };
      return FilesDrop;
    }();
    var state = __webpack_require__(8503);
    var noop = function() {};
    function fn(x, win) {
      if (typeof x !== "function") return noop;
      var page = x;
      return function() {
        var args = [];
        for (var _i = 0; _i < arguments.length; _i++) {
          args[_i] = arguments[_i];
        }
        page.apply(win, args);
      };
    }
    function defined(o) {
      var out = {};
      for (var k in o) if (o[k] !== undefined && o[k] !== null && o[k] !== "") out[k] = o[k];
      return out;
    }
    function warnLimit(ctx, name, given, used) {
      if (typeof given !== "string" || !(0, coerce.Bq)(given) || !isNaN(Number(given))) return;
      var what = used === undefined ? "it is ignored" : "using " + used;
      ctx.warnOnce("drop:" + name + ":" + given, "filepicker: `makeDropPane` option `" + name + "` should be a number, got " + (0, 
      describe.b)(given) + "; " + what);
    }
    var DropPane = function() {
      function DropPane(ctx, el, options) {
        var _this = this;
        this.ctx = ctx;
        this.el = el;
        var win = (0, state.Ou)(ctx);
        this.cb = {
          dragEnter: fn(options.dragEnter, win),
          dragLeave: fn(options.dragLeave, win),
          onStart: fn(options.onStart, win),
          onSuccess: fn(options.onSuccess, win),
          onError: fn(options.onError, win),
          onProgress: fn(options.onProgress, win)
        };
        this.rules = rulesFrom(options);
        warnLimit(ctx, "maxSize", options.maxSize, this.rules.maxSize);
        warnLimit(ctx, "maxFiles", options.maxFiles, this.rules.maxFiles);
        this.store = defined({
          location: options.location,
          path: options.path,
          container: options.container,
          storeContainer: options.storeContainer,
          region: options.region,
          storeRegion: options.storeRegion,
          access: options.access,
          policy: options.policy,
          signature: options.signature
        });
        new DropTarget(el, {
          enabled: function() {
            return _this.enabled();
          },
          dragEnter: function() {
            return _this.cb.dragEnter();
          },
          dragLeave: function() {
            return _this.cb.dragLeave();
          },
          files: function(files) {
            return _this.storeFiles(files);
          },
          url: function(url) {
            return _this.storeUrl(url);
          },
          refused: function(type, message) {
            return _this.cb.onError(type, message);
          }
        });
      }
      DropPane.prototype.enabled = function() {
        return (this.el.getAttribute("disabled") || "enabled") !== "disabled";
      };
      DropPane.prototype.disable = function() {
        this.el.setAttribute("disabled", "disabled");
      };
      DropPane.prototype.enable = function() {
        this.el.removeAttribute("disabled");
      };
      DropPane.prototype.storeFiles = function(files) {
        var _this = this;
        var problem = checkDrop(files, this.rules);
        if (problem) {
          this.cb.onError(problem.type, problem.message);
          return;
        }
        this.cb.onStart(files);
        this.disable();
        var drop = new FilesDrop(files.length, {
          progress: function(percent) {
            return _this.cb.onProgress(percent);
          },
          done: function(blobs, error) {
            _this.enable();
            if (error !== null) _this.cb.onError("UploadError", String(error)); else _this.cb.onSuccess(blobs);
          }
        });
        try {
          var batch = dropBatch(this.ctx, this.store);
          var _loop_1 = function(i) {
            var item = batch.add({
              kind: "file",
              file: files[i]
            }, {
              client: "computer"
            }, {
              onProgress: function(p) {
                return drop.bytes(i, p);
              },
              onStored: function(stored) {
                return drop.stored(i, dropBlob(stored));
              },
              onFailed: function(err) {
                return drop.failed(i, dropError(err, rest_codes.xU));
              }
            });
            batch.start(item);
          };
          for (var i = 0; i < files.length; i++) {
            _loop_1(i);
          }
        } catch (err) {
          for (var i = 0; i < files.length; i++) drop.failed(i, err);
        }
      };
      DropPane.prototype.storeUrl = function(url) {
        var _this = this;
        this.disable();
        var fail = function(err) {
          _this.enable();
          _this.cb.onError("UploadError", String(err));
        };
        try {
          var batch_1 = dropBatch(this.ctx, this.store);
          var percent_1 = new PercentOf(function(p) {
            return _this.cb.onProgress(p);
          });
          var item_1 = batch_1.add({
            kind: "url",
            url: (0, target.H)(this.ctx.hosts, url)
          }, {
            client: "url"
          }, {
            onProgress: function(p) {
              return percent_1.bytes(p);
            },
            onStored: function(stored) {
              percent_1.done();
              _this.enable();
              var blob = dropBlob(stored);
              var problem = checkDrop([ {
                name: blob.filename,
                type: blob.mimetype,
                size: blob.size
              } ], _this.rules);
              if (!problem) {
                _this.cb.onSuccess([ blob ]);
                return;
              }
              _this.cb.onError(problem.type, problem.message);
              batch_1.remove(item_1);
            },
            onFailed: function(err) {
              return fail(dropError(err, rest_codes.p2));
            }
          });
          batch_1.start(item_1);
        } catch (err) {
          fail(err);
        }
      };
      return DropPane;
    }();
    function makeDropPane(ctx, args) {
      var el = (0, checks.Ko)(args);
      if (!(0, checks.Yc)((0, state.Ou)(ctx))) {
        (0, state.yA)("Your browser doesn't support drag-drop functionality");
        return false;
      }
      var options = args[1] && typeof args[1] === "object" ? args[1] : {};
      new DropPane(ctx, el, options);
      return true;
    }
    function pickInto(ctx, input, options, multiple, after) {
      var done = function(blobs) {
        input.value = urlsOf(blobs);
        if (after) after(blobs);
        fireChange(input, blobs);
      };
      if (multiple) ctx.callPublic("pickMultiple", [ cloneOptions(options), function(blobs) {
        return done(blobs);
      } ]); else ctx.callPublic("pick", [ cloneOptions(options), function(blob) {
        return done([ blob ]);
      } ]);
    }
    function buildPickWidget(ctx, input) {
      var button = makeButton(input, "Pick File", false);
      var options = constructOptions(input, "pick", ctx);
      var multiple = isMultiple(input);
      (0, pageStyles.jD)(input);
      button.addEventListener("click", function(e) {
        e.preventDefault();
        button.blur();
        pickInto(ctx, input, options, multiple);
      }, false);
      insertAfter(input, button);
      return button;
    }
    var DROP_TEXT = "Or drop files here";
    function zoneView(input, zone, dropText, droppable) {
      var doc = input.ownerDocument;
      var view = {
        setState: function(state) {
          (0, pageStyles.p1)(zone, "fp-drop-zone--over", state === "over");
          (0, pageStyles.p1)(zone, "fp-drop-zone--busy", state === "busy");
          (0, pageStyles.p1)(zone, "fp-drop-zone--done", state === "done");
        },
        showText: function(text) {
          zone.textContent = text;
        },
        reset: function() {
          view.setState("idle");
          view.showText(droppable ? dropText : " ");
        },
        showFiles: function(blobs) {
          view.setState("done");
          view.showText(filenamesOf(blobs));
          var clear = doc.createElement("button");
          clear.setAttribute("type", "button");
          clear.className = "fp-drop-zone__clear";
          clear.setAttribute("aria-label", "Remove");
          clear.textContent = "X";
          clear.addEventListener("click", function(e) {
            e.stopPropagation();
            e.preventDefault();
            view.reset();
            input.value = "";
            fireChange(input);
          }, false);
          zone.appendChild(clear);
        }
      };
      return view;
    }
    function attachDropPane(ctx, input, zone, view, dropText, options) {
      var doc = input.ownerDocument;
      var progress = null;
      var restText = dropText;
      makeDropPane(ctx, [ zone, {
        multiple: isMultiple(input),
        maxSize: options.maxSize,
        mimetypes: options.mimetypes,
        mimetype: options.mimetype,
        extensions: options.extensions,
        extension: options.extension,
        location: options.storeLocation,
        path: options.storePath,
        container: options.storeContainer,
        region: options.storeRegion,
        access: options.storeAccess,
        policy: options.policy,
        signature: options.signature,
        dragEnter: function() {
          restText = zone.textContent || dropText;
          view.setState("over");
          view.showText("Drop to upload");
        },
        dragLeave: function() {
          view.setState("idle");
          view.showText(restText);
        },
        onError: function(type, message) {
          view.setState("idle");
          progress = null;
          view.showText(type === "UploadError" ? "Oops! Had trouble uploading." : message);
        },
        onStart: function() {
          view.setState("busy");
          view.showText("");
          progress = doc.createElement("progress");
          progress.className = "fp-drop-zone__progress";
          progress.setAttribute("max", "100");
          progress.setAttribute("value", "2");
          progress.setAttribute("aria-label", "Upload progress");
          zone.appendChild(progress);
        },
        onProgress: function(pct) {
          if (progress) progress.setAttribute("value", String(Math.max(0, Math.min(100, Math.round(pct)))));
        },
        onSuccess: function(blobs) {
          progress = null;
          input.value = urlsOf(blobs);
          view.showFiles(blobs);
          fireChange(input, blobs);
        }
      } ]);
    }
    function buildDragWidget(ctx, input) {
      var doc = input.ownerDocument;
      var map = readAttributes(input);
      var pane = doc.createElement("div");
      pane.className = ((attr(map, "data-fp-class") || input.getAttribute("class") || "") + " fp-drag-widget").replace(/^\s+/, "");
      var button = makeButton(input, "Pick File", true);
      var zone = doc.createElement("div");
      zone.className = ("fp-drop-zone " + (attr(map, "data-fp-drag-class") || "")).replace(/\s+$/, "");
      var dropText = attr(map, "data-fp-drag-text") || DROP_TEXT;
      var options = constructOptions(input, "pick", ctx);
      var multiple = isMultiple(input);
      var droppable = (0, checks.Yc)((0, state.Ou)(ctx));
      (0, pageStyles.jD)(input);
      pane.appendChild(button);
      pane.appendChild(zone);
      insertAfter(input, pane);
      var view = zoneView(input, zone, dropText, droppable);
      view.reset();
      if (droppable) attachDropPane(ctx, input, zone, view, dropText, options);
      var open = function(e) {
        e.preventDefault();
        button.blur();
        pickInto(ctx, input, options, multiple, view.showFiles);
      };
      button.addEventListener("click", open, false);
      zone.addEventListener("click", function(e) {
        if (zone.getAttribute("disabled") === "disabled") return;
        open(e);
      }, false);
      return pane;
    }
    function buildExportWidget(ctx, el) {
      el.addEventListener("click", function(e) {
        var url = attr(readAttributes(el), "data-fp-url");
        if (!url) return;
        e.preventDefault();
        ctx.callPublic("exportFile", [ pageUrl(el.ownerDocument, url), constructOptions(el, "export", ctx) ]);
      }, false);
    }
    function startsWith(s, prefix) {
      return s.slice(0, prefix.length) === prefix;
    }
    function firstSegment(rest) {
      var m = /^([^/?#]+)/.exec(rest);
      return m ? m[1] : null;
    }
    function handleOf(url, hosts) {
      if (typeof url !== "string" || !url) return null;
      if (startsWith(url, hosts.fileApi + "/")) return firstSegment(url.slice(hosts.fileApi.length + 1));
      var api = /\/api\/file\/([^/?#]+)/.exec(url);
      if (api) return api[1];
      var path = url.replace(/[?#].*$/, "");
      if (startsWith(url, hosts.cdn + "/") || /^https?:\/\/cdn\.(filestackcontent\.com|filepicker\.io)\//i.test(url)) {
        var m = /\/([^/]{20,})$/.exec(path) || /\/([^/]+)$/.exec(path);
        return m ? m[1] : null;
      }
      return null;
    }
    function buildPreview(ctx, el) {
      var map = readAttributes(el);
      var url = attr(map, "data-fp-url");
      var handle = url ? handleOf(url, ctx.hosts) : null;
      if (!handle) return null;
      if (attr(map, "data-fp-custom-css")) {
        ctx.warnOnce("widget:preview-css", "filepicker: `data-fp-custom-css` on a preview is not supported (there is no hosted viewer to style); it is ignored");
      }
      var doc = el.ownerDocument;
      var iframe = doc.createElement("iframe");
      iframe.setAttribute("src", ctx.hosts.fileApi + "/" + handle);
      iframe.setAttribute("width", "100%");
      iframe.setAttribute("height", "100%");
      iframe.setAttribute("title", "File preview");
      iframe.className = "fp-preview";
      el.appendChild(iframe);
      return iframe;
    }
    var RESIZE_DEBOUNCE_MS = 200;
    function fpAttr(img, name) {
      return img.getAttribute("data-fp-" + name);
    }
    function windowWidth(doc) {
      return doc.documentElement && doc.documentElement.clientWidth || doc.body && doc.body.clientWidth || 1024;
    }
    function displayWidth(img) {
      var doc = img.ownerDocument;
      var node = img;
      var first = true;
      while (node) {
        var skip = first && !!node.alt;
        if (!skip && node.offsetWidth) return node.offsetWidth;
        first = false;
        node = node.parentNode && node.parentNode.nodeType === 1 ? node.parentNode : null;
      }
      return windowWidth(doc);
    }
    function roundUp(value, step) {
      var s = step > 0 ? step : 1;
      return Math.ceil(value / s) * s;
    }
    function currentWidth(src) {
      var m = src ? /\/resize=(?:[^/]*,)?width:(\d+)/.exec(src) : null;
      return m ? Number(m[1]) : undefined;
    }
    function shouldUpdate(ctx, img) {
      var src = img.getAttribute("src");
      var mode = fpAttr(img, "on-resize") || (0, state.L4)(ctx).responsiveOptions.onResize || "all";
      if (!src || mode === "all") return true;
      if (mode === "none") return false;
      var cur = currentWidth(src);
      var bigger = cur === undefined || cur < displayWidth(img);
      return bigger && mode === "up" || !bigger && mode === "down";
    }
    function resizeUrl(ctx, img) {
      var opts = (0, state.L4)(ctx).responsiveOptions;
      var original = fpAttr(img, "src") || img.getAttribute("src") || "";
      var own = fpAttr(img, "apikey");
      if (!ctx.getKey() && own) ctx.setKey(own);
      var key = own || ctx.getKey();
      if (!key) return null;
      var roundAttr = fpAttr(img, "pixel-round");
      var round = Number(roundAttr || opts.pixelRound || 10);
      var url = ctx.hosts.process + "/" + key + "/resize=width:" + roundUp(displayWidth(img), isFinite(round) ? round : 10);
      var signature = opts.signature || fpAttr(img, "signature");
      if (signature) url += "/security=signature:" + String(signature) + ",policy:" + String(opts.policy || fpAttr(img, "policy"));
      return url + "/" + original;
    }
    function updateImage(ctx, img) {
      var url = resizeUrl(ctx, img);
      if (!url) {
        var s = (0, state.L4)(ctx);
        if (!s.keyErrorShown) {
          s.keyErrorShown = true;
          (0, state.yA)("filepicker: responsive images need an API key: call `filepicker.setKey(key)` or give the image a `data-fp-apikey` attribute");
        }
        return;
      }
      var previous = img.getAttribute("src") || fpAttr(img, "src");
      if (previous === url) return;
      img.setAttribute("src", url);
      if (previous) {
        var restore_1 = function() {
          img.removeEventListener("error", restore_1, false);
          img.setAttribute("src", previous);
        };
        img.addEventListener("error", restore_1, false);
        img.addEventListener("load", function loaded() {
          img.removeEventListener("load", loaded, false);
          img.removeEventListener("error", restore_1, false);
        }, false);
      }
    }
    function updateAll(ctx, force) {
      var imgs = (0, state.Ou)(ctx).document.querySelectorAll("img[data-fp-src]");
      for (var i = 0; i < imgs.length; i++) {
        var img = imgs[i];
        if (force || shouldUpdate(ctx, img)) updateImage(ctx, img);
      }
    }
    function activateResponsive(ctx) {
      updateAll(ctx, false);
      var s = (0, state.L4)(ctx);
      if (s.resizeHooked) return;
      s.resizeHooked = true;
      var win = (0, state.Ou)(ctx);
      var timer;
      win.addEventListener("resize", function() {
        if (timer !== undefined) clearTimeout(timer);
        timer = setTimeout(function() {
          timer = undefined;
          updateAll(ctx, false);
        }, RESIZE_DEBOUNCE_MS);
      }, false);
    }
    function responsive(ctx, args) {
      if (args.length === 0 || args[0] === undefined) {
        updateAll(ctx, true);
        return;
      }
      (0, checks.RU)(args);
      updateImage(ctx, args[0]);
    }
    var watchPage;
    var BUILT = "__fpWidgetBuilt";
    function claim(el) {
      var holder = el;
      if (holder[BUILT]) return false;
      Object.defineProperty(el, BUILT, {
        value: true,
        enumerable: false,
        configurable: true,
        writable: true
      });
      return true;
    }
    function buildOne(ctx, el, snapshot) {
      var type = snapshot.type;
      if (snapshot.attrs["data-fp-src"] && String(el.nodeName).toUpperCase() === "IMG") {
        updateImage(ctx, el);
        return;
      }
      if (!claim(el)) return;
      (0, pageStyles.NA)(el.ownerDocument);
      buildingFrom(el, snapshot, function() {
        if (type === "filepicker") buildPickWidget(ctx, el); else if (type === "filepicker-dragdrop") buildDragWidget(ctx, el); else if (type === "filepicker-convert") buildConvertWidget(ctx, el); else if (type === "filepicker-preview") buildPreview(ctx, el); else buildExportWidget(ctx, el);
      });
    }
    function buildWidgets(ctx) {
      var doc = (0, state.Ou)(ctx).document;
      if (!doc.querySelectorAll) return;
      for (var s = 0; s < checks.SA.length; s++) {
        var found = doc.querySelectorAll(checks.SA[s]);
        for (var i = 0; i < found.length; i++) {
          try {
            buildOne(ctx, found[i], (0, widgets_snapshot.e)(found[i]));
          } catch (e) {
            (0, state.yA)(String(e));
          }
        }
      }
    }
    function constructWidget(ctx, args, snapshot) {
      var el = (0, checks.or)(args);
      buildOne(ctx, el, snapshot || (0, widgets_snapshot.e)(el));
    }
    function runHooks(ctx) {
      try {
        buildWidgets(ctx);
      } catch (e) {
        (0, state.yA)(String(e));
      }
      try {
        activateResponsive(ctx);
      } catch (e) {
        (0, state.yA)(String(e));
      }
    }
    function startWidgets(ctx, win) {
      watchPage(ctx, win, function() {
        return runHooks(ctx);
      });
    }
  }
} ]);
//# sourceMappingURL=widgets.js.map