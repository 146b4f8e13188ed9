/*! filepicker-shim 0.1.0 | drop-in replacement for filepicker.js v2 | MIT */
"use strict";

(Object(typeof self !== "undefined" ? self : this)["webpackChunkfilepicker"] = Object(typeof self !== "undefined" ? self : this)["webpackChunkfilepicker"] || []).push([ [ 907 ], {
  363: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
    __webpack_require__.r(__webpack_exports__);
    __webpack_require__.d(__webpack_exports__, {
      LANGUAGES: function() {
        return languages.Yj;
      },
      createPickerDialog: function() {
        return createPickerDialog;
      },
      registerLocale: function() {
        return registry.E;
      },
      setLocaleBase: function() {
        return registry.Cs;
      }
    });
    var errors = __webpack_require__(4703);
    var dom = __webpack_require__(239);
    var Announcer = function() {
      function Announcer(doc, now, intervalMs) {
        if (now === void 0) {
          now = Date.now;
        }
        if (intervalMs === void 0) {
          intervalMs = 1e3;
        }
        this.now = now;
        this.intervalMs = intervalMs;
        this.last = {};
        this.node = (0, dom.el)(doc, "div", {
          class: "fp-sr",
          role: "status",
          "aria-live": "polite",
          "aria-atomic": "true"
        });
      }
      Announcer.prototype.say = function(channel, text, force) {
        var t = this.now();
        var prev = this.last[channel];
        if (!force && prev !== undefined && t - prev < this.intervalMs) return false;
        this.last[channel] = t;
        this.node.textContent = text;
        return true;
      };
      return Announcer;
    }();
    var binder = __webpack_require__(2550);
    var translator = __webpack_require__(7929);
    var registry = __webpack_require__(5049);
    var defaultTransport = __webpack_require__(169);
    var CUSTOM_TEXT_TIMEOUT_MS = 15e3;
    function fetchCustomText(url, win, transport) {
      function fail(why) {
        var c = win.console;
        if (c) c.warn("filepicker: `customText` could not be used (" + why + "), showing the default text: " + url);
        return {};
      }
      var http = transport || (0, defaultTransport.Ez)(win);
      return http.request({
        method: "GET",
        url: url,
        timeoutMs: CUSTOM_TEXT_TIMEOUT_MS
      }).then(function(res) {
        if (res.status < 200 || res.status >= 300) return fail("HTTP " + res.status);
        var data;
        try {
          data = JSON.parse(res.text);
        } catch (_e) {
          return fail("not JSON");
        }
        return (0, translator.i3)(data);
      }, function(e) {
        return fail(String(e && e.message || e));
      });
    }
    function loadTexts(binder, lang, customText, env, alive) {
      void (0, registry.Xq)(lang, env.document).then(function(table) {
        if (table && alive()) {
          binder.translator.setLocale(table);
          binder.refresh();
        }
      });
      if (customText) {
        void fetchCustomText(customText, env.window).then(function(table) {
          if (!alive()) return;
          binder.translator.setCustom(table);
          binder.refresh();
        });
      }
    }
    var languages = __webpack_require__(3871);
    var POPUP_FEATURES = "left=100,top=100,height=600,width=800,menubar=no,toolbar=no,location=no,personalbar=no,status=no,resizable=yes,scrollbars=yes";
    function containerNotFound(id) {
      return 'Container "' + id + '" not found. This should either be set to "window","modal", or the ID of an iframe that is currently in the document.';
    }
    function fill(doc, title) {
      var body = doc.body;
      if (!body) {
        body = doc.createElement("body");
        doc.documentElement.appendChild(body);
      }
      (0, dom.iQ)(doc.documentElement, "fp-fill");
      (0, dom.iQ)(body, "fp-fill");
      if (title && !doc.title) doc.title = title;
      return body;
    }
    function openHost(container, pageDoc, pageWin, title, onGone) {
      var listeners = new dom.qR;
      if (container === "window") {
        var popup_1 = pageWin.open("", "filepicker_dialog" + (new Date).getTime(), POPUP_FEATURES);
        if (!popup_1 || !popup_1.document) {
          throw new errors.Js(errors.H3 + 'the popup was blocked: allow pop-ups for this site, or use `container: "modal"`.');
        }
        var doc = popup_1.document;
        var body = fill(doc, title);
        var timer_1 = pageWin.setInterval(function() {
          if (popup_1.closed) {
            pageWin.clearInterval(timer_1);
            onGone();
          }
        }, 200);
        return {
          kind: "window",
          doc: doc,
          win: popup_1,
          mount: body,
          dropTarget: body,
          hide: function() {},
          destroy: function() {
            pageWin.clearInterval(timer_1);
            listeners.removeAll();
            if (!popup_1.closed) popup_1.close();
          }
        };
      }
      if (container !== "modal") {
        var frame = pageDoc.getElementById(container);
        if (!frame || frame.tagName !== "IFRAME") throw new errors.yI("container", errors.H3 + containerNotFound(container));
        var doc_1 = null;
        try {
          doc_1 = frame.contentDocument;
        } catch (_e) {
          doc_1 = null;
        }
        if (!doc_1 || !doc_1.defaultView) {
          throw new errors.yI("container", errors.H3 + 'the iframe "' + container + '" has no document this page can reach (it must be same-origin, e.g. without `src`).');
        }
        var body_1 = fill(doc_1, "");
        var mine_1 = [];
        return {
          kind: "iframe",
          doc: doc_1,
          win: doc_1.defaultView,
          mount: body_1,
          dropTarget: body_1,
          hide: function() {},
          destroy: function() {
            listeners.removeAll();
            for (var i = 0; i < mine_1.length; i++) (0, dom.bf)(mine_1[i]);
            (0, dom.vy)(doc_1.documentElement, "fp-fill");
            (0, dom.vy)(body_1, "fp-fill");
          }
        };
      }
      var overlay = (0, dom.el)(pageDoc, "div", {
        class: "fp-overlay"
      });
      var html = pageDoc.documentElement;
      var hadNoScroll = / fp-noscroll /.test(" " + (html.getAttribute("class") || "") + " ");
      (pageDoc.body || html).appendChild(overlay);
      (0, dom.iQ)(html, "fp-noscroll");
      function unlock() {
        if (!hadNoScroll) (0, dom.vy)(html, "fp-noscroll");
      }
      return {
        kind: "modal",
        doc: pageDoc,
        win: pageWin,
        mount: overlay,
        dropTarget: overlay,
        overlay: overlay,
        hide: function() {
          overlay.setAttribute("hidden", "");
          unlock();
        },
        destroy: function() {
          listeners.removeAll();
          (0, dom.bf)(overlay);
          unlock();
        }
      };
    }
    var styles = __webpack_require__(5797);
    var services = __webpack_require__(2818);
    var EDITABLE_TYPES = [ "image/jpeg", "image/png", "image/webp" ];
    function isEditable(file) {
      return !!file && EDITABLE_TYPES.indexOf(String(file.type || "").toLowerCase()) >= 0;
    }
    var loading;
    function loadEditor() {
      if (!loading) {
        loading = Promise.all([ __webpack_require__.e(804), __webpack_require__.e(8) ]).then(__webpack_require__.bind(__webpack_require__, 5687));
        loading.then(undefined, function() {
          loading = undefined;
        });
      }
      return loading;
    }
    var Editing = function() {
      function Editing(doc, binder, view, config, events) {
        this.doc = doc;
        this.binder = binder;
        this.view = view;
        this.config = config;
        this.events = events;
        this.queue = [];
        this.forcedShown = 0;
        this.ended = false;
      }
      Object.defineProperty(Editing.prototype, "active", {
        get: function() {
          return !!this.current;
        },
        enumerable: false,
        configurable: true
      });
      Editing.prototype.isEditing = function(entry) {
        return !!this.current && this.current.entry === entry;
      };
      Editing.prototype.open = function(entry, reason) {
        if (this.ended || this.isEditing(entry)) return;
        for (var i = 0; i < this.queue.length; i++) if (this.queue[i].entry === entry) return;
        this.queue.push({
          entry: entry,
          reason: reason
        });
        this.next();
      };
      Editing.prototype.drop = function(entry) {
        var q = [];
        for (var i = 0; i < this.queue.length; i++) if (this.queue[i].entry !== entry) q.push(this.queue[i]);
        this.queue = q;
        if (this.isEditing(entry)) {
          if (this.current.handle) this.current.handle.destroy();
          this.close();
        }
      };
      Editing.prototype.escape = function() {
        if (!this.current) return false;
        if (this.current.handle) this.current.handle.cancel();
        return true;
      };
      Editing.prototype.destroy = function() {
        this.ended = true;
        this.queue = [];
        if (this.current && this.current.handle) this.current.handle.destroy();
        this.current = undefined;
      };
      Editing.prototype.next = function() {
        var _this = this;
        if (this.current || this.ended) return;
        var item = this.queue.shift();
        if (!item) {
          this.forcedShown = 0;
          return;
        }
        if (item.reason === "force") this.forcedShown++;
        var cur = {
          entry: item.entry,
          reason: item.reason
        };
        this.current = cur;
        var v = this.view;
        v.root.setAttribute("data-fp-editing", "");
        hide(v.body);
        hide(v.footer);
        var live = function() {
          return !_this.ended && _this.current === cur;
        };
        loadEditor().then(function(mod) {
          if (!live()) return undefined;
          return mod.openEditor({
            doc: _this.doc,
            binder: _this.binder,
            file: item.entry.file,
            name: item.entry.name,
            crop: _this.config.crop,
            conversions: _this.config.conversions,
            forced: item.reason !== "edit",
            position: item.reason === "force" ? _this.position() : undefined,
            mount: v.root,
            before: v.footer.nextSibling,
            onSave: function(result) {
              _this.close();
              _this.events.saved(item.entry, result, item.reason);
              _this.next();
            },
            onCancel: function() {
              _this.close();
              _this.events.cancelled(item.entry, item.reason);
              _this.next();
            }
          });
        }).then(function(handle) {
          if (!handle) return;
          if (live()) cur.handle = handle; else handle.destroy();
        }, function() {
          if (!live()) return;
          _this.close();
          _this.events.failed(item.entry, item.reason);
          _this.next();
        });
      };
      Editing.prototype.position = function() {
        var waiting = 0;
        for (var i = 0; i < this.queue.length; i++) if (this.queue[i].reason === "force") waiting++;
        return {
          index: this.forcedShown,
          count: this.forcedShown + waiting
        };
      };
      Editing.prototype.close = function() {
        this.current = undefined;
        if (this.ended) return;
        this.view.root.removeAttribute("data-fp-editing");
        this.view.body.removeAttribute("hidden");
        if (this.view.files.firstChild) this.view.footer.removeAttribute("hidden");
      };
      return Editing;
    }();
    function hide(node) {
      if (!node.hasAttribute("hidden")) node.setAttribute("hidden", "");
    }
    var NS = "http://www.w3.org/2000/svg";
    function svg(doc, cls, viewBox, children) {
      var root = doc.createElementNS(NS, "svg");
      root.setAttribute("class", cls);
      root.setAttribute("viewBox", viewBox);
      root.setAttribute("aria-hidden", "true");
      root.setAttribute("focusable", "false");
      for (var i = 0; i < children.length; i++) root.appendChild(children[i]);
      return root;
    }
    function shape(doc, tag, attrs) {
      var node = doc.createElementNS(NS, tag);
      for (var name_1 in attrs) if (Object.prototype.hasOwnProperty.call(attrs, name_1)) node.setAttribute(name_1, attrs[name_1]);
      return node;
    }
    var SOURCE_PATHS = {
      COMPUTER: [ "M3 5h18v11H3z", "M8 20h8", "M12 16v4" ],
      URL: [ "M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1", "M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" ],
      WEBCAM: [ "M3 8h4l2-3h6l2 3h4v11H3z", "M12 10a3.5 3.5 0 1 0 0 7a3.5 3.5 0 1 0 0-7" ],
      VIDEO: [ "M3 6h12v12H3z", "M15 10l6-3v10l-6-3" ],
      AUDIO: [ "M9 4h6v9a3 3 0 0 1-6 0z", "M6 11a6 6 0 0 0 12 0", "M12 17v4" ],
      CUSTOMSOURCE: [ "M7 18h10a4 4 0 0 0 .5-8A6 6 0 0 0 6 9a4.5 4.5 0 0 0 1 9z" ],
      FTP: [ "M8 4v15", "M4 15l4 4 4-4", "M16 20V5", "M12 9l4-4 4 4" ],
      WEBDAV: [ "M3 12a9 9 0 1 0 18 0a9 9 0 1 0-18 0", "M3 12h18", "M12 3c3 3 3 15 0 18c-3-3-3-15 0-18" ],
      DROPBOX: [ "M7 2.5l5 3-5 3-5-3z", "M17 2.5l5 3-5 3-5-3z", "M7 8.5l5 3-5 3-5-3z", "M17 8.5l5 3-5 3-5-3z", "M7 17.5l5 3 5-3" ],
      GOOGLE_DRIVE: [ "M8.5 3h7L22 14.5 18.5 20.5h-13L2 14.5z", "M8.5 3l6.5 11.5H2", "M15.5 3L9 14.5", "M18.5 20.5L15 14.5h7" ],
      BOX: [ "M12 3l8 4.5v9L12 21l-8-4.5v-9z", "M4 7.5l8 4.5 8-4.5", "M12 12v9" ],
      SKYDRIVE: [ "M5 19a3.5 3.5 0 0 1-.5-7A5.5 5.5 0 0 1 14 9.5a4.5 4.5 0 0 1 6.5 4A3 3 0 0 1 19.5 19z", "M7.5 9A5 5 0 0 1 16 7" ],
      GITHUB: [ "M3 6a3 3 0 1 0 6 0a3 3 0 1 0-6 0", "M3 18a3 3 0 1 0 6 0a3 3 0 1 0-6 0", "M15 6a3 3 0 1 0 6 0a3 3 0 1 0-6 0", "M6 9v6", "M18 9c0 4-3 5-9 7.5" ],
      GMAIL: [ "M3 6h18v12H3z", "M3 6l9 7 9-7" ],
      FACEBOOK: [ "M3 12a9 9 0 1 0 18 0a9 9 0 1 0-18 0", "M16 7h-1.5A2.5 2.5 0 0 0 12 9.5V21", "M9 13h6" ],
      INSTAGRAM: [ "M8 3h8a5 5 0 0 1 5 5v8a5 5 0 0 1-5 5H8a5 5 0 0 1-5-5V8a5 5 0 0 1 5-5z", "M8 12a4 4 0 1 0 8 0a4 4 0 1 0-8 0", "M17 7h.01" ],
      FLICKR: [ "M2 12a4 4 0 1 0 8 0a4 4 0 1 0-8 0", "M14 12a4 4 0 1 0 8 0a4 4 0 1 0-8 0" ]
    };
    SOURCE_PATHS.GDRIVE = SOURCE_PATHS.GOOGLE_DRIVE;
    function sourceIcon(doc, source) {
      var paths = SOURCE_PATHS[source] || [ "M3 6h7l2 2h9v11H3z" ];
      var nodes = [];
      for (var i = 0; i < paths.length; i++) {
        nodes.push(shape(doc, "path", {
          d: paths[i],
          fill: "none",
          stroke: "currentColor",
          "stroke-width": "1.8",
          "stroke-linecap": "round",
          "stroke-linejoin": "round"
        }));
      }
      return svg(doc, "fp-source-icon", "0 0 24 24", nodes);
    }
    function fileKind(type, name) {
      var t = (type || "").split(";")[0].toLowerCase();
      var ext = (/\.([a-z0-9]{1,4})$/i.exec(name || "") || [ "", "" ])[1].toUpperCase();
      if (t.indexOf("image/") === 0) return {
        label: ext || "IMG",
        color: "#8250df"
      };
      if (t.indexOf("video/") === 0) return {
        label: ext || "VID",
        color: "#cf222e"
      };
      if (t.indexOf("audio/") === 0) return {
        label: ext || "AUD",
        color: "#bf8700"
      };
      if (t === "application/pdf" || ext === "PDF") return {
        label: "PDF",
        color: "#d1242f"
      };
      if (/zip|compressed|tar|rar|7z/.test(t)) return {
        label: ext || "ZIP",
        color: "#6e7781"
      };
      if (t.indexOf("text/") === 0 || /json|xml|csv/.test(t)) return {
        label: ext || "TXT",
        color: "#0969da"
      };
      if (/word|document|rtf/.test(t)) return {
        label: ext || "DOC",
        color: "#0550ae"
      };
      if (/sheet|excel/.test(t)) return {
        label: ext || "XLS",
        color: "#1a7f37"
      };
      return {
        label: ext || "FILE",
        color: "#57606a"
      };
    }
    function fileIcon(doc, type, name) {
      var kind = fileKind(type, name);
      var label = shape(doc, "text", {
        x: "14",
        y: "26",
        "text-anchor": "middle",
        "font-size": kind.label.length > 3 ? "6.5" : "8",
        "font-weight": "700",
        "font-family": "Arial,sans-serif",
        fill: "#fff"
      });
      label.appendChild(doc.createTextNode(kind.label));
      return svg(doc, "fp-file-svg", "0 0 28 32", [ shape(doc, "path", {
        d: "M4 1h14l7 7v22a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V2a1 1 0 0 1 1-1z",
        fill: "#fff",
        stroke: "#8c959f"
      }), shape(doc, "path", {
        d: "M18 1v7h7",
        fill: "none",
        stroke: "#8c959f"
      }), shape(doc, "rect", {
        x: "1",
        y: "19",
        width: "26",
        height: "10",
        rx: "2",
        fill: kind.color
      }), label ]);
    }
    var counter = 0;
    function buildView(doc, config, binder, listeners, panels, order, announcer, onSelect) {
      var n = ++counter;
      var titleId = "fp-title-" + n;
      var title = (0, dom.el)(doc, "h2", {
        class: "fp-title",
        id: titleId
      });
      binder.text(title, config.folderMode ? "chooseFolder" : config.multiple ? "titleMultiple" : "titleSingle");
      var close = (0, dom.el)(doc, "button", {
        type: "button",
        class: "fp-btn fp-close"
      }, [ "×" ]);
      binder.attr(close, "aria-label", "close");
      binder.attr(close, "title", "close");
      var header = (0, dom.el)(doc, "div", {
        class: "fp-header"
      }, [ title, close ]);
      var nav = (0, dom.el)(doc, "ul", {
        class: "fp-sources"
      });
      var main = (0, dom.el)(doc, "div", {
        class: "fp-main"
      });
      var tabs = {};
      for (var i = 0; i < order.length; i++) {
        var s = order[i];
        var label = (0, dom.el)(doc, "span", {
          class: "fp-source-label"
        });
        var text = (0, services.en)(s);
        if ("key" in text) binder.text(label, text.key); else label.appendChild(doc.createTextNode(text.name));
        var button = (0, dom.el)(doc, "button", {
          type: "button",
          class: "fp-source",
          "data-fp-source": s.toLowerCase()
        }, [ sourceIcon(doc, s), label ]);
        nav.appendChild((0, dom.el)(doc, "li", {}, [ button ]));
        main.appendChild(panels[s]);
        tabs[s] = {
          button: button,
          panel: panels[s]
        };
      }
      var errors = (0, dom.el)(doc, "ul", {
        class: "fp-errors",
        hidden: ""
      });
      var filesTitle = (0, dom.el)(doc, "h3", {
        class: "fp-files-title",
        hidden: ""
      });
      binder.text(filesTitle, "filesLabel");
      var files = (0, dom.el)(doc, "ul", {
        class: "fp-files"
      });
      main.appendChild(errors);
      main.appendChild(filesTitle);
      main.appendChild(files);
      var navWrap = (0, dom.el)(doc, "nav", {
        class: "fp-nav"
      }, [ nav ]);
      binder.attr(navWrap, "aria-label", "sourcesLabel");
      var body = (0, dom.el)(doc, "div", {
        class: "fp-body"
      }, order.length > 1 ? [ navWrap, main ] : [ main ]);
      var total = (0, dom.el)(doc, "progress", {
        class: "fp-progress",
        max: "100",
        value: "0"
      });
      var totalText = (0, dom.el)(doc, "span", {
        class: "fp-total-text"
      });
      binder.text(totalText, "totalProgress", {
        percent: 0
      });
      total.setAttribute("aria-labelledby", "fp-total-" + n);
      totalText.setAttribute("id", "fp-total-" + n);
      var primary = (0, dom.el)(doc, "button", {
        type: "button",
        class: "fp-btn fp-primary",
        disabled: ""
      });
      var primaryKey = config.backgroundUpload ? "done" : "upload";
      binder.text(primary, primaryKey);
      if (!config.multiple) primary.setAttribute("hidden", "");
      var footer = (0, dom.el)(doc, "div", {
        class: "fp-footer",
        hidden: ""
      }, [ (0, dom.el)(doc, "div", {
        class: "fp-total"
      }, [ total, totalText ]), primary ]);
      if (!announcer) announcer = new Announcer(doc);
      var root = (0, dom.el)(doc, "div", {
        class: "fp-dialog"
      }, [ header, body, footer, announcer.node ]);
      var _loop_1 = function(s) {
        if (!Object.prototype.hasOwnProperty.call(tabs, s)) return "continue";
        listeners.on(tabs[s].button, "click", function() {
          view_select(tabs, s);
          if (onSelect) onSelect(s);
        });
      };
      for (var s in tabs) {
        _loop_1(s);
      }
      return {
        root: root,
        title: title,
        close: close,
        nav: nav,
        main: main,
        body: body,
        errors: errors,
        filesTitle: filesTitle,
        files: files,
        footer: footer,
        total: total,
        totalText: totalText,
        primary: primary,
        primaryKey: primaryKey,
        announcer: announcer,
        tabs: tabs
      };
    }
    function view_select(tabs, source) {
      for (var s in tabs) {
        if (!Object.prototype.hasOwnProperty.call(tabs, s)) continue;
        var on = s === source;
        tabs[s].button.setAttribute("aria-current", on ? "true" : "false");
        if (on) tabs[s].panel.removeAttribute("hidden"); else tabs[s].panel.setAttribute("hidden", "");
      }
    }
    var LEFT_OUT = "data-fp-left-out";
    function leaveOutTab_hide(button) {
      button.setAttribute("hidden", "");
      if (button.parentElement) button.parentElement.setAttribute("hidden", "");
    }
    function leaveOutTabs(view, doc, sources, reason, console) {
      if (!doc.documentElement.contains(view.root)) return;
      var out = sources.filter(function(s) {
        return view.tabs[s] && !view.tabs[s].button.hasAttribute(LEFT_OUT);
      });
      if (!out.length) return;
      if (console) console.warn(errors.H3 + "the dialog leaves out " + out.join(", ") + ": the server does not offer " + (out.length > 1 ? "them" : "it") + " (" + reason + ").");
      var shown = null;
      for (var i = 0; i < out.length; i++) {
        var tab = view.tabs[out[i]];
        tab.button.setAttribute(LEFT_OUT, "");
        leaveOutTab_hide(tab.button);
        if (!tab.panel.hasAttribute("hidden")) shown = tab.panel;
      }
      if (!shown) return;
      var hadFocus = shown.contains(doc.activeElement) || doc.activeElement === view.root;
      var next;
      for (var s in view.tabs) {
        if (!Object.prototype.hasOwnProperty.call(view.tabs, s) || view.tabs[s].button.hasAttribute(LEFT_OUT)) continue;
        if (!view.tabs[s].button.hasAttribute("hidden")) {
          next = s;
          break;
        }
        if (!next) next = s;
      }
      if (!next) return;
      view_select(view.tabs, next);
      if (hadFocus) view.tabs[next].button.focus();
    }
    function leaveOutTab(view, doc, source, reason, console) {
      leaveOutTabs(view, doc, [ source ], reason, console);
    }
    function holdTab(button) {
      button.setAttribute("data-fp-pending", "");
      leaveOutTab_hide(button);
    }
    function releaseTab(button) {
      if (!button.hasAttribute("data-fp-pending")) return;
      button.removeAttribute("data-fp-pending");
      if (button.hasAttribute(LEFT_OUT)) return;
      button.removeAttribute("hidden");
      if (button.parentElement) button.parentElement.removeAttribute("hidden");
    }
    function askOffered(view, doc, sources, cloud, console, onNone) {
      var tabs = sources.filter(function(s) {
        return !!services.JJ[s] && !!view.tabs[s];
      });
      if (!tabs.length) return;
      var names = [];
      for (var i = 0; i < tabs.length; i++) {
        if (names.indexOf(services.JJ[tabs[i]]) < 0) names.push(services.JJ[tabs[i]]);
        if (view.tabs[tabs[i]].panel.hasAttribute("hidden")) holdTab(view.tabs[tabs[i]].button);
      }
      var settle = function(offered) {
        var out = offered ? tabs.filter(function(s) {
          return offered.indexOf(services.JJ[s]) < 0;
        }) : [];
        if (out.length) leaveOutTabs(view, doc, out, "not enabled on its cloud API", console);
        for (var i = 0; i < tabs.length; i++) releaseTab(view.tabs[tabs[i]].button);
        if (onNone && out.length === tabs.length && tabs.length === Object.keys(view.tabs).length) onNone(names);
      };
      cloud.offered(names).then(settle, function() {
        return settle(null);
      });
    }
    var mimetypes = __webpack_require__(4379);
    function acceptsType(accept, file) {
      var mimes = accept.mimetypes || [];
      var exts = accept.extensions || [];
      if (!mimes.length && !exts.length) return true;
      var type = (0, mimetypes.PG)(file.type, file.name);
      for (var i = 0; i < mimes.length; i++) if ((0, mimetypes.mT)(type, mimes[i])) return true;
      for (var i = 0; i < exts.length; i++) if ((0, mimetypes.jm)(file.name, exts[i])) return true;
      return false;
    }
    function describeAccept(accept) {
      return (accept.mimetypes || []).concat(accept.extensions || []).join(", ");
    }
    function checkFile(config, file) {
      if (!acceptsType(config.accept, file)) return {
        reason: "type",
        key: "errorType",
        vars: {
          filename: file.name,
          types: describeAccept(config.accept)
        }
      };
      if (file.sizeUnknown) return null;
      if (config.maxSize !== undefined && file.size > config.maxSize) {
        return {
          reason: "size",
          key: "errorSize",
          vars: {
            filename: file.name,
            size: (0, dom.Xq)(file.size),
            max: (0, dom.Xq)(config.maxSize)
          }
        };
      }
      if (file.size === 0) return {
        reason: "empty",
        key: "errorEmpty",
        vars: {
          filename: file.name
        }
      };
      return null;
    }
    function admit(config, held, incoming) {
      var valid = [];
      var rejected = [];
      for (var i = 0; i < incoming.length; i++) {
        var r = checkFile(config, incoming[i]);
        if (r) rejected.push(r); else valid.push(incoming[i]);
      }
      var limit = config.multiple ? config.maxFiles !== undefined ? config.maxFiles : Infinity : 1;
      if (held + valid.length > limit) {
        rejected.push(config.multiple ? {
          reason: "count",
          key: "errorCount",
          vars: {
            max: limit,
            count: limit
          }
        } : {
          reason: "single",
          key: "errorSingle",
          vars: {}
        });
        return {
          accepted: [],
          rejected: rejected
        };
      }
      return {
        accepted: valid,
        rejected: rejected
      };
    }
    var nextId = 1;
    function fileEntry(file, client) {
      var size = file.size || 0;
      return {
        id: nextId++,
        client: client || "computer",
        file: file,
        name: file.name || "file",
        type: file.type || "",
        size: size,
        status: "waiting",
        loaded: 0,
        total: size
      };
    }
    function nameFromUrl(url) {
      var path = url.replace(/[?#].*$/, "").replace(/\/+$/, "");
      var last = path.slice(path.lastIndexOf("/") + 1);
      var name = last;
      try {
        name = decodeURIComponent(last);
      } catch (_e) {
        name = last;
      }
      return name && path.indexOf("/", path.indexOf("//") + 2) > 0 ? name : url;
    }
    function urlEntry(url) {
      return {
        id: nextId++,
        client: "url",
        url: url,
        name: nameFromUrl(url),
        type: "",
        size: 0,
        status: "waiting",
        loaded: 0,
        total: 0
      };
    }
    function sourceEntry(container, file) {
      return {
        id: nextId++,
        client: "customsource",
        source: {
          container: container,
          path: file.path
        },
        name: file.name,
        type: file.mimetype,
        size: file.size,
        status: "waiting",
        loaded: 0,
        total: file.size
      };
    }
    function cloudEntry(cloud, file, link, maxSize) {
      var ref = {
        cloud: cloud,
        path: file.path
      };
      if (maxSize !== undefined) ref.maxSize = maxSize;
      return {
        id: nextId++,
        client: cloud,
        cloud: ref,
        cloudLink: link,
        name: file.name,
        type: file.mimetype,
        size: file.size,
        status: "waiting",
        loaded: 0,
        total: file.size
      };
    }
    function countedBytes(e) {
      return e.status === "retrying" ? 0 : e.loaded;
    }
    function totals(entries) {
      var loaded = 0;
      var total = 0;
      var doneCount = 0;
      for (var i = 0; i < entries.length; i++) {
        var e = entries[i];
        if (e.status === "done") {
          doneCount++;
          var n = e.total || e.size || (e.result ? e.result.size : 0);
          loaded += n;
          total += n;
        } else {
          loaded += countedBytes(e);
          total += e.total;
        }
      }
      var percent = total > 0 ? Math.floor(loaded / total * 100) : 0;
      if (entries.length && doneCount === entries.length) percent = 100; else if (percent >= 100) percent = 99;
      return {
        loaded: loaded,
        total: total,
        percent: percent
      };
    }
    function percentOf(e) {
      if (e.status === "done") return 100;
      if (!e.total) return 0;
      return Math.min(99, Math.floor(countedBytes(e) / e.total * 100));
    }
    function allDone(entries) {
      if (!entries.length) return false;
      for (var i = 0; i < entries.length; i++) if (entries[i].status !== "done") return false;
      return true;
    }
    function anyNeedsCrop(entries) {
      for (var i = 0; i < entries.length; i++) if (entries[i].needsCrop) return true;
      return false;
    }
    function anyFailed(entries) {
      for (var i = 0; i < entries.length; i++) if (entries[i].status === "failed") return true;
      return false;
    }
    function editableEntry(config, convert, file, client) {
      var entry = fileEntry(file, client);
      if (convert && isEditable(file)) {
        entry.editable = true;
        if (config.crop && config.crop.force && !config.hide) entry.needsCrop = true;
      }
      return entry;
    }
    function fileIntake(config, convert, count, files, folderRefused, client) {
      var got = admit(config, count, files);
      var rejected = got.rejected.slice();
      if (folderRefused) rejected.unshift({
        reason: "type",
        key: "errorFolder",
        vars: {}
      });
      var entries = [];
      for (var i = 0; i < got.accepted.length; i++) entries.push(editableEntry(config, convert, got.accepted[i], client));
      return {
        entries: entries,
        rejected: rejected
      };
    }
    function sourceIntake(config, from, count, files) {
      var candidates = [];
      for (var i = 0; i < files.length; i++) candidates.push({
        name: files[i].name,
        type: files[i].mimetype,
        size: files[i].size,
        sizeUnknown: files[i].sizeUnknown,
        file: files[i]
      });
      var got = admit(config, count, candidates);
      var entries = [];
      for (var i = 0; i < got.accepted.length; i++) {
        var f = got.accepted[i].file;
        entries.push(typeof from === "string" ? sourceEntry(from, f) : cloudEntry(from.cloud, f, !config.cloudStore, f.sizeUnknown ? config.maxSize : undefined));
      }
      return {
        entries: entries,
        rejected: got.rejected
      };
    }
    function urlIntake(config, count, url) {
      var got = admit(config, count, [ {
        name: "",
        type: "",
        size: 1
      } ]);
      return {
        entries: got.accepted.length ? [ urlEntry(url) ] : [],
        rejected: got.rejected
      };
    }
    var thumbnail = __webpack_require__(5131);
    function iconCell(doc, entry) {
      var cell = (0, dom.el)(doc, "span", {
        class: "fp-file-icon"
      }, [ fileIcon(doc, entry.type, entry.name) ]);
      if (entry.file) {
        var alive = function() {
          return !!cell.parentNode && doc.documentElement.contains(cell);
        };
        void (0, thumbnail.H)(doc, entry.file, alive, function(canvas) {
          while (cell.firstChild) cell.removeChild(cell.firstChild);
          cell.appendChild(canvas);
        });
      }
      return cell;
    }
    function createRow(doc, binder, entry, removable) {
      var icon = iconCell(doc, entry);
      var name = (0, dom.el)(doc, "span", {
        class: "fp-file-name",
        title: entry.name
      }, [ entry.name ]);
      var size = (0, dom.el)(doc, "span", {
        class: "fp-file-size"
      }, [ entry.size ? (0, dom.Xq)(entry.size) : "" ]);
      var progress = (0, dom.el)(doc, "progress", {
        class: "fp-progress",
        max: "100",
        value: "0"
      });
      binder.attr(progress, "aria-label", "progressOf", {
        filename: entry.name
      });
      var status = (0, dom.el)(doc, "span", {
        class: "fp-file-status"
      });
      var retry = (0, dom.el)(doc, "button", {
        type: "button",
        class: "fp-btn fp-small fp-retry",
        hidden: ""
      });
      binder.text(retry, "retry");
      var edit;
      if (entry.editable) {
        edit = (0, dom.el)(doc, "button", {
          type: "button",
          class: "fp-btn fp-small fp-edit",
          hidden: ""
        });
        binder.text(edit, "edit");
        binder.attr(edit, "aria-label", "editFile", {
          filename: entry.name
        });
      }
      var remove = (0, dom.el)(doc, "button", {
        type: "button",
        class: "fp-btn fp-small fp-remove"
      }, [ "×" ]);
      binder.attr(remove, "aria-label", "removeFile", {
        filename: entry.name
      });
      if (!removable) remove.setAttribute("hidden", "");
      var li = (0, dom.el)(doc, "li", {
        class: "fp-file",
        "data-fp-id": String(entry.id)
      }, edit ? [ icon, name, size, progress, status, edit, retry, remove ] : [ icon, name, size, progress, status, retry, remove ]);
      var row = {
        li: li,
        status: status,
        progress: progress,
        retry: retry,
        remove: remove,
        edit: edit
      };
      updateRow(binder, row, entry, removable);
      return row;
    }
    function updateRow(binder, row, entry, removable) {
      var pct = percentOf(entry);
      var v = String(pct);
      if (row.progress.getAttribute("value") !== v) row.progress.setAttribute("value", v);
      switch (entry.status) {
       case "waiting":
        binder.text(row.status, "statusWaiting");
        break;

       case "preparing":
        binder.text(row.status, "statusPreparing");
        break;

       case "uploading":
        binder.text(row.status, "statusUploading", {
          percent: pct
        });
        break;

       case "retrying":
        binder.text(row.status, "statusRetrying", {
          seconds: entry.retry ? entry.retry.seconds : 0,
          attempt: entry.retry ? entry.retry.attempt : 1
        });
        break;

       case "done":
        binder.text(row.status, "statusDone");
        break;

       case "failed":
        if (entry.refused) binder.text(row.status, entry.refused.key, entry.refused.vars); else if (entry.error) binder.text(row.status, "statusFailed", {
          reason: entry.error
        }); else binder.text(row.status, "uploadFailed");
        break;
      }
      row.li.setAttribute("class", "fp-file fp-file-" + entry.status);
      if (entry.status === "failed" && !entry.refused) row.retry.removeAttribute("hidden"); else if (!row.retry.hasAttribute("hidden")) row.retry.setAttribute("hidden", "");
      if (row.edit) {
        var waits = removable || entry.status === "failed";
        if (entry.editable && waits && entry.status !== "preparing" && !entry.refused) row.edit.removeAttribute("hidden"); else if (!row.edit.hasAttribute("hidden")) row.edit.setAttribute("hidden", "");
      }
      var showRemove = removable || entry.status !== "done";
      if (showRemove) row.remove.removeAttribute("hidden"); else if (!row.remove.hasAttribute("hidden")) row.remove.setAttribute("hidden", "");
      (0, dom.c3)(row.remove, "×");
    }
    var rowWindow = __webpack_require__(5491);
    var GUESS = {
      row: 46,
      view: 400
    };
    var FileList = function() {
      function FileList(doc, binder, view, multiple, actions) {
        var _this = this;
        this.doc = doc;
        this.binder = binder;
        this.view = view;
        this.multiple = multiple;
        this.actions = actions;
        this.entries = [];
        this.rows = {};
        this.finishing = false;
        this.waitingShown = false;
        this.win = new rowWindow.fg(view.files, view.main, {
          count: function() {
            return _this.entries.length;
          },
          row: function(i) {
            return _this.rowAt(i);
          },
          dropped: function(_i, li) {
            delete _this.rows[Number(li.getAttribute("data-fp-id"))];
          },
          pinned: function() {
            return [ 0, _this.entries.length - 1, _this.focusedIndex() ];
          },
          spacer: function() {
            return (0, dom.el)(doc, "li", {
              class: "fp-files-gap"
            });
          }
        }, GUESS);
        view.main.addEventListener("scroll", function() {
          return _this.win.onScroll();
        });
        view.files.addEventListener("focusin", function() {
          return _this.win.onScroll();
        });
        view.files.addEventListener("keydown", function(ev) {
          if (ev.key === "Tab") _this.nextRowFor(ev.shiftKey);
        });
        view.files.addEventListener("click", function(ev) {
          var n = ev.target;
          var button = null;
          while (n && n !== view.files) {
            if (n.tagName === "BUTTON") button = n;
            if (n.tagName === "LI") break;
            n = n.parentElement;
          }
          if (!n || !button || n === view.files) return;
          var id = Number(n.getAttribute("data-fp-id"));
          var entry = _this.find(id);
          if (!entry) return;
          if (button === _this.rows[id].retry) _this.actions.retry(entry); else if (button === _this.rows[id].remove) _this.actions.remove(entry); else if (_this.rows[id].edit && button === _this.rows[id].edit) _this.actions.edit(entry);
        });
      }
      FileList.prototype.editButton = function(entry) {
        var i = this.entries.indexOf(entry);
        if (i >= 0 && !this.rows[entry.id]) this.win.reveal(i);
        var row = this.rows[entry.id];
        return row && row.edit && !row.edit.hasAttribute("hidden") ? row.edit : null;
      };
      FileList.prototype.has = function(entry) {
        return this.entries.indexOf(entry) >= 0;
      };
      FileList.prototype.find = function(id) {
        for (var i = 0; i < this.entries.length; i++) if (this.entries[i].id === id) return this.entries[i];
        return undefined;
      };
      FileList.prototype.add = function(entries) {
        for (var i = 0; i < entries.length; i++) this.entries.push(entries[i]);
        this.refreshChrome();
        this.win.render();
        this.renumber();
      };
      FileList.prototype.remove = function(entry, focusAfter) {
        var i = this.entries.indexOf(entry);
        if (i < 0) return;
        var row = this.rows[entry.id];
        var hadFocus = !!row && row.li.contains(this.doc.activeElement);
        this.entries.splice(i, 1);
        this.win.removeAt(i);
        if (hadFocus) focusAfter.focus();
        this.refreshChrome();
        this.renumber();
      };
      FileList.prototype.rowAt = function(i) {
        var entry = this.entries[i];
        var row = createRow(this.doc, this.binder, entry, this.multiple);
        this.rows[entry.id] = row;
        row.li.setAttribute("aria-posinset", String(i + 1));
        row.li.setAttribute("aria-setsize", String(this.entries.length));
        return row.li;
      };
      FileList.prototype.renumber = function() {
        var size = String(this.entries.length);
        var shown = this.win.renderedIndices();
        for (var k = 0; k < shown.length; k++) {
          var li = this.win.element(shown[k]);
          if (li.getAttribute("aria-setsize") !== size) li.setAttribute("aria-setsize", size);
          li.setAttribute("aria-posinset", String(shown[k] + 1));
        }
      };
      FileList.prototype.nextRowFor = function(back) {
        var i = this.focusedIndex();
        if (i < 0) return;
        var to = back ? i - 1 : i + 1;
        if (to >= 0 && to < this.entries.length && !this.win.has(to)) this.win.reveal(to);
      };
      FileList.prototype.focusedIndex = function() {
        var n = this.doc.activeElement;
        while (n && n !== this.view.files && n.tagName !== "LI") n = n.parentElement;
        if (!n || n === this.view.files || !this.view.files.contains(n)) return -1;
        var id = Number(n.getAttribute("data-fp-id"));
        for (var i = 0; i < this.entries.length; i++) if (this.entries[i].id === id) return i;
        return -1;
      };
      FileList.prototype.update = function(entry, patch) {
        var from = patch;
        var to = entry;
        for (var k in from) if (Object.prototype.hasOwnProperty.call(from, k)) to[k] = from[k];
        var row = this.rows[entry.id];
        if (row) updateRow(this.binder, row, entry, this.multiple);
        this.refreshChrome();
      };
      FileList.prototype.progress = function(entry, loaded, total) {
        this.update(entry, {
          status: "uploading",
          retry: undefined,
          loaded: Math.max(entry.loaded, loaded),
          total: total || entry.total
        });
        var pct = percentOf(entry);
        this.view.announcer.say(String(entry.id), this.binder.t("announceProgress", {
          filename: entry.name,
          percent: pct
        }));
      };
      FileList.prototype.stored = function(entry, file) {
        var size = entry.total || file.size || 0;
        this.update(entry, {
          status: "done",
          result: file,
          loaded: size,
          total: size,
          size: entry.size || file.size || 0,
          type: entry.type || file.mimetype || ""
        });
        if (allDone(this.entries) && this.entries.length > 1) this.view.announcer.say(String(entry.id), this.binder.t("announceAllDone"), true); else this.view.announcer.say(String(entry.id), this.binder.t("announceDone", {
          filename: entry.name
        }), true);
      };
      FileList.prototype.failed = function(entry, reason) {
        this.finishing = false;
        this.update(entry, {
          status: "failed",
          error: reason || undefined,
          refused: undefined
        });
        this.view.announcer.say(String(entry.id), this.binder.t("announceFailed", {
          filename: entry.name,
          reason: reason || this.binder.t("uploadFailed")
        }), true);
      };
      FileList.prototype.refused = function(entry, why) {
        this.finishing = false;
        this.update(entry, {
          status: "failed",
          error: undefined,
          refused: why
        });
        this.view.announcer.say(String(entry.id), this.binder.t("announceFailed", {
          filename: entry.name,
          reason: this.binder.t(why.key, why.vars)
        }), true);
      };
      FileList.prototype.showErrors = function(rejected) {
        var ul = this.view.errors;
        while (ul.firstChild) ul.removeChild(ul.firstChild);
        if (!rejected.length) {
          ul.setAttribute("hidden", "");
          return;
        }
        var texts = [];
        for (var i = 0; i < rejected.length; i++) {
          var li = (0, dom.el)(this.doc, "li");
          this.binder.text(li, rejected[i].key, rejected[i].vars);
          texts.push(li.textContent || "");
          ul.appendChild(li);
        }
        ul.removeAttribute("hidden");
        this.view.announcer.say("errors", texts.join(" "), true);
      };
      FileList.prototype.canFinish = function() {
        return this.entries.length > 0 && !anyFailed(this.entries) && !anyNeedsCrop(this.entries) && !this.finishing;
      };
      FileList.prototype.allDone = function() {
        return allDone(this.entries);
      };
      FileList.prototype.setFinishing = function() {
        this.finishing = true;
        this.refreshChrome();
        if (this.waitingShown) this.view.announcer.say("finish", this.binder.t("waitingForUploads"), true);
      };
      FileList.prototype.refreshChrome = function() {
        var v = this.view;
        var some = this.entries.length > 0;
        toggle(v.filesTitle, some);
        toggle(v.footer, some && !v.root.hasAttribute("data-fp-editing"));
        var t = totals(this.entries);
        var val = String(t.percent);
        if (v.total.getAttribute("value") !== val) {
          v.total.setAttribute("value", val);
          this.binder.text(v.totalText, "totalProgress", {
            percent: t.percent
          });
        }
        var enabled = this.canFinish();
        if (enabled) v.primary.removeAttribute("disabled"); else if (!v.primary.hasAttribute("disabled")) v.primary.setAttribute("disabled", "");
        var waiting = this.multiple && this.finishing && !allDone(this.entries);
        if (waiting !== this.waitingShown) {
          this.waitingShown = waiting;
          this.binder.text(v.primary, waiting ? "waitingForUploads" : v.primaryKey);
        }
      };
      return FileList;
    }();
    function toggle(node, show) {
      if (show) node.removeAttribute("hidden"); else if (!node.hasAttribute("hidden")) node.setAttribute("hidden", "");
    }
    var tslib_es6 = __webpack_require__(1635);
    function prepareChunks() {
      if (false) {}
      var base = (0, registry.ig)();
      if (!base) return false;
      __webpack_require__.p = base;
      return true;
    }
    var LazyTab = function() {
      function LazyTab(o) {
        this.o = o;
        this.noteNode = (0, dom.el)(o.doc, "p", {
          class: "fp-hint fp-cs-note"
        });
        o.binder.text(this.noteNode, o.note);
        this.mount = (0, dom.el)(o.doc, "div", {
          class: "fp-panel " + o.className
        }, [ this.noteNode ]);
      }
      Object.defineProperty(LazyTab.prototype, "enabled", {
        get: function() {
          return this.o.enabled;
        },
        enumerable: false,
        configurable: true
      });
      LazyTab.prototype.load = function(focus, root) {
        var _this = this;
        var o = this.o;
        if (this.loading || !o.enabled) return;
        var chunk = prepareChunks() ? o.load() : Promise.reject(new Error("no script folder"));
        this.loading = chunk.then(function(build) {
          if (!o.alive()) return;
          (0, dom.bf)(_this.noteNode);
          var panel = build(_this.mount);
          _this.panel = panel;
          var active = o.doc.activeElement;
          if (focus && !_this.mount.hasAttribute("hidden") && (active === root || active === o.doc.body)) panel.focus();
        }, function() {
          if (!o.alive()) return;
          _this.loading = undefined;
          o.binder.text(_this.noteNode, o.failed);
        });
      };
      LazyTab.prototype.destroy = function() {
        if (this.panel) this.panel.destroy();
      };
      return LazyTab;
    }();
    var CustomTab = function(_super) {
      (0, tslib_es6.C6)(CustomTab, _super);
      function CustomTab(o) {
        var alive = o.alive, deps = (0, tslib_es6.Tt)(o, [ "alive" ]);
        return _super.call(this, {
          doc: o.doc,
          binder: o.binder,
          className: "fp-cs",
          alive: alive,
          enabled: !!o.config.customSourceContainer,
          note: o.config.customSourceContainer ? "customLoading" : "customNotConfigured",
          failed: "customLoadFailed",
          load: function() {
            return Promise.all([ __webpack_require__.e(421), __webpack_require__.e(713) ]).then(__webpack_require__.bind(__webpack_require__, 7582)).then(function(m) {
              return function(mount) {
                return new m.CustomSourcePanel((0, tslib_es6.Cl)((0, tslib_es6.Cl)({}, deps), {
                  mount: mount
                }));
              };
            });
          }
        }) || this;
      }
      return CustomTab;
    }(LazyTab);
    var CloudTab = function(_super) {
      (0, tslib_es6.C6)(CloudTab, _super);
      function CloudTab(o) {
        var alive = o.alive, deps = (0, tslib_es6.Tt)(o, [ "alive" ]);
        return _super.call(this, {
          doc: o.doc,
          binder: o.binder,
          className: "fp-cloud",
          alive: alive,
          enabled: true,
          note: "customLoading",
          failed: "customLoadFailed",
          load: function() {
            return Promise.all([ __webpack_require__.e(421), __webpack_require__.e(74) ]).then(__webpack_require__.bind(__webpack_require__, 1850)).then(function(m) {
              return function(mount) {
                return new m.CloudPanel((0, tslib_es6.Cl)((0, tslib_es6.Cl)({}, deps), {
                  mount: mount
                }));
              };
            });
          }
        }) || this;
      }
      return CloudTab;
    }(LazyTab);
    var MEDIA_SOURCES = [ "WEBCAM", "VIDEO", "AUDIO" ];
    var loaded;
    function loadMedia() {
      if (!loaded) {
        prepareChunks();
        loaded = __webpack_require__.e(582).then(__webpack_require__.bind(__webpack_require__, 545));
        loaded.then(null, function() {
          loaded = undefined;
        });
      }
      return loaded;
    }
    var MediaTabs = function() {
      function MediaTabs(o) {
        this.o = o;
        this.panels = {};
        this.sources = {};
        this.current = "";
        this.destroyed = false;
      }
      MediaTabs.prototype.placeholder = function(service) {
        var doc = this.o.doc;
        var line = (0, dom.el)(doc, "p", {
          class: "fp-media-loading",
          tabindex: "-1"
        });
        this.o.binder.text(line, "mediaLoading");
        var panel = (0, dom.el)(doc, "div", {
          class: "fp-panel fp-media-panel",
          "aria-busy": "true"
        }, [ line ]);
        this.panels[service] = panel;
        return panel;
      };
      MediaTabs.prototype.show = function(service, takeFocus) {
        var _this = this;
        if (this.destroyed) return;
        this.current = service;
        for (var s in this.sources) if (Object.prototype.hasOwnProperty.call(this.sources, s) && s !== service) this.sources[s].deactivate();
        var panel = this.panels[service];
        if (!panel) return;
        if (this.sources[service]) {
          this.sources[service].activate();
          return;
        }
        if (takeFocus) panel.firstChild.focus();
        loadMedia().then(function(mod) {
          if (_this.destroyed || _this.sources[service]) return;
          var o = _this.o;
          var source = mod.createMediaSource(service, {
            doc: o.doc,
            win: o.win,
            config: o.config,
            binder: o.binder,
            announcer: o.announcer,
            onFile: o.onFile
          });
          var hadFocus = panel.contains(o.doc.activeElement);
          while (panel.firstChild) (0, dom.bf)(panel.firstChild);
          panel.removeAttribute("aria-busy");
          panel.appendChild(source.root);
          _this.sources[service] = source;
          if (_this.current === service) {
            source.activate();
            if (hadFocus) source.focus();
          }
        }, function() {
          if (_this.destroyed) return;
          var line = panel.firstChild;
          panel.removeAttribute("aria-busy");
          _this.o.binder.text(line, "mediaLoadFailed");
          if (_this.current === service) _this.o.announcer.say("media", _this.o.binder.t("mediaLoadFailed"), true);
        });
      };
      MediaTabs.prototype.destroy = function() {
        this.destroyed = true;
        for (var s in this.sources) if (Object.prototype.hasOwnProperty.call(this.sources, s)) this.sources[s].destroy();
        this.sources = {};
      };
      return MediaTabs;
    }();
    function toArray(list) {
      var out = [];
      if (list) for (var i = 0; i < list.length; i++) out.push(list[i]);
      return out;
    }
    function acceptAttribute(accept) {
      var parts = [];
      var m = accept.mimetypes || [];
      for (var i = 0; i < m.length; i++) if (m[i] !== "*/*") parts.push(m[i]);
      var x = accept.extensions || [];
      for (var i = 0; i < x.length; i++) parts.push(x[i].charAt(0) === "." ? x[i] : "." + x[i]);
      return parts.join(",");
    }
    function computerPanel(doc, config, binder, listeners, onFiles) {
      var input = (0, dom.el)(doc, "input", {
        type: "file",
        class: "fp-file-input",
        hidden: "",
        tabindex: "-1"
      });
      var accept = acceptAttribute(config.accept);
      if (accept) input.setAttribute("accept", accept);
      if (config.multiple) input.multiple = true;
      var dropText = (0, dom.el)(doc, "span", {
        class: "fp-drop-text"
      });
      binder.text(dropText, config.multiple ? "dropMultiple" : "dropSingle");
      var drop = (0, dom.el)(doc, "button", {
        type: "button",
        class: "fp-drop"
      }, [ dropText ]);
      var hints = [];
      function hint(key, vars) {
        var p = (0, dom.el)(doc, "span", {
          class: "fp-hint"
        });
        binder.text(p, key, vars);
        hints.push(p);
      }
      var types = describeAccept(config.accept);
      if (types && types !== "*/*") hint("acceptedTypes", {
        types: types
      });
      if (config.maxSize !== undefined) hint("maxSizeHint", {
        size: (0, dom.Xq)(config.maxSize)
      });
      if (config.multiple && config.maxFiles !== undefined) hint("maxFilesHint", {
        count: config.maxFiles
      });
      hint("pasteHint");
      for (var i = 0; i < hints.length; i++) drop.appendChild(hints[i]);
      var panel = (0, dom.el)(doc, "div", {
        class: "fp-panel fp-panel-computer"
      }, [ drop, input ]);
      listeners.on(drop, "click", function() {
        input.click();
      });
      listeners.on(input, "change", function() {
        var files = toArray(input.files);
        input.value = "";
        if (files.length) onFiles(files);
      });
      var out = {
        panel: panel,
        drop: drop,
        input: input
      };
      if (config.folders && config.multiple) {
        var folderInput_1 = (0, dom.el)(doc, "input", {
          type: "file",
          class: "fp-file-input",
          hidden: "",
          tabindex: "-1",
          webkitdirectory: "",
          directory: ""
        });
        folderInput_1.multiple = true;
        var folderBtn = (0, dom.el)(doc, "button", {
          type: "button",
          class: "fp-btn fp-folder"
        });
        binder.text(folderBtn, "chooseFolder");
        panel.appendChild((0, dom.el)(doc, "div", {
          class: "fp-row"
        }, [ folderBtn, folderInput_1 ]));
        listeners.on(folderBtn, "click", function() {
          folderInput_1.click();
        });
        listeners.on(folderInput_1, "change", function() {
          var files = toArray(folderInput_1.files);
          folderInput_1.value = "";
          if (files.length) onFiles(files);
        });
        out.folderInput = folderInput_1;
      }
      return out;
    }
    var url_counter = 0;
    function isFetchableUrl(text) {
      return /^https?:\/\/[^\s/?#]+[^\s]*$/i.test(text);
    }
    function urlPanel(doc, binder, listeners, onUrl, onInvalid) {
      var id = "fp-url-" + ++url_counter;
      var label = (0, dom.el)(doc, "label", {
        class: "fp-label",
        for: id
      });
      binder.text(label, "urlLabel");
      var input = (0, dom.el)(doc, "input", {
        type: "url",
        id: id,
        class: "fp-input",
        autocomplete: "url",
        placeholder: "https://",
        spellcheck: "false"
      });
      var submit = (0, dom.el)(doc, "button", {
        type: "submit",
        class: "fp-btn"
      });
      binder.text(submit, "urlSubmit");
      var form = (0, dom.el)(doc, "form", {
        class: "fp-url-form",
        novalidate: ""
      }, [ label, (0, dom.el)(doc, "div", {
        class: "fp-row"
      }, [ input, submit ]) ]);
      listeners.on(form, "submit", function(e) {
        e.preventDefault();
        var text = input.value.replace(/^\s+|\s+$/g, "");
        if (!isFetchableUrl(text)) {
          input.setAttribute("aria-invalid", "true");
          onInvalid();
          return;
        }
        input.removeAttribute("aria-invalid");
        input.value = "";
        onUrl(text);
      });
      return {
        panel: (0, dom.el)(doc, "div", {
          class: "fp-panel"
        }, [ form ]),
        input: input
      };
    }
    var retryPolicy = __webpack_require__(4743);
    function hasImageOptions(opts) {
      return !!opts && (opts.quality !== undefined || !!opts.dim || !!opts.max || !!opts.min);
    }
    var failure = __webpack_require__(7838);
    function isRefusal(err) {
      return (0, errors.TX)(err) && err.status >= 400 && err.status < 500 && !(0, retryPolicy.PS)(err.status);
    }
    function messageOf(e) {
      var m = String(e && e.message || e || "");
      return m.indexOf(errors.H3) === 0 ? m.slice(errors.H3.length) : m;
    }
    function reasonOf(binder, entry, err) {
      if ((0, errors.zf)(err)) return "";
      return entry.cloud ? (0, failure.k)(binder, services.vD[entry.client] || entry.cloud.cloud, err, messageOf) : messageOf(err);
    }
    function resizeLater(file, image, doc) {
      return Promise.all([ __webpack_require__.e(804), __webpack_require__.e(414) ]).then(__webpack_require__.bind(__webpack_require__, 6750)).then(function(m) {
        return m.prepareImage(file, image, doc);
      }, function() {
        return file;
      });
    }
    var Uploads = function() {
      function Uploads(batch, list, report, policy, image, doc, binder) {
        this.list = list;
        this.report = report;
        this.policy = policy;
        this.image = image;
        this.doc = doc;
        this.binder = binder;
        this.batch = batch;
      }
      Uploads.prototype.track = function(entries) {
        for (var i = 0; i < entries.length; i++) {
          var e = entries[i];
          e.item = this.batch.add(this.sourceOf(e), {
            client: e.client,
            editable: e.editable
          }, this.eventsOf(e));
        }
      };
      Uploads.prototype.pump = function() {
        if (!this.policy.canStart()) return;
        var entries = this.list.entries;
        for (var i = 0; i < entries.length; i++) {
          var e = entries[i];
          if (e.status === "waiting" && !e.needsCrop && e.item) this.batch.start(e.item);
        }
      };
      Uploads.prototype.retry = function(entry) {
        if (entry.status !== "failed" || entry.refused || !this.report.open) return;
        this.list.update(entry, {
          status: "waiting",
          error: undefined,
          loaded: 0
        });
        if (this.policy.canStart()) this.pump(); else if (entry.item) this.batch.start(entry.item);
      };
      Uploads.prototype.remove = function(entry) {
        if (entry.item) this.batch.remove(entry.item);
      };
      Uploads.prototype.edited = function(entry, result) {
        if (entry.item) this.batch.replace(entry.item, result.file, result.changes);
        var size = result.file.size || 0;
        this.list.update(entry, {
          file: result.file,
          size: size,
          total: size,
          loaded: 0,
          status: "waiting",
          result: undefined,
          error: undefined,
          refused: undefined,
          retry: undefined,
          needsCrop: false,
          edits: result.changes
        });
      };
      Uploads.prototype.result = function() {
        return this.batch.result();
      };
      Uploads.prototype.end = function(delivered) {
        this.batch.end(delivered);
      };
      Uploads.prototype.sourceOf = function(e) {
        if (e.client === "url") return {
          kind: "url",
          url: e.url
        };
        if (e.client === "customsource") return {
          kind: "source",
          source: e.source
        };
        if (e.cloud) return {
          kind: "cloud",
          file: e.cloud,
          link: !!e.cloudLink
        };
        var image = this.image;
        var doc = this.doc;
        var prepare = (e.client === "computer" || e.client === "webcam") && hasImageOptions(image);
        return {
          kind: "file",
          file: e.file,
          prepare: prepare ? function(f) {
            return resizeLater(f, image, doc);
          } : undefined
        };
      };
      Uploads.prototype.eventsOf = function(entry) {
        var _this = this;
        var list = this.list;
        return {
          onStart: function(preparing) {
            list.update(entry, {
              status: preparing ? "preparing" : "uploading",
              loaded: 0,
              error: undefined,
              retry: undefined
            });
          },
          onUpload: function(src) {
            if (src && src !== entry.file) list.update(entry, {
              total: src.size
            });
            list.update(entry, {
              status: "uploading"
            });
          },
          onProgress: function(p) {
            list.progress(entry, p.loaded, p.total);
            if (entry.client !== "url") _this.report.progress(entry);
          },
          onRetry: function(attempt, waitMs) {
            list.update(entry, {
              status: "retrying",
              retry: {
                attempt: attempt,
                seconds: Math.max(1, Math.ceil(waitMs / 1e3))
              }
            });
          },
          onStored: function(stored) {
            list.stored(entry, stored);
            if (entry.client === "url") _this.report.progress(entry);
            _this.policy.stored();
          },
          onFailed: function(err, refused) {
            if (refused || _this.policy.hidden()) {
              _this.policy.fail(err instanceof Error ? err : new Error(errors.H3 + messageOf(err)));
              return;
            }
            if (isRefusal(err)) {
              list.refused(entry, (0, failure.O)(entry.name, err));
              _this.policy.refused(err);
              return;
            }
            list.failed(entry, reasonOf(_this.binder, entry, err));
            _this.policy.failed();
          }
        };
      };
      return Uploads;
    }();
    function buildSourcePanels(d, sources, act) {
      var out = {
        panels: {},
        lazy: {}
      };
      var _loop_1 = function(i) {
        var s = sources[i];
        if (MEDIA_SOURCES.indexOf(s) >= 0) {
          if (!out.media) {
            out.media = new MediaTabs({
              doc: d.doc,
              win: d.win,
              config: d.config,
              binder: d.binder,
              announcer: d.announcer,
              onFile: function(file, client) {
                act.files([ file ], client);
              }
            });
          }
          out.panels[s] = out.media.placeholder(s);
        } else if (s === "COMPUTER") {
          out.computer = computerPanel(d.doc, d.config, d.binder, d.listeners, function(files) {
            act.files(files);
          });
          out.panels.COMPUTER = out.computer.panel;
        } else if (s === "URL") {
          out.panels.URL = urlPanel(d.doc, d.binder, d.listeners, function(url) {
            act.url(url);
          }, function() {
            act.invalidUrl();
          }).panel;
        } else if (s === "CUSTOMSOURCE") {
          out.lazy.CUSTOMSOURCE = new CustomTab({
            doc: d.doc,
            win: d.win,
            config: d.config,
            binder: d.binder,
            listeners: d.listeners,
            uploader: d.uploader,
            announcer: d.announcer,
            messageOf: messageOf,
            onPick: function(files) {
              return act.sourceFiles(files);
            },
            alive: act.alive
          });
          out.panels.CUSTOMSOURCE = out.lazy.CUSTOMSOURCE.mount;
        } else if (services.JJ[s]) {
          var cloud_1 = services.JJ[s];
          out.lazy[s] = new CloudTab({
            doc: d.doc,
            win: d.win,
            config: d.config,
            binder: d.binder,
            listeners: d.listeners,
            uploader: d.uploader,
            announcer: d.announcer,
            messageOf: messageOf,
            cloud: cloud_1,
            label: services.vD[cloud_1],
            onPick: function(files) {
              return act.cloudFiles(cloud_1, files);
            },
            unavailable: function(reason) {
              return act.cloudUnavailable(s, reason);
            },
            onFolder: d.config.folderMode ? function(folder) {
              return act.cloudFolder(cloud_1, folder);
            } : undefined,
            alive: act.alive
          });
          out.panels[s] = out.lazy[s].mount;
        }
      };
      for (var i = 0; i < sources.length; i++) {
        _loop_1(i);
      }
      return out;
    }
    var picker_focus = __webpack_require__(1975);
    function walk(entry, out) {
      if (entry.isFile && entry.file) {
        return new Promise(function(resolve) {
          entry.file(function(f) {
            out.push(f);
            resolve();
          }, function() {
            resolve();
          });
        });
      }
      if (!entry.isDirectory || !entry.createReader) return Promise.resolve();
      var reader = entry.createReader();
      return new Promise(function(resolve) {
        var children = [];
        function next() {
          reader.readEntries(function(batch) {
            if (!batch.length) {
              var chain = Promise.resolve();
              var _loop_1 = function(i) {
                var c = children[i];
                chain = chain.then(function() {
                  return walk(c, out);
                });
              };
              for (var i = 0; i < children.length; i++) {
                _loop_1(i);
              }
              chain.then(function() {
                resolve();
              }, function() {
                resolve();
              });
              return;
            }
            for (var i = 0; i < batch.length; i++) children.push(batch[i]);
            next();
          }, function() {
            resolve();
          });
        }
        next();
      });
    }
    function dropped_toArray(list) {
      var out = [];
      if (list) for (var i = 0; i < list.length; i++) out.push(list[i]);
      return out;
    }
    function collectFromTransfer(dt, allowFolders) {
      if (!dt) return Promise.resolve({
        files: [],
        folderRefused: false
      });
      var items = dropped_toArray(dt.items);
      var entries = [];
      var hasEntries = false;
      for (var i = 0; i < items.length; i++) {
        var it = items[i];
        if (it.kind !== "file" || typeof it.webkitGetAsEntry !== "function") continue;
        hasEntries = true;
        var entry = it.webkitGetAsEntry();
        if (entry) entries.push(entry);
      }
      var hasFolder = false;
      for (var i = 0; i < entries.length; i++) if (entries[i].isDirectory) hasFolder = true;
      if (!hasEntries || !hasFolder) return Promise.resolve({
        files: dropped_toArray(dt.files),
        folderRefused: false
      });
      if (!allowFolders) {
        var files = [];
        var all = dropped_toArray(dt.files);
        for (var i = 0; i < entries.length; i++) if (entries[i].isFile) for (var j = 0; j < all.length; j++) if (all[j].name === entries[i].name) files.push(all[j]);
        return Promise.resolve({
          files: files,
          folderRefused: true
        });
      }
      var out = [];
      var chain = Promise.resolve();
      var _loop_2 = function(i) {
        var e = entries[i];
        chain = chain.then(function() {
          return walk(e, out);
        });
      };
      for (var i = 0; i < entries.length; i++) {
        _loop_2(i);
      }
      return chain.then(function() {
        return {
          files: out,
          folderRefused: false
        };
      });
    }
    function listenForDrops(host, root, listeners, allowFolders, onFiles) {
      var target = host.dropTarget;
      function over(e) {
        e.preventDefault();
        if (e.dataTransfer) e.dataTransfer.dropEffect = "copy";
        root.classList.add("fp-dragover");
      }
      listeners.on(target, "dragenter", over);
      listeners.on(target, "dragover", over);
      listeners.on(target, "dragleave", function(e) {
        if (!e.relatedTarget || !target.contains(e.relatedTarget)) root.classList.remove("fp-dragover");
      });
      listeners.on(target, "drop", function(e) {
        e.preventDefault();
        root.classList.remove("fp-dragover");
        void collectFromTransfer(e.dataTransfer, allowFolders).then(function(got) {
          onFiles(got.files, got.folderRefused);
        });
      });
      listeners.on(host.doc, "paste", function(e) {
        var files = e.clipboardData && e.clipboardData.files;
        if (!files || !files.length) return;
        e.preventDefault();
        var out = [];
        for (var i = 0; i < files.length; i++) out.push(files[i]);
        onFiles(out, false);
      });
    }
    function wireChrome(host, view, L, config, parts, act) {
      L.on(view.close, "click", function() {
        act.close();
      });
      L.on(view.primary, "click", function() {
        act.finish();
      });
      var overlay = host.overlay;
      if (overlay) {
        var downOnBackdrop_1 = false;
        L.on(overlay, "mousedown", function(e) {
          downOnBackdrop_1 = e.target === overlay;
        });
        L.on(overlay, "click", function(e) {
          if (e.target === overlay && downOnBackdrop_1) act.close();
          downOnBackdrop_1 = false;
        });
      }
      if (parts.computer) {
        listenForDrops(host, view.root, L, config.folders && config.multiple, act.drop);
      }
      L.on(host.win, "beforeunload", function() {
        if (host.kind === "window") act.close();
      });
      var _loop_1 = function(s) {
        var tab = parts.lazy[s];
        if (Object.prototype.hasOwnProperty.call(parts.lazy, s) && view.tabs[s]) {
          L.on(view.tabs[s].button, "click", function() {
            tab.load(false, view.root);
          });
        }
      };
      for (var s in parts.lazy) {
        _loop_1(s);
      }
    }
    function focusFirst(host, view, config, parts, first, modal) {
      if (host.kind === "window") host.win.focus();
      var tab = view.tabs[first];
      var lazy = Object.prototype.hasOwnProperty.call(parts.lazy, first) ? parts.lazy[first] : undefined;
      if (lazy && lazy.enabled) {
        modal.show(view.root);
        lazy.load(true, view.root);
        return;
      }
      var target = first === "COMPUTER" && parts.computer ? parts.computer.drop : (0, 
      picker_focus.C)(tab.panel)[0] || view.close;
      modal.show(parts.media && MEDIA_SOURCES.indexOf(first) >= 0 && tab.panel.contains(host.doc.activeElement) ? null : target);
    }
    var Modal = __webpack_require__(3882);
    var Report = function() {
      function Report(callbacks) {
        this.callbacks = callbacks;
        this.closed = false;
      }
      Report.prototype.progress = function(entry) {
        if (this.closed || !this.callbacks.onProgress) return;
        this.callbacks.onProgress({
          filename: entry.name,
          mimetype: entry.type,
          size: entry.size,
          loaded: entry.loaded,
          total: entry.total
        });
      };
      Report.prototype.done = function(files) {
        if (this.close()) this.callbacks.onDone(files);
      };
      Report.prototype.folder = function(folder) {
        if (!this.close()) return;
        if (this.callbacks.onFolder) this.callbacks.onFolder(folder); else this.callbacks.onError(new Error("the dialog chose a folder, but its caller takes no folder (onFolder)"));
      };
      Report.prototype.cancel = function() {
        if (this.close()) this.callbacks.onCancel();
      };
      Report.prototype.error = function(error) {
        if (this.close()) this.callbacks.onError(error);
      };
      Object.defineProperty(Report.prototype, "open", {
        get: function() {
          return !this.closed;
        },
        enumerable: false,
        configurable: true
      });
      Report.prototype.close = function() {
        if (this.closed) return false;
        this.closed = true;
        return true;
      };
      return Report;
    }();
    function consoleOf(win) {
      return win.console;
    }
    var Session = function() {
      function Session(env, config, store, uploader, callbacks, queue) {
        var _this = this;
        this.env = env;
        this.config = config;
        this.uploader = uploader;
        this.ended = false;
        this.finishing = false;
        this.hidden = false;
        this.parts = {
          panels: {},
          lazy: {}
        };
        this.listeners = new dom.qR;
        this.cleanups = [];
        this.convert = false;
        this.report = new Report(callbacks);
        var plan = (0, services._K)(config);
        var console = consoleOf(env.window);
        var warnings = (0, services.bH)(plan.unsupported).concat((0, services.fl)(plan.needConvert));
        for (var i = 0; i < warnings.length; i++) if (console) console.warn(warnings[i]);
        this.convert = plan.convert || !!config.editFile;
        var nav = env.window.navigator;
        var lang = (0, languages.py)(config.language, nav && (nav.language || nav.userLanguage));
        this.binder = new binder.I(new translator.rk((0, registry.JK)(lang), undefined, lang));
        this.previousFocus = env.document.activeElement;
        try {
          this.host = openHost(config.container, env.document, env.window, this.binder.t(config.folderMode ? "chooseFolder" : config.multiple ? "titleMultiple" : "titleSingle"), function() {
            _this.userClose();
          });
        } catch (e) {
          if (e.name === "ValidationError") throw e;
          this.ended = true;
          env.window.setTimeout(function() {
            _this.report.error(e);
          }, 0);
          return;
        }
        var warn = function(message) {
          return void (console && console.warn(message));
        };
        this.build(plan.sources, plan.first, lang, queue.batch(uploader, store, warn));
      }
      Session.prototype.build = function(sources, first, lang, batch) {
        var _this = this;
        var host = this.host;
        var doc = host.doc;
        var config = this.config;
        this.cleanups.push((0, styles.ZM)(doc));
        if (config.customCss) this.cleanups.push((0, styles.QF)(doc, config.customCss));
        var announcer = new Announcer(doc);
        var parts = buildSourcePanels({
          doc: doc,
          win: host.win,
          config: config,
          binder: this.binder,
          listeners: this.listeners,
          announcer: announcer,
          uploader: this.uploader
        }, sources, {
          files: function(files, client) {
            return _this.addFiles(files, false, client);
          },
          url: function(url) {
            return _this.addUrl(url);
          },
          invalidUrl: function() {
            return _this.showErrors([ {
              reason: "type",
              key: "urlInvalid",
              vars: {}
            } ]);
          },
          sourceFiles: function(files) {
            return _this.addSourceFiles(files);
          },
          cloudFiles: function(cloud, files) {
            return _this.addSourceFiles(files, cloud);
          },
          cloudFolder: function(cloud, folder) {
            return _this.chooseFolder({
              client: cloud,
              path: folder.path,
              name: folder.name
            });
          },
          cloudUnavailable: function(source, reason) {
            return _this.view && leaveOutTab(_this.view, doc, source, reason, consoleOf(_this.env.window));
          },
          alive: function() {
            return !_this.ended;
          }
        });
        this.parts = parts;
        for (var s in parts.lazy) if (Object.prototype.hasOwnProperty.call(parts.lazy, s)) this.cleanups.push(parts.lazy[s].destroy.bind(parts.lazy[s]));
        var view = buildView(doc, config, this.binder, this.listeners, parts.panels, sources, announcer, function(s) {
          if (parts.media) parts.media.show(s);
        });
        this.view = view;
        setLanguage(view.root, lang);
        if (host.kind === "window") setLanguage(doc.documentElement, lang);
        var list = this.buildList(doc, view);
        this.uploads = new Uploads(batch, list, this.report, {
          canStart: function() {
            return !_this.ended && _this.report.open && _this.canStart();
          },
          hidden: function() {
            return _this.hidden;
          },
          fail: function(e) {
            return _this.fail(e);
          },
          refused: function(e) {
            return _this.hidden ? _this.fail(e) : _this.report.error(e);
          },
          stored: function() {
            _this.pump();
            _this.checkFinish();
          },
          failed: function() {
            _this.finishing = false;
            _this.pump();
          }
        }, config.image, doc, this.binder);
        this.editing = this.buildEditing(doc, view);
        view_select(view.tabs, first);
        var noFolderSource = function(names) {
          return _this.fail(new Error("the server offers none of the cloud sources (" + names.join(", ") + ") a folder can be chosen from"));
        };
        askOffered(view, doc, sources, this.uploader.cloud, consoleOf(this.env.window), config.folderMode ? noFolderSource : undefined);
        host.mount.appendChild(view.root);
        if (parts.media) parts.media.show(first, true);
        wireChrome(host, view, this.listeners, config, parts, {
          close: function() {
            return _this.userClose();
          },
          finish: function() {
            return _this.finishRequested();
          },
          drop: function(files, folderRefused) {
            if (!_this.hidden) _this.addFiles(files, folderRefused);
          }
        });
        this.modal = new Modal.a(view.root, {
          labelledBy: view.title.id,
          returnFocus: this.previousFocus,
          onEscape: function() {
            if (!_this.editing || !_this.editing.escape()) _this.userClose();
          }
        });
        focusFirst(host, view, config, parts, first, this.modal);
        if (config.editFile) this.processImage(config.editFile);
        loadTexts(this.binder, lang, this.config.customText, this.env, function() {
          return !_this.ended;
        });
      };
      Session.prototype.buildList = function(doc, view) {
        var _this = this;
        var config = this.config;
        var list = new FileList(doc, this.binder, view, config.multiple, {
          retry: function(e) {
            if (!_this.ended) _this.uploads.retry(e);
          },
          remove: function(e) {
            return _this.remove(e);
          },
          edit: function(e) {
            if (!_this.ended && (!_this.finishing || !config.multiple) && e.editable && _this.editing) _this.editing.open(e, "edit");
          }
        });
        this.list = list;
        return list;
      };
      Session.prototype.buildEditing = function(doc, view) {
        var _this = this;
        return new Editing(doc, this.binder, view, this.config, {
          saved: function(e, result, reason) {
            return _this.edited(e, result, reason);
          },
          cancelled: function(e, reason) {
            if (reason === "process") _this.userClose(); else if (reason === "force") _this.remove(e);
            _this.focusRow(e);
            _this.checkFinish();
          },
          failed: function(e, reason) {
            if (reason === "process") return _this.fail(new Error(errors.H3 + "the image could not be opened in the editor"));
            _this.showErrors([ {
              reason: "type",
              key: "editorFailed",
              vars: {}
            } ]);
            if (reason === "force") _this.remove(e);
          }
        });
      };
      Session.prototype.processImage = function(file) {
        if (this.parts.computer) this.parts.computer.panel.setAttribute("hidden", "");
        var entry = editableEntry(this.config, this.convert, file);
        entry.needsCrop = true;
        this.list.add([ entry ]);
        this.uploads.track([ entry ]);
        this.editing.open(entry, "process");
      };
      Session.prototype.addFiles = function(files, folderRefused, client) {
        if (this.ended || this.finishing) return;
        var got = fileIntake(this.config, this.convert, this.list.entries.length, files, folderRefused, client);
        this.showErrors(got.rejected);
        this.take(got.entries);
        for (var i = 0; i < got.entries.length; i++) if (got.entries[i].needsCrop) this.editing.open(got.entries[i], "force");
      };
      Session.prototype.edited = function(entry, result, reason) {
        if (this.ended || !this.list.has(entry)) return;
        this.uploads.edited(entry, result);
        this.focusRow(entry);
        if (!this.config.multiple || reason === "process") this.finishRequested(); else this.pump();
      };
      Session.prototype.focusRow = function(entry) {
        var target = this.list.editButton(entry) || (this.parts.computer ? this.parts.computer.drop : this.view.close);
        target.focus();
      };
      Session.prototype.addSourceFiles = function(files, cloud) {
        var container = this.config.customSourceContainer;
        if (this.ended || this.finishing || !cloud && !container) return false;
        var got = sourceIntake(this.config, cloud ? {
          cloud: cloud
        } : container, this.list.entries.length, files);
        this.showErrors(got.rejected);
        this.take(got.entries);
        return got.entries.length > 0;
      };
      Session.prototype.addUrl = function(url) {
        if (this.ended || this.finishing) return;
        var got = urlIntake(this.config, this.list.entries.length, url);
        this.showErrors(got.rejected);
        this.take(got.entries);
      };
      Session.prototype.take = function(entries) {
        if (!entries.length) return;
        this.list.add(entries);
        this.uploads.track(entries);
        if (!this.config.multiple) this.finishRequested(); else this.pump();
      };
      Session.prototype.showErrors = function(rejected) {
        this.list.showErrors(rejected);
      };
      Session.prototype.finishRequested = function() {
        if (this.ended || !this.list.canFinish()) return;
        this.finishing = true;
        this.list.setFinishing();
        if (this.config.hide && this.host.kind === "modal") {
          this.hidden = true;
          this.host.hide();
          if (this.modal) this.modal.hide();
        }
        this.pump();
        this.checkFinish();
      };
      Session.prototype.canStart = function() {
        return !this.config.multiple || this.config.backgroundUpload || this.finishing;
      };
      Session.prototype.pump = function() {
        if (!this.ended) this.uploads.pump();
      };
      Session.prototype.remove = function(entry) {
        if (this.ended) return;
        this.uploads.remove(entry);
        if (this.editing) this.editing.drop(entry);
        this.list.remove(entry, this.parts.computer ? this.parts.computer.drop : this.view.close);
        this.pump();
        this.checkFinish();
      };
      Session.prototype.checkFinish = function() {
        if (this.ended || !this.list.allDone()) return;
        if (this.editing && this.editing.active) return;
        if (this.config.multiple && !this.finishing) return;
        var files = this.uploads.result();
        this.end(this.report.open);
        this.report.done(files);
      };
      Session.prototype.chooseFolder = function(folder) {
        if (this.ended) return;
        this.end(false);
        this.report.folder(folder);
      };
      Session.prototype.userClose = function() {
        if (this.ended) return;
        this.end(false);
        this.report.cancel();
      };
      Session.prototype.close = function() {
        if (this.ended) return;
        this.end(false);
        this.report.close();
      };
      Session.prototype.fail = function(error) {
        if (this.ended) return;
        this.end(false);
        this.report.error(error);
      };
      Session.prototype.end = function(delivered) {
        this.ended = true;
        if (this.editing) this.editing.destroy();
        if (this.uploads) this.uploads.end(delivered);
        if (this.parts.media) this.parts.media.destroy();
        this.listeners.removeAll();
        if (this.view) (0, dom.bf)(this.view.root);
        if (this.host) this.host.destroy();
        for (var i = 0; i < this.cleanups.length; i++) this.cleanups[i]();
        this.cleanups = [];
        if (this.modal) this.modal.destroy();
      };
      return Session;
    }();
    function setLanguage(node, lang) {
      node.setAttribute("lang", (0, languages.tH)(lang));
      node.setAttribute("dir", (0, languages.Pv)(lang) ? "rtl" : "ltr");
    }
    function createPickerDialog(env) {
      return {
        open: function(config, store, uploader, callbacks, queue) {
          var doc = env && env.document || document;
          var win = env && env.window || doc.defaultView || window;
          return new Session({
            document: doc,
            window: win
          }, config, store, uploader, callbacks, queue);
        }
      };
    }
  },
  5491: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
    __webpack_require__.d(__webpack_exports__, {
      fg: function() {
        return RowWindow;
      }
    });
    var MARGIN = 12;
    function rangeFor(top, height, rowHeight, count, margin) {
      if (count <= 0) return {
        first: 0,
        last: -1
      };
      var h = rowHeight > 0 ? rowHeight : 1;
      var first = Math.max(0, Math.floor(Math.max(0, top) / h) - margin);
      var last = Math.min(count - 1, Math.ceil((Math.max(0, top) + Math.max(0, height)) / h) + margin);
      return {
        first: Math.min(first, count - 1),
        last: last
      };
    }
    function planRows(range, pinned, count) {
      var out = [];
      var extra = pinned.filter(function(p) {
        return p >= 0 && p < count && (p < range.first || p > range.last);
      }).sort(function(a, b) {
        return a - b;
      });
      var k = 0;
      for (var i = range.first; i <= range.last; i++) {
        while (k < extra.length && extra[k] < i) out.push(extra[k++]);
        out.push(i);
      }
      while (k < extra.length) out.push(extra[k++]);
      var distinct = [];
      for (var i = 0; i < out.length; i++) if (!distinct.length || distinct[distinct.length - 1] !== out[i]) distinct.push(out[i]);
      return distinct;
    }
    var RowWindow = function() {
      function RowWindow(list, scroller, host, guess) {
        this.list = list;
        this.scroller = scroller;
        this.host = host;
        this.guess = guess;
        this.shown = {};
        this.range = {
          first: 0,
          last: -1
        };
        this.gaps = [];
        this.rowHeight = guess.row;
      }
      RowWindow.prototype.has = function(i) {
        return Object.prototype.hasOwnProperty.call(this.shown, String(i));
      };
      RowWindow.prototype.element = function(i) {
        return this.has(i) ? this.shown[i] : undefined;
      };
      RowWindow.prototype.renderedIndices = function() {
        var out = [];
        for (var k in this.shown) if (Object.prototype.hasOwnProperty.call(this.shown, k)) out.push(Number(k));
        return out.sort(function(a, b) {
          return a - b;
        });
      };
      RowWindow.prototype.onScroll = function() {
        var want = this.wanted(MARGIN >> 1);
        if (want.first < this.range.first || want.last > this.range.last) this.render();
      };
      RowWindow.prototype.reset = function() {
        for (var k in this.shown) {
          if (!Object.prototype.hasOwnProperty.call(this.shown, k)) continue;
          var e = this.shown[Number(k)];
          if (e.parentNode === this.list) this.list.removeChild(e);
          this.host.dropped(Number(k), e);
        }
        this.shown = {};
        this.range = {
          first: 0,
          last: -1
        };
        this.render();
      };
      RowWindow.prototype.render = function() {
        this.place();
        if (this.measure()) this.place();
      };
      RowWindow.prototype.removeAt = function(i) {
        var next = {};
        for (var k in this.shown) {
          if (!Object.prototype.hasOwnProperty.call(this.shown, k)) continue;
          var n = Number(k);
          var e = this.shown[n];
          if (n < i) next[n] = e; else if (n > i) next[n - 1] = e; else {
            if (e.parentNode === this.list) this.list.removeChild(e);
            this.host.dropped(n, e);
          }
        }
        this.shown = next;
        this.render();
      };
      RowWindow.prototype.reveal = function(i) {
        var s = this.scroller;
        var top = this.offset() + i * this.rowHeight;
        var view = s.clientHeight > 0 ? s.clientHeight : this.guess.view;
        if (top < s.scrollTop) s.scrollTop = top; else if (top + this.rowHeight > s.scrollTop + view) s.scrollTop = top + this.rowHeight - view;
        this.render();
        var e = this.shown[i];
        if (e && typeof e.scrollIntoView === "function") e.scrollIntoView({
          block: "nearest"
        });
      };
      RowWindow.prototype.offset = function() {
        if (this.list === this.scroller) return 0;
        var box = this.scroller.getBoundingClientRect();
        if (!box.height) return 0;
        return this.list.getBoundingClientRect().top - box.top + this.scroller.scrollTop;
      };
      RowWindow.prototype.wanted = function(margin) {
        var s = this.scroller;
        var view = s.clientHeight > 0 ? s.clientHeight : this.guess.view;
        return rangeFor(s.scrollTop - this.offset(), view, this.rowHeight, this.host.count(), margin);
      };
      RowWindow.prototype.place = function() {
        var count = this.host.count();
        this.range = this.wanted(MARGIN);
        var plan = planRows(this.range, this.host.pinned(), count);
        var keep = {};
        for (var k = 0; k < plan.length; k++) keep[plan[k]] = true;
        for (var g = 0; g < this.gaps.length; g++) if (this.gaps[g].parentNode === this.list) this.list.removeChild(this.gaps[g]);
        this.gaps = [];
        for (var k in this.shown) {
          if (!Object.prototype.hasOwnProperty.call(this.shown, k) || keep[Number(k)]) continue;
          var e = this.shown[Number(k)];
          if (e.parentNode === this.list) this.list.removeChild(e);
          delete this.shown[Number(k)];
          this.host.dropped(Number(k), e);
        }
        var cursor = this.list.firstChild;
        var prev = -1;
        for (var k = 0; k < plan.length; k++) {
          var i = plan[k];
          if (i - prev > 1) this.list.insertBefore(this.gap(i - prev - 1), cursor);
          var e = this.shown[i];
          if (!e) e = this.shown[i] = this.host.row(i);
          if (e === cursor) cursor = cursor.nextSibling; else this.list.insertBefore(e, cursor);
          prev = i;
        }
        if (count - 1 - prev > 0) this.list.insertBefore(this.gap(count - 1 - prev), cursor);
      };
      RowWindow.prototype.gap = function(rows) {
        var g = this.host.spacer();
        g.setAttribute("aria-hidden", "true");
        g.style.height = rows * this.rowHeight + "px";
        this.gaps.push(g);
        return g;
      };
      RowWindow.prototype.measure = function() {
        var sum = 0;
        var n = 0;
        for (var k in this.shown) {
          if (!Object.prototype.hasOwnProperty.call(this.shown, k)) continue;
          var h_1 = this.shown[Number(k)].getBoundingClientRect().height;
          if (h_1 > 0) {
            sum += h_1;
            n++;
          }
        }
        if (!n) return false;
        var h = sum / n;
        if (Math.abs(h - this.rowHeight) < .5) return false;
        this.rowHeight = h;
        return true;
      };
      return RowWindow;
    }();
  },
  7838: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
    __webpack_require__.d(__webpack_exports__, {
      O: function() {
        return refusalOf;
      },
      k: function() {
        return failureText;
      }
    });
    var _dom__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(239);
    function failureText(binder, label, e, messageOf) {
      var reason = e && typeof e === "object" ? e.reason : undefined;
      if (reason === "ratelimit") return binder.t("cloudBusy", {
        source: label
      });
      if (reason === "upstream" || reason === "timeout") return binder.t("cloudDown", {
        source: label
      });
      return messageOf(e);
    }
    function refusalOf(filename, e) {
      var n = e && typeof e === "object" ? e : {};
      if (n.reason === "toolarge" && typeof n.maxSize === "number") {
        var max = (0, _dom__WEBPACK_IMPORTED_MODULE_0__.Xq)(n.maxSize);
        return {
          key: "errorSize",
          vars: {
            filename: filename,
            size: typeof n.size === "number" ? (0, _dom__WEBPACK_IMPORTED_MODULE_0__.Xq)(n.size) : "> " + max,
            max: max
          }
        };
      }
      return {
        key: "uploadRefused",
        vars: {}
      };
    }
  },
  5797: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
    __webpack_require__.d(__webpack_exports__, {
      L_: function() {
        return FOCUS;
      },
      QF: function() {
        return addStylesheetLink;
      },
      ZM: function() {
        return applyStyles;
      }
    });
    var FONT = "system-ui,sans-serif";
    var FOCUS = "outline:3px solid #1a73e8;outline-offset:2px";
    var RULES = [ ".fp-noscroll{overflow:hidden}", ".fp-overlay{position:fixed;top:0;right:0;bottom:0;left:0;z-index:2147483000;background:rgba(20,24,31,.6);display:flex;align-items:center;justify-content:center;padding:16px;box-sizing:border-box}", ".fp-overlay[hidden],.fp-dialog [hidden]{display:none}", ".fp-dialog{font-family:" + FONT + ";font-size:15px;line-height:1.4;color:#1f2328;background:#fff;border-radius:8px;box-shadow:0 10px 40px rgba(0,0,0,.35);width:760px;max-width:100%;height:520px;max-height:100%;display:flex;flex-direction:column;box-sizing:border-box;text-align:start;overflow:hidden}", ".fp-dialog *,.fp-dialog *:before,.fp-dialog *:after{box-sizing:border-box}", ".fp-fill{margin:0;height:100%}", ".fp-fill .fp-dialog{width:100%;height:100%;border-radius:0;box-shadow:none}", ".fp-header{display:flex;align-items:center;justify-content:space-between;padding:12px 16px;border-bottom:1px solid #d0d7de}", ".fp-title{font-size:18px;font-weight:600;margin:0}", ".fp-btn{font:inherit;cursor:pointer;border:1px solid #8c959f;background:#f6f8fa;color:#1f2328;border-radius:6px;padding:6px 14px}", ".fp-btn:hover{background:#eaeef2}", ".fp-btn:focus,.fp-drop:focus,.fp-source:focus{outline:none}", ".fp-btn:focus-visible,.fp-drop:focus-visible,.fp-source:focus-visible,.fp-input:focus{" + FOCUS + "}", ".fp-btn[disabled]{cursor:default;opacity:.55}", ".fp-primary{background:#1a7f37;border-color:#1a7f37;color:#fff;font-weight:600}", ".fp-primary:hover{background:#116329}", ".fp-close{font-size:22px;line-height:1;padding:2px 10px;background:transparent;border-color:transparent}", ".fp-body{display:flex;flex:1 1 auto;min-height:0}", ".fp-nav{flex:0 0 auto;width:170px;border-inline-end:1px solid #d0d7de;background:#f6f8fa;overflow:auto}", ".fp-sources{list-style:none;margin:0;padding:8px}", ".fp-source{display:flex;align-items:center;gap:8px;width:100%;text-align:start;font:inherit;color:#1f2328;background:transparent;border:0;border-radius:6px;padding:8px 10px;margin-bottom:4px;cursor:pointer}", ".fp-source:hover{background:#eaeef2}", ".fp-source[aria-current=true]{background:#ddf4ff;color:#0a3069;font-weight:600}", ".fp-main{flex:1 1 auto;display:flex;flex-direction:column;min-width:0;padding:12px 16px;overflow:auto}", ".fp-source-icon{flex:0 0 auto;width:18px;height:18px;color:#57606a}", ".fp-source[aria-current=true] .fp-source-icon{color:#0a3069}", ".fp-panel-computer{display:flex;flex-direction:column;flex:1 1 auto;min-height:132px}", ".fp-panel-computer .fp-drop{flex:1 1 auto}", ".fp-drop{display:flex;flex-direction:column;align-items:center;justify-content:center;text-align:center;font:inherit;color:#1f2328;background:#fff;border:2px dashed #8c959f;border-radius:8px;padding:20px;min-height:120px;width:100%;cursor:pointer}", ".fp-drop:hover,.fp-dragover .fp-drop{border-color:#1a73e8;background:#f0f7ff}", ".fp-hint{color:#57606a;font-size:13px;margin:6px 0 0}", ".fp-file-input{position:absolute;width:1px;height:1px;opacity:0;overflow:hidden;clip:rect(0 0 0 0)}", ".fp-row{display:flex;gap:8px;align-items:center;margin-top:10px;flex-wrap:wrap}", ".fp-label{display:block;font-weight:600;margin-bottom:6px}", ".fp-input{font:inherit;flex:1 1 240px;min-width:0;padding:6px 8px;border:1px solid #8c959f;border-radius:6px}", ".fp-errors{color:#b3261e;margin:8px 0 0;padding:0;list-style:none}", ".fp-errors li{margin-top:4px}", ".fp-files-title{font-size:14px;font-weight:600;margin:14px 0 4px}", ".fp-files{list-style:none;margin:0;padding:0}", ".fp-files{display:grid;grid-template-columns:32px minmax(0,1fr) max-content minmax(48px,120px) max-content max-content max-content;column-gap:10px}", ".fp-file{grid-column:1/-1;display:grid;grid-template-columns:32px minmax(0,1fr) 4.5em minmax(48px,120px) 6.5em 4.5em 2.2em;grid-template-rows:auto auto;column-gap:10px;align-items:center;padding:6px 0;border-bottom:1px solid #eaeef2}", "@supports (grid-template-columns:subgrid){.fp-file{grid-template-columns:subgrid}}", ".fp-files-gap{grid-column:1/-1}", ".fp-file>*{grid-row:1/3}", ".fp-file-icon{grid-column:1;width:32px;height:32px;display:flex;align-items:center;justify-content:center}", ".fp-file-icon canvas{width:32px;height:32px;border-radius:4px}", ".fp-file-icon svg{width:28px;height:32px}", ".fp-file .fp-file-name{grid-column:2;grid-row:1;min-width:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;font-weight:500}", ".fp-file .fp-file-status{grid-column:2;grid-row:2;min-width:0;white-space:normal;overflow-wrap:anywhere}", ".fp-file-size{grid-column:3;text-align:end;white-space:nowrap}", ".fp-file .fp-progress{grid-column:4;width:100%}", ".fp-file .fp-edit{grid-column:5}", ".fp-file .fp-retry{grid-column:6}", ".fp-file .fp-remove{grid-column:7;justify-self:end}", ".fp-file-size,.fp-file-status{color:#57606a;font-size:13px}", ".fp-file-failed .fp-file-status{color:#b3261e}", ".fp-file-done .fp-file-status{color:#1a7f37}", ".fp-progress{width:120px;height:8px}", ".fp-small{padding:2px 8px;font-size:13px}", ".fp-footer{display:flex;align-items:center;gap:12px;padding:10px 16px;border-top:1px solid #d0d7de}", ".fp-total{flex:1 1 auto;display:flex;align-items:center;gap:10px;color:#57606a;font-size:13px}", ".fp-total .fp-progress{flex:1 1 auto;max-width:280px}", ".fp-sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}", "@media (max-width:560px){.fp-body{flex-direction:column}.fp-nav{width:auto;border-inline-end:0;border-bottom:1px solid #d0d7de}.fp-sources{display:flex}.fp-source{width:auto;margin:0 4px 0 0}.fp-dialog{height:100%}}", "@media (max-width:560px){.fp-files{grid-template-columns:32px minmax(0,1fr) 4.5em 2.2em}.fp-file{grid-template-columns:32px minmax(0,1fr) 4.5em 2.2em;grid-template-rows:auto auto auto}.fp-file-icon{grid-row:1/3}.fp-file .fp-file-size{grid-column:3;grid-row:1}.fp-file .fp-progress{grid-column:3/5;grid-row:2}.fp-file .fp-remove{grid-column:4;grid-row:1}.fp-file .fp-edit{grid-column:2;grid-row:3;justify-self:start;margin-top:4px}.fp-file .fp-retry{grid-column:3/5;grid-row:3;justify-self:end;margin-top:4px}}" ];
    function applyStyles(doc, rules) {
      if (rules === void 0) {
        rules = RULES;
      }
      var win = doc.defaultView;
      var adopting = doc;
      if (win && win.CSSStyleSheet && "adoptedStyleSheets" in doc) {
        try {
          var sheet_1 = new win.CSSStyleSheet;
          if (typeof sheet_1.replaceSync === "function") {
            sheet_1.replaceSync(rules.join("\n"));
            adopting.adoptedStyleSheets = adopting.adoptedStyleSheets.concat([ sheet_1 ]);
            return function() {
              var list = adopting.adoptedStyleSheets;
              var next = [];
              for (var i = 0; i < list.length; i++) if (list[i] !== sheet_1) next.push(list[i]);
              adopting.adoptedStyleSheets = next;
            };
          }
        } catch (_e) {}
      }
      var style = doc.createElement("style");
      (doc.head || doc.documentElement).appendChild(style);
      var sheet = style.sheet;
      if (sheet) {
        for (var i = 0; i < rules.length; i++) {
          try {
            sheet.insertRule(rules[i], sheet.cssRules.length);
          } catch (_e) {}
        }
      }
      return function() {
        if (style.parentNode) style.parentNode.removeChild(style);
      };
    }
    function addStylesheetLink(doc, href) {
      var link = doc.createElement("link");
      link.rel = "stylesheet";
      link.href = href;
      (doc.head || doc.documentElement).appendChild(link);
      return function() {
        if (link.parentNode) link.parentNode.removeChild(link);
      };
    }
  },
  5131: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
    __webpack_require__.d(__webpack_exports__, {
      H: function() {
        return makeThumbnail;
      }
    });
    var SIDE = 32;
    var SCALE = 2;
    var MAX_BYTES = 25 * 1024 * 1024;
    var DECODABLE = /^image\/(png|jpe?g|gif|webp|bmp|avif|x-icon|vnd\.microsoft\.icon)$/;
    var queue = Promise.resolve();
    function canThumbnail(win, file) {
      var create = win && win.createImageBitmap;
      return !!file && typeof create === "function" && file.size > 0 && file.size <= MAX_BYTES && DECODABLE.test((file.type || "").toLowerCase());
    }
    function bitmapOptions() {
      return {
        resizeWidth: SIDE * SCALE,
        resizeQuality: "medium"
      };
    }
    function makeThumbnail(doc, file, alive, show) {
      var win = doc.defaultView;
      if (!canThumbnail(win, file)) return Promise.resolve();
      var create = win.createImageBitmap.bind(win);
      var job = queue.then(function() {
        if (!alive()) return undefined;
        return create(file, bitmapOptions()).then(function(bmp) {
          try {
            if (!alive()) return;
            var canvas = doc.createElement("canvas");
            canvas.width = canvas.height = SIDE * SCALE;
            var ctx = canvas.getContext("2d");
            if (!ctx) return;
            var side = Math.min(bmp.width, bmp.height);
            ctx.drawImage(bmp, (bmp.width - side) / 2, (bmp.height - side) / 2, side, side, 0, 0, canvas.width, canvas.height);
            canvas.setAttribute("aria-hidden", "true");
            show(canvas);
          } finally {
            if (bmp.close) bmp.close();
          }
        });
      }).then(undefined, function() {});
      queue = job;
      return job;
    }
  }
} ]);
//# sourceMappingURL=dialog.js.map