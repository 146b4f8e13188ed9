/*! filepicker-shim 0.1.0 | drop-in replacement for filepicker.js v2 | MIT */
"use strict";

(Object(typeof self !== "undefined" ? self : this)["webpackChunkfilepicker"] = Object(typeof self !== "undefined" ? self : this)["webpackChunkfilepicker"] || []).push([ [ 804 ], {
  4706: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
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
    var RULES = [ ".fp__btn{box-sizing:border-box;display:inline-block;height:34px;padding:4px 24px;margin:0;vertical-align:middle;cursor:pointer;" + 'font-family:"Open Sans",sans-serif;font-size:12px;font-weight:600;line-height:1.42857143;color:#fff;text-align:center;white-space:nowrap;' + "background:#c43a1f;border:1px solid transparent;border-radius:17px}", ".fp__btn:hover{background-color:#a93018}", ".fp__btn:focus-visible{outline:2px solid #1a5fb4;outline-offset:2px}", ".fp-hidden{display:none !important}", ".fp-drag-widget{display:inline-block;padding:1px}", ".fp-drop-zone{display:inline-block;margin:0 0 0 4px;border:1px dashed #aaa;border-radius:3px;background-color:#f3f3f3;color:#333;" + "font-size:14px;line-height:22px;padding:2px 4px;vertical-align:middle;cursor:pointer;overflow:hidden}", ".fp-drop-zone--over{background-color:#e0e0e0;border:1px solid #000}", ".fp-drop-zone--done{cursor:default}", ".fp-drop-zone--busy{padding:0;border:1px solid #aaa;box-shadow:inset 0 1px 2px rgba(0,0,0,.1)}", ".fp-drop-zone__progress{display:block;width:160px;height:22px}", ".fp-drop-zone__clear{float:right;margin-left:6px;padding:0 3px;border:0;background:transparent;color:#600;font-size:14px;cursor:pointer}", ".fp-preview{display:block;width:100%;height:100%;border:0}", ".fp-save-backdrop{position:fixed;top:0;right:0;bottom:0;left:0;z-index:2147483000;background:rgba(0,0,0,.45);display:flex;align-items:center;justify-content:center}", ".fp-save{box-sizing:border-box;min-width:280px;max-width:92vw;padding:20px;border-radius:6px;background:#fff;color:#222;font:14px/1.4 sans-serif;box-shadow:0 8px 30px rgba(0,0,0,.3)}", ".fp-save-title{margin:0 0 8px;font-size:18px}", ".fp-save-file{margin:0 0 16px;word-break:break-all;color:#555}", ".fp-save-actions{display:flex;flex-wrap:wrap;gap:8px;justify-content:flex-end}", ".fp-save-button{padding:8px 14px;border:1px solid #888;border-radius:4px;background:#f5f5f5;color:#222;font:inherit;cursor:pointer}", ".fp-save-primary{border-color:#a93018;background:#c43a1f;color:#fff}", ".fp-save-button:focus-visible{outline:2px solid #1a5fb4;outline-offset:2px}" ];
    var MARK = "__fpWidgetSheet";
    function ensureStyles(doc) {
      var holder = doc;
      if (holder[MARK]) return;
      holder[MARK] = true;
      var win = doc.defaultView;
      var adopting = doc;
      if (win && typeof win.CSSStyleSheet === "function" && "adoptedStyleSheets" in doc) {
        try {
          var sheet = new win.CSSStyleSheet;
          fill(sheet);
          adopting.adoptedStyleSheets = adopting.adoptedStyleSheets.concat([ sheet ]);
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
  },
  5679: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
    __webpack_require__.d(__webpack_exports__, {
      $3: function() {
        return CONVERT_CODES;
      },
      C_: function() {
        return READ_CODES;
      },
      cs: function() {
        return STAT_CODES;
      },
      eU: function() {
        return REMOVE_CODES;
      },
      p2: function() {
        return STORE_URL_CODES;
      },
      xF: function() {
        return codeFor;
      },
      xU: function() {
        return WRITE_CODES;
      }
    });
    var WRITE_CODES = {
      badParams: 122,
      notFound: 121,
      other: 123
    };
    var STORE_URL_CODES = {
      badParams: 152,
      notFound: 151,
      other: 153
    };
    var READ_CODES = {
      badParams: 400,
      notFound: 115,
      other: 118,
      network: 113,
      crossOrigin: 114
    };
    var STAT_CODES = {
      badParams: 400,
      notFound: 161,
      other: 162
    };
    var REMOVE_CODES = {
      badParams: 400,
      notFound: 171,
      other: 172
    };
    var CONVERT_CODES = {
      badParams: 142,
      notFound: 141,
      other: 143
    };
    function codeFor(table, status, crossOrigin) {
      if (status === 400) return table.badParams;
      if (status === 403) return 403;
      if (status === 404) return table.notFound;
      if (status === 0 && table.network !== undefined) return table.network;
      if (crossOrigin && table.crossOrigin !== undefined) return table.crossOrigin;
      return table.other;
    }
  },
  3882: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
    __webpack_require__.d(__webpack_exports__, {
      a: function() {
        return Modal;
      }
    });
    var _dom__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(239);
    var _focus__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1975);
    function isEscape(e) {
      return e.key === "Escape" || e.key === "Esc" || e.keyCode === 27;
    }
    function isTab(e) {
      return e.key === "Tab" || e.keyCode === 9;
    }
    var shownModals = [];
    function forget(m) {
      var i = shownModals.indexOf(m);
      if (i >= 0) shownModals.splice(i, 1);
    }
    var Modal = function() {
      function Modal(root, options) {
        var _this = this;
        this.listeners = new _dom__WEBPACK_IMPORTED_MODULE_0__.qR;
        this.shown = false;
        this.destroyed = false;
        this.root = root;
        this.doc = root.ownerDocument;
        this.onEscape = options.onEscape;
        this.returnFocus = options.returnFocus !== undefined ? options.returnFocus : this.doc.activeElement;
        root.setAttribute("role", "dialog");
        root.setAttribute("aria-modal", "true");
        root.setAttribute("aria-labelledby", options.labelledBy);
        if (options.describedBy) root.setAttribute("aria-describedby", options.describedBy);
        root.setAttribute("tabindex", "-1");
        this.listeners.on(root, "keydown", function(e) {
          _this.onKeydown(e);
        });
        this.listeners.on(this.doc, "keydown", function(e) {
          if (_this.focusLost(e.target)) _this.onKeydown(e);
        });
        this.listeners.on(this.doc, "focusin", function(e) {
          if (_this.onTop() && e.target && !root.contains(e.target)) _this.focusFirst();
        }, true);
      }
      Modal.prototype.show = function(target) {
        if (this.destroyed) return;
        this.shown = true;
        forget(this);
        shownModals.push(this);
        if (target) target.focus(); else if (!this.root.contains(this.doc.activeElement)) this.focusFirst();
      };
      Modal.prototype.hide = function() {
        if (!this.shown) return;
        this.shown = false;
        forget(this);
        var back = this.returnFocus;
        var doc = back && back.ownerDocument;
        if (back && doc && typeof back.focus === "function" && doc.documentElement.contains(back)) back.focus();
      };
      Modal.prototype.destroy = function() {
        this.hide();
        this.destroyed = true;
        this.listeners.removeAll();
      };
      Modal.prototype.onTop = function() {
        return this.shown && shownModals[shownModals.length - 1] === this;
      };
      Modal.prototype.onKeydown = function(e) {
        if (!this.onTop()) return;
        if (isEscape(e)) {
          e.preventDefault();
          this.onEscape(e);
        } else if (isTab(e)) {
          (0, _focus__WEBPACK_IMPORTED_MODULE_1__.L)(e, this.root);
        }
      };
      Modal.prototype.focusLost = function(target) {
        var doc = this.doc;
        return target === doc || target === doc.body || target === doc.documentElement;
      };
      Modal.prototype.focusFirst = function() {
        ((0, _focus__WEBPACK_IMPORTED_MODULE_1__.C)(this.root)[0] || this.root).focus();
      };
      return Modal;
    }();
  },
  239: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
    __webpack_require__.d(__webpack_exports__, {
      Xq: function() {
        return formatSize;
      },
      bf: function() {
        return removeNode;
      },
      c3: function() {
        return setText;
      },
      el: function() {
        return el;
      },
      iQ: function() {
        return addClass;
      },
      qR: function() {
        return Listeners;
      },
      vy: function() {
        return removeClass;
      }
    });
    function el(doc, tag, attrs, children) {
      var node = doc.createElement(tag);
      if (attrs) {
        for (var name_1 in attrs) {
          var v = attrs[name_1];
          if (v !== undefined && Object.prototype.hasOwnProperty.call(attrs, name_1)) node.setAttribute(name_1, v);
        }
      }
      if (children) {
        for (var i = 0; i < children.length; i++) {
          var c = children[i];
          node.appendChild(typeof c === "string" ? doc.createTextNode(c) : c);
        }
      }
      return node;
    }
    function setText(node, text) {
      if (node.textContent !== text) node.textContent = text;
    }
    function removeNode(node) {
      if (node && node.parentNode) node.parentNode.removeChild(node);
    }
    function addClass(node, name) {
      var cur = " " + (node.getAttribute("class") || "") + " ";
      if (cur.indexOf(" " + name + " ") < 0) node.setAttribute("class", (cur + name).replace(/^\s+|\s+$/g, ""));
    }
    function removeClass(node, name) {
      var cur = " " + (node.getAttribute("class") || "") + " ";
      var next = cur.replace(" " + name + " ", " ").replace(/^\s+|\s+$/g, "");
      if (next !== (node.getAttribute("class") || "")) node.setAttribute("class", next);
    }
    var Listeners = function() {
      function Listeners() {
        this.items = [];
      }
      Listeners.prototype.on = function(target, type, handler, capture) {
        var listener = handler;
        target.addEventListener(type, listener, !!capture);
        this.items.push([ target, type, listener, !!capture ]);
      };
      Listeners.prototype.removeAll = function() {
        var items = this.items;
        this.items = [];
        for (var i = 0; i < items.length; i++) items[i][0].removeEventListener(items[i][1], items[i][2], items[i][3]);
      };
      return Listeners;
    }();
    function formatSize(bytes) {
      var units = [ "B", "KB", "MB", "GB", "TB" ];
      var v = bytes;
      var i = 0;
      while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
      }
      var shown = i === 0 || v >= 10 ? String(Math.round(v)) : String(Math.round(v * 10) / 10);
      return shown + " " + units[i];
    }
  },
  1975: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
    __webpack_require__.d(__webpack_exports__, {
      C: function() {
        return focusableWithin;
      },
      L: function() {
        return trapTab;
      }
    });
    var FOCUSABLE = "a[href],area[href],button,input,select,textarea,iframe,[tabindex],[contenteditable=true]";
    function isHidden(node, root) {
      for (var n = node; n && n !== root.parentNode; n = n.parentElement) {
        if (n.hasAttribute("hidden") || n.getAttribute("aria-hidden") === "true") return true;
      }
      return false;
    }
    function focusableWithin(root) {
      var all = root.querySelectorAll(FOCUSABLE);
      var out = [];
      for (var i = 0; i < all.length; i++) {
        var e = all[i];
        if (e.disabled) continue;
        var ti = e.getAttribute("tabindex");
        if (ti !== null && parseInt(ti, 10) < 0) continue;
        if (e.tagName === "INPUT" && e.type === "hidden") continue;
        if (isHidden(e, root)) continue;
        out.push(e);
      }
      return out;
    }
    function trapTab(event, root) {
      if (event.key !== "Tab" && event.keyCode !== 9) return false;
      var items = focusableWithin(root);
      var doc = root.ownerDocument;
      var active = doc.activeElement;
      if (!items.length) {
        event.preventDefault();
        return true;
      }
      var first = items[0];
      var last = items[items.length - 1];
      var inside = !!active && root.contains(active);
      if (!inside) {
        event.preventDefault();
        (event.shiftKey ? last : first).focus();
        return true;
      }
      if (event.shiftKey && (active === first || active === root)) {
        event.preventDefault();
        last.focus();
        return true;
      }
      if (!event.shiftKey && active === last) {
        event.preventDefault();
        first.focus();
        return true;
      }
      return false;
    }
  },
  2550: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
    __webpack_require__.d(__webpack_exports__, {
      I: function() {
        return TextBinder;
      }
    });
    var TextBinder = function() {
      function TextBinder(translator) {
        this.translator = translator;
        this.nodes = [];
      }
      TextBinder.prototype.text = function(node, key, vars) {
        this.bind(node, "#text", key, vars);
      };
      TextBinder.prototype.attr = function(node, name, key, vars) {
        this.bind(node, name, key, vars);
      };
      TextBinder.prototype.t = function(key, vars) {
        return this.translator.t(key, vars);
      };
      TextBinder.prototype.refresh = function() {
        var keep = [];
        for (var i = 0; i < this.nodes.length; i++) {
          var node = this.nodes[i];
          if (!node.ownerDocument || !node.ownerDocument.documentElement.contains(node)) continue;
          keep.push(node);
          var b = node.__fpText;
          for (var target in b) if (Object.prototype.hasOwnProperty.call(b, target)) this.apply(node, target, b[target][0], b[target][1]);
        }
        this.nodes = keep;
      };
      TextBinder.prototype.bind = function(node, target, key, vars) {
        var b = node.__fpText;
        if (!b) {
          b = {};
          node.__fpText = b;
          this.nodes.push(node);
        }
        b[target] = [ key, vars ];
        this.apply(node, target, key, vars);
      };
      TextBinder.prototype.apply = function(node, target, key, vars) {
        var s = this.translator.t(key, vars);
        if (target === "#text") {
          if (node.textContent !== s) node.textContent = s;
        } else if (node.getAttribute(target) !== s) node.setAttribute(target, s);
      };
      return TextBinder;
    }();
  },
  3871: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
    __webpack_require__.d(__webpack_exports__, {
      Pv: function() {
        return isRtl;
      },
      Yj: function() {
        return LANGUAGES;
      },
      py: function() {
        return resolveLanguage;
      },
      tH: function() {
        return langTag;
      }
    });
    var LANGUAGES = [ "bg", "cs", "da", "de", "el", "en", "es", "es_ar", "es_mx", "fi", "fo", "fr", "fr_ca", "he", "hu", "id", "it", "ko", "ms", "nl", "no", "pl", "pt", "pt_br", "ru", "sk", "sr", "sv", "tr", "uk", "vi", "zh", "zh_tw" ];
    var RTL = [ "he" ];
    function normalizeLanguage(code) {
      return code.replace(/^\s+|\s+$/g, "").replace(/-/g, "_").toLowerCase();
    }
    function known(code) {
      return LANGUAGES.indexOf(code) >= 0;
    }
    function resolveLanguage(configured, browser) {
      var candidates = [];
      if (configured) candidates.push(normalizeLanguage(configured));
      if (browser) {
        var b = normalizeLanguage(browser);
        var base = b.split("_")[0];
        candidates.push(b, base);
        if (base === "nb" || base === "nn") candidates.push("no");
      }
      for (var i = 0; i < candidates.length; i++) if (known(candidates[i])) return candidates[i];
      return "en";
    }
    function isRtl(code) {
      return RTL.indexOf(code.split("_")[0]) >= 0;
    }
    function langTag(code) {
      var parts = code.split("_");
      return parts.length > 1 ? parts[0] + "-" + parts[1].toUpperCase() : parts[0];
    }
  },
  5049: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
    __webpack_require__.d(__webpack_exports__, {
      Cs: function() {
        return setLocaleBase;
      },
      E: function() {
        return registerLocale;
      },
      JK: function() {
        return getLocale;
      },
      Xq: function() {
        return loadLocale;
      },
      ig: function() {
        return getLocaleBase;
      }
    });
    var _translator__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7929);
    var _languages__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3871);
    var _core_scriptBase__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8510);
    var tables = {};
    var loading = {};
    var localeBase = (0, _core_scriptBase__WEBPACK_IMPORTED_MODULE_2__.F)();
    function setLocaleBase(base) {
      localeBase = base && base.charAt(base.length - 1) !== "/" ? base + "/" : base;
    }
    function getLocaleBase() {
      return localeBase;
    }
    function registerLocale(code, table) {
      tables[code] = (0, _translator__WEBPACK_IMPORTED_MODULE_0__.i3)(table);
    }
    function getLocale(code) {
      return tables[code];
    }
    function fromGlobal(win, code) {
      var store = win.__filepickerLocales;
      var t = store && store[code];
      if (!t) return false;
      var table = t;
      registerLocale(code, typeof t === "object" && table["default"] ? table["default"] : t);
      return true;
    }
    function loadLocale(code, doc, timeoutMs) {
      if (timeoutMs === void 0) {
        timeoutMs = 1e4;
      }
      if (tables[code]) return Promise.resolve(tables[code]);
      var win = doc.defaultView;
      if (win && fromGlobal(win, code)) return Promise.resolve(tables[code]);
      if (code === "en" || _languages__WEBPACK_IMPORTED_MODULE_1__.Yj.indexOf(code) < 0 || !localeBase || !win) return Promise.resolve(undefined);
      var pending = loading[code];
      if (pending) return pending;
      var url = localeBase + "locales/" + code + ".js";
      var p = new Promise(function(resolve) {
        var script = doc.createElement("script");
        var timer = undefined;
        function finish() {
          if (timer !== undefined) win.clearTimeout(timer);
          script.onload = script.onerror = null;
          if (script.parentNode) script.parentNode.removeChild(script);
          if (!tables[code]) {
            fromGlobal(win, code);
            if (!tables[code]) delete loading[code];
          }
          resolve(tables[code]);
        }
        script.onload = finish;
        script.onerror = finish;
        timer = win.setTimeout(finish, timeoutMs);
        script.src = url;
        script.async = true;
        (doc.head || doc.documentElement).appendChild(script);
      });
      loading[code] = p;
      return p;
    }
  },
  7929: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
    __webpack_require__.d(__webpack_exports__, {
      rk: function() {
        return Translator;
      },
      i3: function() {
        return sanitizeTable;
      }
    });
    var tslib_es6 = __webpack_require__(1635);
    var en = {
      titleSingle: "Select a file to upload",
      titleMultiple: "Select files to upload",
      close: "Close",
      sourcesLabel: "Sources",
      sourceComputer: "My Device",
      sourceUrl: "Link (URL)",
      dropSingle: "Drop a file here, or press to choose one",
      dropMultiple: "Drop files here, or press to choose them",
      pasteHint: "You can also paste a file.",
      chooseFolder: "Choose a folder",
      acceptedTypes: "Accepted types: {{types}}",
      maxSizeHint: "Largest file: {{size}}",
      maxFilesHint: "{one} At most {{count}} file {other} At most {{count}} files",
      urlLabel: "Address of the file",
      urlSubmit: "Add",
      urlInvalid: "Enter a web address that starts with http:// or https://",
      filesLabel: "Selected files",
      statusWaiting: "Waiting",
      statusPreparing: "Preparing",
      statusUploading: "Uploading: {{percent}}%",
      statusDone: "Uploaded",
      statusFailed: "Failed: {{reason}}",
      statusRetrying: "Connection problem, retrying in {{seconds}} s (attempt {{attempt}})",
      uploadFailed: "The upload failed.",
      uploadRefused: "The server refused this upload.",
      totalProgress: "Total: {{percent}}%",
      progressOf: "Upload progress of {{filename}}",
      removeFile: "Remove {{filename}}",
      retry: "Retry",
      upload: "Upload",
      done: "Done",
      waitingForUploads: "Waiting for the uploads to finish…",
      errorType: "{{filename}} is not an accepted type. Accepted types: {{types}}",
      errorSize: "{{filename}} is too large ({{size}}). The largest file allowed is {{max}}.",
      errorCount: "{one} You can select at most {{max}} file, so none of these files were added. {other} You can select at most {{max}} files, so none of these files were added.",
      errorSingle: "Only one file can be selected, so none of these files were added.",
      errorFolder: "Folders cannot be added here.",
      errorEmpty: "{{filename}} is empty.",
      announceProgress: "{{filename}}: {{percent}}% uploaded",
      announceDone: "{{filename}} uploaded",
      announceFailed: "{{filename}} failed: {{reason}}",
      announceAllDone: "All files uploaded",
      sourceWebcam: "Webcam",
      sourceVideo: "Video",
      sourceAudio: "Audio",
      mediaLoading: "Loading…",
      mediaLoadFailed: "This source could not be loaded. Choose another source.",
      cameraStart: "Turn on the camera",
      micStart: "Turn on the microphone",
      mediaStarting: "Waiting for the camera or microphone…",
      cameraPreview: "Camera preview",
      photoTaken: "The photo you took",
      takePhoto: "Take photo",
      usePhoto: "Use photo",
      retake: "Retake",
      startRecording: "Start recording",
      stopRecording: "Stop recording",
      useRecording: "Use recording",
      recordingClock: "{{elapsed}} recorded, {{remaining}} left",
      recordingLimit: "Recordings can last up to {{limit}}.",
      recordedSummary: "Recording: {{duration}}, {{size}}",
      mediaDenied: "Access to the camera or microphone was denied. Allow it in the browser, then try again.",
      mediaNoDevice: "No camera or microphone was found.",
      mediaBusy: "The camera or microphone is being used by another application.",
      mediaUnsupported: "This browser cannot record here. Choose another source.",
      mediaFailed: "The camera or microphone stopped working.",
      mediaRetry: "Try again",
      announceRecording: "Recording started",
      announceRecorded: "Recording stopped after {{duration}}",
      announceLimitReached: "Time limit reached: recording stopped after {{duration}}",
      announcePhoto: "Photo taken",
      sourceCustom: "Cloud folder",
      customNotConfigured: "This source is not set up: no storage bucket was configured for it.",
      customLoading: "Loading…",
      customLoadFailed: "This source could not be loaded. Choose it again to retry.",
      customEmpty: "This folder is empty.",
      customListFailed: "The folder could not be opened: {{reason}}",
      customPathLabel: "Folder path",
      customUp: "Up one folder",
      customListLabel: "Contents of {{folder}}",
      customFolder: "Folder",
      customMore: "Show more",
      customAddSelected: "Add selected ({{count}})",
      folderChoose: "Choose this folder",
      searchLabel: "Search {{source}}",
      searchPlaceholder: "Name of a file or folder",
      searchResults: "Search results",
      searchEmpty: "Nothing matches your search.",
      customHintSingle: "Arrow keys move, Enter opens a folder or chooses a file, Backspace goes up one level.",
      customHintMultiple: "Arrow keys move, Space selects a file, Enter opens a folder or adds the selected files, Backspace goes up one level.",
      customAnnounceFolder: "{one} {{folder}}: {{count}} item {other} {{folder}}: {{count}} items",
      edit: "Edit",
      editFile: "Edit {{filename}}",
      editorTitle: "Edit {{filename}}",
      editorForced: "Crop this image before uploading",
      editorCount: "Image {{index}} of {{count}}",
      cropArea: "Crop area",
      cropHelp: "The arrow keys move the crop area; Shift with the arrow keys changes its size.",
      cropHelpFixed: "The arrow keys move the crop area.",
      cropStatus: "Crop area: {{width}} × {{height}} pixels at {{x}}, {{y}}",
      editorTools: "Image tools",
      rotateLeft: "Rotate left",
      rotateRight: "Rotate right",
      filterBlur: "Blur",
      filterSharpen: "Sharpen",
      editorCancel: "Cancel",
      editorSave: "Save",
      editorFailed: "This image could not be edited.",
      typeImages: "Images",
      typeVideos: "Videos",
      typeAudio: "Audio files",
      typeText: "Text files",
      typePdf: "PDF documents",
      saveTitle: "Save file",
      saveDownload: "Download to this computer",
      saveCancel: "Cancel",
      cloudSignInTitle: "Sign in to {{source}}",
      cloudHost: "Server",
      cloudPort: "Port",
      cloudUser: "User name",
      cloudPassword: "Password",
      cloudUrl: "Address (URL)",
      cloudSignIn: "Sign in",
      cloudSigningIn: "Signing in…",
      cloudSignInFailed: "Could not sign in: {{reason}}",
      cloudSignInAgain: "Your sign-in has ended. Sign in again.",
      cloudBusy: "{{source}} is limiting requests. Try again in a moment.",
      cloudDown: "{{source}} is not answering. Try again later.",
      cloudSignOut: "Sign out",
      cloudSignedOut: "Signed out of {{source}}",
      cloudSignInOAuth: "Sign in to {{source}}",
      cloudSignInClosed: "The sign-in window was closed before you signed in.",
      cloudPopupBlocked: "The sign-in window could not open. Allow pop-ups for this page and try again."
    };
    var languages = __webpack_require__(3871);
    var MARK = /\{(zero|one|two|few|many|other)\}/g;
    var STARTS_WITH_MARK = /^\s*\{(zero|one|two|few|many|other)\}/;
    function isPluralMessage(message) {
      return STARTS_WITH_MARK.test(message);
    }
    function pluralForms(message) {
      var out = {};
      var parts = message.split(MARK);
      for (var i = 1; i + 1 < parts.length; i += 2) out[parts[i]] = parts[i + 1].replace(/^\s+|\s+$/g, "");
      return out;
    }
    function few(n) {
      return n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14);
    }
    function slavicOne(n) {
      return n % 10 === 1 && n % 100 !== 11;
    }
    function million(n) {
      return n !== 0 && n % 1e6 === 0;
    }
    var RULES = {
      cs: function(n) {
        return n === 1 ? "one" : n >= 2 && n <= 4 ? "few" : "other";
      },
      es: function(n) {
        return n === 1 ? "one" : million(n) ? "many" : "other";
      },
      fr: function(n) {
        return n === 0 || n === 1 ? "one" : million(n) ? "many" : "other";
      },
      he: function(n) {
        return n === 1 ? "one" : n === 2 ? "two" : "other";
      },
      pl: function(n) {
        return n === 1 ? "one" : few(n) ? "few" : "many";
      },
      ru: function(n) {
        return slavicOne(n) ? "one" : few(n) ? "few" : "many";
      },
      sr: function(n) {
        return slavicOne(n) ? "one" : few(n) ? "few" : "other";
      }
    };
    RULES.sk = RULES.cs;
    RULES.it = RULES.es;
    RULES.pt = RULES.fr;
    RULES.uk = RULES.ru;
    var NO_PLURAL = [ "id", "ko", "ms", "vi", "zh" ];
    function fallbackCategory(lang, n) {
      var base = lang.split(/[-_]/)[0].toLowerCase();
      if (NO_PLURAL.indexOf(base) >= 0) return "other";
      var rule = RULES[base];
      if (rule) return rule(Math.abs(Math.floor(n)));
      return n === 1 ? "one" : "other";
    }
    var cache = {};
    function intlRules(tag) {
      if (Object.prototype.hasOwnProperty.call(cache, tag)) return cache[tag];
      var rules = null;
      try {
        var I = typeof Intl !== "undefined" ? Intl : undefined;
        if (I && I.PluralRules) rules = new I.PluralRules(tag);
      } catch (_e) {
        rules = null;
      }
      cache[tag] = rules;
      return rules;
    }
    function pluralCategory(tag, n) {
      var rules = intlRules(tag);
      return rules ? rules.select(n) : fallbackCategory(tag, n);
    }
    function choosePlural(message, tag, n) {
      var forms = pluralForms(message);
      var form = forms[pluralCategory(tag, n)];
      return form !== undefined ? form : forms.other !== undefined ? forms.other : message;
    }
    var NAMED = {
      "image/*": "typeImages",
      "video/*": "typeVideos",
      "audio/*": "typeAudio",
      "text/*": "typeText",
      "application/pdf": "typePdf"
    };
    function formatName(type) {
      var m = /^(image|video|audio)\/(?:x-)?([a-z0-9.-]+)(?:\+[a-z]+)?$/.exec(type);
      return m ? m[2].toUpperCase() : undefined;
    }
    function typesInWords(list, t) {
      var items = list.split(/\s*,\s*/);
      var out = [];
      for (var i = 0; i < items.length; i++) {
        var item = items[i].toLowerCase();
        var key = NAMED[item];
        var words = key ? t(key) : formatName(item) || items[i];
        if (words && out.indexOf(words) < 0) out.push(words);
      }
      return out.join(", ");
    }
    var PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;
    function interpolate(template, vars) {
      if (!vars) return template;
      return template.replace(PLACEHOLDER, function(whole, name) {
        return Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole;
      });
    }
    function placeholders(template) {
      var out = [];
      template.replace(PLACEHOLDER, function(_w, name) {
        if (out.indexOf(name) < 0) out.push(name);
        return "";
      });
      return out.sort();
    }
    function sanitizeTable(input) {
      var out = {};
      if (!input || typeof input !== "object") return out;
      var src = input;
      for (var key in en) {
        if (Object.prototype.hasOwnProperty.call(en, key) && typeof src[key] === "string") out[key] = src[key];
      }
      return out;
    }
    var Translator = function() {
      function Translator(locale, custom, lang) {
        if (lang === void 0) {
          lang = "en";
        }
        this.layers = [ custom || {}, locale || {}, en ];
        this.tag = (0, languages.tH)(lang);
      }
      Translator.prototype.setLocale = function(table) {
        this.layers[1] = table;
      };
      Translator.prototype.setCustom = function(table) {
        this.layers[0] = table;
      };
      Translator.prototype.t = function(key, vars) {
        var _this = this;
        if (vars && typeof vars.types === "string") vars = (0, tslib_es6.Cl)((0, tslib_es6.Cl)({}, vars), {
          types: typesInWords(vars.types, function(k) {
            return _this.t(k);
          })
        });
        for (var i = 0; i < this.layers.length; i++) {
          var v = this.layers[i][key];
          if (typeof v !== "string") continue;
          var n = vars ? Number(vars.count) : NaN;
          var form = isPluralMessage(v) && isFinite(n) ? choosePlural(v, i === this.layers.length - 1 ? "en" : this.tag, n) : v;
          return interpolate(form, vars);
        }
        return key;
      };
      return Translator;
    }();
  },
  3024: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
    __webpack_require__.d(__webpack_exports__, {
      U: function() {
        return decodeImage;
      }
    });
    function decodeImage(file, doc) {
      var win = doc.defaultView;
      if (win && typeof win.createImageBitmap === "function") {
        return win.createImageBitmap(file).then(function(bmp) {
          return {
            image: bmp,
            size: {
              width: bmp.width,
              height: bmp.height
            },
            release: function() {
              if (bmp.close) bmp.close();
            }
          };
        });
      }
      return new Promise(function(resolve, reject) {
        if (!win || !win.URL || typeof win.URL.createObjectURL !== "function") {
          reject(new Error("filepicker: this browser cannot decode images (no createImageBitmap, no URL.createObjectURL)"));
          return;
        }
        var urls = win.URL;
        var url = urls.createObjectURL(file);
        var img = doc.createElement("img");
        img.onload = function() {
          resolve({
            image: img,
            size: {
              width: img.naturalWidth,
              height: img.naturalHeight
            },
            release: function() {
              urls.revokeObjectURL(url);
            }
          });
        };
        img.onerror = function() {
          urls.revokeObjectURL(url);
          reject(new Error("filepicker: the image could not be decoded"));
        };
        img.src = url;
      });
    }
  }
} ]);
//# sourceMappingURL=shared.js.map