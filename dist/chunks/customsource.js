/*! filepicker-shim 0.1.0 | drop-in replacement for filepicker.js v2 | MIT */
"use strict";

(Object(typeof self !== "undefined" ? self : this)["webpackChunkfilepicker"] = Object(typeof self !== "undefined" ? self : this)["webpackChunkfilepicker"] || []).push([ [ 713 ], {
  92: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
    __webpack_require__.r(__webpack_exports__);
    __webpack_require__.d(__webpack_exports__, {
      crumbs: function() {
        return crumbs;
      },
      customSourcePanel: function() {
        return customSourcePanel;
      },
      isWithin: function() {
        return isWithin;
      },
      parentFolder: function() {
        return parentFolder;
      },
      rootFolder: function() {
        return rootFolder;
      }
    });
    var dom = __webpack_require__(239);
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
    function crumbs(root, path, rootLabel) {
      var out = [ {
        label: root ? baseName(root) : rootLabel,
        path: root
      } ];
      if (!isWithin(root, path)) return out;
      var rest = path.slice(root.length).split("/");
      var at = root;
      for (var i = 0; i < rest.length; i++) {
        if (!rest[i]) continue;
        at += rest[i] + "/";
        out.push({
          label: rest[i],
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
    var styles = __webpack_require__(797);
    var CUSTOM_RULES = [ ".fp-cs-top{display:flex;align-items:center;justify-content:space-between;gap:8px;flex-wrap:wrap}", ".fp-cs-crumbs{list-style:none;display:flex;flex-wrap:wrap;align-items:center;gap:4px;margin:0;padding:0}", '.fp-cs-crumbs li+li:before{content:"/";color:#57606a;margin-inline-end:4px}', ".fp-cs-crumb{font:inherit;background:none;border:0;padding:0;color:#0a58ca;text-decoration:underline;cursor:pointer}", ".fp-cs-crumb:focus,.fp-cs-list:focus,.fp-cs-status:focus{" + styles.L_ + "}", ".fp-cs-here{font-weight:600}", ".fp-cs-list{margin-top:8px;border:1px solid #8c959f;border-radius:6px;padding:4px;max-height:200px;overflow:auto}", ".fp-cs-item{display:flex;align-items:center;gap:8px;padding:5px 8px;border-radius:4px;cursor:pointer}", ".fp-cs-item:hover{background:#f6f8fa}", ".fp-cs-name{flex:1 1 auto;min-width:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}", ".fp-cs-folder .fp-cs-name{font-weight:600}", ".fp-cs-meta{color:#57606a;font-size:13px}", ".fp-cs-check{visibility:hidden;color:#1a7f37;font-weight:700;width:1em}", "[aria-multiselectable=true] .fp-cs-item[aria-selected=true] .fp-cs-check{visibility:visible}", ".fp-cs-list:not([aria-multiselectable]) .fp-cs-check{display:none}", "[aria-multiselectable=true] .fp-cs-item[aria-selected=true]{background:#dafbe1}", ".fp-cs-item.fp-cs-active{background:#ddf4ff;box-shadow:inset 0 0 0 2px #0969da}", ".fp-cs-status{color:#57606a;margin:8px 0 0}" ];
    var counter = 0;
    function customSourcePanel(d) {
      var doc = d.doc, binder = d.binder, L = d.listeners;
      var n = ++counter;
      var removeStyles = (0, styles.ZM)(doc, CUSTOM_RULES);
      var multiple = d.config.multiple;
      var container = d.config.customSourceContainer;
      var root = rootFolder(d.config.customSourcePath);
      var path = root;
      var items = [];
      var options = [];
      var next;
      var active = -1;
      var selected = {};
      var token = 0;
      var typed = "";
      var typedAt = 0;
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
      var status = (0, dom.el)(doc, "p", {
        class: "fp-cs-status",
        tabindex: "-1",
        hidden: ""
      });
      var statusText = (0, dom.el)(doc, "span");
      var retry = (0, dom.el)(doc, "button", {
        type: "button",
        class: "fp-btn fp-small",
        hidden: ""
      });
      binder.text(retry, "retry");
      status.appendChild(statusText);
      status.appendChild(doc.createTextNode(" "));
      status.appendChild(retry);
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
      var top = (0, dom.el)(doc, "div", {
        class: "fp-cs-top"
      }, [ crumbNav, up ]);
      d.mount.appendChild(top);
      d.mount.appendChild(hint);
      d.mount.appendChild(list);
      d.mount.appendChild(status);
      d.mount.appendChild((0, dom.el)(doc, "div", {
        class: "fp-row"
      }, [ more, add ]));
      function folderLabel() {
        var c = crumbs(root, path, container);
        return c[c.length - 1].label;
      }
      function showStatus(key, reason) {
        if (!key) {
          status.setAttribute("hidden", "");
          return;
        }
        binder.text(statusText, key, {
          reason: reason || ""
        });
        status.removeAttribute("hidden");
        if (key === "customListFailed") retry.removeAttribute("hidden"); else retry.setAttribute("hidden", "");
      }
      function renderCrumbs() {
        while (crumbList.firstChild) crumbList.removeChild(crumbList.firstChild);
        var c = crumbs(root, path, container);
        for (var i = 0; i < c.length; i++) {
          var last = i === c.length - 1;
          var node = last ? (0, dom.el)(doc, "span", {
            class: "fp-cs-here",
            "aria-current": "location"
          }, [ c[i].label ]) : (0, dom.el)(doc, "button", {
            type: "button",
            class: "fp-cs-crumb",
            "data-fp-path": c[i].path
          }, [ c[i].label ]);
          crumbList.appendChild((0, dom.el)(doc, "li", {}, [ node ]));
        }
        if (path === root) up.setAttribute("disabled", ""); else up.removeAttribute("disabled");
        binder.attr(list, "aria-label", "customListLabel", {
          folder: folderLabel()
        });
      }
      function selectedFiles() {
        var out = [];
        for (var i = 0; i < items.length; i++) {
          var f = items[i].file;
          if (f && selected[f.path]) out.push(f);
        }
        return out;
      }
      function refreshAdd() {
        var count = selectedFiles().length;
        binder.text(add, "customAddSelected", {
          count: count
        });
        if (count) add.removeAttribute("disabled"); else add.setAttribute("disabled", "");
      }
      function paintOption(i) {
        var o = options[i];
        var f = items[i].file;
        if (i === active) (0, dom.iQ)(o, "fp-cs-active"); else (0, dom.vy)(o, "fp-cs-active");
        if (multiple) {
          if (f) o.setAttribute("aria-selected", selected[f.path] ? "true" : "false");
        } else o.setAttribute("aria-selected", i === active ? "true" : "false");
      }
      function setActive(i) {
        var prev = active;
        active = i;
        if (prev >= 0 && prev < options.length) paintOption(prev);
        if (i >= 0 && i < options.length) {
          paintOption(i);
          list.setAttribute("aria-activedescendant", options[i].id);
          var o = options[i];
          if (typeof o.scrollIntoView === "function") o.scrollIntoView({
            block: "nearest"
          });
        } else list.removeAttribute("aria-activedescendant");
      }
      function optionFor(item, i) {
        var name = item.folder ? item.folder.name : item.file.name;
        var check = (0, dom.el)(doc, "span", {
          class: "fp-cs-check",
          "aria-hidden": "true"
        }, [ "✓" ]);
        var label = (0, dom.el)(doc, "span", {
          class: "fp-cs-name"
        }, [ name ]);
        var meta = (0, dom.el)(doc, "span", {
          class: "fp-cs-meta"
        });
        if (item.folder) binder.text(meta, "customFolder"); else meta.textContent = (0, 
        dom.Xq)(item.file.size);
        var o = (0, dom.el)(doc, "div", {
          class: "fp-cs-item " + (item.folder ? "fp-cs-folder" : "fp-cs-file"),
          role: "option",
          id: "fp-cs-" + n + "-" + i,
          "data-fp-index": String(i)
        }, [ check, label, meta ]);
        return o;
      }
      function append(listing) {
        var frag = doc.createDocumentFragment();
        var fresh = [];
        for (var i = 0; i < listing.folders.length; i++) if (isWithin(root, listing.folders[i].path)) fresh.push({
          folder: listing.folders[i]
        });
        for (var i = 0; i < listing.files.length; i++) fresh.push({
          file: listing.files[i]
        });
        for (var i = 0; i < fresh.length; i++) {
          var idx = items.length;
          items.push(fresh[i]);
          var o = optionFor(fresh[i], idx);
          options.push(o);
          paintOption(idx);
          frag.appendChild(o);
        }
        list.appendChild(frag);
        next = listing.next;
        if (next) more.removeAttribute("hidden"); else more.setAttribute("hidden", "");
      }
      function load(folder, cursor) {
        var mine = ++token;
        var hadFocus = doc.activeElement === list;
        if (!cursor) {
          path = folder;
          items = [];
          options = [];
          selected = {};
          active = -1;
          next = undefined;
          while (list.firstChild) list.removeChild(list.firstChild);
          list.removeAttribute("aria-activedescendant");
          more.setAttribute("hidden", "");
          renderCrumbs();
          refreshAdd();
        }
        list.setAttribute("aria-busy", "true");
        showStatus("customLoading");
        var p;
        try {
          p = d.uploader.listSource(container, path, cursor);
        } catch (e) {
          p = Promise.reject(e);
        }
        p.then(function(listing) {
          if (mine !== token) return;
          list.removeAttribute("aria-busy");
          var before = items.length;
          append(listing);
          if (!items.length) {
            list.setAttribute("hidden", "");
            showStatus("customEmpty");
            if (hadFocus) (up.disabled ? status : up).focus();
          } else {
            list.removeAttribute("hidden");
            showStatus(null);
            if (!cursor) setActive(0); else if (before < items.length) setActive(before);
          }
          d.announcer.say("customsource", binder.t("customAnnounceFolder", {
            folder: folderLabel(),
            count: items.length
          }), true);
        }, function(e) {
          if (mine !== token) return;
          list.removeAttribute("aria-busy");
          if (!items.length) list.setAttribute("hidden", "");
          showStatus("customListFailed", d.messageOf(e));
          if (hadFocus && list.hasAttribute("hidden")) retry.focus();
          d.announcer.say("customsource", statusText.textContent || "", true);
        });
      }
      function open(folder) {
        if (!isWithin(root, folder)) folder = root;
        load(folder);
      }
      function pick(files) {
        if (!files.length) return;
        if (d.onPick(files) && multiple) {
          selected = {};
          for (var i = 0; i < options.length; i++) paintOption(i);
          refreshAdd();
        }
      }
      function toggle(i) {
        var f = items[i] && items[i].file;
        if (!f) return;
        if (selected[f.path]) delete selected[f.path]; else selected[f.path] = f;
        paintOption(i);
        refreshAdd();
      }
      function activate(i) {
        var it = items[i];
        if (!it) return;
        if (it.folder) open(it.folder.path); else if (!multiple) pick([ it.file ]); else {
          var chosen = selectedFiles();
          pick(chosen.length ? chosen : [ it.file ]);
        }
      }
      function goUp() {
        if (path === root) return false;
        open(parentFolder(root, path));
        return true;
      }
      L.on(list, "keydown", function(e) {
        var key = e.key;
        var moved = moveIndex(key, active, items.length);
        if (moved >= 0) {
          e.preventDefault();
          setActive(moved);
          return;
        }
        if (key === "Enter") {
          e.preventDefault();
          activate(active);
        } else if (key === " " || key === "Spacebar") {
          e.preventDefault();
          if (multiple) toggle(active);
        } else if (key === "Backspace" || e.altKey && (key === "ArrowUp" || key === "Up")) {
          e.preventDefault();
          goUp();
        } else if (multiple && (e.ctrlKey || e.metaKey) && (key === "a" || key === "A")) {
          e.preventDefault();
          for (var i = 0; i < items.length; i++) {
            var f = items[i].file;
            if (f) selected[f.path] = f;
            paintOption(i);
          }
          refreshAdd();
        } else if (key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
          var now = Date.now();
          typed = now - typedAt > 700 ? key : typed + key;
          typedAt = now;
          var names = [];
          for (var i = 0; i < items.length; i++) names.push(items[i].folder ? items[i].folder.name : items[i].file.name);
          var found = findByPrefix(names, typed, typed.length > 1 ? active - 1 : active);
          if (found >= 0) setActive(found);
        }
      });
      L.on(list, "click", function(e) {
        var t = e.target;
        while (t && t !== list && !t.getAttribute("data-fp-index")) t = t.parentElement;
        if (!t || t === list) return;
        var i = Number(t.getAttribute("data-fp-index"));
        setActive(i);
        list.focus();
        if (multiple && items[i] && items[i].file) toggle(i); else activate(i);
      });
      L.on(crumbList, "click", function(e) {
        var t = e.target;
        var p = t && t.getAttribute && t.getAttribute("data-fp-path");
        if (p !== null && p !== undefined) {
          open(p);
          list.focus();
        }
      });
      L.on(up, "click", function() {
        goUp();
        list.focus();
      });
      L.on(more, "click", function() {
        if (next) load(path, next);
      });
      L.on(retry, "click", function() {
        load(path, items.length ? next : undefined);
      });
      L.on(add, "click", function() {
        pick(selectedFiles());
      });
      load(root);
      return {
        focus: function() {
          if (!list.hasAttribute("hidden")) list.focus(); else if (!retry.hasAttribute("hidden")) retry.focus(); else (up.disabled ? status : up).focus();
        },
        destroy: removeStyles
      };
    }
  }
} ]);
//# sourceMappingURL=customsource.js.map