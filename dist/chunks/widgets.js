/*! filepicker-shim 0.1.0 | drop-in replacement for filepicker.js v2 | MIT */
"use strict";

(Object(typeof self !== "undefined" ? self : this)["webpackChunkfilepicker"] = Object(typeof self !== "undefined" ? self : this)["webpackChunkfilepicker"] || []).push([ [ 854 ], {
  983: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
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
    var hooks = __webpack_require__(450);
    var checks = __webpack_require__(237);
    function readAttributes(el) {
      var out = {};
      var attrs = el.attributes;
      for (var i = 0; i < attrs.length; i++) {
        var name_1 = attrs[i].name.toLowerCase();
        if (name_1.indexOf("data-fp-") === 0 && !Object.prototype.hasOwnProperty.call(out, name_1)) out[name_1] = attrs[i].value;
      }
      return out;
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
    function mapService(api, name) {
      var key = name.replace(" ", "");
      var table = api.services || {};
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
    function constructOptions(el, mode, api) {
      var map = readAttributes(el);
      var options = {};
      copy(options, map, GENERAL);
      var debug = attr(map, "data-fp-debug");
      if (debug !== undefined) options.debug = debugFlag(debug);
      if (mode === "export") {
        var name_2 = attr(map, "data-fp-suggestedfilename") || attr(map, "data-fp-option-defaultsaveasname");
        if (name_2 !== undefined) options.suggestedFilename = name_2;
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
        for (var i = 0; i < list.length; i++) mapped.push(mapService(api, list[i]));
        options.services = mapped;
      }
      var service = attr(map, "data-fp-service");
      if (service !== undefined) options.service = mapService(api, service);
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
      if (apikey !== undefined) api.setKey(apikey);
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
    var styles = __webpack_require__(934);
    function buildConvertWidget(api, input) {
      var url = attr(readAttributes(input), "data-fp-url");
      if (!url) return null;
      var button = makeButton(input, "Convert File", false);
      var options = constructOptions(input, "convert", api);
      (0, styles.jD)(input);
      button.addEventListener("click", function(e) {
        e.preventDefault();
        button.blur();
        api.processImage(url, cloneOptions(options), function(blob) {
          input.value = String(blob && blob.url);
          fireChange(input, [ blob ]);
        });
      }, false);
      insertAfter(input, button);
      return button;
    }
    var VAGUE = [ "application/octet-stream", "application/download", "application/force-download", "octet/stream", "application/unknown", "application/x-download", "application/x-msdownload", "application/x-secure-download" ];
    var BY_EXTENSION = {
      ".stl": "application/sla",
      ".hbs": "text/html",
      ".pdf": "application/pdf",
      ".jpg": "image/jpeg",
      ".jpeg": "image/jpeg",
      ".jpe": "image/jpeg",
      ".png": "image/png",
      ".gif": "image/gif",
      ".webp": "image/webp",
      ".svg": "image/svg+xml",
      ".txt": "text/plain",
      ".csv": "text/csv",
      ".imp": "application/x-impressionist",
      ".vob": "video/dvd"
    };
    function trimLower(s) {
      return String(s).replace(/^\s+|\s+$/g, "").toLowerCase();
    }
    function isVague(type) {
      return VAGUE.indexOf(type) >= 0;
    }
    function typeOf(file) {
      var type = trimLower(file.type || "");
      if (type && !isVague(type)) return type;
      var m = /\.\w*$/.exec(file.name || file.fileName || "");
      if (m) return BY_EXTENSION[m[0].toLowerCase()] || "";
      return type;
    }
    function mimetypeMatches(type, pattern) {
      var against = trimLower(pattern);
      if (!type) return against === "*/*";
      var test = trimLower(type);
      if (isVague(test)) return true;
      var t = test.split("/");
      var a = against.split("/");
      if (a[0] === "*") return true;
      if (a[0] !== t[0]) return false;
      if (a[1] === "*") return true;
      return a[1] === t[1];
    }
    function endsWith(s, suffix) {
      return s.length >= suffix.length && s.slice(s.length - suffix.length) === suffix;
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
        for (var j = 0; j < rules.mimetypes.length && !ok; j++) ok = mimetypeMatches(type, rules.mimetypes[j]);
        if (ok && rules.extensions) {
          ok = false;
          var lower = name_1.toLowerCase();
          for (var j = 0; j < rules.extensions.length && !ok; j++) ok = endsWith(lower, rules.extensions[j]);
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
    function rulesFrom(options) {
      var mimetypes = toList(options.mimetypes, false) || toList(options.mimetype, false) || [ "*/*" ];
      var ext = toList(options.extensions, true) || toList(options.extension, true);
      var maxSize = Number(options.maxSize);
      var maxFiles = Number(options.maxFiles);
      return {
        multiple: !!options.multiple && options.multiple !== "false",
        maxSize: maxSize > 0 ? maxSize : undefined,
        maxFiles: maxFiles > 0 ? maxFiles : undefined,
        mimetypes: mimetypes,
        extensions: ext ? ext.map(function(e) {
          return e.toLowerCase();
        }) : undefined
      };
    }
    var state = __webpack_require__(503);
    var noop = function() {};
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
    function fn(x) {
      return typeof x === "function" ? x : noop;
    }
    function defined(o) {
      var out = {};
      for (var k in o) if (o[k] !== undefined && o[k] !== null && o[k] !== "") out[k] = o[k];
      return out;
    }
    function makeDropPane(ctx, args) {
      var el = (0, checks.Ko)(args);
      var win = (0, state.Ou)(ctx);
      if (!(0, checks.Yc)(win)) {
        (0, state.yA)("Your browser doesn't support drag-drop functionality");
        return false;
      }
      var options = args[1] && typeof args[1] === "object" ? args[1] : {};
      var cb = {
        dragEnter: fn(options.dragEnter),
        dragLeave: fn(options.dragLeave),
        onStart: fn(options.onStart),
        onSuccess: fn(options.onSuccess),
        onError: fn(options.onError),
        onProgress: fn(options.onProgress)
      };
      var rules = rulesFrom(options);
      var storeOptions = defined({
        location: options.location,
        path: options.path,
        container: options.container,
        access: options.access,
        policy: options.policy,
        signature: options.signature
      });
      var security = defined({
        policy: options.policy,
        signature: options.signature
      });
      var enabled = function() {
        return (el.getAttribute("disabled") || "enabled") !== "disabled";
      };
      var disable = function() {
        return el.setAttribute("disabled", "disabled");
      };
      var enable = function() {
        return el.removeAttribute("disabled");
      };
      el.addEventListener("dragenter", function(e) {
        if (enabled()) cb.dragEnter();
        e.stopPropagation();
        e.preventDefault();
      }, false);
      el.addEventListener("dragleave", function(e) {
        if (enabled()) cb.dragLeave();
        e.stopPropagation();
        e.preventDefault();
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
        e.stopPropagation();
        e.preventDefault();
        if (!enabled()) return;
        var dt = e.dataTransfer;
        if (dt && folderDropped(dt)) {
          cb.onError("WrongType", "Uploading a folder is not allowed");
          return;
        }
        var files = dt && dt.files;
        var url = files && files.length ? null : droppedUrl(dt);
        if (files && files.length) storeFiles(files); else if (url) storeDroppedUrl(url); else cb.onError("NoFilesFound", "No files uploaded");
      }, false);
      function storeFiles(files) {
        var problem = checkDrop(files, rules);
        if (problem) {
          cb.onError(problem.type, problem.message);
          return;
        }
        cb.onStart(files);
        disable();
        var total = files.length;
        var percent = [];
        var results = [];
        var settled = 0;
        var firstError = null;
        var report = function() {
          var sum = 0;
          for (var i = 0; i < total; i++) sum += percent[i] || 0;
          cb.onProgress(sum / total);
        };
        var settle = function() {
          settled++;
          if (settled < total) return;
          enable();
          if (firstError !== null) cb.onError("UploadError", String(firstError)); else cb.onSuccess(results);
        };
        var one = function(i) {
          var done = false;
          var ok = function(blob) {
            if (done) return;
            done = true;
            results[i] = blob;
            percent[i] = 100;
            if (total > 1) report();
            settle();
          };
          var fail = function(err) {
            if (done) return;
            done = true;
            if (firstError === null) firstError = err;
            settle();
          };
          var progress = function(p) {
            if (done || typeof p !== "number") return;
            percent[i] = p;
            report();
          };
          try {
            (0, state.ir)(ctx).store(files[i], storeOptions, ok, fail, progress);
          } catch (err) {
            fail(err);
          }
        };
        for (var i = 0; i < total; i++) one(i);
      }
      function storeDroppedUrl(url) {
        disable();
        var api = (0, state.ir)(ctx);
        var ok = function(blob) {
          enable();
          var problem = checkDrop([ {
            name: blob && blob.filename,
            type: blob && blob.mimetype,
            size: blob && blob.size
          } ], rules);
          if (problem) {
            cb.onError(problem.type, problem.message);
            try {
              api.remove(blob, security, noop, noop);
            } catch (_e) {}
            return;
          }
          cb.onSuccess([ blob ]);
        };
        var fail = function(err) {
          enable();
          cb.onError("UploadError", String(err));
        };
        try {
          api.storeUrl(url, storeOptions, ok, fail, function(p) {
            if (typeof p === "number") cb.onProgress(p);
          });
        } catch (err) {
          fail(err);
        }
      }
      return true;
    }
    function pickInto(api, input, options, multiple, after) {
      var done = function(blobs) {
        input.value = urlsOf(blobs);
        if (after) after(blobs);
        fireChange(input, blobs);
      };
      if (multiple) api.pickMultiple(cloneOptions(options), function(blobs) {
        return done(blobs);
      }); else api.pick(cloneOptions(options), function(blob) {
        return done([ blob ]);
      });
    }
    function buildPickWidget(api, input) {
      var button = makeButton(input, "Pick File", false);
      var options = constructOptions(input, "pick", api);
      var multiple = isMultiple(input);
      (0, styles.jD)(input);
      button.addEventListener("click", function(e) {
        e.preventDefault();
        button.blur();
        pickInto(api, input, options, multiple);
      }, false);
      insertAfter(input, button);
      return button;
    }
    var DROP_TEXT = "Or drop files here";
    function buildDragWidget(ctx, api, input) {
      var doc = input.ownerDocument;
      var map = readAttributes(input);
      var pane = doc.createElement("div");
      pane.className = ((attr(map, "data-fp-class") || input.getAttribute("class") || "") + " fp-drag-widget").replace(/^\s+/, "");
      var button = makeButton(input, "Pick File", true);
      var zone = doc.createElement("div");
      zone.className = ("fp-drop-zone " + (attr(map, "data-fp-drag-class") || "")).replace(/\s+$/, "");
      var dropText = attr(map, "data-fp-drag-text") || DROP_TEXT;
      var options = constructOptions(input, "pick", api);
      var multiple = isMultiple(input);
      var droppable = (0, checks.Yc)((0, state.Ou)(ctx));
      (0, styles.jD)(input);
      pane.appendChild(button);
      pane.appendChild(zone);
      insertAfter(input, pane);
      var setState = function(state) {
        (0, styles.p1)(zone, "fp-drop-zone--over", state === "over");
        (0, styles.p1)(zone, "fp-drop-zone--busy", state === "busy");
        (0, styles.p1)(zone, "fp-drop-zone--done", state === "done");
      };
      var showText = function(text) {
        zone.textContent = text;
      };
      var reset = function() {
        setState("idle");
        showText(droppable ? dropText : " ");
      };
      var showFiles = function(blobs) {
        setState("done");
        showText(filenamesOf(blobs));
        var clear = doc.createElement("button");
        clear.setAttribute("type", "button");
        clear.className = "fp-drop-zone__clear";
        clear.setAttribute("aria-label", "Remove");
        clear.textContent = "X";
        clear.addEventListener("click", function(e) {
          e.stopPropagation();
          e.preventDefault();
          reset();
          input.value = "";
          fireChange(input);
        }, false);
        zone.appendChild(clear);
      };
      reset();
      var progress = null;
      if (droppable) {
        var restText_1 = dropText;
        makeDropPane(ctx, [ zone, {
          multiple: multiple,
          maxSize: options.maxSize,
          mimetypes: options.mimetypes,
          mimetype: options.mimetype,
          extensions: options.extensions,
          extension: options.extension,
          location: options.storeLocation,
          path: options.storePath,
          container: options.storeContainer,
          access: options.storeAccess,
          policy: options.policy,
          signature: options.signature,
          dragEnter: function() {
            restText_1 = zone.textContent || dropText;
            setState("over");
            showText("Drop to upload");
          },
          dragLeave: function() {
            setState("idle");
            showText(restText_1);
          },
          onError: function(type, message) {
            setState("idle");
            progress = null;
            showText(type === "UploadError" ? "Oops! Had trouble uploading." : message);
          },
          onStart: function() {
            setState("busy");
            showText("");
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
            showFiles(blobs);
            fireChange(input, blobs);
          }
        } ]);
      }
      var open = function(e) {
        e.preventDefault();
        button.blur();
        pickInto(api, input, options, multiple, showFiles);
      };
      button.addEventListener("click", open, false);
      zone.addEventListener("click", function(e) {
        if (zone.getAttribute("disabled") === "disabled") return;
        open(e);
      }, false);
      return pane;
    }
    function buildExportWidget(api, el) {
      el.addEventListener("click", function(e) {
        var url = attr(readAttributes(el), "data-fp-url");
        if (!url) return;
        e.preventDefault();
        api.exportFile(url, constructOptions(el, "export", api));
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
      if (signature) url += "/security=signature:" + signature + ",policy:" + (opts.policy || fpAttr(img, "policy"));
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
    function typeAttr(el) {
      return (el.getAttribute("type") || "").toLowerCase();
    }
    function buildOne(ctx, api, el) {
      var type = typeAttr(el);
      if (el.getAttribute("data-fp-src") && String(el.nodeName).toUpperCase() === "IMG") {
        updateImage(ctx, el);
        return;
      }
      if (!claim(el)) return;
      (0, styles.NA)(el.ownerDocument);
      if (type === "filepicker") buildPickWidget(api, el); else if (type === "filepicker-dragdrop") buildDragWidget(ctx, api, el); else if (type === "filepicker-convert") buildConvertWidget(api, el); else if (type === "filepicker-preview") buildPreview(ctx, el); else buildExportWidget(api, el);
    }
    function buildWidgets(ctx) {
      var doc = (0, state.Ou)(ctx).document;
      if (!doc.querySelectorAll) return;
      var api = (0, state.ir)(ctx);
      for (var s = 0; s < checks.SA.length; s++) {
        var found = doc.querySelectorAll(checks.SA[s]);
        for (var i = 0; i < found.length; i++) {
          try {
            buildOne(ctx, api, found[i]);
          } catch (e) {
            (0, state.yA)(String(e));
          }
        }
      }
    }
    function constructWidget(ctx, args) {
      buildOne(ctx, (0, state.ir)(ctx), (0, checks.or)(args));
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
    function startWidgets(api, ctx, win) {
      watchPage(api, ctx, win, function() {
        return runHooks(ctx);
      });
    }
  },
  934: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
    __webpack_require__.d(__webpack_exports__, {
      NA: function() {
        return ensureStyles;
      },
      jD: function() {
        return hide;
      },
      p1: function() {
        return toggleClass;
      }
    });
    var RULES = [ ".fp__btn{box-sizing:border-box;display:inline-block;height:34px;padding:4px 24px;margin:0;vertical-align:middle;cursor:pointer;" + 'font-family:"Open Sans",sans-serif;font-size:12px;font-weight:600;line-height:1.42857143;color:#fff;text-align:center;white-space:nowrap;' + "background:#c43a1f;border:1px solid transparent;border-radius:17px}", ".fp__btn:hover{background-color:#a93018}", ".fp__btn:focus-visible{outline:2px solid #1a5fb4;outline-offset:2px}", ".fp-hidden{display:none !important}", ".fp-drag-widget{display:inline-block;padding:1px}", ".fp-drop-zone{display:inline-block;margin:0 0 0 4px;border:1px dashed #aaa;border-radius:3px;background-color:#f3f3f3;color:#333;" + "font-size:14px;line-height:22px;padding:2px 4px;vertical-align:middle;cursor:pointer;overflow:hidden}", ".fp-drop-zone--over{background-color:#e0e0e0;border:1px solid #000}", ".fp-drop-zone--done{cursor:default}", ".fp-drop-zone--busy{padding:0;border:1px solid #aaa;box-shadow:inset 0 1px 2px rgba(0,0,0,.1)}", ".fp-drop-zone__progress{display:block;width:160px;height:22px}", ".fp-drop-zone__clear{float:right;margin-left:6px;padding:0 3px;border:0;background:transparent;color:#600;font-size:14px;cursor:pointer}", ".fp-preview{display:block;width:100%;height:100%;border:0}", ".fp-save-backdrop{position:fixed;top:0;right:0;bottom:0;left:0;z-index:2147483000;background:rgba(0,0,0,.45);display:flex;align-items:center;justify-content:center}", ".fp-save{box-sizing:border-box;min-width:280px;max-width:92vw;padding:20px;border-radius:6px;background:#fff;color:#222;font:14px/1.4 sans-serif;box-shadow:0 8px 30px rgba(0,0,0,.3)}", ".fp-save__title{margin:0 0 8px;font-size:18px}", ".fp-save__file{margin:0 0 16px;word-break:break-all;color:#555}", ".fp-save__actions{display:flex;flex-wrap:wrap;gap:8px;justify-content:flex-end}", ".fp-save__button{padding:8px 14px;border:1px solid #888;border-radius:4px;background:#f5f5f5;color:#222;font:inherit;cursor:pointer}", ".fp-save__button--primary{border-color:#a93018;background:#c43a1f;color:#fff}", ".fp-save__button:focus-visible{outline:2px solid #1a5fb4;outline-offset:2px}" ];
    var MARK = "__fpWidgetSheet";
    function ensureStyles(doc) {
      var holder = doc;
      if (holder[MARK]) return;
      holder[MARK] = true;
      var win = doc.defaultView;
      var anyDoc = doc;
      if (win && typeof win.CSSStyleSheet === "function" && "adoptedStyleSheets" in doc) {
        try {
          var sheet = new win.CSSStyleSheet;
          fill(sheet);
          anyDoc.adoptedStyleSheets = anyDoc.adoptedStyleSheets.concat([ sheet ]);
          return;
        } catch (_e) {}
      }
      var style = doc.createElement("style");
      style.setAttribute("data-fp-widgets", "");
      (doc.head || doc.documentElement).appendChild(style);
      if (style.sheet) fill(style.sheet);
    }
    function fill(sheet) {
      for (var i = 0; i < RULES.length; i++) {
        try {
          sheet.insertRule(RULES[i], sheet.cssRules.length);
        } catch (_e) {}
      }
    }
    function toggleClass(el, name, on) {
      var cur = " " + (el.getAttribute("class") || "") + " ";
      var has = cur.indexOf(" " + name + " ") >= 0;
      if (on && !has) el.setAttribute("class", (cur + name).replace(/^\s+|\s+$/g, "")); else if (!on && has) el.setAttribute("class", cur.replace(" " + name + " ", " ").replace(/^\s+|\s+$/g, ""));
    }
    function hide(el) {
      el.setAttribute("hidden", "");
      toggleClass(el, "fp-hidden", true);
    }
  }
} ]);
//# sourceMappingURL=widgets.js.map