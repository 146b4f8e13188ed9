/*! filepicker-shim 0.1.0 | drop-in replacement for filepicker.js v2 | MIT */
"use strict";

(Object(typeof self !== "undefined" ? self : this)["webpackChunkfilepicker"] = Object(typeof self !== "undefined" ? self : this)["webpackChunkfilepicker"] || []).push([ [ 30 ], {
  6220: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
    __webpack_require__.d(__webpack_exports__, {
      createCloudApi: function() {
        return createCloudApi;
      }
    });
    var errors = __webpack_require__(4703);
    var protocol = __webpack_require__(3126);
    var serverTask = __webpack_require__(3268);
    var core_hosts = __webpack_require__(6341);
    var http_signal = __webpack_require__(671);
    var http_retry = __webpack_require__(3333);
    function cloudBase(hosts) {
      return (hosts.cloudApi || core_hosts.yX.cloudApi).replace(/\/+$/, "");
    }
    function cloudBody(deps, clouds, extra) {
      var body = {
        apikey: deps.apikey,
        flow: "web"
      };
      if (clouds) body.clouds = clouds;
      if (deps.session.token) body.token = deps.session.token;
      if (deps.security && deps.security.policy) body.policy = deps.security.policy;
      if (deps.security && deps.security.signature) body.signature = deps.security.signature;
      if (extra) for (var k in extra) if (Object.prototype.hasOwnProperty.call(extra, k)) body[k] = extra[k];
      return JSON.stringify(body);
    }
    function cloudError(e, cloud) {
      if (!e || e.name !== "NetworkError") return e;
      var n = e;
      if (!n.status) return new errors.Dr(errors.H3 + "the " + cloud + " source could not be reached: " + n.message.replace(errors.H3, ""), {
        method: n.method,
        url: n.url,
        status: 0,
        provider: cloud,
        reason: "network"
      });
      var o = null;
      try {
        o = n.body ? JSON.parse(n.body) : null;
      } catch (_e) {
        o = null;
      }
      var text = o && typeof o.error === "string" ? o.error : "HTTP " + n.status;
      var reason = o && typeof o.cause === "string" ? o.cause : statusReason(n.status);
      var provider = o && typeof o.provider === "string" ? o.provider : cloud;
      var message = errors.H3 + "the " + cloud + " source failed: " + text + " (HTTP " + n.status + ", " + reason + ")";
      return new errors.Dr(message, {
        method: n.method,
        url: n.url,
        status: n.status,
        body: n.body,
        requestId: n.requestId,
        provider: provider,
        reason: reason,
        size: bytesOf(o, "size"),
        maxSize: bytesOf(o, "maxSize")
      });
    }
    function bytesOf(o, field) {
      var v = o ? o[field] : undefined;
      return typeof v === "number" && v >= 0 && v % 1 === 0 ? v : undefined;
    }
    function statusReason(status) {
      if (status === 401) return "signin";
      if (status === 403) return "forbidden";
      if (status === 404) return "notfound";
      if (status === 429) return "ratelimit";
      return status >= 500 ? "upstream" : "badrequest";
    }
    function keepToken(deps, o) {
      if (typeof o.token === "string" && o.token) deps.session.token = o.token;
    }
    function cloudCall(deps, path, body, cloud, opts, retry, abort) {
      var url = cloudBase(deps.hosts) + path;
      var where = "the " + cloud + " source (" + url + ")";
      var signal = abort || new http_signal.aP;
      var send = function() {
        return (0, http_retry.E4)(deps.transport, {
          method: "POST",
          url: url,
          headers: {
            "Content-Type": "application/json"
          },
          body: body,
          timeoutMs: opts.requestTimeoutMs,
          signal: signal
        }, where);
      };
      var sent = retry ? (0, http_retry.bD)({
        env: deps.env,
        retry: opts.retryOptions
      }, signal, send) : send().then(undefined, function(f) {
        throw f instanceof http_retry.WY ? f.error : f;
      });
      return sent.then(function(res) {
        var o = (0, protocol.qF)(res.text, where);
        keepToken(deps, o);
        var mine = o[cloud];
        return mine && typeof mine === "object" ? mine : o;
      }, function(e) {
        throw cloudError(e, cloud);
      });
    }
    var checks = __webpack_require__(1397);
    var DEFAULT_PORTS = {
      "http:": "80",
      "https:": "443"
    };
    function originOf(url) {
      var m = /^(https?:)\/\/([^/?#@]*@)?([^/?#:]+|\[[^\]]*\])(?::(\d+))?(?:[/?#]|$)/i.exec(url);
      if (!m) return "";
      var scheme = m[1].toLowerCase();
      var port = m[4] && m[4] !== DEFAULT_PORTS[scheme] ? ":" + m[4] : "";
      return scheme + "//" + m[3].toLowerCase() + port;
    }
    function pageUrl() {
      return typeof location !== "undefined" && location && /^https?:/.test(location.href) ? location.href : undefined;
    }
    function readOAuthMessage(deps, cloud, origin, data) {
      var own = originOf(cloudBase(deps.hosts));
      if (!own || origin !== own || !data || typeof data !== "object") return null;
      var d = data;
      if (d.type !== "fp-cloud-auth" || d.cloud !== cloud) return null;
      if (typeof d.token === "string" && d.token) {
        deps.session.token = d.token;
        return {
          signedIn: true
        };
      }
      if (typeof d.error === "string") {
        var message = typeof d.message === "string" && d.message ? d.message : cloud + ": sign-in " + d.error;
        return {
          signedIn: false,
          message: message
        };
      }
      return null;
    }
    function fetchThumbnail(deps, file, signal) {
      try {
        (0, checks._)(file && file.cloud, file && file.path, true);
      } catch (e) {
        return Promise.reject(e);
      }
      var f = typeof fetch === "function" ? fetch : undefined;
      var url = cloudBase(deps.hosts) + "/thumbnail";
      if (!f) return Promise.reject(new errors.Dr(errors.H3 + "this browser cannot fetch thumbnails (no fetch)", {
        method: "POST",
        url: url,
        status: 0
      }));
      var clouds = {};
      clouds[file.cloud] = {
        path: file.path
      };
      var init = {
        method: "POST",
        headers: {
          "Content-Type": "application/json"
        },
        body: cloudBody(deps, clouds),
        signal: signal,
        credentials: "omit"
      };
      return f(url, init).then(function(res) {
        if (!res.ok) {
          return res.text().then(function(body) {
            throw cloudError(new errors.Dr(errors.H3 + "HTTP " + res.status, {
              method: "POST",
              url: url,
              status: res.status,
              body: body
            }), file.cloud);
          });
        }
        var token = res.headers.get("x-cloud-token");
        if (token) deps.session.token = token;
        var type = (res.headers.get("content-type") || "").toLowerCase();
        if (type.indexOf("image/") !== 0) throw new errors.Dr(errors.H3 + "the " + file.cloud + " thumbnail is not an image (" + type.slice(0, 60) + ")", {
          method: "POST",
          url: url,
          status: res.status,
          provider: file.cloud,
          reason: "upstream"
        });
        return res.blob();
      });
    }
    function str(v) {
      return typeof v === "string";
    }
    function parseCloudListing(o) {
      var out = {
        folders: [],
        files: []
      };
      var auth = o.auth;
      if (auth && typeof auth === "object") {
        if (str(auth.redirect_url)) out.signIn = {
          redirect: auth.redirect_url
        }; else {
          out.signIn = {
            fields: auth.fields instanceof Array ? auth.fields.filter(str) : []
          };
          var given = auth.defaults;
          var defaults = {};
          var any = false;
          for (var k in given) {
            var v = given[k];
            if (Object.prototype.hasOwnProperty.call(given, k) && (str(v) || typeof v === "number" || typeof v === "boolean")) {
              defaults[k] = String(v);
              any = true;
            }
          }
          if (any) out.signIn.defaults = defaults;
        }
        return out;
      }
      var contents = o.contents instanceof Array ? o.contents : [];
      for (var i = 0; i < contents.length; i++) {
        var c = contents[i];
        if (!c || !str(c.name) || !str(c.path)) continue;
        if (c.folder === true) {
          out.folders.push({
            name: c.name,
            path: c.path
          });
          continue;
        }
        var size = typeof c.size === "number" ? c.size : typeof c.bytes === "number" ? c.bytes : null;
        var f = {
          name: c.name,
          path: c.path,
          size: size === null ? 0 : size,
          mimetype: str(c.mimetype) && c.mimetype ? c.mimetype : "application/octet-stream"
        };
        if (size === null) f.sizeUnknown = true;
        var modified = str(c.modified) ? Date.parse(c.modified) : NaN;
        if (modified === modified) f.modified = modified;
        if (c.thumb === true) f.thumbnail = true;
        out.files.push(f);
      }
      if (str(o.next) && o.next) out.next = o.next;
      if (o.searchable === true) out.searchable = true;
      return out;
    }
    function parseOffered(o) {
      return o.offered instanceof Array ? o.offered.filter(str) : null;
    }
    function credentials(cloud, fields) {
      var out = {};
      for (var k in fields) {
        if (!Object.prototype.hasOwnProperty.call(fields, k) || fields[k] === "") continue;
        out[k] = k === "port" && /^\d+$/.test(fields[k]) ? Number(fields[k]) : fields[k];
      }
      if (cloud === "ftp" && out.secure === undefined) out.secure = "auto";
      return out;
    }
    function parseLink(o, file, where) {
      if (!str(o.url) || !o.url) throw new errors.Js(errors.H3 + where + " answered without `url`");
      var name = file.path.slice(file.path.lastIndexOf("/") + 1);
      var handle = o.url.replace(/[?#].*$/, "").replace(/\/+$/, "");
      return {
        handle: handle.slice(handle.lastIndexOf("/") + 1),
        url: o.url,
        filename: str(o.filename) ? o.filename : name,
        mimetype: str(o.mimetype) ? o.mimetype : "application/octet-stream",
        size: typeof o.size === "number" ? o.size : 0,
        linked: true
      };
    }
    function fileTask(deps, file, path, store, events, opts) {
      (0, checks._)(file && file.cloud, file && file.path, true);
      var cloud = file.cloud;
      var where = "the " + cloud + " source (" + cloudBase(deps.hosts) + path + ")";
      var one = {
        path: file.path
      };
      if (typeof file.maxSize === "number") one.maxSize = file.maxSize;
      if (store) one.store = (0, protocol.wq)(store);
      var clouds = {};
      clouds[cloud] = one;
      return (0, serverTask.O)({
        transport: deps.transport,
        env: deps.env,
        fileApi: deps.hosts.fileApi
      }, {
        request: {
          method: "POST",
          url: cloudBase(deps.hosts) + path,
          headers: {
            "Content-Type": "application/json"
          },
          body: cloudBody(deps, clouds)
        },
        where: where,
        filename: file.path.slice(file.path.lastIndexOf("/") + 1) || "file",
        mapError: function(e) {
          return cloudError(e, cloud);
        },
        parse: function(text) {
          var o = (0, protocol.qF)(text, where);
          keepToken(deps, o);
          var mine = o[cloud] && typeof o[cloud] === "object" ? o[cloud] : o;
          if (path === "/link/") return parseLink(mine, file, where);
          return (0, protocol.Tw)(JSON.stringify(mine), deps.hosts.fileApi, where, {
            filename: "file",
            mimetype: "application/octet-stream",
            size: 0
          });
        }
      }, events, opts);
    }
    function listCall(deps, opts, cloud, path, cursor, search) {
      try {
        (0, checks._)(cloud, path, false);
        if (search !== undefined && (typeof search !== "string" || !search)) throw new errors.Js(errors.H3 + "search: expected the text to search for");
      } catch (e) {
        return Promise.reject(e);
      }
      var one = {
        path: path
      };
      if (cursor) one.next = cursor;
      if (search) one.search = search;
      var clouds = {};
      clouds[cloud] = one;
      var appurl = pageUrl();
      return cloudCall(deps, "/folder/list", cloudBody(deps, clouds, appurl ? {
        appurl: appurl
      } : undefined), cloud, opts, true).then(parseCloudListing);
    }
    function createCloudApi(deps, opts) {
      return {
        list: function(cloud, path, cursor) {
          return listCall(deps, opts, cloud, path, cursor);
        },
        search: function(cloud, query, cursor) {
          return listCall(deps, opts, cloud, "/", cursor, query);
        },
        signIn: function(cloud, fields) {
          var clouds = {};
          clouds[cloud] = credentials(cloud, fields || {});
          return cloudCall(deps, "/auth/credentials", cloudBody(deps, clouds), cloud, opts, false).then(function() {});
        },
        store: function(file, store, events) {
          return fileTask(deps, file, "/store/", store || {}, events || {}, opts);
        },
        link: function(file, events) {
          return fileTask(deps, file, "/link/", undefined, events || {}, opts);
        },
        folderLink: function(cloud, path) {
          try {
            (0, checks._)(cloud, path, false);
          } catch (e) {
            return Promise.reject(e);
          }
          var clouds = {};
          clouds[cloud] = {
            path: path.charAt(path.length - 1) === "/" ? path : path + "/"
          };
          return cloudCall(deps, "/link/", cloudBody(deps, clouds), cloud, opts, false).then(function(o) {
            return str(o.url) && o.url ? o.url : null;
          }, function() {
            return null;
          });
        },
        logout: function(cloud) {
          var clouds;
          if (cloud) {
            clouds = {};
            clouds[cloud] = {};
          }
          return cloudCall(deps, "/auth/logout", cloudBody(deps, clouds), cloud || "cloud", opts, false).then(function() {});
        },
        offered: function(clouds) {
          var named = {};
          for (var i = 0; i < clouds.length; i++) named[clouds[i]] = {};
          return cloudCall(deps, "/offered", cloudBody(deps, named), "cloud", opts, false).then(parseOffered, function() {
            return null;
          });
        },
        oauthMessage: function(cloud, origin, data) {
          return Promise.resolve(readOAuthMessage(deps, cloud, origin, data));
        },
        thumbnail: function(file, signal) {
          return fetchThumbnail(deps, file, signal);
        }
      };
    }
  }
} ]);
//# sourceMappingURL=cloudapi.js.map