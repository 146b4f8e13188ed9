/*! filepicker-shim 0.1.0 | drop-in replacement for filepicker.js v2 | MIT */
"use strict";

(Object(typeof self !== "undefined" ? self : this)["webpackChunkfilepicker"] = Object(typeof self !== "undefined" ? self : this)["webpackChunkfilepicker"] || []).push([ [ 74 ], {
  1850: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
    __webpack_require__.d(__webpack_exports__, {
      CloudPanel: function() {
        return CloudPanel;
      }
    });
    var dom = __webpack_require__(239);
    var styles = __webpack_require__(5797);
    var browse = __webpack_require__(7887);
    var failure = __webpack_require__(7838);
    var FIELDS = {
      host: {
        label: "cloudHost",
        type: "text",
        autocomplete: "url",
        required: true
      },
      port: {
        label: "cloudPort",
        type: "text",
        autocomplete: "off",
        inputmode: "numeric"
      },
      url: {
        label: "cloudUrl",
        type: "url",
        autocomplete: "url",
        required: true
      },
      user: {
        label: "cloudUser",
        type: "text",
        autocomplete: "username"
      },
      password: {
        label: "cloudPassword",
        type: "password",
        autocomplete: "current-password"
      }
    };
    var DEFAULT_FIELDS = {
      ftp: [ "host", "port", "user", "password" ],
      webdav: [ "url", "user", "password" ]
    };
    function buildSignInForm(doc, binder, sourceLabel, fields, n) {
      var title = (0, dom.el)(doc, "h3", {
        class: "fp-cloud-title",
        id: "fp-cloud-title-" + n
      });
      binder.text(title, "cloudSignInTitle", {
        source: sourceLabel
      });
      var form = (0, dom.el)(doc, "form", {
        class: "fp-cloud-form",
        "aria-labelledby": title.id,
        novalidate: ""
      });
      var inputs = {};
      for (var i = 0; i < fields.length; i++) {
        var spec = FIELDS[fields[i]];
        if (!spec) continue;
        var id = "fp-cloud-" + n + "-" + fields[i];
        var label = (0, dom.el)(doc, "label", {
          class: "fp-label",
          for: id
        });
        binder.text(label, spec.label);
        var input = (0, dom.el)(doc, "input", {
          id: id,
          name: fields[i],
          type: spec.type,
          autocomplete: spec.autocomplete,
          class: "fp-input",
          spellcheck: "false",
          autocapitalize: "none",
          inputmode: spec.inputmode
        });
        if (fields[i] === "port") input.setAttribute("placeholder", "21");
        if (spec.required) input.setAttribute("aria-required", "true");
        inputs[fields[i]] = input;
        form.appendChild((0, dom.el)(doc, "div", {
          class: "fp-cloud-field"
        }, [ label, input ]));
      }
      var message = (0, dom.el)(doc, "p", {
        class: "fp-cloud-message",
        id: "fp-cloud-message-" + n,
        hidden: ""
      });
      var submit = (0, dom.el)(doc, "button", {
        type: "submit",
        class: "fp-btn fp-cloud-submit"
      });
      binder.text(submit, "cloudSignIn");
      form.appendChild(message);
      form.appendChild((0, dom.el)(doc, "div", {
        class: "fp-row"
      }, [ submit ]));
      var root = (0, dom.el)(doc, "section", {
        class: "fp-cloud-signin"
      }, [ title, form ]);
      return {
        root: root,
        form: form,
        inputs: inputs,
        submit: submit,
        message: message
      };
    }
    function formValues(f) {
      var values = {};
      var missing;
      for (var k in f.inputs) {
        if (!Object.prototype.hasOwnProperty.call(f.inputs, k)) continue;
        var input = f.inputs[k];
        var v = k === "password" ? input.value : input.value.replace(/^\s+|\s+$/g, "");
        values[k] = v;
        var required = input.getAttribute("aria-required") === "true";
        if (required && !v && !missing) missing = input;
        if (required) input.setAttribute("aria-invalid", required && !v ? "true" : "false");
      }
      return {
        values: values,
        missing: missing
      };
    }
    function buildOAuthSignIn(doc, binder, sourceLabel, n) {
      var message = (0, dom.el)(doc, "p", {
        class: "fp-cloud-message",
        id: "fp-cloud-oauth-message-" + n,
        hidden: ""
      });
      var button = (0, dom.el)(doc, "button", {
        type: "button",
        class: "fp-btn fp-cloud-oauth",
        "aria-describedby": message.id
      });
      binder.text(button, "cloudSignInOAuth", {
        source: sourceLabel
      });
      var root = (0, dom.el)(doc, "section", {
        class: "fp-cloud-signin fp-cloud-oauth-signin"
      }, [ message, (0, dom.el)(doc, "div", {
        class: "fp-row"
      }, [ button ]) ]);
      return {
        root: root,
        button: button,
        message: message
      };
    }
    var POPUP_FEATURES = "width=600,height=720,menubar=no,toolbar=no";
    var CLOSE_GRACE_MS = 500;
    function watchPopup(w) {
      var over = false;
      var pending = Promise.resolve();
      var stop = function() {
        over = true;
        w.win.removeEventListener("message", onMessage, false);
        w.win.clearInterval(timer);
      };
      var finish = function(a) {
        if (over) return;
        stop();
        w.done(a);
      };
      function onMessage(e) {
        if (over) return;
        var origin = e.origin;
        var data = e.data;
        pending = pending.then(function() {
          return w.read(origin, data);
        }).then(function(a) {
          if (a) finish(a);
        }, function() {
          return undefined;
        });
      }
      w.win.addEventListener("message", onMessage, false);
      var timer = w.win.setInterval(function() {
        if (!w.popup.closed) return;
        w.win.clearInterval(timer);
        var closed = function() {
          finish(null);
        };
        w.win.setTimeout(function() {
          pending.then(closed, closed);
        }, CLOSE_GRACE_MS);
      }, 250);
      return stop;
    }
    function buildSearchBox(doc, binder, sourceLabel, n) {
      var id = "fp-cloud-search-" + n;
      var label = (0, dom.el)(doc, "label", {
        class: "fp-label",
        for: id
      });
      binder.text(label, "searchLabel", {
        source: sourceLabel
      });
      var input = (0, dom.el)(doc, "input", {
        id: id,
        type: "search",
        class: "fp-input",
        autocomplete: "off",
        spellcheck: "false",
        maxlength: "200",
        enterkeyhint: "search"
      });
      binder.attr(input, "placeholder", "searchPlaceholder");
      var root = (0, dom.el)(doc, "form", {
        class: "fp-cloud-field fp-cloud-search",
        role: "search",
        novalidate: "",
        hidden: ""
      }, [ label, input ]);
      return {
        root: root,
        input: input
      };
    }
    function wireSearchBox(box, listeners, target) {
      listeners.on(box.root, "submit", function(e) {
        e.preventDefault();
        var q = box.input.value.replace(/^\s+|\s+$/g, "");
        if (q) target.search(q); else target.endSearch();
      });
      listeners.on(box.input, "input", function() {
        if (!box.input.value) target.endSearch();
      });
      listeners.on(box.input, "keydown", function(e) {
        if (e.key !== "Escape" && e.key !== "Esc" || !box.input.value) return;
        e.preventDefault();
        e.stopPropagation();
        box.input.value = "";
        target.endSearch();
      });
    }
    var CLOUD_RULES = [ ".fp-cloud-title{font-size:16px;margin:0 0 8px}", ".fp-cloud-field{margin-bottom:8px;max-width:360px}", ".fp-cloud-field .fp-label{margin-bottom:2px}", ".fp-cloud-field .fp-input{display:block;width:100%;box-sizing:border-box}", ".fp-cloud-message{margin:4px 0 8px;color:#1f2328}", ".fp-cloud-message[hidden]{display:none}", ".fp-cloud-bar{display:flex;justify-content:flex-end;align-items:flex-end;gap:8px;flex-wrap:wrap;margin-bottom:6px}", ".fp-cloud-search{flex:1 1 240px;margin:0}" ];
    var SIGN_IN = "fp-cloud-sign-in";
    function wantsSignIn(e) {
      return !!e && (e.message === SIGN_IN || e.reason === "signin");
    }
    var counter = 0;
    var CloudPanel = function() {
      function CloudPanel(d) {
        var _this = this;
        this.redirect = null;
        this.unwatch = null;
        this.busy = false;
        var n = ++counter;
        this.d = d;
        this.removeStyles = (0, styles.ZM)(d.doc, CLOUD_RULES);
        this.form = buildSignInForm(d.doc, d.binder, d.label, DEFAULT_FIELDS[d.cloud] || [], n);
        this.form.root.setAttribute("hidden", "");
        this.oauth = buildOAuthSignIn(d.doc, d.binder, d.label, n);
        this.oauth.root.setAttribute("hidden", "");
        this.signOut = (0, dom.el)(d.doc, "button", {
          type: "button",
          class: "fp-btn fp-small fp-cloud-signout"
        });
        d.binder.text(this.signOut, "cloudSignOut");
        this.searchBox = buildSearchBox(d.doc, d.binder, d.label, n);
        var browseMount = (0, dom.el)(d.doc, "div", {
          class: "fp-cloud-browse"
        });
        this.browseBox = (0, dom.el)(d.doc, "div", {}, [ (0, dom.el)(d.doc, "div", {
          class: "fp-cloud-bar"
        }, [ this.searchBox.root, this.signOut ]), browseMount ]);
        d.mount.appendChild(this.form.root);
        d.mount.appendChild(this.oauth.root);
        d.mount.appendChild(this.browseBox);
        this.listen();
        var api = d.uploader.cloud;
        var answer = function(l) {
          if (l.signIn) {
            if (l.signIn.redirect) _this.redirect = l.signIn.redirect; else _this.fill(l.signIn.defaults);
            throw new Error(SIGN_IN);
          }
          if (l.searchable && !d.onFolder) _this.searchBox.root.removeAttribute("hidden");
          return l;
        };
        this.browse = new browse.ZV({
          doc: d.doc,
          binder: d.binder,
          listeners: d.listeners,
          announcer: d.announcer,
          mount: browseMount,
          multiple: d.config.multiple,
          root: "/",
          rootLabel: d.label,
          channel: d.cloud,
          list: function(folder, cursor) {
            return api.list(d.cloud, folder, cursor).then(answer);
          },
          search: function(query, cursor) {
            return api.search(d.cloud, query, cursor).then(answer);
          },
          searchEnded: function() {
            _this.searchBox.input.value = "";
          },
          handles: function(e) {
            if (e.reason === "unavailable") {
              d.unavailable(d.messageOf(e));
              return false;
            }
            if (!wantsSignIn(e)) return false;
            _this.showForm(e.message === SIGN_IN ? null : "cloudSignInAgain");
            return true;
          },
          onPick: d.onPick,
          messageOf: function(e) {
            return (0, failure.k)(d.binder, d.label, e, d.messageOf);
          },
          chooseFolder: d.onFolder,
          thumbnail: function(file, signal) {
            return api.thumbnail({
              cloud: d.cloud,
              path: file.path
            }, signal);
          }
        });
        wireSearchBox(this.searchBox, d.listeners, this.browse);
      }
      CloudPanel.prototype.focus = function() {
        if (this.browseBox.hasAttribute("hidden")) this.firstField().focus(); else this.browse.focus();
      };
      CloudPanel.prototype.destroy = function() {
        if (this.unwatch) this.unwatch();
        this.browse.destroy();
        this.removeStyles();
      };
      CloudPanel.prototype.fill = function(defaults) {
        var inputs = this.form.inputs;
        for (var k in defaults) {
          if (Object.prototype.hasOwnProperty.call(defaults, k) && Object.prototype.hasOwnProperty.call(inputs, k) && !inputs[k].value) inputs[k].value = defaults[k];
        }
      };
      CloudPanel.prototype.firstField = function() {
        if (this.redirect) return this.oauth.button;
        var f = this.form.form.querySelector("input");
        return f || this.form.submit;
      };
      CloudPanel.prototype.listen = function() {
        var _this = this;
        var L = this.d.listeners;
        L.on(this.form.form, "submit", function(e) {
          e.preventDefault();
          _this.submit();
        });
        L.on(this.signOut, "click", function() {
          _this.logout();
        });
        L.on(this.oauth.button, "click", function() {
          _this.openPopup();
        });
      };
      CloudPanel.prototype.showForm = function(note) {
        var hadFocus = this.d.mount.contains(this.d.doc.activeElement);
        this.browseBox.setAttribute("hidden", "");
        (this.redirect ? this.oauth : this.form).root.removeAttribute("hidden");
        this.say(note ? this.d.binder.t(note) : null);
        if (hadFocus) this.firstField().focus();
      };
      CloudPanel.prototype.say = function(text) {
        var m = this.redirect ? this.oauth.message : this.form.message;
        if (text === null) {
          m.setAttribute("hidden", "");
          m.textContent = "";
          return;
        }
        m.textContent = text;
        m.removeAttribute("hidden");
        this.d.announcer.say(this.d.cloud, text, true);
      };
      CloudPanel.prototype.submit = function() {
        var _this = this;
        if (this.busy) return;
        var got = formValues(this.form);
        if (got.missing) {
          got.missing.focus();
          return;
        }
        this.busy = true;
        this.form.submit.setAttribute("disabled", "");
        this.say(this.d.binder.t("cloudSigningIn"));
        var p;
        try {
          p = this.d.uploader.cloud.signIn(this.d.cloud, got.values);
        } catch (e) {
          p = Promise.reject(e);
        }
        p.then(function() {
          _this.busy = false;
          _this.form.submit.removeAttribute("disabled");
          if (_this.form.inputs.password) _this.form.inputs.password.value = "";
          _this.signedIn();
        }, function(e) {
          _this.busy = false;
          _this.form.submit.removeAttribute("disabled");
          _this.say(_this.d.binder.t("cloudSignInFailed", {
            reason: _this.d.messageOf(e)
          }));
          (_this.form.inputs.password || _this.firstField()).focus();
        });
      };
      CloudPanel.prototype.signedIn = function() {
        this.say(null);
        this.form.root.setAttribute("hidden", "");
        this.oauth.root.setAttribute("hidden", "");
        this.browseBox.removeAttribute("hidden");
        this.browse.reload();
        this.browse.focus();
      };
      CloudPanel.prototype.openPopup = function() {
        var _this = this;
        if (this.busy || !this.redirect) return;
        var popup = this.d.win.open(this.redirect, "fp-cloud-" + this.d.cloud, POPUP_FEATURES);
        if (!popup) {
          this.say(this.d.binder.t("cloudPopupBlocked"));
          return;
        }
        this.busy = true;
        this.oauth.button.setAttribute("disabled", "");
        this.say(this.d.binder.t("cloudSigningIn"));
        this.unwatch = watchPopup({
          win: this.d.win,
          popup: popup,
          read: function(origin, data) {
            return _this.d.uploader.cloud.oauthMessage(_this.d.cloud, origin, data);
          },
          done: function(a) {
            _this.unwatch = null;
            _this.busy = false;
            _this.oauth.button.removeAttribute("disabled");
            if (a && a.signedIn) _this.signedIn(); else {
              _this.say(a ? _this.d.binder.t("cloudSignInFailed", {
                reason: a.message
              }) : _this.d.binder.t("cloudSignInClosed"));
              _this.oauth.button.focus();
            }
          }
        });
      };
      CloudPanel.prototype.logout = function() {
        var _this = this;
        if (this.busy) return;
        this.busy = true;
        var shown = function() {
          _this.busy = false;
          _this.showForm(null);
          _this.say(_this.d.binder.t("cloudSignedOut", {
            source: _this.d.label
          }));
          _this.firstField().focus();
        };
        var done = function() {
          _this.browse.clear();
          _this.searchBox.input.value = "";
          _this.searchBox.root.setAttribute("hidden", "");
          if (!_this.redirect && DEFAULT_FIELDS[_this.d.cloud]) return shown();
          _this.d.uploader.cloud.list(_this.d.cloud, "/").then(function(l) {
            if (l.signIn && l.signIn.redirect) _this.redirect = l.signIn.redirect;
          }, function() {
            return undefined;
          }).then(shown, shown);
        };
        this.d.uploader.cloud.logout(this.d.cloud).then(done, done);
      };
      return CloudPanel;
    }();
  }
} ]);
//# sourceMappingURL=cloud.js.map