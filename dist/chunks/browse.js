/*! filepicker-shim 0.1.0 | drop-in replacement for filepicker.js v2 | MIT */
"use strict";

(Object(typeof self !== "undefined" ? self : this)["webpackChunkfilepicker"] = Object(typeof self !== "undefined" ? self : this)["webpackChunkfilepicker"] || []).push([ [ 421 ], {
  7887: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
    __webpack_require__.d(__webpack_exports__, {
      ZV: function() {
        return BrowsePanel;
      },
      Vm: function() {
        return rootFolder;
      }
    });
    function rootFolder(customSourcePath) {
      var p = (customSourcePath || "").replace(/^\s+|\s+$/g, "").replace(/^\/+/, "").replace(/\/{2,}/g, "/");
      if (p && p.charAt(p.length - 1) !== "/") p += "/";
      return p;
    }
    function isWithin(root, path) {
      return path.indexOf(root) === 0 && path.split("/").indexOf("..") < 0;
    }
    function parentFolder(root, path) {
      if (path === root || !isWithin(root, path)) return root;
      var trimmed = path.slice(0, -1);
      var up = trimmed.slice(0, trimmed.lastIndexOf("/") + 1);
      return up.length < root.length ? root : up;
    }
    function baseName(path) {
      var p = path.charAt(path.length - 1) === "/" ? path.slice(0, -1) : path;
      return p.slice(p.lastIndexOf("/") + 1);
    }
    function crumbs(root, path, rootLabel, names) {
      if (names === void 0) {
        names = {};
      }
      var out = [ {
        label: baseName(root) || rootLabel,
        path: root
      } ];
      if (!isWithin(root, path)) return out;
      var rest = path.slice(root.length).split("/");
      var at = root;
      for (var i = 0; i < rest.length; i++) {
        if (!rest[i]) continue;
        at += rest[i] + "/";
        out.push({
          label: Object.prototype.hasOwnProperty.call(names, at) ? names[at] : rest[i],
          path: at
        });
      }
      return out;
    }
    var PAGE_STEP = 10;
    function moveIndex(key, current, count) {
      if (!count) return -1;
      var last = count - 1;
      switch (key) {
       case "ArrowDown":
       case "Down":
        return current < 0 ? 0 : Math.min(last, current + 1);

       case "ArrowUp":
       case "Up":
        return current < 0 ? 0 : Math.max(0, current - 1);

       case "Home":
        return 0;

       case "End":
        return last;

       case "PageDown":
        return Math.min(last, Math.max(0, current) + PAGE_STEP);

       case "PageUp":
        return Math.max(0, current - PAGE_STEP);

       default:
        return -1;
      }
    }
    function findByPrefix(names, prefix, current) {
      var p = prefix.toLowerCase();
      if (!p || !names.length) return -1;
      for (var k = 1; k <= names.length; k++) {
        var i = (current + k + names.length) % names.length;
        if (names[i].toLowerCase().indexOf(p) === 0) return i;
      }
      return -1;
    }
    var styles = __webpack_require__(5797);
    var BROWSE_RULES = [ ".fp-cs-top{display:flex;align-items:center;justify-content:space-between;gap:8px;flex-wrap:wrap}", ".fp-cs-crumbs{list-style:none;display:flex;flex-wrap:wrap;align-items:center;gap:4px;margin:0;padding:0}", '.fp-cs-crumbs li+li:before{content:"/";color:#57606a;margin-inline-end:4px}', ".fp-cs-crumb{font:inherit;background:none;border:0;padding:0;color:#0a58ca;text-decoration:underline;cursor:pointer}", ".fp-cs-crumb:focus,.fp-cs-list:focus,.fp-cs-status:focus{outline:none}", ".fp-cs-crumb:focus-visible,.fp-cs-list:focus-visible,.fp-cs-status:focus-visible{" + styles.L_ + "}", ".fp-cs-here{font-weight:600}", ".fp-cs-list{margin-top:8px;border:1px solid #8c959f;border-radius:6px;padding:4px;max-height:200px;overflow:auto}", ".fp-cs-item{display:flex;align-items:center;gap:8px;padding:5px 8px;border-radius:4px;cursor:pointer}", ".fp-cs-item:hover{background:#f6f8fa}", ".fp-cs-name{flex:1 1 auto;min-width:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}", ".fp-cs-folder .fp-cs-name{font-weight:600}", ".fp-cs-meta{color:#57606a;font-size:13px}", ".fp-cs-thumb{flex:0 0 20px;width:20px;height:20px}", ".fp-cs-thumb canvas{display:block;width:20px;height:20px;border-radius:2px}", ".fp-cs-check{visibility:hidden;color:#1a7f37;font-weight:700;width:1em}", "[aria-multiselectable=true] .fp-cs-item[aria-selected=true] .fp-cs-check{visibility:visible}", ".fp-cs-list:not([aria-multiselectable]) .fp-cs-check{display:none}", "[aria-multiselectable=true] .fp-cs-item[aria-selected=true]{background:#dafbe1}", ".fp-cs-item.fp-cs-active{background:#ddf4ff;box-shadow:inset 3px 0 0 #0969da}", ".fp-cs-status{color:#57606a;margin:8px 0 0}" ];
    var dom = __webpack_require__(239);
    var rowWindow = __webpack_require__(5491);
    var TYPE_AHEAD_MS = 700;
    var GUESS = {
      row: 31,
      view: 200
    };
    function nameOf(item) {
      return item.folder ? item.folder.name : item.file.name;
    }
    var Listbox = function() {
      function Listbox(node, multiple, idPrefix, doc, binder, selected, thumbs) {
        var _this = this;
        this.node = node;
        this.multiple = multiple;
        this.idPrefix = idPrefix;
        this.doc = doc;
        this.binder = binder;
        this.selected = selected;
        this.thumbs = thumbs;
        this.items = [];
        this.active = -1;
        this.typed = "";
        this.typedAt = 0;
        this.thumbCancels = {};
        this.win = new rowWindow.fg(node, node, {
          count: function() {
            return _this.items.length;
          },
          row: function(i) {
            return _this.optionFor(i);
          },
          dropped: function(i) {
            return _this.dropThumb(i);
          },
          pinned: function() {
            return [ _this.active ];
          },
          spacer: function() {
            return (0, dom.el)(doc, "div", {
              class: "fp-cs-gap"
            });
          }
        }, GUESS);
      }
      Listbox.prototype.count = function() {
        return this.items.length;
      };
      Listbox.prototype.activeIndex = function() {
        return this.active;
      };
      Listbox.prototype.item = function(i) {
        return this.items[i];
      };
      Listbox.prototype.clear = function() {
        if (this.thumbs) this.thumbs.cancelAll();
        this.thumbCancels = {};
        this.items = [];
        this.active = -1;
        this.node.scrollTop = 0;
        this.win.reset();
        this.node.removeAttribute("aria-activedescendant");
      };
      Listbox.prototype.onScroll = function() {
        this.win.onScroll();
      };
      Listbox.prototype.option = function(i) {
        return this.win.element(i);
      };
      Listbox.prototype.append = function(fresh) {
        for (var i = 0; i < fresh.length; i++) this.items.push(fresh[i]);
        var size = String(this.items.length);
        var shown = this.win.renderedIndices();
        for (var k = 0; k < shown.length; k++) this.win.element(shown[k]).setAttribute("aria-setsize", size);
        this.win.render();
      };
      Listbox.prototype.setActive = function(i, reveal) {
        if (reveal === void 0) {
          reveal = true;
        }
        var prev = this.active;
        this.active = i >= 0 && i < this.items.length ? i : -1;
        this.paint(prev);
        if (this.active < 0) {
          this.win.render();
          this.node.removeAttribute("aria-activedescendant");
          return;
        }
        if (reveal) this.win.reveal(i); else this.win.render();
        this.paint(i);
        this.node.setAttribute("aria-activedescendant", this.idPrefix + i);
      };
      Listbox.prototype.toggle = function(i) {
        var f = this.items[i] && this.items[i].file;
        if (!f) return;
        this.selected.toggle(f);
        this.paint(i);
      };
      Listbox.prototype.selectAll = function() {
        for (var i = 0; i < this.items.length; i++) {
          var f = this.items[i].file;
          if (f) this.selected.add(f);
        }
        this.paintShown();
      };
      Listbox.prototype.clearSelection = function() {
        this.selected.clear();
        this.paintShown();
      };
      Listbox.prototype.selectedFiles = function() {
        return this.selected.list();
      };
      Listbox.prototype.typeAhead = function(key, now) {
        this.typed = now - this.typedAt > TYPE_AHEAD_MS ? key : this.typed + key;
        this.typedAt = now;
        var names = [];
        for (var i = 0; i < this.items.length; i++) names.push(nameOf(this.items[i]));
        var found = findByPrefix(names, this.typed, this.typed.length > 1 ? this.active - 1 : this.active);
        if (found >= 0) this.setActive(found);
      };
      Listbox.prototype.indexAt = function(target) {
        var t = target;
        while (t && t !== this.node && !t.getAttribute("data-fp-index")) t = t.parentElement;
        return !t || t === this.node ? -1 : Number(t.getAttribute("data-fp-index"));
      };
      Listbox.prototype.paintShown = function() {
        var shown = this.win.renderedIndices();
        for (var k = 0; k < shown.length; k++) this.paint(shown[k]);
      };
      Listbox.prototype.paint = function(i) {
        var o = this.win.element(i);
        if (o) this.paintOption(o, i);
      };
      Listbox.prototype.paintOption = function(o, i) {
        var f = this.items[i].file;
        if (i === this.active) (0, dom.iQ)(o, "fp-cs-active"); else (0, dom.vy)(o, "fp-cs-active");
        if (this.multiple) {
          if (f) o.setAttribute("aria-selected", this.selected.has(f.path) ? "true" : "false");
        } else o.setAttribute("aria-selected", i === this.active ? "true" : "false");
      };
      Listbox.prototype.optionFor = function(i) {
        var doc = this.doc;
        var item = this.items[i];
        var check = (0, dom.el)(doc, "span", {
          class: "fp-cs-check",
          "aria-hidden": "true"
        }, [ "✓" ]);
        var label = (0, dom.el)(doc, "span", {
          class: "fp-cs-name"
        }, [ nameOf(item) ]);
        var meta = (0, dom.el)(doc, "span", {
          class: "fp-cs-meta"
        });
        if (item.folder) this.binder.text(meta, "customFolder"); else meta.textContent = item.file.sizeUnknown ? "" : (0, 
        dom.Xq)(item.file.size);
        var kind = item.folder ? "fp-cs-folder" : "fp-cs-file";
        var cells = [ check ];
        if (item.file && item.file.thumbnail && this.thumbs) cells.push(this.thumbSlot(i, item.file));
        cells.push(label, meta);
        var o = (0, dom.el)(doc, "div", {
          class: "fp-cs-item " + kind,
          role: "option",
          id: this.idPrefix + i,
          "data-fp-index": String(i),
          "aria-posinset": String(i + 1),
          "aria-setsize": String(this.items.length)
        }, cells);
        this.paintOption(o, i);
        return o;
      };
      Listbox.prototype.thumbSlot = function(i, file) {
        var slot = (0, dom.el)(this.doc, "span", {
          class: "fp-cs-thumb",
          "aria-hidden": "true"
        });
        this.dropThumb(i);
        this.thumbCancels[i] = this.thumbs.request(file, function(canvas) {
          slot.appendChild(canvas);
        });
        return slot;
      };
      Listbox.prototype.dropThumb = function(i) {
        var cancel = this.thumbCancels[i];
        if (!cancel) return;
        delete this.thumbCancels[i];
        cancel();
      };
      return Listbox;
    }();
    function buildPanelNodes(doc, binder, mount, multiple, n) {
      var crumbList = (0, dom.el)(doc, "ol", {
        class: "fp-cs-crumbs"
      });
      var crumbNav = (0, dom.el)(doc, "nav", {
        class: "fp-cs-nav"
      }, [ crumbList ]);
      binder.attr(crumbNav, "aria-label", "customPathLabel");
      var up = (0, dom.el)(doc, "button", {
        type: "button",
        class: "fp-btn fp-small fp-cs-up"
      });
      binder.text(up, "customUp");
      var hintId = "fp-cs-hint-" + n;
      var hint = (0, dom.el)(doc, "p", {
        class: "fp-hint",
        id: hintId
      });
      binder.text(hint, multiple ? "customHintMultiple" : "customHintSingle");
      var list = (0, dom.el)(doc, "div", {
        class: "fp-cs-list",
        role: "listbox",
        tabindex: "0",
        "aria-describedby": hintId
      });
      if (multiple) list.setAttribute("aria-multiselectable", "true");
      var statusText = (0, dom.el)(doc, "span");
      var retry = (0, dom.el)(doc, "button", {
        type: "button",
        class: "fp-btn fp-small",
        hidden: ""
      });
      binder.text(retry, "retry");
      var status = (0, dom.el)(doc, "p", {
        class: "fp-cs-status",
        tabindex: "-1",
        hidden: ""
      }, [ statusText, " ", retry ]);
      var more = (0, dom.el)(doc, "button", {
        type: "button",
        class: "fp-btn fp-small fp-cs-more",
        hidden: ""
      });
      binder.text(more, "customMore");
      var add = (0, dom.el)(doc, "button", {
        type: "button",
        class: "fp-btn fp-cs-add",
        disabled: ""
      });
      binder.text(add, "customAddSelected", {
        count: 0
      });
      if (!multiple) add.setAttribute("hidden", "");
      mount.appendChild((0, dom.el)(doc, "div", {
        class: "fp-cs-top"
      }, [ crumbNav, up ]));
      mount.appendChild(hint);
      mount.appendChild(list);
      mount.appendChild(status);
      mount.appendChild((0, dom.el)(doc, "div", {
        class: "fp-row"
      }, [ more, add ]));
      return {
        crumbList: crumbList,
        up: up,
        list: list,
        status: status,
        statusText: statusText,
        retry: retry,
        more: more,
        add: add
      };
    }
    function renderCrumbs(doc, crumbList, c) {
      while (crumbList.firstChild) crumbList.removeChild(crumbList.firstChild);
      for (var i = 0; i < c.length; i++) {
        var node = i === c.length - 1 ? (0, dom.el)(doc, "span", {
          class: "fp-cs-here",
          "aria-current": "location"
        }, [ c[i].label ]) : (0, dom.el)(doc, "button", {
          type: "button",
          class: "fp-cs-crumb",
          "data-fp-path": c[i].path
        }, [ c[i].label ]);
        crumbList.appendChild((0, dom.el)(doc, "li", {}, [ node ]));
      }
    }
    function showStatus(binder, n, key, reason) {
      if (!key) {
        n.status.setAttribute("hidden", "");
        return;
      }
      binder.text(n.statusText, key, {
        reason: reason || ""
      });
      n.status.removeAttribute("hidden");
      if (key === "customListFailed") n.retry.removeAttribute("hidden"); else n.retry.setAttribute("hidden", "");
    }
    var Selection = function() {
      function Selection() {
        this.order = [];
        this.files = {};
      }
      Selection.prototype.has = function(path) {
        return Object.prototype.hasOwnProperty.call(this.files, "#" + path);
      };
      Selection.prototype.add = function(file) {
        var k = "#" + file.path;
        if (this.has(file.path)) return;
        this.files[k] = file;
        this.order.push(k);
      };
      Selection.prototype.remove = function(path) {
        var k = "#" + path;
        if (!this.has(path)) return;
        delete this.files[k];
        for (var i = 0; i < this.order.length; i++) {
          if (this.order[i] === k) {
            this.order.splice(i, 1);
            break;
          }
        }
      };
      Selection.prototype.toggle = function(file) {
        if (this.has(file.path)) this.remove(file.path); else this.add(file);
      };
      Selection.prototype.clear = function() {
        this.order = [];
        this.files = {};
      };
      Selection.prototype.count = function() {
        return this.order.length;
      };
      Selection.prototype.list = function() {
        var out = [];
        for (var i = 0; i < this.order.length; i++) out.push(this.files[this.order[i]]);
        return out;
      };
      return Selection;
    }();
    var thumbnail = __webpack_require__(5131);
    var PARALLEL = 3;
    var KEPT = 300;
    var ThumbLoader = function() {
      function ThumbLoader(doc, fetchThumb, parallel) {
        if (parallel === void 0) {
          parallel = PARALLEL;
        }
        this.doc = doc;
        this.fetchThumb = fetchThumb;
        this.parallel = parallel;
        this.waiting = [];
        this.running = 0;
        this.live = [];
        this.kept = {};
        this.keptOrder = [];
        this.failed = {};
      }
      ThumbLoader.prototype.request = function(file, show) {
        var job = {
          file: file,
          show: show,
          cancelled: false
        };
        var cancel = function() {
          if (job.cancelled) return;
          job.cancelled = true;
          if (job.abort) job.abort();
        };
        if (this.failed[file.path]) return cancel;
        var blob = this.kept[file.path];
        if (blob) {
          this.draw(job, blob);
          return cancel;
        }
        this.waiting.push(job);
        this.pump();
        return cancel;
      };
      ThumbLoader.prototype.cancelAll = function() {
        var all = this.waiting;
        this.waiting = [];
        for (var i = 0; i < all.length; i++) all[i].cancelled = true;
        this.abortRunning();
      };
      ThumbLoader.prototype.abortRunning = function() {
        var live = this.live;
        for (var i = 0; i < live.length; i++) {
          live[i].cancelled = true;
          var abort = live[i].abort;
          if (abort) abort();
        }
      };
      ThumbLoader.prototype.pump = function() {
        while (this.running < this.parallel && this.waiting.length) {
          var job = this.waiting.shift();
          if (!job.cancelled) this.start(job);
        }
      };
      ThumbLoader.prototype.start = function(job) {
        var _this = this;
        var _a;
        this.running++;
        this.live.push(job);
        var Ctl = (_a = this.doc.defaultView) === null || _a === void 0 ? void 0 : _a.AbortController;
        var ctl = Ctl ? new Ctl : undefined;
        if (ctl) job.abort = function() {
          return ctl.abort();
        };
        var p;
        try {
          p = this.fetchThumb(job.file, ctl ? ctl.signal : undefined);
        } catch (e) {
          p = Promise.reject(e);
        }
        var done = function() {
          _this.running--;
          var k = _this.live.indexOf(job);
          if (k >= 0) _this.live.splice(k, 1);
          _this.pump();
        };
        p.then(function(blob) {
          _this.keep(job.file.path, blob);
          done();
          if (!job.cancelled) _this.draw(job, blob);
        }, function() {
          if (!job.cancelled) _this.failed[job.file.path] = true;
          done();
        });
      };
      ThumbLoader.prototype.keep = function(path, blob) {
        if (!this.kept[path]) this.keptOrder.push(path);
        this.kept[path] = blob;
        while (this.keptOrder.length > KEPT) delete this.kept[this.keptOrder.shift()];
      };
      ThumbLoader.prototype.draw = function(job, blob) {
        var alive = function() {
          return !job.cancelled;
        };
        void (0, thumbnail.H)(this.doc, blob, alive, job.show);
      };
      return ThumbLoader;
    }();
    var counter = 0;
    var BrowsePanel = function() {
      function BrowsePanel(d) {
        this.selection = new Selection;
        this.names = {};
        this.query = null;
        this.token = 0;
        var n = ++counter;
        this.d = d;
        this.multiple = d.multiple;
        this.root = d.root;
        this.path = this.root;
        this.removeStyles = (0, styles.ZM)(d.doc, BROWSE_RULES);
        this.n = buildPanelNodes(d.doc, d.binder, d.mount, this.multiple, n);
        if (d.chooseFolder) this.n.add.removeAttribute("hidden");
        var thumbs = d.thumbnail ? new ThumbLoader(d.doc, d.thumbnail) : undefined;
        this.box = new Listbox(this.n.list, this.multiple, "fp-cs-" + n + "-", d.doc, d.binder, this.selection, thumbs);
        this.listen();
        this.load(this.root);
      }
      BrowsePanel.prototype.focus = function() {
        var n = this.n;
        if (!n.list.hasAttribute("hidden")) n.list.focus(); else if (!n.retry.hasAttribute("hidden")) n.retry.focus(); else (n.up.disabled ? n.status : n.up).focus();
      };
      BrowsePanel.prototype.destroy = function() {
        this.removeStyles();
      };
      BrowsePanel.prototype.reload = function() {
        this.query = null;
        this.load(this.root);
      };
      BrowsePanel.prototype.search = function(query) {
        if (!this.d.search) return;
        this.query = query;
        this.load(this.path);
      };
      BrowsePanel.prototype.endSearch = function() {
        if (this.leaveSearch()) this.load(this.path);
      };
      BrowsePanel.prototype.leaveSearch = function() {
        if (this.query === null) return false;
        this.query = null;
        if (this.d.searchEnded) this.d.searchEnded();
        return true;
      };
      BrowsePanel.prototype.clear = function() {
        this.token++;
        this.query = null;
        this.box.clearSelection();
        this.box.clear();
        this.refreshAdd();
      };
      BrowsePanel.prototype.listen = function() {
        var _this = this;
        var L = this.d.listeners;
        var n = this.n;
        L.on(n.list, "keydown", function(e) {
          _this.onKey(e);
        });
        L.on(n.list, "click", function(e) {
          _this.onClick(e.target);
        });
        L.on(n.list, "scroll", function() {
          _this.box.onScroll();
        });
        L.on(n.crumbList, "click", function(e) {
          var t = e.target;
          var p = t && t.getAttribute && t.getAttribute("data-fp-path");
          if (p !== null && p !== undefined) {
            _this.open(p);
            n.list.focus();
          }
        });
        L.on(n.up, "click", function() {
          _this.goUp();
          n.list.focus();
        });
        L.on(n.more, "click", function() {
          if (_this.next) _this.load(_this.path, _this.next);
        });
        L.on(n.retry, "click", function() {
          _this.load(_this.path, _this.box.count() ? _this.next : undefined);
        });
        L.on(n.add, "click", function() {
          if (_this.d.chooseFolder) _this.d.chooseFolder({
            path: _this.path,
            name: _this.folderLabel()
          }); else _this.pick(_this.box.selectedFiles());
        });
      };
      BrowsePanel.prototype.folderLabel = function() {
        if (this.query !== null) return this.d.binder.t("searchResults");
        var c = crumbs(this.root, this.path, this.d.rootLabel, this.names);
        return c[c.length - 1].label;
      };
      BrowsePanel.prototype.refreshAdd = function() {
        if (this.d.chooseFolder) {
          this.d.binder.text(this.n.add, "folderChoose");
          this.n.add.removeAttribute("disabled");
          return;
        }
        var count = this.box.selectedFiles().length;
        this.d.binder.text(this.n.add, "customAddSelected", {
          count: count
        });
        if (count) this.n.add.removeAttribute("disabled"); else this.n.add.setAttribute("disabled", "");
      };
      BrowsePanel.prototype.reset = function(folder) {
        var n = this.n;
        this.path = folder;
        this.next = undefined;
        this.box.clear();
        n.more.setAttribute("hidden", "");
        var c = crumbs(this.root, this.path, this.d.rootLabel, this.names);
        if (this.query !== null) c.push({
          label: this.folderLabel(),
          path: this.path
        });
        renderCrumbs(this.d.doc, n.crumbList, c);
        if (this.path === this.root && this.query === null) n.up.setAttribute("disabled", ""); else n.up.removeAttribute("disabled");
        this.d.binder.attr(n.list, "aria-label", "customListLabel", {
          folder: this.folderLabel()
        });
        this.refreshAdd();
      };
      BrowsePanel.prototype.load = function(folder, cursor) {
        var _this = this;
        var mine = ++this.token;
        var active = this.d.doc.activeElement;
        var hadFocus = active === this.n.list || !!active && this.n.status.contains(active);
        if (!cursor) this.reset(folder);
        this.n.list.setAttribute("aria-busy", "true");
        showStatus(this.d.binder, this.n, "customLoading");
        var p;
        try {
          p = this.query !== null && this.d.search ? this.d.search(this.query, cursor) : this.d.list(this.path, cursor);
        } catch (e) {
          p = Promise.reject(e);
        }
        p.then(function(listing) {
          if (mine === _this.token) _this.listed(listing, !!cursor, hadFocus);
        }, function(e) {
          if (mine === _this.token) _this.failed(e, hadFocus);
        });
      };
      BrowsePanel.prototype.listed = function(listing, nextPage, hadFocus) {
        var n = this.n;
        var box = this.box;
        n.list.removeAttribute("aria-busy");
        var before = box.count();
        var fresh = [];
        for (var i = 0; i < listing.folders.length; i++) {
          var f = listing.folders[i];
          this.names[f.path] = f.name;
          if (isWithin(this.root, f.path)) fresh.push({
            folder: f
          });
        }
        if (!this.d.chooseFolder) for (var i = 0; i < listing.files.length; i++) fresh.push({
          file: listing.files[i]
        });
        box.append(fresh);
        this.next = listing.next;
        if (this.next) n.more.removeAttribute("hidden"); else n.more.setAttribute("hidden", "");
        if (!box.count()) {
          n.list.setAttribute("hidden", "");
          showStatus(this.d.binder, n, this.query !== null ? "searchEmpty" : "customEmpty");
          if (hadFocus) (n.up.disabled ? n.status : n.up).focus();
        } else {
          n.list.removeAttribute("hidden");
          if (hadFocus) n.list.focus();
          showStatus(this.d.binder, n, null);
          if (!nextPage) box.setActive(0, false); else if (before < box.count()) box.setActive(before);
        }
        this.d.announcer.say(this.d.channel, this.d.binder.t("customAnnounceFolder", {
          folder: this.folderLabel(),
          count: box.count()
        }), true);
      };
      BrowsePanel.prototype.failed = function(e, hadFocus) {
        var n = this.n;
        n.list.removeAttribute("aria-busy");
        if (this.d.handles && this.d.handles(e)) {
          showStatus(this.d.binder, n, null);
          return;
        }
        if (!this.box.count()) n.list.setAttribute("hidden", "");
        showStatus(this.d.binder, n, "customListFailed", this.d.messageOf(e));
        if (hadFocus && n.list.hasAttribute("hidden")) n.retry.focus();
        this.d.announcer.say(this.d.channel, n.statusText.textContent || "", true);
      };
      BrowsePanel.prototype.open = function(folder) {
        this.leaveSearch();
        this.load(isWithin(this.root, folder) ? folder : this.root);
      };
      BrowsePanel.prototype.goUp = function() {
        if (this.leaveSearch()) this.load(this.path); else if (this.path !== this.root) this.open(parentFolder(this.root, this.path));
      };
      BrowsePanel.prototype.pick = function(files) {
        if (!files.length) return;
        if (this.d.onPick(files) && this.multiple) {
          this.box.clearSelection();
          this.refreshAdd();
        }
      };
      BrowsePanel.prototype.toggle = function(i) {
        this.box.toggle(i);
        this.refreshAdd();
      };
      BrowsePanel.prototype.activate = function(i) {
        var it = this.box.item(i);
        if (!it) return;
        if (it.folder) this.open(it.folder.path); else if (!this.multiple) this.pick([ it.file ]); else {
          var chosen = this.box.selectedFiles();
          this.pick(chosen.length ? chosen : [ it.file ]);
        }
      };
      BrowsePanel.prototype.onClick = function(target) {
        var i = this.box.indexAt(target);
        if (i < 0) return;
        this.box.setActive(i);
        this.n.list.focus();
        var it = this.box.item(i);
        if (this.multiple && it && it.file) this.toggle(i); else this.activate(i);
      };
      BrowsePanel.prototype.onKey = function(e) {
        var key = e.key;
        var box = this.box;
        var moved = moveIndex(key, box.activeIndex(), box.count());
        if (moved >= 0) {
          e.preventDefault();
          box.setActive(moved);
        } else if (key === "Enter") {
          e.preventDefault();
          this.activate(box.activeIndex());
        } else if (key === " " || key === "Spacebar") {
          e.preventDefault();
          if (this.multiple) this.toggle(box.activeIndex());
        } else if ((key === "Escape" || key === "Esc") && this.query !== null) {
          e.preventDefault();
          e.stopPropagation();
          this.goUp();
        } else if (key === "Backspace" || e.altKey && (key === "ArrowUp" || key === "Up")) {
          e.preventDefault();
          this.goUp();
        } else if (this.multiple && (e.ctrlKey || e.metaKey) && (key === "a" || key === "A")) {
          e.preventDefault();
          box.selectAll();
          this.refreshAdd();
        } else if (key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
          box.typeAhead(key, Date.now());
        }
      };
      return BrowsePanel;
    }();
  }
} ]);
//# sourceMappingURL=browse.js.map