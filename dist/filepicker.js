/*! filepicker-shim 0.1.0 | drop-in replacement for filepicker.js v2 | MIT */
(function webpackUniversalModuleDefinition(root, factory) {
  if (typeof exports === "object" && typeof module === "object") module.exports = factory(); else if (typeof define === "function" && define.amd) define([], factory); else if (typeof exports === "object") exports["filepicker"] = factory(); else root["filepicker"] = factory();
})(Object(typeof self !== "undefined" ? self : this), function() {
  return function() {
    var __webpack_modules__ = {
      3760: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          z: function() {
            return boot;
          }
        });
        var scriptBase = __webpack_require__(8510);
        var ARRAY_METHODS = [ "forEach", "map", "filter", "indexOf", "some", "every", "reduce" ];
        function arrayMethods(proto) {
          for (var i = 0; i < ARRAY_METHODS.length; i++) if (typeof proto[ARRAY_METHODS[i]] !== "function") return false;
          return true;
        }
        function hasEverything(g) {
          var O = Object;
          var json = g.JSON;
          return typeof g.Promise === "function" && typeof O.keys === "function" && typeof O.create === "function" && typeof O.defineProperty === "function" && typeof Array.isArray === "function" && arrayMethods(Array.prototype) && typeof Function.prototype.bind === "function" && typeof String.prototype.trim === "function" && typeof Date.now === "function" && typeof json === "object" && !!json && typeof json.parse === "function";
        }
        var members = __webpack_require__(7669);
        function installStub(win) {
          var existing = win.filepicker;
          var stub = existing && typeof existing === "object" ? existing : {};
          var own = stub._queue;
          var queue = own && typeof own.length === "number" ? own : [];
          stub._queue = queue;
          var names = members.N.concat([ "init", "configure" ]);
          for (var i = 0; i < names.length; i++) {
            var name_1 = names[i];
            var isValue = false;
            for (var j = 0; j < members.U.length; j++) if (members.U[j] === name_1) isValue = true;
            if (isValue || typeof stub[name_1] === "function") continue;
            stub[name_1] = recorder(queue, name_1);
          }
          win.filepicker = stub;
          return stub;
        }
        function recorder(queue, name) {
          return function() {
            queue.push([ name, arguments ]);
          };
        }
        function loadScript(doc, url, done) {
          var script = doc.createElement("script");
          var finish = function(ok) {
            script.onload = script.onerror = null;
            script.onreadystatechange = null;
            done(ok);
          };
          script.onload = function() {
            finish(true);
          };
          script.onerror = function() {
            finish(false);
          };
          script.onreadystatechange = function() {
            var state = script.readyState;
            if (state === "loaded" || state === "complete") finish(true);
          };
          script.src = url;
          (doc.getElementsByTagName("head")[0] || doc.documentElement).appendChild(script);
        }
        function boot(library, early) {
          var base = (0, scriptBase.F)();
          __webpack_require__.p = base || "";
          var g = typeof self !== "undefined" ? self : typeof window !== "undefined" ? window : typeof __webpack_require__.g !== "undefined" ? __webpack_require__.g : {};
          var doc = g.document;
          if (!doc) return library();
          if (hasEverything(g)) {
            if (early && base) early();
            return library();
          }
          var stub = installStub(g);
          var url = (base || "") + "filepicker.polyfills.js";
          loadScript(doc, url, function(ok) {
            if (!ok || !hasEverything(g)) {
              if (g.console && g.console.error) g.console.error("filepicker: could not load " + url + ", which this browser needs (Promise and ES5 built-ins)");
              return;
            }
            library();
          });
          return stub;
        }
      },
      393: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          b: function() {
            return describeValue;
          },
          k: function() {
            return errorText;
          }
        });
        function describeValue(value) {
          if (value === null) return "null";
          if (value === undefined) return "undefined";
          var type = typeof value;
          if (type === "function") return "a function";
          if (type === "string") return clip(JSON.stringify(value)) + " (string)";
          if (type === "number" || type === "boolean" || type === "bigint" || type === "symbol") return clip(primitiveText(value)) + " (" + type + ")";
          var text;
          try {
            text = JSON.stringify(value);
          } catch (_e) {
            text = undefined;
          }
          var tag = classTag(value);
          var isArray = tag === "[object Array]";
          return clip(text === undefined ? tag : text) + (isArray ? " (array)" : " (" + type + ")");
        }
        function errorText(e) {
          var m;
          try {
            m = e && typeof e === "object" ? e.message : undefined;
          } catch (_e) {
            m = undefined;
          }
          return typeof m === "string" ? m : describeValue(e);
        }
        function primitiveText(value) {
          return String(value);
        }
        function classTag(value) {
          try {
            return Object.prototype.toString.call(value);
          } catch (_e) {
            return "[object Object]";
          }
        }
        function clip(s) {
          return s.length > 80 ? s.slice(0, 77) + "..." : s;
        }
      },
      4703: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          Ah: function() {
            return isValidationError;
          },
          Dr: function() {
            return NetworkError;
          },
          H3: function() {
            return PREFIX;
          },
          Js: function() {
            return FilepickerError;
          },
          TX: function() {
            return isNetworkError;
          },
          lc: function() {
            return AbortError;
          },
          yI: function() {
            return ValidationError;
          },
          zf: function() {
            return isAbortError;
          }
        });
        var tslib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1635);
        var PREFIX = "filepicker: ";
        function fixPrototype(self, proto) {
          var setProto = Object.setPrototypeOf;
          if (setProto) setProto(self, proto); else self.__proto__ = proto;
        }
        var FilepickerError = function(_super) {
          (0, tslib__WEBPACK_IMPORTED_MODULE_0__.C6)(FilepickerError, _super);
          function FilepickerError(message) {
            var _newTarget = this.constructor;
            var _this = _super.call(this, message) || this;
            fixPrototype(_this, _newTarget.prototype);
            _this.name = "FilepickerError";
            _this.message = message;
            var capture = Error.captureStackTrace;
            if (capture) capture(_this, _newTarget);
            return _this;
          }
          return FilepickerError;
        }(Error);
        var ValidationError = function(_super) {
          (0, tslib__WEBPACK_IMPORTED_MODULE_0__.C6)(ValidationError, _super);
          function ValidationError(option, message) {
            var _newTarget = this.constructor;
            var _this = _super.call(this, message) || this;
            fixPrototype(_this, _newTarget.prototype);
            _this.name = "ValidationError";
            _this.option = option;
            return _this;
          }
          return ValidationError;
        }(FilepickerError);
        var NetworkError = function(_super) {
          (0, tslib__WEBPACK_IMPORTED_MODULE_0__.C6)(NetworkError, _super);
          function NetworkError(message, info) {
            var _newTarget = this.constructor;
            var _this = _super.call(this, message) || this;
            fixPrototype(_this, _newTarget.prototype);
            _this.name = "NetworkError";
            _this.method = info.method;
            _this.url = info.url;
            _this.status = info.status;
            _this.body = info.body;
            _this.requestId = info.requestId;
            if (info.provider) _this.provider = info.provider;
            if (info.reason) _this.reason = info.reason;
            if (info.size !== undefined) _this.size = info.size;
            if (info.maxSize !== undefined) _this.maxSize = info.maxSize;
            return _this;
          }
          return NetworkError;
        }(FilepickerError);
        var AbortError = function(_super) {
          (0, tslib__WEBPACK_IMPORTED_MODULE_0__.C6)(AbortError, _super);
          function AbortError(message) {
            if (message === void 0) {
              message = PREFIX + "the upload was cancelled";
            }
            var _newTarget = this.constructor;
            var _this = _super.call(this, message) || this;
            fixPrototype(_this, _newTarget.prototype);
            _this.name = "AbortError";
            return _this;
          }
          return AbortError;
        }(FilepickerError);
        function isAbortError(e) {
          return !!e && e.name === "AbortError";
        }
        function isNetworkError(e) {
          return !!e && e.name === "NetworkError";
        }
        function isValidationError(e) {
          return !!e && e.name === "ValidationError";
        }
      },
      4020: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          f: function() {
            return fail;
          }
        });
        var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4703);
        var _describe__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(393);
        function fail(name, expected, value) {
          throw new _errors__WEBPACK_IMPORTED_MODULE_0__.yI(name, _errors__WEBPACK_IMPORTED_MODULE_0__.H3 + "`" + name + "` must be " + expected + ", got " + (0, 
          _describe__WEBPACK_IMPORTED_MODULE_1__.b)(value));
        }
      },
      1160: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          p: function() {
            return formEncode;
          },
          s: function() {
            return removeRequest;
          }
        });
        function formEncode(params) {
          var out = [];
          for (var i = 0; i < params.length; i++) {
            var v = params[i][1];
            if (v === undefined || v === null) continue;
            out.push(encodeURIComponent(params[i][0]) + "=" + encodeURIComponent(String(v)));
          }
          return out.join("&");
        }
        function removeRequest(fileUrl, key, params) {
          return {
            method: "POST",
            url: fileUrl + "/remove",
            headers: {
              "Content-Type": "application/x-www-form-urlencoded; charset=utf-8"
            },
            body: formEncode(params.concat([ [ "key", key ] ]))
          };
        }
      },
      6341: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          Iq: function() {
            return mergeHosts;
          },
          R4: function() {
            return hostsFromBase;
          },
          yX: function() {
            return DEFAULT_HOSTS;
          }
        });
        var tslib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1635);
        var DEFAULT_HOSTS = {
          uploadApi: "https://upload.filestackapi.com",
          fileApi: "https://www.filestackapi.com/api/file",
          storeApi: "https://www.filestackapi.com/api/store",
          cdn: "https://cdn.filestackcontent.com",
          process: "https://process.filestackapi.com",
          cloudApi: "https://cloud.filestackapi.com"
        };
        function trimSlash(s) {
          return s.replace(/\/+$/, "");
        }
        function hostsFromBase(base) {
          var b = trimSlash(base);
          return {
            uploadApi: b,
            fileApi: b + "/api/file",
            storeApi: b + "/api/store",
            cdn: b + "/cdn",
            process: b + "/process",
            customSourceApi: b + "/api/customsource",
            cloudApi: b + "/cloud"
          };
        }
        function mergeHosts(base, overrides) {
          var out = (0, tslib__WEBPACK_IMPORTED_MODULE_0__.Cl)({}, base);
          if (overrides) {
            Object.keys(overrides).forEach(function(k) {
              var v = overrides[k];
              if (typeof v === "string" && v) out[k] = trimSlash(v);
            });
          }
          return out;
        }
      },
      1458: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          C: function() {
            return attempt;
          },
          J: function() {
            return refused;
          }
        });
        var _signal__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(671);
        function refused(e) {
          return (0, _signal__WEBPACK_IMPORTED_MODULE_0__.qO)("TransportError", "the request was refused before it was sent (" + String(e) + ")");
        }
        function attempt(req, start) {
          return new Promise(function(resolve, reject) {
            if (req.signal && req.signal.aborted) return reject((0, _signal__WEBPACK_IMPORTED_MODULE_0__.x6)());
            var settled = false;
            var timer = null;
            var off = function() {};
            var cancel = function() {};
            var done = function(err, res) {
              if (settled) return;
              settled = true;
              if (timer) clearTimeout(timer);
              off();
              if (err) reject(err); else resolve(res);
            };
            var stop = function(err) {
              if (settled) return;
              done(err);
              cancel();
            };
            if (req.timeoutMs) timer = setTimeout(function() {
              stop((0, _signal__WEBPACK_IMPORTED_MODULE_0__.w2)(req.timeoutMs));
            }, req.timeoutMs);
            if (req.signal) off = req.signal.onAbort(function() {
              stop((0, _signal__WEBPACK_IMPORTED_MODULE_0__.x6)());
            });
            try {
              cancel = start(done);
            } catch (e) {
              done(refused(e));
            }
          });
        }
      },
      169: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          Ez: function() {
            return browserTransport;
          },
          JT: function() {
            return defaultTransport;
          }
        });
        var xhrAvailable;
        var fetchAvailable;
        var _xhrTransport__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(536);
        var _fetchTransport__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4750);
        var _nodeHttpTransport__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4846);
        function wantsProgress(req) {
          return !!(req.onUploadProgress || req.onDownloadProgress);
        }
        function browserTransport(scope) {
          var xhr = (0, _xhrTransport__WEBPACK_IMPORTED_MODULE_0__.K)(scope);
          var viaScope = scope ? function(url, init) {
            return scope.fetch.call(scope, url, init);
          } : undefined;
          var fetched = (0, _fetchTransport__WEBPACK_IMPORTED_MODULE_1__._)(viaScope);
          return {
            streamsProgress: true,
            request: function(req) {
              var useFetch = !wantsProgress(req) && (0, _fetchTransport__WEBPACK_IMPORTED_MODULE_1__.y)(scope);
              return useFetch ? fetched.request(req) : xhr.request(req);
            }
          };
        }
        function httpAvailable(scope) {
          return xhrAvailable(scope) || fetchAvailable(scope);
        }
        function defaultTransport() {
          if ((0, _xhrTransport__WEBPACK_IMPORTED_MODULE_0__._)()) return browserTransport();
          if (true) {
            if ((0, _nodeHttpTransport__WEBPACK_IMPORTED_MODULE_2__.A)()) return (0, _nodeHttpTransport__WEBPACK_IMPORTED_MODULE_2__.s)();
          }
          return (0, _fetchTransport__WEBPACK_IMPORTED_MODULE_1__._)();
        }
      },
      5762: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          B: function() {
            return platformEnvironment;
          }
        });
        function platformEnvironment() {
          var g = typeof self !== "undefined" ? self : undefined;
          var env = {
            setTimeout: function(fn, ms) {
              return setTimeout(fn, ms);
            },
            clearTimeout: function(h) {
              clearTimeout(h);
            },
            now: function() {
              return (new Date).getTime();
            },
            random: function() {
              return Math.random();
            },
            isOnline: function() {
              return !(typeof navigator !== "undefined" && navigator && navigator.onLine === false);
            },
            onOnline: function(listener) {
              if (!g || typeof g.addEventListener !== "function") {
                var t_1 = setInterval(function() {
                  if (env.isOnline()) {
                    clearInterval(t_1);
                    listener();
                  }
                }, 1e3);
                return function() {
                  clearInterval(t_1);
                };
              }
              var h = function() {
                g.removeEventListener("online", h);
                listener();
              };
              g.addEventListener("online", h);
              return function() {
                g.removeEventListener("online", h);
              };
            }
          };
          return env;
        }
      },
      4750: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          _: function() {
            return fetchTransport;
          },
          y: function() {
            return fetchAvailable;
          }
        });
        var _signal__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(671);
        var _attempt__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1458);
        function readAnswer(res, req) {
          var headers = {
            get: function(name) {
              return res.headers.get(name);
            }
          };
          var type = req.responseType || "text";
          if (type === "text") return res.text().then(function(text) {
            return {
              status: res.status,
              text: text,
              headers: headers
            };
          });
          var read = type === "blob" ? res.blob() : res.arrayBuffer();
          return read.then(function(body) {
            return {
              status: res.status,
              text: "",
              body: body,
              headers: headers
            };
          });
        }
        function networkFailure(e) {
          var err = e;
          if (err && err.name === "TransportError") return e;
          return (0, _signal__WEBPACK_IMPORTED_MODULE_0__.qO)("TransportError", String(err && err.cause && err.cause.code || err && err.message || e));
        }
        function send(f, req, done) {
          var ac = typeof AbortController === "function" ? new AbortController : null;
          var live = true;
          var init = {
            method: req.method,
            headers: req.headers || {},
            body: req.body
          };
          if (ac) init.signal = ac.signal;
          if (req.withCredentials) init.credentials = "include";
          f(req.url, init).then(function(res) {
            return readAnswer(res, req);
          }).then(function(res) {
            var sent = (0, _signal__WEBPACK_IMPORTED_MODULE_0__.ZA)(req.body);
            if (live && req.onUploadProgress && sent !== undefined) req.onUploadProgress(sent, sent);
            done(null, res);
          }, function(e) {
            done(networkFailure(e));
          });
          return function() {
            live = false;
            if (ac) ac.abort();
          };
        }
        function fetchAvailable(scope) {
          return typeof (scope ? scope.fetch : typeof fetch === "function" ? fetch : undefined) === "function";
        }
        function fetchTransport(fetchImpl) {
          return {
            streamsProgress: false,
            request: function(req) {
              var f = fetchImpl || (typeof fetch === "function" ? fetch : undefined);
              if (!f) return Promise.reject(new Error("filepicker: no fetch available; pass a transport"));
              return (0, _attempt__WEBPACK_IMPORTED_MODULE_1__.C)(req, function(done) {
                return send(f, req, done);
              });
            }
          };
        }
      },
      4846: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          A: function() {
            return nodeHttpAvailable;
          },
          s: function() {
            return nodeHttpTransport;
          }
        });
        var _signal__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(671);
        var _attempt__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1458);
        var CHUNK = 1024 * 1024;
        function builtins() {
          if (typeof process === "undefined" || !process || typeof process.getBuiltinModule !== "function") return null;
          try {
            return {
              http: process.getBuiltinModule("http"),
              https: process.getBuiltinModule("https")
            };
          } catch (_a) {
            return null;
          }
        }
        function answer(res, bytes, req) {
          var t = req.responseType;
          return {
            status: res.statusCode || 0,
            text: t && t !== "text" ? "" : bytes.toString("utf8"),
            body: t === "blob" ? new Blob([ new Uint8Array(bytes) ]) : t === "arraybuffer" ? new Uint8Array(bytes).buffer : undefined,
            headers: {
              get: function(name) {
                var v = res.headers[name.toLowerCase()];
                return v === undefined ? null : Array.isArray(v) ? v.join(", ") : String(v);
              }
            }
          };
        }
        function nodeHttpAvailable() {
          return builtins() !== null;
        }
        function toBytes(body) {
          if (body === undefined || typeof body === "string" || body instanceof Uint8Array) return Promise.resolve(body);
          return body.arrayBuffer().then(function(b) {
            return new Uint8Array(b);
          });
        }
        function headersOf(req, body) {
          var headers = {};
          var h = req.headers || {};
          for (var k in h) if (Object.prototype.hasOwnProperty.call(h, k)) headers[k] = h[k];
          headers["Content-Length"] = (typeof body === "string" ? Buffer.byteLength(body) : (0, 
          _signal__WEBPACK_IMPORTED_MODULE_0__.ZA)(body)) || 0;
          return headers;
        }
        function send(mod, req, body, done) {
          var dead = false;
          var r = mod.request(new URL(req.url), {
            method: req.method,
            headers: headersOf(req, body)
          }, function(res) {
            var chunks = [];
            res.on("data", function(c) {
              chunks.push(c);
            });
            res.on("error", function(e) {
              done((0, _signal__WEBPACK_IMPORTED_MODULE_0__.qO)("TransportError", e.message));
            });
            res.on("end", function() {
              done(null, answer(res, Buffer.concat(chunks), req));
            });
          });
          r.on("error", function(e) {
            done((0, _signal__WEBPACK_IMPORTED_MODULE_0__.qO)("TransportError", e && (e.code || e.message) || "connection failed"));
          });
          var cancel = function() {
            dead = true;
            r.destroy();
          };
          if (body === undefined || typeof body === "string") {
            r.end(body);
            return cancel;
          }
          var offset = 0;
          var writeNext = function() {
            if (dead) return;
            if (offset >= body.byteLength) return r.end();
            var end = Math.min(body.byteLength, offset + CHUNK);
            var piece = body.subarray(offset, end);
            offset = end;
            r.write(piece, function(err) {
              if (err || dead) return;
              if (req.onUploadProgress) req.onUploadProgress(end, body.byteLength);
              writeNext();
            });
          };
          writeNext();
          return cancel;
        }
        function nodeHttpTransport() {
          var mods = builtins();
          return {
            streamsProgress: true,
            request: function(req) {
              if (!mods) return Promise.reject(new Error("filepicker: node:http is not available here; pass a transport"));
              return (0, _attempt__WEBPACK_IMPORTED_MODULE_1__.C)(req, function(done) {
                var cancel = function() {};
                var dead = false;
                toBytes(req.body).then(function(body) {
                  if (dead) return;
                  var mod = /^https:/i.test(req.url) ? mods.https : mods.http;
                  try {
                    cancel = send(mod, req, body, done);
                  } catch (e) {
                    done((0, _attempt__WEBPACK_IMPORTED_MODULE_1__.J)(e));
                  }
                }, function(e) {
                  done(e);
                });
                return function() {
                  dead = true;
                  cancel();
                };
              });
            }
          };
        }
      },
      3333: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          E4: function() {
            return sendOnce;
          },
          WY: function() {
            return AttemptFailure;
          },
          bD: function() {
            return withRetry;
          },
          yy: function() {
            return sleep;
          }
        });
        var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4703);
        var _retryPolicy__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4743);
        var AttemptFailure = function() {
          function AttemptFailure(outcome, error) {
            this.outcome = outcome;
            this.error = error;
          }
          return AttemptFailure;
        }();
        function sleep(env, ms, signal) {
          return new Promise(function(resolve, reject) {
            if (signal.aborted) return reject(new _errors__WEBPACK_IMPORTED_MODULE_0__.lc);
            var off = function() {};
            var t = env.setTimeout(function() {
              off();
              resolve();
            }, ms);
            off = signal.onAbort(function() {
              env.clearTimeout(t);
              reject(new _errors__WEBPACK_IMPORTED_MODULE_0__.lc);
            });
          });
        }
        function waitOnline(env, signal) {
          if (env.isOnline()) return Promise.resolve();
          return new Promise(function(resolve, reject) {
            var offAbort = function() {};
            var offOnline = env.onOnline(function() {
              offAbort();
              resolve();
            });
            offAbort = signal.onAbort(function() {
              offOnline();
              reject(new _errors__WEBPACK_IMPORTED_MODULE_0__.lc);
            });
          });
        }
        function redact(url) {
          return url.replace(/([?&](?:policy|signature|X-Amz-Signature|X-Amz-Credential)=)[^&]*/gi, "$1…");
        }
        function sendOnce(transport, req, where) {
          var info = {
            method: req.method,
            url: redact(req.url)
          };
          return transport.request(req).then(function(res) {
            if (res.status >= 200 && res.status < 300) return res;
            var body = (res.text || "").slice(0, 500);
            var err = new _errors__WEBPACK_IMPORTED_MODULE_0__.Dr(_errors__WEBPACK_IMPORTED_MODULE_0__.H3 + where + " failed: HTTP " + res.status + (body ? " " + body : ""), {
              method: info.method,
              url: info.url,
              status: res.status,
              body: body || undefined,
              requestId: res.headers.get("x-request-id") || res.headers.get("x-amz-request-id") || undefined
            });
            throw new AttemptFailure({
              kind: "status",
              status: res.status,
              retryAfter: res.headers.get("retry-after")
            }, err);
          }, function(e) {
            var name = e && e.name;
            if (name === "AbortError") throw new AttemptFailure({
              kind: "abort"
            }, new _errors__WEBPACK_IMPORTED_MODULE_0__.lc);
            var kind = name === "TimeoutError" ? "timeout" : name === "StallError" ? "stall" : "network";
            var why = kind === "timeout" ? "timed out" : kind === "stall" ? "stalled (no upload progress)" : "network error" + (e && e.message ? " (" + e.message + ")" : "");
            throw new AttemptFailure({
              kind: kind
            }, new _errors__WEBPACK_IMPORTED_MODULE_0__.Dr(_errors__WEBPACK_IMPORTED_MODULE_0__.H3 + where + " failed: " + why, {
              method: info.method,
              url: info.url,
              status: 0
            }));
          });
        }
        function giveUp(error, reason, progressedBetween) {
          if (!progressedBetween || !(error instanceof _errors__WEBPACK_IMPORTED_MODULE_0__.Dr)) return error;
          return new _errors__WEBPACK_IMPORTED_MODULE_0__.Dr(error.message + "; " + reason, {
            method: error.method,
            url: error.url,
            status: error.status,
            body: error.body,
            requestId: error.requestId
          });
        }
        function withRetry(ctx, signal, attempt) {
          var failures = 0;
          var total = 0;
          var progressed = function() {
            failures = 0;
          };
          var loop = function() {
            if (signal.aborted) return Promise.reject(new _errors__WEBPACK_IMPORTED_MODULE_0__.lc);
            return attempt(progressed).then(undefined, function(e) {
              if (signal.aborted) throw new _errors__WEBPACK_IMPORTED_MODULE_0__.lc;
              if (!(e instanceof AttemptFailure)) throw e;
              var transient = e.outcome.kind === "network" || e.outcome.kind === "timeout" || e.outcome.kind === "stall";
              if (transient && !ctx.env.isOnline()) return waitOnline(ctx.env, signal).then(loop);
              failures++;
              total++;
              var d = (0, _retryPolicy__WEBPACK_IMPORTED_MODULE_1__.tE)(ctx.retry, e.outcome, failures, ctx.env.now(), ctx.env.random(), total);
              if (!d.retry) throw giveUp(e.error, d.reason, failures < total);
              if (ctx.onRetry) ctx.onRetry(failures, d.waitMs);
              return sleep(ctx.env, d.waitMs, signal).then(loop);
            });
          };
          return loop();
        }
      },
      4743: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          EY: function() {
            return backoffDelay;
          },
          PS: function() {
            return isRetryableStatus;
          },
          tE: function() {
            return decideRetry;
          },
          vI: function() {
            return DEFAULT_RETRY;
          }
        });
        var DEFAULT_RETRY = {
          retries: 10,
          factor: 2,
          minTimeout: 1e3,
          maxTimeout: 6e4
        };
        function isRetryableStatus(status) {
          return status === 408 || status === 429 || status >= 500 && status <= 599;
        }
        function parseRetryAfter(value, now) {
          if (value == null) return null;
          var v = String(value).replace(/^\s+|\s+$/g, "");
          if (!v) return null;
          if (/^\d+(\.\d+)?$/.test(v)) return Math.round(parseFloat(v) * 1e3);
          var t = Date.parse(v);
          if (isNaN(t)) return null;
          return Math.max(0, t - now);
        }
        function backoffDelay(opts, attempt, random) {
          var raw = opts.minTimeout * Math.pow(opts.factor, Math.max(0, attempt - 1));
          var capped = Math.min(opts.maxTimeout, raw);
          return Math.round(capped / 2 + capped / 2 * random);
        }
        function maxFailures(opts) {
          return opts.maxFailures !== undefined ? opts.maxFailures : 3 * (opts.retries + 1);
        }
        function decideRetry(opts, outcome, attempt, now, random, total) {
          switch (outcome.kind) {
           case "abort":
            return {
              retry: false,
              reason: "aborted"
            };

           case "bug":
            return {
              retry: false,
              reason: "programming error"
            };

           case "status":
            if (!isRetryableStatus(outcome.status)) return {
              retry: false,
              reason: "HTTP " + outcome.status + " is not retryable"
            };
            break;

           default:
            break;
          }
          if (attempt > opts.retries) return {
            retry: false,
            reason: "gave up after " + opts.retries + " retries"
          };
          var cap = maxFailures(opts);
          if ((total === undefined ? attempt : total) >= cap) return {
            retry: false,
            reason: "gave up after " + cap + " failed attempts in all (bytes advanced between them, but it never finished)"
          };
          var waitMs = backoffDelay(opts, attempt, random);
          if (outcome.kind === "status") {
            var after = parseRetryAfter(outcome.retryAfter, now);
            if (after !== null) waitMs = Math.min(opts.maxTimeout, after);
          }
          return {
            retry: true,
            waitMs: waitMs
          };
        }
      },
      671: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          ZA: function() {
            return bodyLength;
          },
          aP: function() {
            return Aborter;
          },
          qO: function() {
            return transportFailure;
          },
          w2: function() {
            return timeoutError;
          },
          x6: function() {
            return abortedTransportError;
          }
        });
        var Aborter = function() {
          function Aborter() {
            this.aborted = false;
            this.listeners = [];
          }
          Aborter.prototype.onAbort = function(listener) {
            var _this = this;
            if (this.aborted) {
              listener();
              return function() {};
            }
            this.listeners.push(listener);
            return function() {
              var i = _this.listeners.indexOf(listener);
              if (i >= 0) _this.listeners.splice(i, 1);
            };
          };
          Aborter.prototype.abort = function() {
            if (this.aborted) return;
            this.aborted = true;
            var ls = this.listeners;
            this.listeners = [];
            for (var i = 0; i < ls.length; i++) ls[i]();
          };
          Aborter.prototype.child = function() {
            var c = new Aborter;
            var off = this.onAbort(function() {
              c.abort();
            });
            return {
              aborter: c,
              dispose: off
            };
          };
          return Aborter;
        }();
        function transportFailure(name, message) {
          var e = new Error(message);
          e.name = name;
          return e;
        }
        function abortedTransportError() {
          return transportFailure("AbortError", "request aborted");
        }
        function timeoutError(ms) {
          return transportFailure("TimeoutError", "no answer within " + ms + " ms");
        }
        function bodyLength(body) {
          if (!body || typeof body === "string") return undefined;
          var b = body;
          if (typeof b.size === "number") return b.size;
          if (typeof b.byteLength === "number") return b.byteLength;
          return undefined;
        }
      },
      536: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          K: function() {
            return xhrTransport;
          },
          _: function() {
            return xhrAvailable;
          }
        });
        var _signal__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(671);
        var _attempt__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1458);
        function xhrClass(scope) {
          var g = scope || (typeof self !== "undefined" ? self : undefined);
          var X = g && g.XMLHttpRequest;
          return typeof X === "function" ? X : undefined;
        }
        function xhrAvailable(scope) {
          return !!xhrClass(scope);
        }
        function send(X, req, done) {
          var xhr = new X;
          var type = req.responseType && req.responseType !== "text" ? req.responseType : undefined;
          var up = req.onUploadProgress;
          var down = req.onDownloadProgress;
          xhr.open(req.method, req.url, true);
          var h = req.headers || {};
          for (var k in h) if (Object.prototype.hasOwnProperty.call(h, k)) xhr.setRequestHeader(k, h[k]);
          if (type) xhr.responseType = type;
          if (req.withCredentials) xhr.withCredentials = true;
          if (up && xhr.upload) xhr.upload.onprogress = function(ev) {
            if (ev && typeof ev.loaded === "number") up(ev.loaded, ev.lengthComputable ? ev.total : undefined);
          };
          if (down) xhr.onprogress = function(ev) {
            if (ev && ev.lengthComputable && ev.total > 0) down(ev.loaded, ev.total);
          };
          xhr.onload = function() {
            var sent = (0, _signal__WEBPACK_IMPORTED_MODULE_0__.ZA)(req.body);
            if (up && sent !== undefined) up(sent, sent);
            done(null, {
              status: xhr.status,
              text: !type && typeof xhr.responseText === "string" ? xhr.responseText : "",
              body: type ? xhr.response || undefined : undefined,
              headers: {
                get: function(name) {
                  try {
                    return xhr.getResponseHeader(name);
                  } catch (_e) {
                    return null;
                  }
                }
              }
            });
          };
          xhr.onerror = function() {
            done((0, _signal__WEBPACK_IMPORTED_MODULE_0__.qO)("TransportError", "the connection failed (network error, or the server does not allow this origin)"));
          };
          xhr.send(req.body === undefined ? null : req.body);
          return function() {
            xhr.abort();
          };
        }
        function xhrTransport(scope) {
          return {
            streamsProgress: true,
            request: function(req) {
              var X = xhrClass(scope);
              if (!X) return Promise.reject(new Error("filepicker: XMLHttpRequest is not available here; pass a transport"));
              return (0, _attempt__WEBPACK_IMPORTED_MODULE_1__.C)(req, function(done) {
                return send(X, req, done);
              });
            }
          };
        }
      },
      4379: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          PG: function() {
            return fileMimetype;
          },
          jm: function() {
            return extensionMatches;
          },
          mT: function() {
            return mimetypeMatches;
          }
        });
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
        function normalizeMimetype(type) {
          return String(type || "").split(";")[0].replace(/^\s+|\s+$/g, "").toLowerCase();
        }
        function isVagueMimetype(type) {
          return VAGUE.indexOf(normalizeMimetype(type)) >= 0;
        }
        function fileMimetype(type, name) {
          var t = normalizeMimetype(type);
          if (t && !isVagueMimetype(t)) return t;
          var m = /\.\w*$/.exec(String(name || ""));
          if (m) return BY_EXTENSION[m[0].toLowerCase()] || "";
          return t;
        }
        function mimetypeMatches(type, pattern) {
          var p = normalizeMimetype(pattern);
          var t = normalizeMimetype(type);
          if (!t) return p === "*/*" || p === "*";
          if (isVagueMimetype(t)) return true;
          var ps = p.split("/");
          var ts = t.split("/");
          if (ps[0] === "*") return true;
          if (ps[0] !== ts[0]) return false;
          return ps[1] === "*" || ps[1] === ts[1];
        }
        function extensionMatches(name, extension) {
          var ext = String(extension || "").replace(/^\s+|\s+$/g, "").toLowerCase();
          if (!ext) return false;
          if (ext.charAt(0) !== ".") ext = "." + ext;
          var n = String(name || "").toLowerCase();
          return n.length >= ext.length && n.slice(n.length - ext.length) === ext;
        }
      },
      8510: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          F: function() {
            return scriptBase;
          }
        });
        var base;
        var found = false;
        function folderOf(src) {
          return src.replace(/[?#].*$/, "").replace(/[^/]*$/, "");
        }
        function find() {
          if (typeof document === "undefined" || !document) return undefined;
          var current = document.currentScript;
          if (current && current.src) return folderOf(current.src);
          var scripts = document.getElementsByTagName ? document.getElementsByTagName("script") : [];
          for (var i = scripts.length - 1; i >= 0; i--) {
            var src = scripts[i].src;
            if (src && /\/filepicker(\.min)?\.js([?#].*)?$/.test(src)) return folderOf(src);
          }
          return undefined;
        }
        function setScriptBase(url) {
          found = true;
          base = folderOf(url);
        }
        function scriptBase() {
          if (!found) {
            found = true;
            base = find();
          }
          return base;
        }
      },
      9251: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          Y: function() {
            return storeUrlRequest;
          },
          v: function() {
            return storeApiUrl;
          }
        });
        var _fileApi__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1160);
        function storeApiUrl(storeApi, apikey, location, params) {
          var query = (0, _fileApi__WEBPACK_IMPORTED_MODULE_0__.p)([ [ "key", apikey ] ].concat(params));
          return storeApi.replace(/\/+$/, "") + "/" + encodeURIComponent(String(location || "s3").toLowerCase()) + "?" + query;
        }
        function storeUrlRequest(endpoint, url) {
          return {
            method: "POST",
            url: endpoint,
            headers: {
              "Content-Type": "application/x-www-form-urlencoded; charset=utf-8"
            },
            body: (0, _fileApi__WEBPACK_IMPORTED_MODULE_0__.p)([ [ "url", url ] ])
          };
        }
      },
      8178: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          $C: function() {
            return toName;
          },
          b0: function() {
            return toPath;
          },
          nc: function() {
            return toLocation;
          },
          oQ: function() {
            return toAccess;
          }
        });
        var _fail__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4020);
        var STORE_LOCATIONS = [ "s3", "azure", "dropbox", "rackspace", "gcs" ];
        var STORE_ACCESS = [ "public", "private" ];
        var trim = function(s) {
          return s.replace(/^\s+|\s+$/g, "");
        };
        function oneOf(name, value, allowed) {
          if (typeof value === "string") {
            var s = trim(value).toLowerCase();
            for (var i = 0; i < allowed.length; i++) if (allowed[i] === s) return allowed[i];
          }
          return (0, _fail__WEBPACK_IMPORTED_MODULE_0__.f)(name, "one of " + allowed.join(", ") + " (any case)", value);
        }
        function nonEmpty(name, value) {
          if (typeof value !== "string" || !trim(value)) return (0, _fail__WEBPACK_IMPORTED_MODULE_0__.f)(name, "a non-empty string", value);
          return value;
        }
        function toLocation(name, value) {
          return oneOf(name, value, STORE_LOCATIONS);
        }
        function toAccess(name, value) {
          return oneOf(name, value, STORE_ACCESS);
        }
        function toPath(name, value) {
          return nonEmpty(name, value);
        }
        function toName(name, value) {
          var s = trim(nonEmpty(name, value));
          if (/\s/.test(s)) return (0, _fail__WEBPACK_IMPORTED_MODULE_0__.f)(name, "a name without spaces", value);
          return s;
        }
      },
      7307: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          b: function() {
            return textOf;
          },
          f: function() {
            return hasLoneSurrogate;
          }
        });
        var LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/;
        function hasLoneSurrogate(s) {
          return LONE_SURROGATE.test(s);
        }
        function textOf(v) {
          if (typeof v === "string") return v;
          if (typeof v === "symbol") return undefined;
          try {
            return String(v);
          } catch (_e) {
            return undefined;
          }
        }
      },
      3435: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          G: function() {
            return startDialogPart;
          },
          k: function() {
            return loadDialogPart;
          }
        });
        var _core_scriptBase__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8510);
        function loadDialogPart() {
          return (0, _core_scriptBase__WEBPACK_IMPORTED_MODULE_0__.F)() ? Promise.all([ __webpack_require__.e(804), __webpack_require__.e(907) ]).then(__webpack_require__.bind(__webpack_require__, 363)) : Promise.reject(new Error("the folder of the main script is unknown (an inlined bundle)"));
        }
        function startDialogPart() {
          loadDialogPart().then(undefined, function() {});
        }
      },
      8657: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          $: function() {
            return checkExport;
          }
        });
        var _legacy_FilepickerException__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4119);
        var _legacy_shift__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(114);
        var URL_RE = /^(http|https):.*\/\//i;
        function checkExport(ctx, args) {
          ctx.requireKey();
          var a = (0, _legacy_shift__WEBPACK_IMPORTED_MODULE_1__.Nj)(args, 1);
          var input = a.fixed[0];
          var options = {};
          var given = a.options;
          if (given && typeof given === "object") for (var k in given) options[k] = given[k];
          var renamed = !!options.suggestedFilename;
          var url;
          var size;
          if (typeof input === "string" && URL_RE.test(input)) {
            url = input;
          } else if (input && typeof input === "object" && input.url) {
            var file = input;
            url = String(file.url);
            if (!options.mimetype && !options.extension) options.mimetype = file.mimetype;
            if (!options.suggestedFilename) options.suggestedFilename = file.filename;
            if (typeof file.size === "number") size = file.size;
          } else {
            throw new _legacy_FilepickerException__WEBPACK_IMPORTED_MODULE_0__.G("Invalid file to export: " + input + ". Not a valid url or FPFile object. You may want to use filepicker.store() to get an FPFile to export");
          }
          if ((options.mimetype || options.mimetypes) && (options.extension || options.extensions)) {
            throw new _legacy_FilepickerException__WEBPACK_IMPORTED_MODULE_0__.G("Error: Cannot pass in both mimetype and extension parameters to the export function");
          }
          return {
            a: a,
            options: options,
            url: url,
            size: size,
            renamed: renamed
          };
        }
      },
      2418: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          a: function() {
            return fetchImage;
          },
          x: function() {
            return filenameOf;
          }
        });
        var _core_http_defaultTransport__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(169);
        var _core_http_signal__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(671);
        function filenameOf(disposition) {
          if (!disposition) return undefined;
          var star = /filename\*\s*=\s*[^']*''([^;]+)/i.exec(disposition);
          if (star) {
            try {
              return decodeURIComponent(star[1].replace(/^\s+|\s+$/g, ""));
            } catch (_e) {}
          }
          var plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(disposition);
          if (!plain) return undefined;
          var v = (plain[2] !== undefined ? plain[2] : plain[1]).replace(/^\s+|\s+$/g, "");
          return v || undefined;
        }
        function lastSegment(url) {
          var path = url.replace(/[?#].*$/, "").replace(/\/+$/, "");
          return path.slice(path.lastIndexOf("/") + 1) || "image";
        }
        function asFile(win, blob, filename) {
          try {
            return new win.File([ blob ], filename, {
              type: blob.type
            });
          } catch (_e) {
            var file = blob;
            file.name = filename;
            return file;
          }
        }
        function fetchImage(win, url, name, transport) {
          var abort = new _core_http_signal__WEBPACK_IMPORTED_MODULE_1__.aP;
          var http = transport || (0, _core_http_defaultTransport__WEBPACK_IMPORTED_MODULE_0__.Ez)(win);
          var promise = new Promise(function(resolve, reject) {
            http.request({
              method: "GET",
              url: url,
              responseType: "blob",
              signal: abort
            }).then(function(res) {
              if (abort.aborted) return;
              var blob = res.body;
              if (res.status < 200 || res.status >= 300 || !blob) return reject({
                status: res.status
              });
              var filename = name || filenameOf(res.headers.get("Content-Disposition")) || lastSegment(url);
              resolve({
                file: asFile(win, blob, filename),
                status: res.status
              });
            }, function() {
              if (!abort.aborted) reject({
                status: 0
              });
            });
          });
          return {
            promise: promise,
            cancel: function() {
              abort.abort();
            }
          };
        }
      },
      9592: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          A: function() {
            return src;
          }
        });
        var tslib_es6 = __webpack_require__(1635);
        var scriptBase = __webpack_require__(8510);
        var errors = __webpack_require__(4703);
        var core_hosts = __webpack_require__(6341);
        var describe = __webpack_require__(393);
        var wellFormed = __webpack_require__(7307);
        var options = __webpack_require__(3782);
        var upload_source = __webpack_require__(6183);
        var inputChecks = __webpack_require__(857);
        var lazy = __webpack_require__(4734);
        function loadEngine() {
          if (false) {}
          return Promise.resolve().then(__webpack_require__.bind(__webpack_require__, 1524));
        }
        function prefetchEngine() {
          loadEngine().then(undefined, function() {});
        }
        function partFailed(e) {
          var why = e && e.message ? e.message : String(e);
          return errors.H3 + "could not load the `engine` part of the library (chunks/engine.min.js next to the main script): " + why;
        }
        function deferredTask(ready, start) {
          var task;
          var cancelled = false;
          var paused = false;
          var promise = ready.then(function(engine) {
            task = start(engine);
            if (cancelled) task.cancel(); else if (paused) task.pause();
            return task.promise;
          }, function(e) {
            throw cancelled ? new errors.lc : e;
          });
          return {
            promise: promise,
            cancel: function() {
              if (task) task.cancel(); else cancelled = true;
            },
            pause: function() {
              if (task) task.pause(); else paused = true;
            },
            resume: function() {
              if (task) task.resume(); else paused = false;
            }
          };
        }
        function createUploader(config, load) {
          if (load === void 0) {
            load = loadEngine;
          }
          (0, inputChecks.Bl)(config);
          var base = (0, options.$i)((0, tslib_es6.Cl)({
            partSize: config.partSize,
            maxConcurrentUploads: config.maxConcurrentUploads,
            retryOptions: config.retryOptions,
            resume: config.resume
          }, config.tuning || {}));
          var loading;
          function engine() {
            if (!loading) {
              loading = load().then(function(m) {
                return m.createUploader(config);
              }, function(e) {
                loading = undefined;
                throw new errors.Js(partFailed(e));
              });
            }
            return loading;
          }
          return {
            upload: function(file, store, events, overrides) {
              if (overrides) (0, options.$i)(overrides, base);
              var source = (0, upload_source.Z)(file);
              return deferredTask(engine(), function(e) {
                return e.upload(source, store, events, overrides);
              });
            },
            storeUrl: function(url, store, events) {
              (0, inputChecks.L1)(url);
              return deferredTask(engine(), function(e) {
                return e.storeUrl(url, store, events);
              });
            },
            listSource: function(container, path, cursor) {
              return engine().then(function(e) {
                return e.listSource(container, path, cursor);
              });
            },
            storeFromSource: function(source, store, events) {
              (0, inputChecks.RP)(source && source.container, source && source.path, true);
              return deferredTask(engine(), function(e) {
                return e.storeFromSource(source, store, events);
              });
            },
            discard: function(stored) {
              return engine().then(function(e) {
                return e.discard(stored);
              });
            },
            cloud: (0, lazy.B)(function() {
              return engine().then(function(e) {
                return e.cloud;
              });
            })
          };
        }
        var defaultTransport = __webpack_require__(169);
        var signal = __webpack_require__(671);
        var xhrTransport = __webpack_require__(536);
        var fetchTransport = __webpack_require__(4750);
        var nodeHttpTransport = __webpack_require__(4846);
        var retry = __webpack_require__(3333);
        var storeFields = __webpack_require__(8178);
        function given(o, key) {
          var v = o[key];
          if (v === undefined || v === null || v === "") return undefined;
          if (typeof v !== "string") throw new errors.yI(key, errors.H3 + "`" + key + "` must be a string, got " + (0, 
          describe.b)(v));
          if ((0, wellFormed.f)(v)) throw new errors.yI(key, errors.H3 + "`" + key + "` must be well-formed text (it holds a lone surrogate), got " + (0, 
          describe.b)(v));
          return v;
        }
        function normalizeStoreOptions(input) {
          if (input === undefined || input === null) return {
            location: "s3"
          };
          if (typeof input !== "object") throw new errors.yI("storeOptions", errors.H3 + "`storeOptions` must be an object, got " + (0, 
          describe.b)(input));
          var location = given(input, "location");
          var out = {
            location: location === undefined ? "s3" : (0, storeFields.nc)("location", location)
          };
          var access = given(input, "access");
          if (access !== undefined) out.access = (0, storeFields.oQ)("access", access);
          var container = given(input, "container");
          if (container !== undefined) out.container = (0, storeFields.$C)("container", container);
          var region = given(input, "region");
          if (region !== undefined) out.region = (0, storeFields.$C)("region", region);
          var path = given(input, "path");
          if (path !== undefined) out.path = (0, storeFields.b0)("path", path);
          var filename = given(input, "filename");
          if (filename !== undefined) out.filename = filename;
          return out;
        }
        function toClientProgress(p) {
          var percent = p.total > 0 ? p.loaded >= p.total ? 100 : Math.min(99, Math.floor(p.loaded / p.total * 100)) : 100;
          return {
            totalProgressPercent: percent,
            totalPercent: percent,
            progressTotal: p.loaded,
            totalBytes: p.loaded,
            part: p.part || 0,
            loaded: p.partLoaded || 0,
            byteLength: p.partSize || 0,
            size: p.total
          };
        }
        var CALLBACKS = [ "onStart", "onUploadStart", "onProgress", "onRetry", "onUploadComplete" ];
        function resolveHosts(h) {
          if (h === undefined || h === null) return core_hosts.yX;
          if (typeof h === "string") {
            if (!/^https?:\/\/[^/\s]+/i.test(h)) throw new errors.yI("hosts", errors.H3 + '`hosts` as a string must be an http(s) base URL, got "' + h + '"');
            return (0, core_hosts.R4)(h);
          }
          if (typeof h !== "object") throw new errors.yI("hosts", errors.H3 + "`hosts` must be a base URL or an object of host URLs, got " + typeof h);
          return (0, core_hosts.Iq)(core_hosts.yX, h);
        }
        function checkSecurity(security) {
          if (security === undefined || security === null) return undefined;
          var s = security;
          if (typeof s !== "object" || typeof s.policy !== "string" || !s.policy || typeof s.signature !== "string" || !s.signature || (0, 
          wellFormed.f)(s.policy) || (0, wellFormed.f)(s.signature)) {
            throw new errors.yI("security", errors.H3 + "`security` must carry both `policy` and `signature` as non-empty, well-formed strings");
          }
          return {
            policy: s.policy,
            signature: s.signature
          };
        }
        function init(apiKey, security, options) {
          if (typeof apiKey === "string" && (0, wellFormed.f)(apiKey)) throw new errors.yI("apiKey", errors.H3 + "`apiKey` must be well-formed text (it holds a lone surrogate)");
          if (typeof apiKey !== "string" || !apiKey) {
            throw new errors.yI("apiKey", errors.H3 + "`apiKey` must be a non-empty string, got " + (apiKey === null ? "null" : typeof apiKey === "string" ? "an empty string" : typeof apiKey));
          }
          var sec = checkSecurity(security);
          var o = options || {};
          var hosts = resolveHosts(o.hosts);
          var engine = createUploader({
            apikey: apiKey,
            security: sec,
            hosts: hosts,
            transport: o.transport,
            env: o.env,
            tuning: o.tuning,
            workerUrl: o.workerUrl
          });
          return {
            apikey: apiKey,
            hosts: hosts,
            upload: function(file, uploadOptions, storeOptions, token) {
              try {
                var u = uploadOptions || {};
                if (typeof u !== "object") throw new errors.yI("uploadOptions", errors.H3 + "`uploadOptions` must be an object, got " + typeof u);
                for (var i = 0; i < CALLBACKS.length; i++) {
                  var cb = u[CALLBACKS[i]];
                  if (cb !== undefined && typeof cb !== "function") throw new errors.yI(CALLBACKS[i], errors.H3 + "`" + CALLBACKS[i] + "` must be a function, got " + typeof cb);
                }
                if (token !== undefined && token !== null && (typeof token !== "object" || !Object.isExtensible(token))) {
                  throw new errors.yI("token", errors.H3 + "`token` must be an object that can take new properties (not frozen or sealed), got " + (0, 
                  describe.b)(token));
                }
                var store = normalizeStoreOptions(storeOptions);
                var onProgress_1 = u.onProgress;
                var task_1 = engine.upload(file, store, {
                  onStart: u.onStart,
                  onUploadStart: u.onUploadStart,
                  onRetry: u.onRetry,
                  onUploadComplete: u.onUploadComplete,
                  onProgress: onProgress_1 ? function(p) {
                    onProgress_1(toClientProgress(p));
                  } : undefined
                }, {
                  partSize: u.partSize,
                  maxConcurrentUploads: u.maxConcurrentUploads,
                  retryOptions: u.retryOptions,
                  resume: u.resume
                });
                if (token) {
                  token.cancel = function() {
                    task_1.cancel();
                  };
                  token.pause = function() {
                    task_1.pause();
                  };
                  token.resume = function() {
                    task_1.resume();
                  };
                }
                return task_1.promise;
              } catch (e) {
                return Promise.reject(e);
              }
            },
            storeURL: function(url, storeOptions) {
              try {
                if (typeof url === "string" && (0, wellFormed.f)(url)) throw new errors.yI("url", errors.H3 + "`url` must be well-formed text (it holds a lone surrogate), got " + (0, 
                describe.b)(url));
                return engine.storeUrl(url, normalizeStoreOptions(storeOptions)).promise;
              } catch (e) {
                return Promise.reject(e);
              }
            }
          };
        }
        var src_options = __webpack_require__(2664);
        var base64 = __webpack_require__(3319);
        var FilepickerException = __webpack_require__(4119);
        var FPError = __webpack_require__(1948);
        var members = __webpack_require__(7669);
        function browserEnv() {
          if (typeof navigator === "undefined") return {};
          var nav = navigator;
          return {
            userAgent: nav.userAgent,
            standalone: !!nav.standalone,
            language: nav.language || nav.userLanguage
          };
        }
        var callbacks = __webpack_require__(4442);
        var blob = __webpack_require__(2367);
        var shift = __webpack_require__(114);
        function debugBlob(ctx) {
          return {
            url: ctx.hosts.fileApi + "/-nBq2onTSemLBxlcBWn1",
            filename: "test.png",
            mimetype: "image/png",
            size: 58979,
            id: 1,
            client: "computer",
            isWriteable: true
          };
        }
        function pick_open(ctx, mode, pickerOptions, storeOptions, cb) {
          var env = browserEnv();
          var t = (0, callbacks.yJ)(function() {
            return mode === "pickAndStore" ? (0, src_options.SB)(pickerOptions, storeOptions, env) : (0, 
            src_options.by)(pickerOptions, mode, env);
          });
          t.warnings.forEach(function(w) {
            return ctx.warnOnce("option:" + w.option + ":" + w.message, w.message);
          });
          var arrayResult = mode !== "pick";
          var outcome = new callbacks.Pi(cb.onSuccess, cb.onError || (0, FPError.H)(ctx.debug), cb.onProgress);
          if (t.debug) {
            var d_1 = debugBlob(ctx);
            setTimeout(function() {
              return outcome.succeed(arrayResult ? [ d_1, d_1, d_1 ] : d_1);
            }, 1);
            return {
              close: function() {
                return outcome.close();
              }
            };
          }
          var uploader = ctx.uploader(t.security, t.resume);
          var session = ctx.deps.dialog().open(t.config, t.store, uploader, {
            onProgress: function(p) {
              outcome.progress((0, blob.BB)(p));
            },
            onDone: function(files) {
              var blobs = files.map(blob.X1);
              outcome.succeed(arrayResult ? blobs : blobs[0]);
            },
            onCancel: function() {
              outcome.fail(new FPError.d(101));
            },
            onError: function(err) {
              outcome.fail((0, callbacks.zT)(err));
            }
          }, ctx.queue);
          return {
            close: function() {
              outcome.close();
              session.close();
            }
          };
        }
        function pick(ctx, args) {
          ctx.requireKey();
          var a = (0, shift.bu)(args);
          return pick_open(ctx, "pick", a.options, undefined, a);
        }
        function pickMultiple(ctx, args) {
          ctx.requireKey();
          var a = (0, shift.bu)(args);
          return pick_open(ctx, "pickMultiple", a.options, undefined, a);
        }
        function pickAndStore(ctx, args) {
          ctx.requireKey();
          var _a = [ args[0], args[1], args[2], args[3], args[4] ], pickerOptions = _a[0], storeOptions = _a[1], onSuccess = _a[2], onError = _a[3], onProgress = _a[4];
          if (!pickerOptions || !storeOptions || (0, shift.Tn)(pickerOptions) || (0, shift.Tn)(storeOptions)) {
            throw new FilepickerException.G("Not all required parameters given, missing picker or store options");
          }
          return pick_open(ctx, "pickAndStore", pickerOptions, storeOptions, {
            onSuccess: (0, shift.Tn)(onSuccess) ? onSuccess : undefined,
            onError: (0, shift.Tn)(onError) ? onError : undefined,
            onProgress: (0, shift.Tn)(onProgress) ? onProgress : undefined
          });
        }
        function guarded(name, member, ctx) {
          return function() {
            try {
              return member(ctx, arguments);
            } catch (e) {
              if (e instanceof FilepickerException.G) throw e;
              throw new FilepickerException.G("filepicker: `" + name + "` cannot use its arguments: " + (0, 
              describe.k)(e));
            }
          };
        }
        function installLegacyApi(target, ctx, ext) {
          var own = {
            pick: function(c, a) {
              return pick(c, a);
            },
            pickMultiple: function(c, a) {
              return pickMultiple(c, a);
            },
            pickAndStore: function(c, a) {
              return pickAndStore(c, a);
            }
          };
          ctx.debug = function() {
            return !!target.debug;
          };
          ctx.useMembers(ext);
          ctx.useMembers(own);
          ctx.usePublicObject(target);
          for (var i = 0; i < members.N.length; i++) {
            var name_1 = members.N[i];
            switch (name_1) {
             case "errors":
              target.errors = {
                FPError: FPError.d,
                handleError: (0, FPError.H)(ctx.debug)
              };
              break;

             case "setKey":
              target.setKey = function() {
                ctx.setKey(arguments[0]);
              };
              break;

             case "FilepickerException":
              target.FilepickerException = FilepickerException.G;
              break;

             case "version":
              target.version = "0.1.0";
              break;

             case "services":
              target.services = (0, tslib_es6.Cl)({}, src_options.OF);
              break;

             case "base64":
              target.base64 = base64.K3;
              break;

             default:
              {
                var member = own[name_1] || ext[name_1];
                if (!member) throw new Error("filepicker: internal error, no implementation for `" + name_1 + "`");
                target[name_1] = guarded(name_1, member, ctx);
              }
            }
          }
        }
        function replayQueue(target) {
          var api = target;
          var queue = api._queue;
          delete api._queue;
          if (!queue || typeof queue.length !== "number") return;
          for (var i = 0; i < queue.length; i++) {
            var entry = queue[i];
            if (!entry) continue;
            var name_1 = entry[0];
            var args = entry[1] || [];
            var fn = api[name_1];
            try {
              if (typeof fn !== "function") throw new Error("filepicker: queued call to unknown method `" + name_1 + "`");
              fn.apply(target, Array.prototype.slice.call(args));
            } catch (e) {
              if (typeof console !== "undefined" && console.error) console.error(e && e.toString ? String(e) : e);
            }
          }
        }
        var environment = __webpack_require__(5762);
        var LegacyContext = function() {
          function LegacyContext(deps) {
            this.deps = deps;
            this.hosts = core_hosts.yX;
            this.warned = {};
            this.debug = function() {
              return false;
            };
            this.members = {};
            this.cloud = {};
            this.queue = deps.queue();
          }
          LegacyContext.prototype.setKey = function(key) {
            this.apikey = undefined;
            this.badKey = undefined;
            if (key == null) return;
            var text = (0, wellFormed.b)(key);
            if (text === undefined) this.badKey = "has no text: " + (0, describe.b)(key); else if ((0, 
            wellFormed.f)(text)) this.badKey = "is not well-formed text (it holds a lone surrogate)"; else this.apikey = text;
          };
          LegacyContext.prototype.getKey = function() {
            return this.apikey;
          };
          LegacyContext.prototype.requireKey = function() {
            if (this.badKey) throw new FilepickerException.G("API Key not usable: the value given to setKey " + this.badKey);
            if (!this.apikey) throw new FilepickerException.G("API Key not found");
            return this.apikey;
          };
          LegacyContext.prototype.configureHosts = function(hosts) {
            if (typeof hosts === "string" && hosts) this.hosts = (0, core_hosts.R4)(hosts); else if (hosts && typeof hosts === "object") this.hosts = (0, 
            core_hosts.Iq)(this.hosts, hosts);
          };
          LegacyContext.prototype.warnOnce = function(key, message) {
            if (this.warned[key]) return;
            this.warned[key] = true;
            if (typeof console !== "undefined" && console.warn) console.warn(message);
          };
          LegacyContext.prototype.useMembers = function(members) {
            for (var k in members) if (Object.prototype.hasOwnProperty.call(members, k)) this.members[k] = members[k];
          };
          LegacyContext.prototype.usePublicObject = function(target) {
            this.target = target;
          };
          LegacyContext.prototype.callPublic = function(name, args) {
            var target = this.target;
            var f = target ? target[name] : undefined;
            if (typeof f === "function") return f.apply(target, Array.prototype.slice.call(args));
            return this.call(name, args);
          };
          LegacyContext.prototype.hasMember = function(name) {
            return typeof this.members[name] === "function";
          };
          LegacyContext.prototype.call = function(name, args) {
            var member = this.members[name];
            if (typeof member !== "function") throw new Error("filepicker: internal error, no implementation for `" + name + "`");
            return member(this, args);
          };
          LegacyContext.prototype.window = function() {
            if (this.win) return this.win;
            if (typeof window !== "undefined") return window;
            throw new Error("filepicker: this needs a browser window");
          };
          LegacyContext.prototype.http = function() {
            if (!this.stack) this.stack = {
              transport: (0, defaultTransport.JT)(),
              timers: (0, environment.B)()
            };
            return this.stack;
          };
          LegacyContext.prototype.uploader = function(security, resume) {
            return this.deps.uploader({
              apikey: this.requireKey(),
              security: security,
              hosts: this.hosts,
              resume: resume,
              cloud: this.cloud
            });
          };
          return LegacyContext;
        }();
        function lazyDialog_partFailed(name, e) {
          var why = e && e.message ? e.message : String(e);
          return "could not load the `" + name + "` part of the library (chunks/" + name + ".js next to the main script): " + why;
        }
        var LazyDialog = function() {
          function LazyDialog(name, load) {
            this.name = name;
            this.load = load;
          }
          LazyDialog.prototype.prefetch = function() {
            this.part().then(undefined, function() {});
          };
          LazyDialog.prototype.open = function(config, store, uploader, callbacks, queue) {
            if (this.loaded) return this.loaded.open(config, store, uploader, callbacks, queue);
            var closed = false;
            var session;
            var name = this.name;
            this.part().then(function(dialog) {
              if (closed) return;
              try {
                session = dialog.open(config, store, uploader, callbacks, queue);
              } catch (e) {
                callbacks.onError(e instanceof Error ? e : new Error(String(e)));
              }
            }, function(e) {
              if (!closed) callbacks.onError(new Error(lazyDialog_partFailed(name, e)));
            });
            return {
              close: function() {
                closed = true;
                if (session) session.close();
              }
            };
          };
          LazyDialog.prototype.part = function() {
            var _this = this;
            if (!this.loading) {
              this.loading = this.load().then(function(m) {
                return _this.loaded = m.createPickerDialog();
              }, function(e) {
                _this.loading = undefined;
                throw e;
              });
            }
            return this.loading;
          };
          return LazyDialog;
        }();
        function atIdleAfterLoad(win, fn) {
          if (!win || !win.document) return;
          var idle = function() {
            var ric = win.requestIdleCallback;
            if (typeof ric === "function") ric.call(win, fn, {
              timeout: 2e3
            }); else win.setTimeout(fn, 50);
          };
          if (win.document.readyState === "complete") idle(); else if (win.addEventListener) win.addEventListener("load", idle);
        }
        var dialogPart = __webpack_require__(3435);
        var checkExport = __webpack_require__(8657);
        function report(e) {
          if (typeof console !== "undefined" && console.error) console.error(e && e.toString ? String(e) : e);
        }
        function onDemand(name, load) {
          var mod;
          var waiting;
          return function use(fn) {
            if (mod) {
              fn(mod);
              return;
            }
            if (waiting) {
              waiting.push(fn);
              return;
            }
            waiting = [ fn ];
            load().then(function(m) {
              mod = m;
              var list = waiting || [];
              waiting = undefined;
              for (var i = 0; i < list.length; i++) {
                try {
                  list[i](m);
                } catch (e) {
                  report(e);
                }
              }
            }, function(e) {
              waiting = undefined;
              report("filepicker: could not load the `" + name + "` part of the library (chunks/" + name + ".js next to the main script): " + (e && e.message || e));
            });
          };
        }
        function argsOf(args) {
          return Array.prototype.slice.call(args);
        }
        var services = __webpack_require__(2818);
        var NO_CLOUD = "pickFolder needs a cloud source, which this version does not provide";
        function folderSources(named) {
          var list = named && named.length ? named : Object.keys(services.JJ).filter(function(s) {
            return s !== "GDRIVE";
          });
          return list.filter(function(s) {
            return !!services.JJ[String(s).toUpperCase()];
          }).map(function(s) {
            return String(s).toUpperCase();
          });
        }
        function folderBlob(f, link) {
          return {
            url: link || f.path,
            filename: f.name,
            mimetype: "text/directory",
            client: f.client,
            path: f.path,
            folder: true
          };
        }
        function namedServices(options) {
          var o = options || {};
          var v = o.services !== undefined ? o.services : o.service;
          if (v === undefined || v === null) return undefined;
          return (Array.isArray(v) ? v : [ v ]).map(function(s) {
            return String(s).toUpperCase();
          });
        }
        function pickFolder(ctx, args) {
          ctx.requireKey();
          var a = (0, shift.bu)(args);
          var outcome = new callbacks.Pi(a.onSuccess, a.onError || (0, FPError.H)(ctx.debug));
          var named = namedServices(a.options);
          var sources = folderSources(named);
          if (!sources.length) {
            var why_1 = NO_CLOUD + ": none of the services (" + (named || []).join(", ") + ") is a cloud source (" + Object.keys(services.JJ).join(", ") + ")";
            setTimeout(function() {
              return outcome.fail(new FPError.d(102, why_1));
            }, 0);
            return {
              close: function() {
                return outcome.close();
              }
            };
          }
          var t = (0, callbacks.yJ)(function() {
            return (0, src_options.by)(a.options, "pick", browserEnv());
          });
          t.warnings.forEach(function(w) {
            return ctx.warnOnce("option:" + w.option + ":" + w.message, w.message);
          });
          var config = (0, tslib_es6.Cl)((0, tslib_es6.Cl)({}, t.config), {
            sources: sources,
            multiple: false,
            folderMode: true
          });
          if (config.openTo && sources.indexOf(config.openTo) < 0) config.openTo = undefined;
          var uploader = ctx.uploader(t.security, t.resume);
          var session = ctx.deps.dialog().open(config, t.store, uploader, {
            onDone: function() {
              return outcome.fail(new FPError.d(102, NO_CLOUD + ": the dialog ended without a folder"));
            },
            onFolder: function(f) {
              var chosen = function(link) {
                if (!link) ctx.warnOnce("pickFolder:nolink", "pickFolder: the cloud API gave no link for the folder; `url` is the folder's path in its source");
                outcome.succeed(folderBlob(f, link));
              };
              uploader.cloud.folderLink(f.client, f.path).then(chosen, function() {
                return chosen(null);
              });
            },
            onCancel: function() {
              return outcome.fail(new FPError.d(101));
            },
            onError: function(err) {
              return outcome.fail((0, callbacks.zT)(err));
            }
          }, ctx.queue);
          return {
            close: function() {
              outcome.close();
              session.close();
            }
          };
        }
        var fetchImage = __webpack_require__(2418);
        var IMAGE = /^image\/(jpeg|png|webp)$/i;
        function processImage(ctx, args) {
          ctx.requireKey();
          var a = (0, shift.Nj)(args, 1);
          var input = a.fixed[0];
          if (!(typeof input === "string" || input && typeof input === "object" && input.url)) {
            throw new FilepickerException.G("Invalid file to convert: " + input + ". Not a valid url or FPFile object or not filepicker url. You can convert only filepicker url images.");
          }
          var url = String(typeof input === "string" ? input : input.url);
          var given = a.options && typeof a.options === "object" ? a.options : {};
          var options = (0, tslib_es6.Cl)((0, tslib_es6.Cl)({}, given), {
            multiple: false,
            services: [ "CONVERT", "COMPUTER" ],
            backgroundUpload: true,
            hide: false
          });
          var env = browserEnv();
          var t = (0, callbacks.yJ)(function() {
            return (0, src_options.by)(options, "pick", env);
          });
          t.warnings.forEach(function(w) {
            return ctx.warnOnce("option:" + w.option + ":" + w.message, w.message);
          });
          var outcome = new callbacks.Pi(a.onSuccess, a.onError || (0, FPError.H)(ctx.debug), a.onProgress);
          var name = typeof input === "object" && typeof input.filename === "string" && input.filename ? input.filename : undefined;
          var session;
          var read = (0, fetchImage.a)(ctx.window(), url, name);
          read.promise.then(function(got) {
            if (outcome.finished) return;
            var type = String(got.file.type || typeof input === "object" && input.mimetype || "");
            if (!IMAGE.test(type)) return outcome.fail(new FPError.d(142, 'processImage edits JPEG, PNG and WebP images; got "' + type + '"'));
            session = ctx.deps.dialog().open((0, tslib_es6.Cl)((0, tslib_es6.Cl)({}, t.config), {
              editFile: got.file
            }), t.store, ctx.uploader(t.security), {
              onProgress: function(p) {
                outcome.progress((0, blob.BB)(p));
              },
              onDone: function(files) {
                outcome.succeed((0, blob.X1)(files[0]));
              },
              onCancel: function() {
                outcome.fail(new FPError.d(101));
              },
              onError: function(err) {
                outcome.fail((0, callbacks.zT)(err));
              }
            }, ctx.queue);
          }, function(err) {
            if (outcome.finished) return;
            outcome.fail(err.status === 404 ? new FPError.d(141) : new FPError.d(143, "reading " + url + " failed" + (err.status ? " with HTTP " + err.status : " (network or CORS)")));
          });
          return {
            close: function() {
              outcome.close();
              read.cancel();
              if (session) session.close();
            }
          };
        }
        var useExport = onDemand("export", function() {
          return Promise.all([ __webpack_require__.e(804), __webpack_require__.e(649) ]).then(__webpack_require__.bind(__webpack_require__, 1861));
        });
        function exportMember(ctx, args) {
          (0, checkExport.$)(ctx, args);
          var copy = argsOf(args);
          var closed = false;
          var dialog;
          useExport(function(m) {
            if (!closed) dialog = m.exportFile(ctx, copy);
          });
          return {
            close: function() {
              closed = true;
              if (dialog) dialog.close();
            }
          };
        }
        var exportMembers = {
          pickFolder: function(ctx, args) {
            return pickFolder(ctx, args);
          },
          export: exportMember,
          exportFile: exportMember,
          processImage: function(ctx, args) {
            return processImage(ctx, args);
          }
        };
        var checks = __webpack_require__(6244);
        var use = onDemand("rest", function() {
          return Promise.all([ __webpack_require__.e(804), __webpack_require__.e(845) ]).then(__webpack_require__.bind(__webpack_require__, 9405));
        });
        var FAILURE = {
          read: [ 1, 118 ],
          write: [ 2, 123 ],
          writeUrl: [ 2, 123 ],
          store: [ 1, 123 ],
          storeUrl: [ 1, 153 ],
          stat: [ 1, 162 ],
          metadata: [ 1, 162 ],
          remove: [ 1, 172 ],
          convert: [ 2, 143 ]
        };
        function runDeferred(name, fn, ctx, args) {
          try {
            fn();
          } catch (e) {
            var failure = FAILURE[name];
            if (!failure) throw e;
            var onError = (0, shift.Nj)(args, failure[0]).onError || (0, FPError.H)(ctx.debug);
            (0, callbacks.NU)(onError, new FPError.d(failure[1], "filepicker: `" + name + "` failed: " + (0, 
            describe.k)(e)));
          }
        }
        function rest_lazy(name, check) {
          return function(ctx, args) {
            check(ctx, args);
            var copy = argsOf(args);
            use(function(m) {
              runDeferred(name, function() {
                return m.restMembers[name](ctx, copy);
              }, ctx, copy);
            });
            return undefined;
          };
        }
        var restMembers = {
          read: rest_lazy("read", checks.xp),
          write: rest_lazy("write", function(ctx, args) {
            return (0, checks.Gf)(ctx, args, false);
          }),
          writeUrl: rest_lazy("writeUrl", function(ctx, args) {
            return (0, checks.Gf)(ctx, args, true);
          }),
          store: rest_lazy("store", checks.ot),
          storeUrl: rest_lazy("storeUrl", checks.L1),
          stat: rest_lazy("stat", checks.RI),
          metadata: rest_lazy("metadata", checks.RI),
          remove: rest_lazy("remove", checks.ju),
          convert: rest_lazy("convert", checks.CF),
          logout: rest_lazy("logout", function() {})
        };
        var queue = __webpack_require__(6643);
        function messageOf(e) {
          var m = String(e && e.message || e || "");
          return m.indexOf(errors.H3) === 0 ? m.slice(errors.H3.length) : m;
        }
        var Discarder = function() {
          function Discarder(uploader, warn) {
            this.uploader = uploader;
            this.warn = warn;
            this.warned = false;
          }
          Discarder.prototype.discard = function(copies) {
            if (!copies) return;
            for (var i = 0; i < copies.length; i++) this.one(copies[i]);
          };
          Discarder.prototype.one = function(copy) {
            var _this = this;
            if (copy.linked) return;
            var done;
            try {
              done = this.uploader.discard(copy);
            } catch (e) {
              done = Promise.reject(e);
            }
            done.then(undefined, function(e) {
              if (_this.warned || !_this.warn) return;
              _this.warned = true;
              _this.warn(errors.H3 + "could not remove the unused copy " + copy.handle + " (" + copy.filename + ") from storage: " + messageOf(e));
            });
          };
          return Discarder;
        }();
        var nextId = 1;
        function prepared(source) {
          if (source.kind !== "file") return Promise.resolve(undefined);
          return source.prepare ? source.prepare(source.file) : Promise.resolve(source.file);
        }
        var Batch = function() {
          function Batch(slots, uploader, store, warn) {
            this.slots = slots;
            this.uploader = uploader;
            this.store = store;
            this.items = [];
            this.ended = false;
            this.discarder = new Discarder(uploader, warn);
          }
          Batch.prototype.add = function(source, info, events) {
            var item = {
              id: nextId++,
              source: source,
              info: info,
              events: events,
              run: 0,
              superseded: []
            };
            if (!this.ended) this.items.push(item);
            return item;
          };
          Batch.prototype.start = function(handle) {
            var _this = this;
            var item = this.find(handle);
            if (!item || this.ended || this.busy(item)) return;
            var run = ++item.run;
            var granted = false;
            var withdraw = this.slots.acquire(function(release) {
              granted = true;
              item.withdraw = undefined;
              item.release = release;
              _this.run(item, run);
            });
            if (!granted) item.withdraw = withdraw;
          };
          Batch.prototype.busy = function(handle) {
            var item = this.find(handle);
            return !!item && !!(item.withdraw || item.release);
          };
          Batch.prototype.replace = function(handle, file, edits) {
            var item = this.find(handle);
            if (!item || this.ended) return;
            this.stop(item);
            if (item.result) item.superseded.push(item.result);
            item.result = undefined;
            var prepare = item.source.kind === "file" ? item.source.prepare : undefined;
            item.source = {
              kind: "file",
              file: file,
              prepare: prepare
            };
            item.info.edits = edits;
          };
          Batch.prototype.remove = function(handle) {
            var item = this.find(handle);
            if (!item || this.ended) return;
            this.stop(item);
            this.items.splice(this.items.indexOf(item), 1);
            this.discarder.discard(copiesOf(item, true));
          };
          Batch.prototype.result = function() {
            var files = [];
            for (var i = 0; i < this.items.length; i++) {
              var item = this.items[i];
              if (!item.result) continue;
              var file = (0, tslib_es6.Cl)((0, tslib_es6.Cl)({}, item.result), {
                client: item.info.client
              });
              var edits = item.info.edits;
              if (edits) {
                file.cropped = edits.cropped;
                file.rotated = edits.rotated;
                file.converted = edits.converted;
              } else if (item.info.editable) file.cropped = false;
              files.push(file);
            }
            return files;
          };
          Batch.prototype.end = function(delivered) {
            if (this.ended) return;
            this.ended = true;
            var items = this.items;
            this.items = [];
            for (var i = 0; i < items.length; i++) {
              this.stop(items[i]);
              this.discarder.discard(copiesOf(items[i], !delivered));
            }
          };
          Batch.prototype.find = function(handle) {
            for (var i = 0; i < this.items.length; i++) if (this.items[i].id === handle.id) return this.items[i];
            return undefined;
          };
          Batch.prototype.stop = function(item) {
            item.run++;
            var withdraw = item.withdraw;
            var release = item.release;
            var task = item.task;
            item.withdraw = item.release = item.task = undefined;
            if (withdraw) withdraw();
            if (task) task.cancel();
            if (release) release();
          };
          Batch.prototype.live = function(item, run) {
            return !this.ended && item.run === run && this.items.indexOf(item) >= 0;
          };
          Batch.prototype.free = function(item, run) {
            if (item.run !== run || !item.release) return;
            var release = item.release;
            item.release = undefined;
            release();
          };
          Batch.prototype.run = function(item, run) {
            var _this = this;
            var source = item.source;
            var preparing = source.kind === "file" && !!source.prepare;
            if (item.events.onStart) item.events.onStart(preparing);
            prepared(source).then(function(file) {
              if (_this.live(item, run)) _this.upload(item, run, file);
            }, function(err) {
              if (!_this.live(item, run)) return;
              try {
                if (item.events.onFailed) item.events.onFailed(err, false);
              } finally {
                _this.free(item, run);
              }
            });
          };
          Batch.prototype.upload = function(item, run, file) {
            var _this = this;
            var on = item.events;
            if (on.onUpload) on.onUpload(file);
            if (!this.live(item, run)) return;
            var events = {
              onProgress: function(p) {
                if (_this.live(item, run) && on.onProgress) on.onProgress(p);
              },
              onRetry: function(attempt, waitMs) {
                if (_this.live(item, run) && on.onRetry) on.onRetry(attempt, waitMs);
              }
            };
            var task;
            try {
              var s = item.source;
              if (s.kind === "url") task = this.uploader.storeUrl(s.url, this.store, events); else if (s.kind === "source") task = this.uploader.storeFromSource(s.source, this.store, events); else if (s.kind === "cloud") task = s.link ? this.uploader.cloud.link(s.file, events) : this.uploader.cloud.store(s.file, this.store, events); else task = this.uploader.upload(file || s.file, this.store, events);
            } catch (e) {
              try {
                if (on.onFailed) on.onFailed(e, true);
              } finally {
                this.free(item, run);
              }
              return;
            }
            item.task = task;
            task.promise.then(function(stored) {
              return _this.stored(item, run, stored);
            }, function(err) {
              return _this.failed(item, run, err);
            });
          };
          Batch.prototype.stored = function(item, run, stored) {
            if (!this.live(item, run)) {
              this.discarder.discard([ stored ]);
              return;
            }
            item.task = undefined;
            item.result = stored;
            var superseded = item.superseded;
            item.superseded = [];
            this.discarder.discard(superseded);
            try {
              if (item.events.onStored) item.events.onStored(stored);
            } finally {
              this.free(item, run);
            }
          };
          Batch.prototype.failed = function(item, run, err) {
            if (!this.live(item, run)) return;
            item.task = undefined;
            try {
              if (item.events.onFailed) item.events.onFailed(err, false);
            } finally {
              this.free(item, run);
            }
          };
          return Batch;
        }();
        function copiesOf(item, withResult) {
          var out = item.superseded.slice();
          if (withResult && item.result) out.push(item.result);
          item.superseded = [];
          return out;
        }
        var MAX_PARALLEL_FILES = 3;
        var FileQueue = function() {
          function FileQueue(limit) {
            if (limit === void 0) {
              limit = MAX_PARALLEL_FILES;
            }
            this.limit = limit;
            if (typeof limit !== "number" || limit !== Math.floor(limit) || limit < 1) {
              throw new errors.yI("limit", errors.H3 + "`limit` of the file queue must be a whole number of at least 1, got " + String(limit));
            }
            this.slots = new queue.t(limit);
          }
          Object.defineProperty(FileQueue.prototype, "active", {
            get: function() {
              return this.slots.active;
            },
            enumerable: false,
            configurable: true
          });
          FileQueue.prototype.acquire = function(grant) {
            return this.slots.acquire(grant);
          };
          FileQueue.prototype.batch = function(uploader, store, warn) {
            return new Batch(this, uploader, store, warn);
          };
          return FileQueue;
        }();
        function createUploadQueue(limit) {
          return new FileQueue(limit);
        }
        var widgets_checks = __webpack_require__(5237);
        function watchPage(ctx, win, run) {
          ctx.win = win;
          var doc = win.document;
          if (doc.readyState === "loading") {
            doc.addEventListener("DOMContentLoaded", run, false);
          } else {
            run();
          }
          if (doc.readyState !== "complete") win.addEventListener("load", run, false);
        }
        var widgets_snapshot = __webpack_require__(2716);
        var state = __webpack_require__(8503);
        var useWidgets = onDemand("widgets", function() {
          return Promise.all([ __webpack_require__.e(804), __webpack_require__.e(854) ]).then(__webpack_require__.bind(__webpack_require__, 7138));
        });
        var IMAGES = "img[data-fp-src]";
        function hasWidgets(doc) {
          if (!doc.querySelector) return false;
          for (var i = 0; i < widgets_checks.SA.length; i++) if (doc.querySelector(widgets_checks.SA[i])) return true;
          return !!doc.querySelector(IMAGES);
        }
        function startWidgets(ctx, win) {
          var loaded = false;
          watchPage(ctx, win, function() {
            if (loaded || hasWidgets(win.document)) {
              loaded = true;
              useWidgets(function(m) {
                m.runHooks(ctx);
              });
            }
          });
          var onResize = function() {
            if (!loaded && !(win.document.querySelector && win.document.querySelector(IMAGES))) return;
            win.removeEventListener("resize", onResize, false);
            if (loaded) return;
            loaded = true;
            useWidgets(function(m) {
              m.activateResponsive(ctx);
            });
          };
          win.addEventListener("resize", onResize, false);
        }
        var widgetMembers = {
          setResponsiveOptions: function(ctx, args) {
            return (0, widgets_checks.LT)(ctx, args);
          },
          constructWidget: function(ctx, args) {
            var el = (0, widgets_checks.or)(args);
            var snapshot = (0, widgets_snapshot.e)(el);
            useWidgets(function(m) {
              m.constructWidget(ctx, [ el ], snapshot);
            });
            return undefined;
          },
          makeDropPane: function(ctx, args) {
            var el = (0, widgets_checks.Ko)(args);
            if (!(0, widgets_checks.Yc)((0, state.Ou)(ctx))) {
              (0, state.yA)("Your browser doesn't support drag-drop functionality");
              return false;
            }
            var copy = argsOf(args);
            var hold = function(e) {
              e.preventDefault();
            };
            el.addEventListener("dragover", hold, false);
            el.addEventListener("drop", hold, false);
            useWidgets(function(m) {
              el.removeEventListener("dragover", hold, false);
              el.removeEventListener("drop", hold, false);
              m.makeDropPane(ctx, copy);
            });
            return true;
          },
          responsive: function(ctx, args) {
            (0, widgets_checks.RU)(args);
            var copy = argsOf(args);
            useWidgets(function(m) {
              m.responsive(ctx, copy);
            });
            return undefined;
          }
        };
        var win = typeof window !== "undefined" ? window : undefined;
        var existing = win && win.filepicker && typeof win.filepicker === "object" ? win.filepicker : undefined;
        var target = existing || {};
        var base = (0, scriptBase.F)();
        var workerUrl = win && base ? base + "filepicker.md5worker.js" : undefined;
        var dialog = new LazyDialog("dialog", dialogPart.k);
        var ctx = new LegacyContext({
          dialog: function() {
            return dialog;
          },
          queue: createUploadQueue,
          uploader: function(opts) {
            return createUploader((0, tslib_es6.Cl)((0, tslib_es6.Cl)({}, opts), {
              workerUrl: workerUrl
            }));
          }
        });
        if (existing && typeof existing.hostname === "string") ctx.configureHosts(existing.hostname);
        var ext = {};
        [ restMembers, widgetMembers, exportMembers ].forEach(function(group) {
          for (var k in group) if (Object.prototype.hasOwnProperty.call(group, k)) ext[k] = group[k];
        });
        installLegacyApi(target, ctx, ext);
        var modern = {
          init: function(apiKey, security, options) {
            return init(apiKey, security, (0, tslib_es6.Cl)({
              hosts: ctx.hosts,
              workerUrl: workerUrl
            }, options || {}));
          },
          configure: function(settings) {
            if (settings && settings.hosts) ctx.configureHosts(settings.hosts);
          }
        };
        target.init = modern.init;
        target.configure = modern.configure;
        var api = target;
        if (existing) replayQueue(api);
        if (win && win.document) startWidgets(ctx, win);
        if (base && win && win.document) {
          dialog.prefetch();
          atIdleAfterLoad(win, prefetchEngine);
        }
        var src = api;
      },
      1948: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          d: function() {
            return FPError;
          },
          H: function() {
            return handleError;
          }
        });
        var FP_ERROR_MESSAGES = {
          101: "The user closed the picker without choosing a file",
          102: "The picker could not finish: the upload or the source failed",
          111: "This browser cannot read local files",
          112: "This browser cannot read from other domains",
          113: "The site of the given URL does not let other sites read its data",
          114: "The site of the given URL answered with an error",
          115: "File not found",
          116: "The file could not be read",
          117: "Reading the file was aborted",
          118: "Unknown error while reading",
          121: "The file to write to cannot be found",
          122: "The remote URL could not be reached",
          123: "Unknown error while writing",
          131: "The user closed the dialog without exporting a file",
          132: "The export failed",
          141: "The file to convert cannot be found",
          142: "The file cannot be converted with the requested parameters",
          143: "Unknown error while converting the file",
          151: "The file store cannot be reached",
          152: "The remote URL could not be reached",
          153: "Unknown error while storing",
          161: "The file cannot be found",
          162: "Error while fetching metadata",
          163: "Unknown error while fetching metadata",
          171: "The file cannot be found, and may have already been deleted",
          172: "The underlying content store cannot be reached",
          173: "Unknown error while removing",
          400: "Invalid request to the server - do you need to pass a security policy and signature?",
          403: "Not authorized to make this request"
        };
        function messageForCode(code) {
          return FP_ERROR_MESSAGES[code] || "Error " + code;
        }
        var FPError = function FPError(code, details) {
          if (!(this instanceof FPError)) return new FPError(code, details);
          this.code = Number(code);
          this.message = messageForCode(this.code);
          if (details) this.details = details;
          return this;
        };
        FPError.prototype = Object.create(Error.prototype, {
          constructor: {
            value: FPError,
            enumerable: false,
            writable: true,
            configurable: true
          },
          name: {
            value: "FPError",
            enumerable: false,
            writable: true,
            configurable: true
          },
          toString: {
            enumerable: false,
            writable: true,
            configurable: true,
            value: function() {
              return "FPError " + this.code + ": " + this.message + (this.details ? " (" + this.details + ")" : "");
            }
          },
          toJSON: {
            enumerable: false,
            writable: true,
            configurable: true,
            value: function() {
              var out = {
                code: this.code,
                message: this.message
              };
              if (this.details) out.details = this.details;
              return out;
            }
          }
        });
        function handleError(debug) {
          return function(e) {
            if (debug() && typeof console !== "undefined" && console.error) console.error(String(e));
          };
        }
      },
      4119: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          G: function() {
            return FilepickerException;
          }
        });
        var FilepickerException = function FilepickerException(text) {
          if (!(this instanceof FilepickerException)) return new FilepickerException(text);
          this.text = text;
          var stack = new Error(String(text)).stack;
          if (stack) Object.defineProperty(this, "stack", {
            value: stack,
            enumerable: false,
            configurable: true,
            writable: true
          });
          return this;
        };
        FilepickerException.prototype = Object.create(Error.prototype, {
          constructor: {
            value: FilepickerException,
            enumerable: false,
            writable: true,
            configurable: true
          },
          name: {
            value: "FilepickerException",
            enumerable: false,
            writable: true,
            configurable: true
          },
          message: {
            enumerable: false,
            configurable: true,
            get: function() {
              return String(this.text);
            }
          },
          toString: {
            enumerable: false,
            writable: true,
            configurable: true,
            value: function() {
              return "FilepickerException: " + this.text;
            }
          }
        });
      },
      3319: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          K3: function() {
            return base64;
          },
          cY: function() {
            return encodeBinary;
          }
        });
        var ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        function utf8Encode(s) {
          return unescape(encodeURIComponent(s));
        }
        function utf8Decode(s) {
          try {
            return decodeURIComponent(escape(s));
          } catch (_e) {
            return s;
          }
        }
        function encodeBinary(bin) {
          var out = "";
          for (var i = 0; i < bin.length; i += 3) {
            var a = bin.charCodeAt(i);
            var b = i + 1 < bin.length ? bin.charCodeAt(i + 1) : NaN;
            var c = i + 2 < bin.length ? bin.charCodeAt(i + 2) : NaN;
            out += ALPHABET.charAt(a >> 2);
            out += ALPHABET.charAt((a & 3) << 4 | (isNaN(b) ? 0 : b >> 4));
            out += isNaN(b) ? "=" : ALPHABET.charAt((b & 15) << 2 | (isNaN(c) ? 0 : c >> 6));
            out += isNaN(c) ? "=" : ALPHABET.charAt(c & 63);
          }
          return out;
        }
        function decodeBinary(b64) {
          var clean = String(b64).replace(/[^A-Za-z0-9+/]/g, "");
          var out = "";
          for (var i = 0; i < clean.length; i += 4) {
            var n1 = ALPHABET.indexOf(clean.charAt(i));
            var n2 = ALPHABET.indexOf(clean.charAt(i + 1));
            var n3 = i + 2 < clean.length ? ALPHABET.indexOf(clean.charAt(i + 2)) : -1;
            var n4 = i + 3 < clean.length ? ALPHABET.indexOf(clean.charAt(i + 3)) : -1;
            out += String.fromCharCode(n1 << 2 | n2 >> 4);
            if (n3 >= 0) out += String.fromCharCode((n2 & 15) << 4 | n3 >> 2);
            if (n4 >= 0) out += String.fromCharCode((n3 & 3) << 6 | n4);
          }
          return out;
        }
        var base64 = {
          encode: function(input, utf8encode) {
            var s = String(input);
            return encodeBinary(utf8encode || utf8encode === undefined ? utf8Encode(s) : s);
          },
          decode: function(input, utf8decode) {
            var bin = decodeBinary(input);
            return utf8decode || utf8decode === undefined ? utf8Decode(bin) : bin;
          }
        };
      },
      2367: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          BB: function() {
            return toProgress;
          },
          Vs: function() {
            return toRestBlob;
          },
          X1: function() {
            return toPickerBlob;
          }
        });
        function toPickerBlob(file) {
          var blob = {
            url: file.url,
            filename: file.filename,
            mimetype: file.mimetype,
            size: file.size
          };
          [ "cropped", "rotated", "converted" ].forEach(function(k) {
            if (file[k] !== undefined) blob[k] = file[k];
          });
          var extra = {
            id: file.id,
            key: file.key,
            container: file.container,
            path: file.path,
            client: file.client
          };
          if (extra.id) blob.id = extra.id;
          [ "key", "container", "path", "client" ].forEach(function(k) {
            if (extra[k]) blob[k] = extra[k];
          });
          blob.isWriteable = true;
          return blob;
        }
        function toRestBlob(file) {
          return {
            url: file.url,
            filename: file.filename,
            mimetype: file.mimetype,
            size: file.size,
            key: file.key,
            isWriteable: !!(file.isWriteable || file.writeable)
          };
        }
        function toProgress(p) {
          var pct = p.total > 0 ? Math.min(100, p.loaded / p.total * 100) : 100;
          return {
            progress: pct,
            filename: p.filename,
            mimetype: p.mimetype,
            size: p.size
          };
        }
      },
      4442: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          NU: function() {
            return later;
          },
          Pi: function() {
            return Outcome;
          },
          yJ: function() {
            return throwingValidation;
          },
          zT: function() {
            return pickErrorToFP;
          }
        });
        var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4703);
        var _FilepickerException__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4119);
        var _FPError__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1948);
        function later(fn, arg, noArg) {
          if (!fn) return;
          setTimeout(function() {
            if (noArg) fn(); else fn(arg);
          }, 0);
        }
        var Outcome = function() {
          function Outcome(onSuccess, onError, onProgress) {
            this.onSuccess = onSuccess;
            this.onError = onError;
            this.onProgress = onProgress;
            this.done = false;
          }
          Object.defineProperty(Outcome.prototype, "finished", {
            get: function() {
              return this.done;
            },
            enumerable: false,
            configurable: true
          });
          Outcome.prototype.succeed = function(value) {
            if (this.done) return;
            this.done = true;
            later(this.onSuccess, value);
          };
          Outcome.prototype.fail = function(error) {
            if (this.done) return;
            this.done = true;
            later(this.onError, error);
          };
          Outcome.prototype.progress = function(value) {
            if (this.done) return;
            later(this.onProgress, value);
          };
          Outcome.prototype.close = function() {
            this.done = true;
          };
          return Outcome;
        }();
        function serverMessage(body) {
          if (body.charAt(0) !== "{") return body;
          try {
            var parsed = JSON.parse(body);
            if (typeof parsed.error === "string" && parsed.error) return parsed.error;
            if (typeof parsed.message === "string" && parsed.message) return parsed.message;
          } catch (_e) {}
          return body;
        }
        function pickErrorToFP(err) {
          if ((0, _core_errors__WEBPACK_IMPORTED_MODULE_0__.zf)(err)) return new _FPError__WEBPACK_IMPORTED_MODULE_2__.d(101);
          if ((0, _core_errors__WEBPACK_IMPORTED_MODULE_0__.TX)(err)) {
            var details = err.body ? serverMessage(err.body) : err.message;
            if (err.status === 400) return new _FPError__WEBPACK_IMPORTED_MODULE_2__.d(400, details);
            if (err.status === 403) return new _FPError__WEBPACK_IMPORTED_MODULE_2__.d(403, details);
          }
          return new _FPError__WEBPACK_IMPORTED_MODULE_2__.d(102, err instanceof Error ? err.message : String(err));
        }
        function throwingValidation(fn) {
          try {
            return fn();
          } catch (e) {
            if ((0, _core_errors__WEBPACK_IMPORTED_MODULE_0__.Ah)(e)) throw new _FilepickerException__WEBPACK_IMPORTED_MODULE_1__.G(e.message);
            throw e;
          }
        }
      },
      7669: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          N: function() {
            return ORDER;
          },
          U: function() {
            return VALUE_MEMBERS;
          }
        });
        var ORDER = [ "errors", "setKey", "setResponsiveOptions", "pick", "pickFolder", "pickMultiple", "pickAndStore", "read", "write", "writeUrl", "export", "exportFile", "processImage", "store", "storeUrl", "stat", "metadata", "remove", "convert", "constructWidget", "makeDropPane", "FilepickerException", "responsive", "logout", "version", "services", "base64" ];
        var everyMemberInstalled = true;
        void everyMemberInstalled;
        var VALUE_MEMBERS = [ "errors", "FilepickerException", "version", "services", "base64" ];
      },
      6244: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          CF: function() {
            return checkConvert;
          },
          xp: function() {
            return checkRead;
          },
          ju: function() {
            return checkRemove;
          },
          RI: function() {
            return checkStat;
          },
          ot: function() {
            return checkStore;
          },
          L1: function() {
            return checkStoreUrl;
          },
          Gf: function() {
            return checkWrite;
          },
          Sv: function() {
            return restStoreOptions;
          }
        });
        var FilepickerException = __webpack_require__(4119);
        var shift = __webpack_require__(114);
        var fileUrl = __webpack_require__(9077);
        var inputs = __webpack_require__(8040);
        var CONVERT_PARAMETERS = {
          align: "string",
          blurAmount: "number",
          crop: "string or array",
          crop_first: "boolean",
          compress: "boolean",
          exif: "string or boolean",
          filter: "string",
          fit: "string",
          format: "string",
          height: "number",
          policy: "string",
          quality: "number",
          page: "number",
          rotate: "string or number",
          secure: "boolean",
          sharpenAmount: "number",
          signature: "string",
          storeAccess: "string",
          storeContainer: "string",
          storeRegion: "string",
          storeLocation: "string",
          storePath: "string",
          text: "string",
          text_align: "string",
          text_color: "string",
          text_font: "string",
          text_padding: "number",
          text_size: "number",
          watermark: "string",
          watermark_position: "string",
          watermark_size: "number",
          width: "number"
        };
        function has(o, k) {
          return Object.prototype.hasOwnProperty.call(o, k);
        }
        function checkConvertParameters(options) {
          for (var key in options) {
            if (!has(options, key)) continue;
            if (!has(CONVERT_PARAMETERS, key)) throw new FilepickerException.G("Conversion parameter " + key + " is not a valid parameter.");
            var types = CONVERT_PARAMETERS[key];
            if (types.indexOf((0, inputs.QP)(options[key])) === -1) {
              throw new FilepickerException.G("Conversion parameter " + key + " is not the right type: " + (0, 
              inputs.WU)(options[key]) + ". Should be a " + types);
            }
          }
        }
        var REST_NAMES = {
          w: "width",
          h: "height"
        };
        function paramsFromConvertUrl(url) {
          var out = {};
          if (!/\/convert\b/.test(url)) return out;
          var raw = (0, fileUrl.fX)(url);
          for (var k in raw) {
            if (!has(raw, k)) continue;
            var name_1 = REST_NAMES[k] || k;
            var v = raw[k];
            var type = CONVERT_PARAMETERS[name_1];
            if (type === "number") out[name_1] = Number(v); else if (type === "boolean" && (v === "true" || v === "false")) out[name_1] = v === "true"; else out[name_1] = v;
          }
          if (out.crop && out.crop_first === undefined) out.crop_first = true;
          return out;
        }
        var rest_target = __webpack_require__(5060);
        var mimetypes = __webpack_require__(4379);
        var optionText = __webpack_require__(8031);
        var describe = __webpack_require__(393);
        var callbacks = __webpack_require__(4442);
        var src_options = __webpack_require__(2664);
        var STORE_KEYS = [ "location", "path", "container", "storeContainer", "region", "storeRegion", "access", "filename" ];
        var STORE_TEXT = STORE_KEYS.concat([ "mimetype", "policy", "signature" ]);
        var STORE_LISTS = STORE_KEYS.concat([ "mimetype" ]);
        var SECURITY_TEXT = [ "policy", "signature" ];
        function knownInput(input) {
          return typeof input === "string" || (0, inputs.rZ)(input) || (0, inputs.fo)(input) || !!(0, 
          inputs.rs)(input);
        }
        function checkStore(ctx, args) {
          ctx.requireKey();
          var input = args[0];
          if (!knownInput(input)) throw new FilepickerException.G("Cannot store given input: " + (0, 
          inputs.WU)(input) + ". Not a string, file input, DOM File, or FPFile object.");
          (0, optionText.U6)(ctx, "store", (0, shift.Nj)(args, 1).options, STORE_TEXT, STORE_LISTS);
          (0, optionText.YK)(ctx, "store", (0, shift.Nj)(args, 1).options, "mimetype");
          if (typeof input === "object" && !(0, inputs.fo)(input) && !(0, inputs.rZ)(input)) (0, 
          optionText.U6)(ctx, "store", input, [ "url", "filename" ]);
          warnStoreOptions(ctx, "store", (0, inputs.S7)((0, shift.Nj)(args, 1).options));
        }
        function checkStoreUrl(ctx, args) {
          ctx.requireKey();
          var input = args[0];
          if (typeof input === "string" && (0, optionText.fI)(input)) throw new FilepickerException.G("filepicker: `storeUrl` needs a URL that is well-formed text (it holds a lone surrogate), got " + (0, 
          describe.b)(input));
          if (input && typeof input === "object") (0, optionText.U6)(ctx, "storeUrl", input, [ "url" ]);
          (0, optionText.U6)(ctx, "storeUrl", (0, shift.Nj)(args, 1).options, STORE_TEXT, STORE_LISTS);
          (0, optionText.YK)(ctx, "storeUrl", (0, shift.Nj)(args, 1).options, "mimetype");
          warnStoreOptions(ctx, "storeUrl", (0, inputs.S7)((0, shift.Nj)(args, 1).options));
        }
        function warnStoreOptions(ctx, fn, options) {
          var t = restStoreTranslation(options);
          for (var i = 0; i < t.warnings.length; i++) ctx.warnOnce(fn + ":" + t.warnings[i].option + ":" + t.warnings[i].message, t.warnings[i].message);
        }
        function restStoreTranslation(options) {
          return (0, callbacks.yJ)(function() {
            var input = {};
            for (var i = 0; i < STORE_KEYS.length; i++) {
              var v = options[STORE_KEYS[i]];
              var text = (0, optionText.Sl)(v) ? v.length ? v : undefined : (0, optionText.oj)(v);
              if (text !== undefined) input[STORE_KEYS[i]] = text;
            }
            return (0, src_options.Kk)(input, "store");
          });
        }
        function restStoreOptions(options) {
          return restStoreTranslation(options).store;
        }
        function checkRead(ctx, args) {
          ctx.requireKey();
          var input = args[0];
          if (!input) throw new FilepickerException.G("No input given - nothing to read!");
          if (!knownInput(input)) throw new FilepickerException.G("Cannot read given input: " + (0, 
          inputs.WU)(input) + ". Not a url, file input, DOM File, or FPFile object.");
          (0, optionText.U6)(ctx, "read", (0, shift.Nj)(args, 1).options, SECURITY_TEXT);
        }
        function checkWrite(ctx, args, url) {
          ctx.requireKey();
          var fpfile = args[0];
          var input = args[1];
          if (!fpfile) throw new FilepickerException.G("No fpfile given - nothing to write to!");
          if (input === undefined || input === null) throw new FilepickerException.G("No input given - nothing to write!");
          var target = (0, rest_target.d)(ctx.hosts, fpfile, "Invalid file to write to");
          if (!url && !knownInput(input)) throw new FilepickerException.G("Cannot read from given input: " + (0, 
          inputs.WU)(input) + ". Not a string, file input, DOM File, or FPFile object.");
          var fn = url ? "writeUrl" : "write";
          (0, optionText.U6)(ctx, fn, (0, shift.Nj)(args, 2).options, [ "mimetype" ].concat(SECURITY_TEXT), [ "mimetype" ]);
          (0, optionText.YK)(ctx, fn, (0, shift.Nj)(args, 2).options, "mimetype");
          return target;
        }
        function checkStat(ctx, args) {
          ctx.requireKey();
          var target = (0, rest_target.d)(ctx.hosts, args[0], "Invalid file to get metadata for");
          (0, optionText.U6)(ctx, "stat", (0, shift.Nj)(args, 1).options);
          return target;
        }
        function checkRemove(ctx, args) {
          var key = ctx.requireKey();
          var target = (0, rest_target.d)(ctx.hosts, args[0], "Invalid file to remove");
          (0, optionText.U6)(ctx, "remove", (0, shift.Nj)(args, 1).options);
          return {
            key: key,
            target: target
          };
        }
        function convertibleMimetype(mimetype) {
          if (!mimetype) return false;
          var t = String(mimetype);
          return (0, mimetypes.mT)(t, "image/*") || (0, mimetypes.mT)(t, "application/pdf");
        }
        function checkConvert(ctx, args) {
          ctx.requireKey();
          var fpfile = args[0];
          if (!fpfile) throw new FilepickerException.G("No fpfile given - nothing to convert!");
          var a = (0, shift.Nj)(args, 2);
          var options = (0, inputs.S7)(args[1]);
          var storeOptions = (0, inputs.S7)(a.options);
          if (storeOptions.location) options.storeLocation = storeOptions.location;
          if (storeOptions.path) options.storePath = storeOptions.path;
          if (storeOptions.container) options.storeContainer = storeOptions.container;
          options.storeAccess = storeOptions.access || "private";
          var url = (0, rest_target.d)(ctx.hosts, fpfile, "Invalid file to convert", true);
          if (typeof fpfile !== "string") {
            var mimetype = fpfile.mimetype;
            if (!convertibleMimetype(mimetype)) return {
              a: a,
              options: options,
              url: url,
              badMimetype: {
                mimetype: mimetype
              }
            };
          }
          var fromUrl = paramsFromConvertUrl(url);
          for (var k in fromUrl) {
            if (Object.prototype.hasOwnProperty.call(fromUrl, k) && options[k] === undefined) options[k] = fromUrl[k];
          }
          checkConvertParameters(options);
          return {
            a: a,
            options: options,
            url: url
          };
        }
      },
      9077: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          Ps: function() {
            return toFileApiUrl;
          },
          fX: function() {
            return queryParams;
          },
          uq: function() {
            return trimConvert;
          }
        });
        var V2_FILE = /^https?:\/\/(?:www\.)?(?:filepicker\.io|filestackapi\.com)\/api\/file\/([^/?#]+)(.*)$/i;
        var V2_CDN = /^https?:\/\/(?:cdn\.filestackcontent\.com|cdn\.filepicker\.io)[^\s?#]*\/([^\s/?#]{20,})(?:[?#].*)?$/i;
        function startsWith(s, prefix) {
          return s.length >= prefix.length && s.slice(0, prefix.length) === prefix;
        }
        function toFileApiUrl(hosts, url) {
          if (startsWith(url, hosts.fileApi + "/") && url.length > hosts.fileApi.length + 1) return url;
          var ours = hosts.cdn + "/";
          if (startsWith(url, ours)) {
            var handle = url.slice(ours.length).split(/[?#]/)[0];
            if (handle && handle.indexOf("/") < 0) return hosts.fileApi + "/" + handle;
          }
          var m = V2_FILE.exec(url);
          if (m) return hosts.fileApi + "/" + m[1] + m[2];
          m = V2_CDN.exec(url);
          if (m) return hosts.fileApi + "/" + m[1];
          return undefined;
        }
        function trimConvert(url) {
          return url.replace(/\/convert\b.*/, "");
        }
        function queryParams(url) {
          var out = {};
          var q = url.indexOf("?");
          if (q < 0) return out;
          var query = url.slice(q + 1).split("#")[0];
          var parts = query.split("&");
          for (var i = 0; i < parts.length; i++) {
            if (!parts[i]) continue;
            var eq = parts[i].indexOf("=");
            var k = eq < 0 ? parts[i] : parts[i].slice(0, eq);
            var v = eq < 0 ? "" : parts[i].slice(eq + 1);
            out[decode(k)] = decode(v);
          }
          return out;
        }
        function decode(s) {
          try {
            return decodeURIComponent(s.replace(/\+/g, " "));
          } catch (_e) {
            return s;
          }
        }
      },
      8040: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          FX: function() {
            return firstFile;
          },
          QP: function() {
            return typeOf;
          },
          S7: function() {
            return copyOptions;
          },
          WU: function() {
            return show;
          },
          fo: function() {
            return isFile;
          },
          rZ: function() {
            return isFileInput;
          },
          rs: function() {
            return urlOf;
          }
        });
        function isFile(o) {
          if (!o) return false;
          var tag = Object.prototype.toString.call(o);
          return tag === "[object File]" || tag === "[object Blob]";
        }
        function isFileInput(o) {
          var el = o;
          return !!el && typeof el === "object" && el.nodeType === 1 && typeof el.nodeName === "string" && el.tagName === "INPUT" && el.type === "file";
        }
        function firstFile(input) {
          var files = input.files;
          return files && files.length > 0 ? files[0] : undefined;
        }
        function isArray(o) {
          return !!o && Object.prototype.toString.call(o) === "[object Array]";
        }
        function typeOf(value) {
          if (value === null) return "null";
          if (isArray(value)) return "array";
          if (isFile(value)) return "file";
          return typeof value;
        }
        function show(value) {
          if (typeof value === "symbol") return String(value);
          try {
            return "" + value;
          } catch (_e) {
            return Object.prototype.toString.call(value);
          }
        }
        function copyOptions(o) {
          var out = {};
          if (o == null) return out;
          var from = o;
          for (var k in from) {
            if (Object.prototype.hasOwnProperty.call(from, k)) out[k] = from[k];
          }
          return out;
        }
        function urlOf(x) {
          return x != null && (typeof x === "object" || typeof x === "function") ? x.url : undefined;
        }
      },
      8031: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          Sl: function() {
            return isTextList;
          },
          U6: function() {
            return checkTextOptions;
          },
          YK: function() {
            return warnTextList;
          },
          dn: function() {
            return textOrList;
          },
          fI: function() {
            return _core_wellFormed__WEBPACK_IMPORTED_MODULE_1__.f;
          },
          oj: function() {
            return sendableText;
          }
        });
        var _core_describe__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(393);
        var _core_wellFormed__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7307);
        var _FilepickerException__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4119);
        function isSendable(v) {
          return typeof v === "string" || typeof v === "number" || typeof v === "boolean";
        }
        function isTextList(v) {
          if (Object.prototype.toString.call(v) !== "[object Array]") return false;
          var list = v;
          for (var i = 0; i < list.length; i++) if (typeof list[i] !== "string" && typeof list[i] !== "number") return false;
          return true;
        }
        function sendableText(v) {
          return v && isSendable(v) ? String(v) : undefined;
        }
        function textOrList(v) {
          if (isTextList(v)) return v.length ? v.join(",") : undefined;
          return sendableText(v);
        }
        function warnTextList(ctx, fn, options, name) {
          if (!options || typeof options !== "object") return;
          var v = readOption(options, name);
          var text = isTextList(v) ? textOrList(v) : undefined;
          if (text !== undefined) ctx.warnOnce(fn + ":" + name + ":list", "filepicker: `" + fn + "` option `" + name + "` should be text, got " + (0, 
          _core_describe__WEBPACK_IMPORTED_MODULE_0__.b)(v) + '; using "' + text + '"');
        }
        function readOption(options, name) {
          try {
            return Object.prototype.hasOwnProperty.call(options, name) ? options[name] : undefined;
          } catch (_e) {
            return undefined;
          }
        }
        function checkTextOptions(ctx, fn, options, names, lists) {
          if (!options || typeof options !== "object") return;
          var keys = names || ownKeys(options);
          for (var i = 0; i < keys.length; i++) {
            var v = readOption(options, keys[i]);
            if (v === undefined || v === null || isSendable(v) && typeof v !== "string") continue;
            var text = typeof v === "string" ? v : lists && lists.indexOf(keys[i]) >= 0 && isTextList(v) ? v.join(",") : undefined;
            if (text !== undefined) {
              if ((0, _core_wellFormed__WEBPACK_IMPORTED_MODULE_1__.f)(text)) throw new _FilepickerException__WEBPACK_IMPORTED_MODULE_2__.G("filepicker: `" + fn + "` option `" + keys[i] + "` is not well-formed text (it holds a lone surrogate), got " + shownSecret(keys[i], v));
              continue;
            }
            if (!isSendable(v) && (names || typeof v !== "function")) {
              ctx.warnOnce(fn + ":" + keys[i], "filepicker: `" + fn + "` option `" + keys[i] + "` must be a string, got " + shownSecret(keys[i], v) + "; it is not sent");
            }
          }
        }
        function shownSecret(name, v) {
          if (name !== "policy" && name !== "signature") return (0, _core_describe__WEBPACK_IMPORTED_MODULE_0__.b)(v);
          if (Object.prototype.toString.call(v) === "[object Array]") return "an array";
          return typeof v === "object" ? "an object" : "a " + typeof v;
        }
        function ownKeys(o) {
          var out = [];
          try {
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) out.push(k);
          } catch (_e) {}
          return out;
        }
      },
      5060: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          H: function() {
            return sourceUrl;
          },
          d: function() {
            return targetUrl;
          }
        });
        var _FilepickerException__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4119);
        var _fileUrl__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9077);
        var _inputs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8040);
        function targetUrl(hosts, fpfile, what, keepConvert) {
          var url;
          if (typeof fpfile === "string") url = (0, _fileUrl__WEBPACK_IMPORTED_MODULE_1__.Ps)(hosts, fpfile);
          if (url === undefined) {
            var u = (0, _inputs__WEBPACK_IMPORTED_MODULE_2__.rs)(fpfile);
            if (u) url = (0, _fileUrl__WEBPACK_IMPORTED_MODULE_1__.Ps)(hosts, String(u)) || String(u);
          }
          if (url === undefined) throw new _FilepickerException__WEBPACK_IMPORTED_MODULE_0__.G(what + ": " + (0, 
          _inputs__WEBPACK_IMPORTED_MODULE_2__.WU)(fpfile) + ". Not a filepicker url or FPFile object.");
          return keepConvert ? url : (0, _fileUrl__WEBPACK_IMPORTED_MODULE_1__.uq)(url);
        }
        function sourceUrl(hosts, url) {
          var s = String(url);
          return (0, _fileUrl__WEBPACK_IMPORTED_MODULE_1__.Ps)(hosts, s) || s;
        }
      },
      114: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          Nj: function() {
            return shiftAfter;
          },
          Tn: function() {
            return isFunction;
          },
          bu: function() {
            return shiftOptions;
          }
        });
        function isFunction(x) {
          return typeof x === "function";
        }
        function shiftOptions(args) {
          var options = args[0];
          var s = args[1];
          var e = args[2];
          var p = args[3];
          if (isFunction(options)) {
            p = e;
            e = s;
            s = options;
            options = {};
          }
          return {
            options: options || {},
            onSuccess: asFn(s),
            onError: asFn(e),
            onProgress: asFn(p)
          };
        }
        function shiftAfter(args, fixed) {
          var head = [];
          for (var i = 0; i < fixed; i++) head.push(args[i]);
          var rest = [];
          for (var i = fixed; i < args.length; i++) rest.push(args[i]);
          var shifted = shiftOptions(rest);
          return {
            fixed: head,
            options: shifted.options,
            onSuccess: shifted.onSuccess,
            onError: shifted.onError,
            onProgress: shifted.onProgress
          };
        }
        function asFn(x) {
          return isFunction(x) ? x : undefined;
        }
      },
      8708: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          AF: function() {
            return toBool;
          },
          Bq: function() {
            return trim;
          },
          Gv: function() {
            return isObject;
          },
          N7: function() {
            return toStr;
          },
          OG: function() {
            return toPair;
          },
          Pm: function() {
            return toNumberInRange;
          },
          cy: function() {
            return isArray;
          },
          fJ: function() {
            return _core_fail__WEBPACK_IMPORTED_MODULE_1__.f;
          },
          i: function() {
            return asNumber;
          },
          lu: function() {
            return toStringList;
          },
          q0: function() {
            return describe;
          },
          rD: function() {
            return toStrictPair;
          }
        });
        var _core_describe__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(393);
        var _core_fail__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4020);
        var describe = _core_describe__WEBPACK_IMPORTED_MODULE_0__.b;
        function isArray(value) {
          return Object.prototype.toString.call(value) === "[object Array]";
        }
        function isObject(value) {
          return typeof value === "object" && value !== null && !isArray(value);
        }
        var NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
        function asNumber(value) {
          if (typeof value === "number") return isFinite(value) ? value : undefined;
          if (typeof value === "string") {
            var s = trim(value);
            return NUMERIC.test(s) ? Number(s) : undefined;
          }
          return undefined;
        }
        function trim(s) {
          return s.replace(/^\s+|\s+$/g, "");
        }
        function toBool(name, value) {
          if (typeof value === "boolean") return value;
          if (value === 1 || value === 0) return value === 1;
          if (typeof value === "string") {
            var s = trim(value).toLowerCase();
            if (s === "true" || s === "1") return true;
            if (s === "false" || s === "0") return false;
          }
          return (0, _core_fail__WEBPACK_IMPORTED_MODULE_1__.f)(name, 'true or false (or the string "true" or "false")', value);
        }
        function toNumberInRange(name, value, min, max, what) {
          if (what === void 0) {
            what = "a number";
          }
          var n = asNumber(value);
          if (n === undefined || n < min || n > max) return (0, _core_fail__WEBPACK_IMPORTED_MODULE_1__.f)(name, what + " from " + min + " to " + max, value);
          return n;
        }
        function toStr(name, value, nonEmpty) {
          if (nonEmpty === void 0) {
            nonEmpty = true;
          }
          if (typeof value !== "string" || nonEmpty && !trim(value)) return (0, _core_fail__WEBPACK_IMPORTED_MODULE_1__.f)(name, nonEmpty ? "a non-empty string" : "a string", value);
          return value;
        }
        function toStringList(name, value) {
          var items = isArray(value) ? value : typeof value === "string" ? value.split(",") : [ value ];
          var out = [];
          for (var i = 0; i < items.length; i++) {
            var item = items[i];
            if (typeof item === "string") {
              var s = trim(item);
              if (s) out.push(s);
            } else if (item !== null && item !== undefined) {
              return (0, _core_fail__WEBPACK_IMPORTED_MODULE_1__.f)(name, "a string or a list of strings", value);
            }
          }
          return out;
        }
        function toPair(name, value, nulls) {
          var items = isArray(value) ? value : typeof value === "string" ? value.split(",") : undefined;
          var expected = nulls === "one" ? "a [width, height] pair of positive numbers, one of which may be null" : "a [width, height] pair of positive numbers";
          if (!items || items.length !== 2) return (0, _core_fail__WEBPACK_IMPORTED_MODULE_1__.f)(name, expected, value);
          var out = [];
          for (var i = 0; i < 2; i++) {
            var item = items[i];
            var empty = item === null || item === undefined || typeof item === "string" && (trim(item) === "" || trim(item) === "null");
            if (empty) {
              out.push(null);
              continue;
            }
            var n = asNumber(item);
            if (n === undefined || n <= 0) return (0, _core_fail__WEBPACK_IMPORTED_MODULE_1__.f)(name, expected, value);
            out.push(n);
          }
          var nullCount = (out[0] === null ? 1 : 0) + (out[1] === null ? 1 : 0);
          if (nullCount > (nulls === "one" ? 1 : 0)) return (0, _core_fail__WEBPACK_IMPORTED_MODULE_1__.f)(name, expected, value);
          return [ out[0], out[1] ];
        }
        function toStrictPair(name, value) {
          var p = toPair(name, value, "none");
          return [ p[0], p[1] ];
        }
      },
      9074: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          R8: function() {
            return warn;
          },
          Tk: function() {
            return pairWarning;
          },
          cS: function() {
            return runTable;
          },
          cr: function() {
            return newDraft;
          },
          qO: function() {
            return unsupported;
          },
          qy: function() {
            return mergeDefined;
          }
        });
        var tslib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1635);
        function newDraft(mode, env) {
          return {
            mode: mode,
            env: env,
            config: {},
            lists: {},
            image: {},
            crop: {},
            webcam: {},
            store: {},
            security: {},
            debug: false,
            warnings: []
          };
        }
        function warn(d, option, message) {
          d.warnings.push({
            option: option,
            message: message
          });
        }
        function unsupported(hint) {
          return {
            apply: function(_value, d, name) {
              warn(d, name, "filepicker: `" + name + "` has no effect in this version (" + hint + ")");
            }
          };
        }
        function runTable(table, input, d, prefix, onUnknown) {
          var keys = Object.keys(input);
          for (var i = 0; i < keys.length; i++) {
            var key = keys[i];
            var value = input[key];
            if (value === null || value === undefined) continue;
            if (Object.prototype.hasOwnProperty.call(table, key)) table[key].apply(value, d, prefix + key); else onUnknown(key);
          }
        }
        function mergeDefined(base, over) {
          var out = (0, tslib__WEBPACK_IMPORTED_MODULE_0__.Cl)({}, base);
          Object.keys(over).forEach(function(k) {
            if (over[k] !== undefined) out[k] = over[k];
          });
          return out;
        }
        function pairWarning(d) {
          var _a = d.security, policy = _a.policy, signature = _a.signature;
          if (!!policy !== !!signature) {
            var given = policy ? "policy" : "signature";
            var missing = policy ? "signature" : "policy";
            warn(d, missing, "filepicker: `" + given + "` is given without `" + missing + "`; a server with security enabled will refuse the request");
          }
        }
      },
      2664: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          OF: function() {
            return services.OF;
          },
          SB: function() {
            return translatePickAndStore;
          },
          by: function() {
            return translatePickerOptions;
          },
          Kk: function() {
            return translateStoreOptions;
          }
        });
        var tslib_es6 = __webpack_require__(1635);
        var errors = __webpack_require__(4703);
        var coerce = __webpack_require__(8708);
        var draft = __webpack_require__(9074);
        var services = __webpack_require__(7241);
        function editDistance(a, b) {
          var prev = [];
          for (var j = 0; j <= b.length; j++) prev.push(j);
          for (var i = 1; i <= a.length; i++) {
            var cur = [ i ];
            for (var j = 1; j <= b.length; j++) {
              var cost = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1;
              cur.push(Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost));
            }
            prev = cur;
          }
          return prev[b.length];
        }
        function squash(s) {
          return s.toLowerCase().replace(/[-_\s]/g, "");
        }
        function closestOption(key, known) {
          var k = squash(key);
          var best;
          var bestDistance = 3;
          for (var i = 0; i < known.length; i++) {
            var candidate = squash(known[i]);
            if (candidate === k) return known[i];
            var prefix = k.length >= 5 && candidate.length >= 5 && (k.indexOf(candidate) === 0 || candidate.indexOf(k) === 0);
            if (prefix && bestDistance > 1) {
              best = known[i];
              bestDistance = 1.5;
              continue;
            }
            var d = editDistance(k, candidate);
            if (d < bestDistance && d < Math.max(2, Math.ceil(k.length / 3))) {
              best = known[i];
              bestDistance = d;
            }
          }
          return best;
        }
        function unknownKeyMessage(where, key, known) {
          var guess = closestOption(key, known);
          return "filepicker: unknown " + where + " `" + key + "` is ignored" + (guess ? "; did you mean `" + guess + "`?" : "");
        }
        var LANGUAGES = [ "cs", "de", "en", "es", "es_mx", "fo", "fr", "fr_ca", "he", "it", "nl", "da", "no", "pl", "pt", "pt_br", "ru", "sv", "tr", "zh_tw", "el", "es_ar", "fi", "id", "ko", "sk", "uk", "zh", "sr", "bg", "ms", "hu", "vi" ];
        var ALIASES = {
          nb: "no",
          nn: "no"
        };
        function known(code) {
          for (var i = 0; i < LANGUAGES.length; i++) if (LANGUAGES[i] === code) return true;
          return false;
        }
        function normalizeLanguage(s) {
          if (typeof s !== "string") return undefined;
          var code = s.replace(/^\s+|\s+$/g, "").replace(/-/g, "_").toLowerCase();
          if (!code) return undefined;
          if (known(code)) return code;
          var base = code.split("_")[0];
          if (known(base)) return base;
          return Object.prototype.hasOwnProperty.call(ALIASES, base) ? ALIASES[base] : undefined;
        }
        var mimetypes = __webpack_require__(4379);
        var WORDS = {
          yes: true,
          on: true,
          no: false,
          off: false
        };
        function toFlag(name, value, d) {
          try {
            return (0, coerce.AF)(name, value);
          } catch (_e) {
            var word = typeof value === "string" ? WORDS[(0, coerce.Bq)(value).toLowerCase()] : undefined;
            var flag = word !== undefined ? word : !!value;
            (0, draft.R8)(d, name, "filepicker: `" + name + "` should be true or false, got " + (0, 
            coerce.q0)(value) + "; taken as " + flag);
            return flag;
          }
        }
        var GROUPS = [ "image", "video", "audio", "text", "application", "font", "model" ];
        function mimetypeOfWord(word) {
          var w = (0, coerce.Bq)(word).toLowerCase();
          if (!w || /[\s/]/.test(w)) return undefined;
          if (GROUPS.indexOf(w) >= 0) return w + "/*";
          return (0, mimetypes.PG)("", "x" + (w.charAt(0) === "." ? w : "." + w)) || undefined;
        }
        function mimetypeWords(name, list, d) {
          var out = [];
          var dropped = [];
          for (var i = 0; i < list.length; i++) {
            if (/^[^\s/]+\/[^\s/]+$/.test(list[i])) {
              out.push(list[i]);
              continue;
            }
            var type = mimetypeOfWord(list[i]);
            if (type) {
              (0, draft.R8)(d, name, "filepicker: `" + name + '` "' + list[i] + '" is not a MIME type; using "' + type + '"');
              out.push(type);
            } else dropped.push(list[i]);
          }
          if (dropped.length) {
            (0, draft.R8)(d, name, "filepicker: `" + name + '` takes MIME types like "image/*" or "application/pdf"; left out: ' + dropped.join(", "));
          }
          return out;
        }
        var SCHEME = /^([a-z][a-z0-9+.-]*):/i;
        var LOCAL_HTTP = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/i;
        function toPageUrl(name, value, d) {
          var s = typeof value === "string" ? (0, coerce.Bq)(value) : "";
          var scheme = SCHEME.exec(s);
          var usable = !!s && !/\s/.test(s) && s.indexOf("///") !== 0 && (!scheme || /^https?$/i.test(scheme[1]));
          if (!usable || scheme && !/^https?:\/\/[^\s/]+/i.test(s)) {
            return (0, coerce.fJ)(name, "an https:// URL, a //host/… URL or a path on this site", value);
          }
          if (/^http:/i.test(s) && !LOCAL_HTTP.test(s)) {
            (0, draft.R8)(d, name, "filepicker: `" + name + '` "' + s + '" is plain http; a browser blocks it on an https page (use https://)');
          }
          return s;
        }
        function listAsText(name, value, d) {
          if (!(0, coerce.cy)(value)) return value;
          for (var i = 0; i < value.length; i++) {
            if (typeof value[i] !== "string" && typeof value[i] !== "number") return value;
          }
          var text = value.join(",");
          (0, draft.R8)(d, name, "filepicker: `" + name + "` should be text, got " + (0, coerce.q0)(value) + '; using "' + text + '"');
          return text;
        }
        function toServices(name, value) {
          var items = (0, coerce.cy)(value) ? value : typeof value === "string" ? value.split(",") : [ value ];
          var out = [];
          for (var i = 0; i < items.length; i++) {
            var item = items[i];
            if (item === null || item === undefined || typeof item === "string" && !(0, coerce.Bq)(item)) continue;
            out.push((0, services.fe)(name, item));
          }
          return out;
        }
        function toLanguage(name, value, d) {
          if (typeof value === "string" && !(0, coerce.Bq)(value)) return undefined;
          var code = normalizeLanguage(value);
          if (code) {
            var asGiven = (0, coerce.Bq)(value).replace(/-/g, "_").toLowerCase();
            if (code !== asGiven) (0, draft.R8)(d, name, "filepicker: `" + name + '` "' + value + '" is not available; using "' + code + '"');
            return code;
          }
          var browser = normalizeLanguage(d.env.language);
          var instead = browser ? "the browser's language (\"" + browser + '")' : 'English ("en")';
          (0, draft.R8)(d, name, "filepicker: `" + name + "` " + (0, coerce.q0)(value) + " is not one of the supported languages (" + LANGUAGES.join(", ") + "); using " + instead);
          return undefined;
        }
        function toContainer(name, value, d) {
          if (typeof value === "string" && (0, coerce.Bq)(value)) return (0, coerce.Bq)(value);
          (0, draft.R8)(d, name, "filepicker: `" + name + '` should be "modal", "window" or the id of an iframe, got ' + (0, 
          coerce.q0)(value) + "; the default is used");
          return undefined;
        }
        var DIALOG_ROWS = {
          container: {
            apply: function(v, d, n) {
              return d.config.container = toContainer(n, v, d);
            }
          },
          service: {
            apply: function(v, d, n) {
              return d.lists.service = toServices(n, v);
            }
          },
          services: {
            apply: function(v, d, n) {
              return d.lists.services = toServices(n, v);
            }
          },
          openTo: {
            apply: function(v, d, n) {
              return d.config.openTo = (0, services.fe)(n, v);
            }
          },
          language: {
            apply: function(v, d, n) {
              return d.config.language = toLanguage(n, v, d);
            }
          },
          backgroundUpload: {
            apply: function(v, d, n) {
              return d.config.backgroundUpload = toFlag(n, v, d);
            }
          },
          hide: {
            apply: function(v, d, n) {
              return d.config.hide = toFlag(n, v, d);
            }
          },
          customCss: {
            apply: function(v, d, n) {
              return d.config.customCss = toPageUrl(n, v, d);
            }
          },
          customText: {
            apply: function(v, d, n) {
              return d.config.customText = toPageUrl(n, v, d);
            }
          },
          customSourceContainer: {
            apply: function(v, d, n) {
              return d.config.customSourceContainer = (0, coerce.Bq)((0, coerce.N7)(n, v));
            }
          },
          customSourcePath: {
            apply: function(v, d, n) {
              return d.config.customSourcePath = (0, coerce.N7)(n, v);
            }
          },
          debug: {
            apply: function(v, d, n) {
              return d.debug = toFlag(n, v, d);
            }
          },
          resume: {
            apply: function(v, d, n) {
              return d.resume = toFlag(n, v, d);
            }
          },
          suggestedFilename: {
            apply: function(v, d, n) {
              return d.suggestedFilename = (0, coerce.N7)(n, v);
            }
          },
          mobile: (0, draft.qO)("the dialog adapts to the screen by itself"),
          redirectUrl: (0, draft.qO)("results are always delivered to the callbacks"),
          noFileReader: (0, draft.qO)("files are always read with the File API"),
          showClose: (0, draft.qO)("the dialog always has a close button"),
          convertUrl: (0, draft.qO)("it was internal to processImage"),
          cloudinaryUploadPreset: (0, draft.qO)("Cloudinary storage is not supported")
        };
        var CONVERSIONS = [ "crop", "rotate", "filter" ];
        function toRatio(name, value) {
          if (typeof value === "string") {
            var m = /^\s*([^/:]+)[/:]([^/:]+)$/.exec(value);
            if (m) {
              var a = (0, coerce.i)((0, coerce.Bq)(m[1]));
              var b = (0, coerce.i)((0, coerce.Bq)(m[2]));
              if (a !== undefined && b !== undefined && a > 0 && b > 0) return a / b;
              return (0, coerce.fJ)(name, 'a number greater than 0 (like 4/3, "16:9" or 1.5)', value);
            }
          }
          var n = (0, coerce.i)(value);
          if (n === undefined || n <= 0) return (0, coerce.fJ)(name, 'a number greater than 0 (like 4/3, "16:9" or 1.5)', value);
          return n;
        }
        function toConversions(name, value, d) {
          var list = (0, coerce.lu)(name, value);
          var out = [];
          var dropped = [];
          for (var i = 0; i < list.length; i++) {
            var c = list[i].toLowerCase();
            if (CONVERSIONS.indexOf(c) < 0) dropped.push(list[i]); else if (out.indexOf(c) < 0) out.push(c);
          }
          if (dropped.length) (0, draft.R8)(d, name, "filepicker: `" + name + '` takes "crop", "rotate" and "filter"; left out: ' + dropped.join(", "));
          return out;
        }
        function applyQuality(value, d, name) {
          var q = (0, coerce.Pm)(name, value, 0, 100);
          if (q === 0) (0, draft.R8)(d, name, "filepicker: `" + name + "` 0 means no compression (as in v2); use 1 to 100 to compress"); else d.image.quality = q;
        }
        var IMAGE_ROWS = {
          imageQuality: {
            apply: applyQuality
          },
          imageDim: {
            apply: function(v, d, n) {
              return d.image.dim = (0, coerce.OG)(n, v, "one");
            }
          },
          imageMax: {
            apply: function(v, d, n) {
              return d.image.max = (0, coerce.OG)(n, v, "none");
            }
          },
          imageMin: {
            apply: function(v, d, n) {
              return d.image.min = (0, coerce.OG)(n, v, "none");
            }
          },
          cropRatio: {
            apply: function(v, d, n) {
              return d.crop.ratio = toRatio(n, v);
            }
          },
          cropDim: {
            apply: function(v, d, n) {
              return d.crop.dim = (0, coerce.rD)(n, v);
            }
          },
          cropMax: {
            apply: function(v, d, n) {
              return d.crop.max = (0, coerce.rD)(n, v);
            }
          },
          cropMin: {
            apply: function(v, d, n) {
              return d.crop.min = (0, coerce.rD)(n, v);
            }
          },
          cropForce: {
            apply: function(v, d, n) {
              return d.crop.force = toFlag(n, v, d);
            }
          },
          conversions: {
            apply: function(v, d, n) {
              return d.config.conversions = toConversions(n, v, d);
            }
          }
        };
        var limits = __webpack_require__(3897);
        function toMimetypes(name, value, d) {
          var list = d ? mimetypeWords(name, (0, coerce.lu)(name, value), d) : (0, coerce.lu)(name, value);
          for (var i = 0; i < list.length; i++) {
            if (!/^[^\s/]+\/[^\s/]+$/.test(list[i])) return (0, coerce.fJ)(name, 'a MIME type like "image/*" or "application/pdf" (or a list of them)', list[i]);
            list[i] = list[i].toLowerCase();
          }
          return list;
        }
        function toExtensions(name, value) {
          var list = (0, coerce.lu)(name, value);
          for (var i = 0; i < list.length; i++) {
            if (/[\s/\\]/.test(list[i]) || list[i] === ".") return (0, coerce.fJ)(name, 'a file extension like ".pdf" (or a list of them)', list[i]);
            if (list[i].charAt(0) !== ".") list[i] = "." + list[i];
          }
          return list;
        }
        var RESTRICTION_ROWS = {
          mimetype: {
            apply: function(v, d, n) {
              return d.lists.mimetype = toMimetypes(n, v, d);
            }
          },
          mimetypes: {
            apply: function(v, d, n) {
              return d.lists.mimetypes = toMimetypes(n, v, d);
            }
          },
          extension: {
            apply: function(v, d, n) {
              return d.lists.extension = toExtensions(n, v);
            }
          },
          extensions: {
            apply: function(v, d, n) {
              return d.lists.extensions = toExtensions(n, v);
            }
          },
          maxSize: {
            apply: function(v, d, n) {
              return d.config.maxSize = (0, limits.Hw)(n, v, d, true);
            }
          },
          maxFiles: {
            apply: function(v, d, n) {
              return d.config.maxFiles = (0, limits.Hw)(n, v, d, false);
            }
          },
          multiple: {
            apply: function(v, d, n) {
              return d.multiple = toFlag(n, v, d);
            }
          },
          folders: {
            apply: function(v, d, n) {
              return d.config.folders = toFlag(n, v, d);
            }
          }
        };
        function toSecret(name, value) {
          if (typeof value === "string" && (0, coerce.Bq)(value)) return (0, coerce.Bq)(value);
          var kind = typeof value === "string" ? "an empty string" : "a value of type " + ((0, 
          coerce.cy)(value) ? "array" : typeof value);
          throw new errors.yI(name, errors.H3 + "`" + name + "` must be a non-empty string, got " + kind);
        }
        var SECURITY_ROWS = {
          policy: {
            apply: function(v, d, n) {
              return d.security.policy = toSecret(n, v);
            }
          },
          signature: {
            apply: function(v, d, n) {
              return d.security.signature = toSecret(n, v);
            }
          }
        };
        var storeFields = __webpack_require__(8178);
        var STORE_ROWS = {
          storeLocation: {
            apply: function(v, d, n) {
              return d.store.location = (0, storeFields.nc)(n, listAsText(n, v, d));
            }
          },
          storePath: {
            apply: function(v, d, n) {
              return d.store.path = (0, storeFields.b0)(n, listAsText(n, v, d));
            }
          },
          storeContainer: {
            apply: function(v, d, n) {
              return d.store.container = (0, storeFields.$C)(n, listAsText(n, v, d));
            }
          },
          storeRegion: {
            apply: function(v, d, n) {
              return d.store.region = (0, storeFields.$C)(n, listAsText(n, v, d));
            }
          },
          storeAccess: {
            apply: function(v, d, n) {
              return d.store.access = (0, storeFields.oQ)(n, listAsText(n, v, d));
            }
          }
        };
        var VIDEO_RES = [ "320x240", "640x480", "1280x720" ];
        var MAX_RECORDING = 5400;
        function toVideoRes(name, value, d) {
          var s = typeof value === "string" ? (0, coerce.Bq)(value).toLowerCase() : "";
          if (VIDEO_RES.indexOf(s) >= 0) return s;
          (0, draft.R8)(d, name, "filepicker: `" + name + '` should be one of "' + VIDEO_RES.join('", "') + '", got ' + (0, 
          coerce.q0)(value) + "; the default (640x480) is used");
          return undefined;
        }
        var WEBCAM_ROWS = {
          videoRes: {
            apply: function(v, d, n) {
              var res = toVideoRes(n, v, d);
              if (res) d.webcam.videoRes = res;
            }
          },
          videoLen: {
            apply: function(v, d, n) {
              return d.webcam.videoLen = (0, coerce.Pm)(n, v, 1, MAX_RECORDING, "a number of seconds");
            }
          },
          audioLen: {
            apply: function(v, d, n) {
              return d.webcam.audioLen = (0, coerce.Pm)(n, v, 1, MAX_RECORDING, "a number of seconds");
            }
          },
          webcamDim: {
            apply: function(v, d, n) {
              return d.webcam.dim = (0, coerce.rD)(n, v);
            }
          }
        };
        var WEBCAM_KEYS = Object.keys(WEBCAM_ROWS);
        var WEBCAM_TOP_ROWS = {
          webcam: {
            apply: function(v, d, n) {
              if (!(0, coerce.Gv)(v)) return (0, coerce.fJ)(n, 'an object like {videoRes: "640x480", videoLen: 120}', v);
              (0, draft.cS)(WEBCAM_ROWS, v, d, n + ".", function(key) {
                return (0, draft.R8)(d, n + "." + key, unknownKeyMessage("webcam option", key, WEBCAM_KEYS));
              });
            }
          },
          webcamDim: {
            apply: function(v, d, n) {
              return d.webcamTopDim = (0, coerce.rD)(n, v);
            }
          }
        };
        var PICKER_TABLE = (0, tslib_es6.Cl)((0, tslib_es6.Cl)((0, tslib_es6.Cl)((0, tslib_es6.Cl)((0, 
        tslib_es6.Cl)((0, tslib_es6.Cl)({}, RESTRICTION_ROWS), DIALOG_ROWS), IMAGE_ROWS), WEBCAM_TOP_ROWS), STORE_ROWS), SECURITY_ROWS);
        var PICKER_KEYS = Object.keys(PICKER_TABLE);
        var DEFAULTS = {
          folders: false,
          backgroundUpload: true,
          hide: false,
          conversions: [ "crop" ]
        };
        var MOBILE = /iPhone|iPod|iPad|Android/i;
        function defaultContainer(env) {
          var mobile = !!env.userAgent && MOBILE.test(env.userAgent);
          return mobile && !env.standalone ? "window" : "modal";
        }
        var BOTH_TYPES = "Error: Cannot pass in both mimetype and extension parameters to the pick function";
        function pluralWins(d, singular) {
          var plural = singular + "s";
          var one = d.lists[singular];
          var many = d.lists[plural];
          if (!many || !many.length) return one;
          if (one && one.length && one.join(",") !== many.join(",")) {
            (0, draft.R8)(d, singular, "filepicker: both `" + singular + "` and `" + plural + "` are given; `" + plural + "` is used");
          }
          return many;
        }
        function dedupe(list) {
          var out = [];
          for (var i = 0; i < list.length; i++) if (out.indexOf(list[i]) < 0) out.push(list[i]);
          return out;
        }
        function hasKeys(o) {
          return Object.keys(o).length > 0;
        }
        function finish(d) {
          var mimetypes = pluralWins(d, "mimetype") || [];
          var extensions = pluralWins(d, "extension") || [];
          if (mimetypes.length && extensions.length) throw new errors.yI("mimetype", BOTH_TYPES);
          var anything = mimetypes.indexOf("*/*") >= 0;
          var named = pluralWins(d, "service");
          var sources = named && named.length ? dedupe(named) : services.hj.concat(d.config.customSourceContainer ? [ "CUSTOMSOURCE" ] : []);
          if (d.config.openTo && sources.indexOf(d.config.openTo) < 0) {
            (0, draft.R8)(d, "openTo", 'filepicker: `openTo` "' + d.config.openTo + '" is not one of the sources (' + sources.join(", ") + "); the dialog opens on the first source");
          }
          var multiple = d.mode === "pickMultiple" || !!d.multiple;
          if (d.config.folders && !multiple) {
            (0, draft.R8)(d, "folders", "filepicker: `folders` only applies when picking multiple files");
          }
          if (d.config.maxFiles !== undefined && d.config.maxFiles > 1 && !multiple) {
            (0, draft.R8)(d, "maxFiles", "filepicker: `maxFiles` only applies when picking multiple files (set `multiple: true` or use pickMultiple)");
          }
          (0, draft.Tk)(d);
          if (multiple && d.mode !== "pickAndStore" && d.store.path && d.store.path.charAt(d.store.path.length - 1) !== "/") {
            (0, draft.R8)(d, "storePath", 'filepicker: `storePath` "' + d.store.path + '" is a file path; with multiple files each one replaces the last. End it with "/"');
          }
          var webcamDim = d.webcam.dim || d.webcamTopDim;
          var webcam = (0, tslib_es6.Cl)({}, d.webcam);
          if (webcamDim) webcam.dim = webcamDim;
          var config = (0, tslib_es6.Cl)((0, tslib_es6.Cl)((0, tslib_es6.Cl)((0, tslib_es6.Cl)({}, DEFAULTS), {
            conversions: DEFAULTS.conversions.slice()
          }), d.config), {
            container: d.config.container || defaultContainer(d.env),
            multiple: multiple,
            accept: {
              mimetypes: anything ? [] : mimetypes,
              extensions: extensions
            },
            sources: sources,
            cloudStore: d.mode === "pickAndStore"
          });
          if (hasKeys(d.image)) config.image = d.image;
          if (hasKeys(d.crop)) config.crop = d.crop;
          if (hasKeys(webcam)) config.webcam = webcam;
          var store = (0, tslib_es6.Cl)({}, d.store);
          if (d.suggestedFilename !== undefined) (0, draft.R8)(d, "suggestedFilename", "filepicker: `suggestedFilename` only applies to export");
          return {
            config: config,
            store: store,
            security: (0, tslib_es6.Cl)({}, d.security),
            debug: d.debug,
            resume: d.resume,
            warnings: d.warnings
          };
        }
        function translatePickerDraft(input, mode, env) {
          if (env === void 0) {
            env = {};
          }
          var d = (0, draft.cr)(mode, env || {});
          if ((0, coerce.Gv)(input)) {
            (0, draft.cS)(PICKER_TABLE, input, d, "", function(key) {
              return (0, draft.R8)(d, key, unknownKeyMessage("picker option", key, PICKER_KEYS));
            });
          } else if (input !== null && input !== undefined) {
            (0, draft.R8)(d, "options", "filepicker: `options` should be an object of picker options, got " + (0, 
            coerce.q0)(input) + "; the defaults are used");
          }
          return finish(d);
        }
        function storeOnly(apply) {
          return {
            apply: function(v, d, n) {
              if (d.context === "store") apply(v, d, n); else (0, draft.R8)(d, n, "filepicker: store option `" + n + "` has no effect for pickAndStore (it applies to filepicker.store)");
            }
          };
        }
        function translateStore_text(apply) {
          return {
            apply: function(v, d, n) {
              return apply(listAsText(n, v, d), d, n);
            }
          };
        }
        function singleMimetype(name, value) {
          var list = toMimetypes(name, (0, coerce.N7)(name, value));
          if (list.length !== 1) return (0, coerce.fJ)(name, 'one MIME type like "text/plain"', value);
          return list[0];
        }
        var STORE_OPTION_TABLE = {
          location: translateStore_text(function(v, d, n) {
            return d.store.location = (0, storeFields.nc)(n, v);
          }),
          path: translateStore_text(function(v, d, n) {
            return d.store.path = (0, storeFields.b0)(n, v);
          }),
          container: translateStore_text(function(v, d, n) {
            return d.store.container = (0, storeFields.$C)(n, v);
          }),
          storeContainer: translateStore_text(function(v, d, n) {
            return d.storeContainer = (0, storeFields.$C)(n, v);
          }),
          region: translateStore_text(function(v, d, n) {
            return d.store.region = (0, storeFields.$C)(n, v);
          }),
          storeRegion: translateStore_text(function(v, d, n) {
            return d.storeRegion = (0, storeFields.$C)(n, v);
          }),
          access: translateStore_text(function(v, d, n) {
            return d.store.access = (0, storeFields.oQ)(n, v);
          }),
          filename: storeOnly(function(v, d, n) {
            return d.store.filename = (0, coerce.N7)(n, listAsText(n, v, d));
          }),
          mimetype: storeOnly(function(v, d, n) {
            return d.content.mimetype = singleMimetype(n, listAsText(n, v, d));
          }),
          base64decode: storeOnly(function(v, d, n) {
            return d.content.base64decode = toFlag(n, v, d);
          }),
          policy: {
            apply: function(v, d, n) {
              return d.security.policy = toSecret(n, v);
            }
          },
          signature: {
            apply: function(v, d, n) {
              return d.security.signature = toSecret(n, v);
            }
          }
        };
        var STORE_KEYS = Object.keys(STORE_OPTION_TABLE);
        function translateStoreDraft(input, context) {
          var d = {
            context: context,
            store: {},
            content: {},
            security: {},
            warnings: []
          };
          if (input !== null && input !== undefined) {
            if (!(0, coerce.Gv)(input)) return (0, coerce.fJ)("storeOptions", "an object of store options", input);
            (0, draft.cS)(STORE_OPTION_TABLE, input, d, "", function(key) {
              return (0, draft.R8)(d, key, unknownKeyMessage("store option", key, STORE_KEYS));
            });
          }
          if (d.storeContainer !== undefined) d.store.container = d.storeContainer;
          if (d.storeRegion !== undefined) d.store.region = d.storeRegion;
          (0, draft.Tk)(d);
          return {
            store: d.store,
            security: d.security,
            content: d.content,
            warnings: d.warnings
          };
        }
        function storeDefaults(store, context) {
          var out = (0, draft.qy)({
            location: "s3"
          }, store);
          if (context === "pickAndStore" && !out.access) out.access = "private";
          return out;
        }
        var MISSING_OPTIONS = "Not all required parameters given, missing picker or store options";
        function checkMultiplePath(multiple, path) {
          if (multiple && path !== undefined && path.charAt(path.length - 1) !== "/") {
            throw new errors.yI("path", errors.H3 + 'pickAndStore with multiple files requires a `path` that ends in "/", got ' + JSON.stringify(path));
          }
        }
        function translatePickAndStore(pickerOptions, storeOptions, env) {
          if (!pickerOptions || !storeOptions || typeof pickerOptions === "function" || typeof storeOptions === "function") {
            throw new errors.yI(!pickerOptions || typeof pickerOptions === "function" ? "pickerOptions" : "storeOptions", MISSING_OPTIONS);
          }
          var picked = translatePickerDraft(pickerOptions, "pickAndStore", env);
          var stored = translateStoreDraft(storeOptions, "pickAndStore");
          var store = storeDefaults((0, draft.qy)(picked.store, stored.store), "pickAndStore");
          checkMultiplePath(picked.config.multiple, store.path);
          var security = picked.security.policy || picked.security.signature ? picked.security : stored.security;
          return {
            config: picked.config,
            store: store,
            security: security,
            debug: picked.debug,
            resume: picked.resume,
            warnings: picked.warnings.concat(stored.warnings)
          };
        }
        function translatePickerOptions(input, mode, env) {
          var t = translatePickerDraft(input, mode, env);
          if (mode === "pickAndStore") {
            t.store = storeDefaults(t.store, "pickAndStore");
            checkMultiplePath(t.config.multiple, t.store.path);
          }
          return t;
        }
        function translateStoreOptions(input, context) {
          var t = translateStoreDraft(input, context);
          t.store = storeDefaults(t.store, context);
          return t;
        }
      },
      3897: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          $$: function() {
            return bytesOf;
          },
          $7: function() {
            return productOf;
          },
          Hw: function() {
            return toLimit;
          }
        });
        var _coerce__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8708);
        var _draft__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9074);
        var MAX_EXACT = 9007199254740991;
        var UNIT = /^(\d+(?:\.\d+)?|\.\d+)\s*(b|([kmg])(?:i?b)?)$/i;
        function productOf(text) {
          var s = (0, _coerce__WEBPACK_IMPORTED_MODULE_0__.Bq)(text);
          if (!/^\d+(\s*\*\s*\d+)+$/.test(s)) return undefined;
          var factors = s.split("*");
          var n = 1;
          for (var i = 0; i < factors.length; i++) n *= Number((0, _coerce__WEBPACK_IMPORTED_MODULE_0__.Bq)(factors[i]));
          return n <= MAX_EXACT ? n : undefined;
        }
        function bytesOf(text) {
          var m = UNIT.exec((0, _coerce__WEBPACK_IMPORTED_MODULE_0__.Bq)(text));
          if (!m) return undefined;
          var power = m[3] ? "kmg".indexOf(m[3].toLowerCase()) + 1 : 0;
          return Math.floor(Number(m[1]) * Math.pow(1024, power));
        }
        function toLimit(name, value, d, units) {
          var n = (0, _coerce__WEBPACK_IMPORTED_MODULE_0__.i)(value);
          if (n !== undefined && n % 1 === 0 && n >= 1) return n;
          var converted;
          if (typeof value === "string") converted = productOf(value) || (units ? bytesOf(value) : undefined);
          var what = units ? "a whole number of bytes" : "a whole number";
          if (converted !== undefined && converted >= 1) {
            (0, _draft__WEBPACK_IMPORTED_MODULE_1__.R8)(d, name, "filepicker: `" + name + "` should be " + what + ", got " + (0, 
            _coerce__WEBPACK_IMPORTED_MODULE_0__.q0)(value) + "; using " + converted);
            return converted;
          }
          (0, _draft__WEBPACK_IMPORTED_MODULE_1__.R8)(d, name, "filepicker: `" + name + "` should be " + what + " of at least 1, got " + (0, 
          _coerce__WEBPACK_IMPORTED_MODULE_0__.q0)(value) + "; it is ignored");
          return undefined;
        }
      },
      7241: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          OF: function() {
            return V2_SERVICES;
          },
          fe: function() {
            return serviceName;
          },
          hj: function() {
            return DEFAULT_SOURCES;
          }
        });
        var _coerce__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8708);
        var V2_SERVICES = {
          COMPUTER: 1,
          DROPBOX: 2,
          FACEBOOK: 3,
          GITHUB: 4,
          GMAIL: 5,
          IMAGE_SEARCH: 6,
          URL: 7,
          WEBCAM: 8,
          GOOGLE_DRIVE: 9,
          SEND_EMAIL: 10,
          INSTAGRAM: 11,
          FLICKR: 12,
          VIDEO: 13,
          EVERNOTE: 14,
          PICASA: 15,
          WEBDAV: 16,
          FTP: 17,
          ALFRESCO: 18,
          BOX: 19,
          SKYDRIVE: 20,
          GDRIVE: 21,
          CUSTOMSOURCE: 22,
          CLOUDDRIVE: 23,
          GENERIC: 24,
          CONVERT: 25,
          AUDIO: 26
        };
        var DEFAULT_SOURCES = [ "COMPUTER", "URL", "CONVERT" ];
        var BY_NUMBER = {};
        Object.keys(V2_SERVICES).forEach(function(name) {
          BY_NUMBER[String(V2_SERVICES[name])] = name;
        });
        function serviceName(option, value) {
          if (typeof value !== "string" && !(typeof value === "number" && isFinite(value))) {
            return (0, _coerce__WEBPACK_IMPORTED_MODULE_0__.fJ)(option, 'a service name (like "COMPUTER") or a number of filepicker.services', value);
          }
          var s = (0, _coerce__WEBPACK_IMPORTED_MODULE_0__.Bq)(("" + value).replace(" ", ""));
          if (!s) return (0, _coerce__WEBPACK_IMPORTED_MODULE_0__.fJ)(option, 'a service name (like "COMPUTER") or a number of filepicker.services', value);
          if (typeof value === "number" || /^\d+$/.test(s)) {
            var name_1 = BY_NUMBER[String(Number(s))];
            if (!name_1) return (0, _coerce__WEBPACK_IMPORTED_MODULE_0__.fJ)(option, "a number of filepicker.services (1 to 26)", value);
            return name_1;
          }
          return s.toUpperCase();
        }
      },
      2818: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          JJ: function() {
            return CLOUDS;
          },
          vD: function() {
            return CLOUD_NAMES;
          },
          fl: function() {
            return needConvertWarnings;
          },
          _K: function() {
            return planSources;
          },
          en: function() {
            return sourceLabel;
          },
          bH: function() {
            return unsupportedWarnings;
          }
        });
        var RETIRED = {
          PICASA: "Google shut Picasa Web Albums down in 2016 and moved its photos to Google Photos; add GOOGLE_DRIVE for files kept in Google",
          CLOUDDRIVE: "Amazon closed the Cloud Drive API to new apps and ended the service in 2023; Amazon Photos has no public file API",
          EVERNOTE: "Evernote's API needs an API key that Evernote reviews for each app, speaks Thrift rather than HTTP/JSON and gives notes (with attachments inside them), not files; not offered",
          ALFRESCO: "Alfresco is a content server each customer runs (CMIS), so there is no one endpoint to sign in to; use WEBDAV, which Alfresco serves, or CUSTOMSOURCE",
          IMAGE_SEARCH: "web image search needs a paid search API key (Bing Image Search was retired in 2025 and Google's Custom Search JSON API takes no new customers); not offered",
          SEND_EMAIL: "v2's export-by-email, not a source of files"
        };
        RETIRED.IMAGESEARCH = RETIRED.IMAGE_SEARCH;
        function retiredWarning(services) {
          var named = services.filter(function(s) {
            return Object.prototype.hasOwnProperty.call(RETIRED, s);
          });
          if (!named.length) return null;
          return "filepicker: " + named.join(", ") + " left out: " + named.map(function(s) {
            return s + " — " + RETIRED[s];
          }).join("; ") + ".";
        }
        var LOCAL_LABELS = {
          COMPUTER: "sourceComputer",
          URL: "sourceUrl",
          WEBCAM: "sourceWebcam",
          VIDEO: "sourceVideo",
          AUDIO: "sourceAudio",
          CUSTOMSOURCE: "sourceCustom"
        };
        var CLOUDS = {
          FTP: "ftp",
          WEBDAV: "webdav",
          DROPBOX: "dropbox",
          GOOGLE_DRIVE: "googledrive",
          GDRIVE: "googledrive",
          BOX: "box",
          SKYDRIVE: "onedrive",
          GITHUB: "github",
          GMAIL: "gmail",
          FACEBOOK: "facebook",
          INSTAGRAM: "instagram",
          FLICKR: "flickr"
        };
        var CLOUD_NAMES = {
          ftp: "FTP",
          webdav: "WebDAV",
          dropbox: "Dropbox",
          googledrive: "Google Drive",
          box: "Box",
          onedrive: "OneDrive",
          github: "GitHub",
          gmail: "Gmail",
          facebook: "Facebook",
          instagram: "Instagram",
          flickr: "Flickr"
        };
        var SUPPORTED = Object.keys(LOCAL_LABELS).concat(Object.keys(CLOUDS));
        function sourceLabel(source) {
          return CLOUDS[source] ? {
            name: CLOUD_NAMES[CLOUDS[source]]
          } : {
            key: LOCAL_LABELS[source]
          };
        }
        function sameCloudShown(sources, s) {
          for (var i = 0; i < sources.length; i++) if (CLOUDS[s] && CLOUDS[sources[i]] === CLOUDS[s]) return true;
          return false;
        }
        var CAPABILITIES = [ "CONVERT" ];
        function hasCropOptions(config) {
          var c = config.crop;
          return !!c && (c.ratio !== undefined || !!c.dim || !!c.max || !!c.min || !!c.force);
        }
        function planSources(config) {
          var sources = [];
          var unsupported = [];
          var needConvert = [];
          var convert = false;
          var list = config.sources && config.sources.length ? config.sources : [ "COMPUTER" ];
          for (var i = 0; i < list.length; i++) {
            var s = String(list[i]).toUpperCase();
            if (CAPABILITIES.indexOf(s) >= 0) convert = true; else if (SUPPORTED.indexOf(s) >= 0) {
              if (sources.indexOf(s) < 0 && !sameCloudShown(sources, s)) sources.push(s);
            } else if (unsupported.indexOf(s) < 0) unsupported.push(s);
          }
          if (!sources.length) sources.push("COMPUTER");
          var open = config.openTo ? String(config.openTo).toUpperCase() : "";
          var openShown = sources.indexOf(open) >= 0 ? open : CLOUDS[open] ? sources.filter(function(x) {
            return CLOUDS[x] === CLOUDS[open];
          })[0] : undefined;
          var first = openShown || sources[0];
          if (!convert) {
            if (hasCropOptions(config)) needConvert.push("cropRatio/cropDim/cropMax/cropMin/cropForce");
            var conv = config.conversions || [];
            if (conv.length && !(conv.length === 1 && conv[0] === "crop")) needConvert.push("conversions");
          }
          return {
            sources: sources,
            first: first,
            convert: convert,
            unsupported: unsupported,
            needConvert: needConvert
          };
        }
        function unsupportedWarnings(unsupported) {
          var rest = unsupported.filter(function(s) {
            return !Object.prototype.hasOwnProperty.call(RETIRED, s);
          });
          var retired = retiredWarning(unsupported);
          var out = retired ? [ retired ] : [];
          if (rest.length) out.push("filepicker: the dialog does not support " + rest.join(", ") + " yet; left out (available: " + SUPPORTED.join(", ") + ").");
          return out;
        }
        function needConvertWarnings(options) {
          if (!options.length) return [];
          return [ "filepicker: `" + options.join("`, `") + '` have no effect because `services` does not include "CONVERT" (the image editor); add it, or leave `services` out to get it by default.' ];
        }
      },
      1397: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          _: function() {
            return checkRef;
          }
        });
        var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4703);
        function checkRef(cloud, path, file) {
          if (typeof cloud !== "string" || !/^[a-z0-9_]+$/.test(cloud)) throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__.yI("cloud", _core_errors__WEBPACK_IMPORTED_MODULE_0__.H3 + '`cloud` must be the name of a cloud source (like "ftp"), got ' + JSON.stringify(cloud));
          if (typeof path !== "string" || path.charAt(0) !== "/" || file && path.charAt(path.length - 1) === "/") {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__.yI("path", _core_errors__WEBPACK_IMPORTED_MODULE_0__.H3 + "`path` must be the absolute path of a " + (file ? "file" : "folder") + " of the " + cloud + " source, got " + JSON.stringify(path));
          }
        }
      },
      4734: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          B: function() {
            return deferredCloudApi;
          },
          c: function() {
            return lazyCloudApi;
          }
        });
        var _checks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1397);
        function deferredTask(start) {
          var task;
          var cancelled = false;
          var promise = start.then(function(t) {
            task = t;
            if (cancelled) t.cancel();
            return t.promise;
          });
          return {
            promise: promise,
            cancel: function() {
              cancelled = true;
              if (task) task.cancel();
            },
            pause: function() {},
            resume: function() {}
          };
        }
        var FORWARDED = [ "list", "search", "signIn", "folderLink", "logout", "offered", "oauthMessage", "thumbnail" ];
        function deferredCloudApi(api) {
          function fileTask(file, run) {
            (0, _checks__WEBPACK_IMPORTED_MODULE_0__._)(file && file.cloud, file && file.path, true);
            return deferredTask(api().then(run));
          }
          var out = {
            store: function(file, store, events) {
              return fileTask(file, function(a) {
                return a.store(file, store, events);
              });
            },
            link: function(file, events) {
              return fileTask(file, function(a) {
                return a.link(file, events);
              });
            }
          };
          FORWARDED.forEach(function(name) {
            out[name] = function() {
              var args = arguments;
              return api().then(function(a) {
                return a[name].apply(a, args);
              });
            };
          });
          return out;
        }
        function lazyCloudApi(deps, opts) {
          var loaded;
          return deferredCloudApi(function() {
            if (!loaded) {
              loaded = __webpack_require__.e(30).then(__webpack_require__.bind(__webpack_require__, 6220)).then(function(m) {
                return m.createCloudApi(deps, opts);
              });
              loaded.then(undefined, function() {
                loaded = undefined;
              });
            }
            return loaded;
          });
        }
      },
      1524: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.r(__webpack_exports__);
        __webpack_require__.d(__webpack_exports__, {
          createUploader: function() {
            return createUploader;
          }
        });
        var tslib_es6 = __webpack_require__(1635);
        var options = __webpack_require__(3782);
        var upload_queue = __webpack_require__(6643);
        var md5Bytes = __webpack_require__(373);
        var BufferPool = function() {
          function BufferPool(keep) {
            this.keep = keep;
            this.free = [];
          }
          BufferPool.prototype.acquire = function(size) {
            for (var i = 0; i < this.free.length; i++) {
              if (this.free[i].byteLength >= size) return this.free.splice(i, 1)[0];
            }
            return new Uint8Array(size);
          };
          BufferPool.prototype.release = function(buf) {
            if (this.free.length < this.keep) this.free.push(buf);
          };
          return BufferPool;
        }();
        function canStream(env, blob) {
          return !!env.createMd5 && typeof blob.stream === "function";
        }
        function streamPart(env, pool, blob) {
          var hash = env.createMd5();
          var buf = pool.acquire(blob.size);
          var reader = blob.stream().getReader();
          var n = 0;
          var pump = function() {
            return reader.read().then(function(r) {
              if (r.done) {
                var released_1 = false;
                return {
                  md5: hash.digest(),
                  bytes: buf.subarray(0, n),
                  release: function() {
                    if (!released_1) {
                      released_1 = true;
                      pool.release(buf);
                    }
                  }
                };
              }
              var chunk = r.value;
              if (n + chunk.byteLength > buf.byteLength) throw new Error("filepicker: the file changed while it was read (part longer than expected)");
              buf.set(chunk, n);
              n += chunk.byteLength;
              hash.update(chunk);
              return pump();
            });
          };
          return pump().then(undefined, function(e) {
            pool.release(buf);
            throw e;
          });
        }
        function mainThreadHasher(env, poolSize) {
          if (poolSize === void 0) {
            poolSize = 5;
          }
          var pool = new BufferPool(poolSize);
          var hasher = {
            digest: function(blob) {
              if (canStream(env, blob)) return streamPart(env, pool, blob);
              if (env.md5) {
                var native_1 = env.md5;
                return (0, md5Bytes.gm)(blob).then(function(buf) {
                  return {
                    md5: native_1(buf),
                    bytes: new Uint8Array(buf)
                  };
                });
              }
              return hasher.md5(blob).then(function(md5) {
                return {
                  md5: md5
                };
              });
            },
            md5: function(blob) {
              if (env.md5) {
                var native_2 = env.md5;
                return (0, md5Bytes.gm)(blob).then(function(buf) {
                  return native_2(buf);
                });
              }
              return __webpack_require__.e(201).then(__webpack_require__.bind(__webpack_require__, 4837)).then(function(m) {
                return m.sparkMd5OfBlob(blob, function(fn) {
                  env.setTimeout(fn, 0);
                });
              });
            },
            dispose: function() {}
          };
          return hasher;
        }
        function createHasher(env, poolSize, workers, debug) {
          if (poolSize === void 0) {
            poolSize = 5;
          }
          if (workers === void 0) {
            workers = 1;
          }
          var fallback = mainThreadHasher(env, poolSize);
          if (env.md5) return fallback;
          var log = debug || function() {};
          if (!env.createWorker && !env.md5WorkerUrl) {
            var said_1 = false;
            var note_1 = function() {
              if (!said_1) log("md5: hashing on the main thread with spark-md5 (no Worker: no script URL or no Worker support)");
              said_1 = true;
            };
            return {
              digest: function(blob) {
                note_1();
                return fallback.digest(blob);
              },
              md5: function(blob) {
                note_1();
                return fallback.md5(blob);
              },
              dispose: function() {
                fallback.dispose();
              }
            };
          }
          var shareKey = env.createWorker ? null : env.md5WorkerUrl + "#" + workers;
          var pool = null;
          var open = function() {
            if (!pool && shareKey !== null && hasOwn(sharedPools, shareKey)) pool = sharedPools[shareKey];
            if (!pool) {
              pool = __webpack_require__.e(259).then(__webpack_require__.bind(__webpack_require__, 8485)).then(function(m) {
                return m.openMd5Pool(env, workers, log);
              });
              if (shareKey !== null) {
                sharedPools[shareKey] = pool;
                pool.then(undefined, function() {
                  if (sharedPools[shareKey] === pool) delete sharedPools[shareKey];
                });
              }
            }
            return pool;
          };
          var hasher = {
            ahead: workers + 1,
            autoPartMax: options.Dr,
            digest: function(blob) {
              return hasher.md5(blob).then(function(md5) {
                return {
                  md5: md5
                };
              });
            },
            md5: function(blob) {
              return open().then(function(p) {
                return p.md5(blob);
              }).then(function(v) {
                return v === null ? fallback.md5(blob) : v;
              }, function() {
                return fallback.md5(blob);
              });
            },
            dispose: function() {
              if (pool && shareKey === null) pool.then(function(p) {
                p.dispose();
              }, function() {});
            }
          };
          return hasher;
        }
        var sharedPools = {};
        function hasOwn(o, k) {
          return Object.prototype.hasOwnProperty.call(o, k);
        }
        function resetSharedMd5Pools() {
          for (var k in sharedPools) {
            if (hasOwn(sharedPools, k)) {
              sharedPools[k].then(function(p) {
                p.dispose();
              }, function() {});
              delete sharedPools[k];
            }
          }
        }
        var environment = __webpack_require__(5762);
        function nativeMd5() {
          if (typeof process === "undefined" || !process || typeof process.getBuiltinModule !== "function") return undefined;
          var crypto;
          try {
            crypto = process.getBuiltinModule("crypto");
          } catch (_a) {
            return undefined;
          }
          if (!crypto || typeof crypto.createHash !== "function") return undefined;
          var c = crypto;
          return function(bytes) {
            return c.createHash("md5").update(new Uint8Array(bytes)).digest("base64");
          };
        }
        function nativeMd5Stream() {
          var crypto = process.getBuiltinModule("crypto");
          return function() {
            var h = crypto.createHash("md5");
            return {
              update: function(bytes) {
                h.update(bytes);
              },
              digest: function() {
                return h.digest("base64");
              }
            };
          };
        }
        function md5WorkerCount(cores) {
          return typeof cores === "number" && cores >= 4 ? 2 : 1;
        }
        function defaultEnvironment(options) {
          var workerUrl = options && options.workerUrl;
          var env = (0, environment.B)();
          var md5 = nativeMd5();
          if (md5) {
            env.md5 = md5;
            env.createMd5 = nativeMd5Stream();
          }
          if (workerUrl && typeof Worker === "function") {
            env.md5Workers = md5WorkerCount(typeof navigator !== "undefined" && navigator ? navigator.hardwareConcurrency : undefined);
            env.md5WorkerUrl = workerUrl;
          }
          return env;
        }
        var defaultTransport = __webpack_require__(169);
        var errors = __webpack_require__(4703);
        function guarded(env, cb) {
          if (!cb) return undefined;
          return function() {
            var args = [];
            for (var _i = 0; _i < arguments.length; _i++) {
              args[_i] = arguments[_i];
            }
            try {
              cb.apply(void 0, args);
            } catch (e) {
              env.setTimeout(function() {
                throw e;
              }, 0);
            }
          };
        }
        function guardEvents(env, rawEvents) {
          return {
            onStart: guarded(env, rawEvents.onStart && rawEvents.onStart.bind(rawEvents)),
            onUploadStart: guarded(env, rawEvents.onUploadStart && rawEvents.onUploadStart.bind(rawEvents)),
            onProgress: guarded(env, rawEvents.onProgress && rawEvents.onProgress.bind(rawEvents)),
            onRetry: guarded(env, rawEvents.onRetry && rawEvents.onRetry.bind(rawEvents)),
            onUploadComplete: guarded(env, rawEvents.onUploadComplete && rawEvents.onUploadComplete.bind(rawEvents))
          };
        }
        var signal = __webpack_require__(671);
        var ProgressTracker = function() {
          function ProgressTracker(total, env, intervalMs, listener) {
            this.total = total;
            this.env = env;
            this.intervalMs = intervalMs;
            this.listener = listener;
            this.marks = {};
            this.loaded = 0;
            this.emitted = -1;
            this.lastPart = null;
            this.timer = null;
            this.lastEmitAt = -Infinity;
            this.stopped = false;
          }
          ProgressTracker.prototype.update = function(part, bytes, size) {
            var b = Math.max(0, Math.min(size, bytes));
            var prev = this.marks[part] || 0;
            if (b <= prev) return;
            this.marks[part] = b;
            this.loaded += b - prev;
            this.lastPart = {
              number: part,
              loaded: b,
              size: size
            };
            this.schedule();
          };
          ProgressTracker.prototype.complete = function(part, size) {
            this.update(part, size, size);
          };
          Object.defineProperty(ProgressTracker.prototype, "bytes", {
            get: function() {
              return this.loaded;
            },
            enumerable: false,
            configurable: true
          });
          ProgressTracker.prototype.finish = function() {
            this.cancelTimer();
            if (this.stopped) return;
            this.stopped = true;
            this.loaded = this.total;
            this.emit();
          };
          ProgressTracker.prototype.stop = function() {
            this.stopped = true;
            this.cancelTimer();
          };
          ProgressTracker.prototype.schedule = function() {
            var _this = this;
            if (this.stopped || this.timer !== null) return;
            var wait = this.lastEmitAt + this.intervalMs - this.env.now();
            if (wait <= 0) {
              this.emit();
              return;
            }
            this.timer = this.env.setTimeout(function() {
              _this.timer = null;
              if (!_this.stopped) _this.emit();
            }, wait);
          };
          ProgressTracker.prototype.cancelTimer = function() {
            if (this.timer !== null) {
              this.env.clearTimeout(this.timer);
              this.timer = null;
            }
          };
          ProgressTracker.prototype.emit = function() {
            this.lastEmitAt = this.env.now();
            if (this.loaded === this.emitted) return;
            this.emitted = this.loaded;
            if (!this.listener) return;
            var ev = {
              loaded: this.loaded,
              total: this.total
            };
            if (this.lastPart) {
              ev.part = this.lastPart.number;
              ev.partLoaded = this.lastPart.loaded;
              ev.partSize = this.lastPart.size;
            }
            this.listener(ev);
          };
          return ProgressTracker;
        }();
        var retry = __webpack_require__(3333);
        var fileApi = __webpack_require__(1160);
        function runDiscard(deps, stored, opts) {
          var handle = stored && stored.handle;
          if (typeof handle !== "string" || !/^[A-Za-z0-9_-]+$/.test(handle)) {
            return Promise.reject(new errors.yI("handle", errors.H3 + "`handle` of the file to discard must be a file handle (letters, digits, _ and -), got " + (typeof handle === "string" ? '"' + handle + '"' : typeof handle)));
          }
          var params = [];
          if (deps.security) {
            params.push([ "policy", deps.security.policy ]);
            params.push([ "signature", deps.security.signature ]);
          }
          var req = (0, fileApi.s)(deps.hosts.fileApi.replace(/\/+$/, "") + "/" + handle, deps.apikey, params);
          var where = "the remove request (" + deps.hosts.fileApi + "/" + handle + "/remove)";
          return (0, retry.bD)({
            env: deps.env,
            retry: opts.retryOptions
          }, new signal.aP, function() {
            return (0, retry.E4)(deps.transport, {
              method: req.method,
              url: req.url,
              headers: req.headers,
              body: req.body,
              timeoutMs: opts.requestTimeoutMs
            }, where);
          }).then(function() {
            return undefined;
          }, function(e) {
            var sec = deps.security;
            if (sec && e && typeof e.message === "string") {
              var m = e.message;
              if (sec.policy) m = m.split(sec.policy).join("…");
              if (sec.signature) m = m.split(sec.signature).join("…");
              e.message = m;
            }
            throw e;
          });
        }
        var HashAhead = function() {
          function HashAhead(hasher, source) {
            this.hasher = hasher;
            this.source = source;
            this.hashed = {};
            this.seeded = {};
            this.done = {};
            this.limit = hasher.ahead === undefined ? 1 : hasher.ahead;
          }
          HashAhead.prototype.take = function(range) {
            if (this.has(range.number)) {
              var p = this.hashed[range.number];
              delete this.hashed[range.number];
              delete this.seeded[range.number];
              delete this.done[range.number];
              return p;
            }
            return this.hasher.digest(this.source.slice(range.start, range.end));
          };
          HashAhead.prototype.seed = function(range) {
            if (!this.has(range.number)) {
              this.start(range);
              this.seeded[range.number] = true;
            }
            return this.hashed[range.number];
          };
          HashAhead.prototype.prefetch = function(waiting, pending) {
            if (this.limit <= 0) return;
            var next = waiting.slice();
            for (var i = 0; i < pending.length && next.length < this.limit; i++) next.push(pending[i]);
            var count = this.count();
            for (var i = 0; i < next.length && count < this.limit; i++) {
              if (this.has(next[i].number)) continue;
              this.start(next[i]);
              count++;
            }
          };
          HashAhead.prototype.forget = function(part) {
            if (!this.has(part)) return;
            var p = this.hashed[part];
            delete this.hashed[part];
            delete this.seeded[part];
            delete this.done[part];
            p.then(function(d) {
              if (d.release) d.release();
            }, function() {});
          };
          HashAhead.prototype.drop = function() {
            for (var k in this.hashed) {
              if (Object.prototype.hasOwnProperty.call(this.hashed, k)) this.forget(Number(k));
            }
          };
          HashAhead.prototype.ready = function() {
            var out = [];
            for (var k in this.done) if (Object.prototype.hasOwnProperty.call(this.done, k)) out.push(this.done[k]);
            return out.sort(function(a, b) {
              return a.part - b.part;
            });
          };
          HashAhead.prototype.start = function(range) {
            var p = this.hasher.digest(this.source.slice(range.start, range.end));
            var done = this.done;
            var hashed = this.hashed;
            p.then(function(d) {
              if (hashed[range.number] === p) done[range.number] = {
                part: range.number,
                size: range.end - range.start,
                md5: d.md5
              };
            }, function() {});
            this.hashed[range.number] = p;
          };
          HashAhead.prototype.has = function(part) {
            return Object.prototype.hasOwnProperty.call(this.hashed, part);
          };
          HashAhead.prototype.count = function() {
            var n = 0;
            for (var k in this.hashed) if (Object.prototype.hasOwnProperty.call(this.hashed, k) && !this.seeded[k]) n++;
            return n;
          };
          return HashAhead;
        }();
        var protocol = __webpack_require__(3126);
        var MISSING_ETAG_MESSAGE = errors.H3 + "storage accepted part {part} but its answer has no readable ETag header. " + "In a browser the bucket's CORS configuration must expose it: add <ExposeHeader>ETag</ExposeHeader> to the CORS rule (see the S3 bucket CORS settings)";
        function dropBytes(held) {
          held.bytes = undefined;
          if (held.release) held.release();
          held.release = undefined;
        }
        function sendPart(ctx, range, signal) {
          var held = {};
          return ctx.digests.take(range).then(function(d) {
            held.bytes = d.bytes;
            held.release = d.release;
            if (signal.aborted) throw new errors.lc;
            return putWithRenewal(ctx, range, d.md5, held, signal, 0);
          }).then(function(etag) {
            dropBytes(held);
            return etag;
          }, function(e) {
            dropBytes(held);
            throw e;
          });
        }
        function where(ctx, range) {
          return "part " + range.number + " of " + ctx.partCount;
        }
        function partTarget(ctx, range, md5, signal, renewals) {
          var ask = function() {
            var extras = ctx.urls.extras(range.number, ctx.digests.ready());
            var body = ctx.uploadBody(range.number, range.end - range.start, md5, extras);
            var answer = ctx.post("/multipart/upload", body, signal, "the upload request of " + where(ctx, range) + " (/multipart/upload)").then(function(res) {
              return protocol.Dx(res.text, range.number);
            });
            if (extras.length) ctx.urls.asking(extras, answer.then(function(a) {
              return a.batch;
            }));
            return answer.then(function(a) {
              return a.target;
            });
          };
          var ahead = renewals === 0 ? ctx.urls.take(range.number, md5) : null;
          return ahead ? ahead.then(function(t) {
            return t || ask();
          }) : ask();
        }
        function putWithRenewal(ctx, range, md5, held, signal, renewals) {
          return partTarget(ctx, range, md5, signal, renewals).then(function(target) {
            return (0, retry.bD)(ctx.retryCtx, signal, function(progressed) {
              return putOnce(ctx, range, target, held, signal, progressed);
            });
          }).then(undefined, function(e) {
            if ((0, errors.TX)(e) && e.status === 403 && e.method === "PUT" && renewals < ctx.opts.maxUrlRenewals && !signal.aborted) {
              return putWithRenewal(ctx, range, md5, held, signal, renewals + 1);
            }
            throw e;
          });
        }
        function putOnce(ctx, range, target, held, signal, progressed) {
          ctx.beforePut();
          var env = ctx.env;
          var size = range.end - range.start;
          var stallMs = ctx.opts.stallTimeoutMs;
          var attempt = signal.child();
          var stalled = false;
          var high = 0;
          var timer = null;
          var arm = function() {
            if (timer !== null) env.clearTimeout(timer);
            timer = env.setTimeout(function() {
              stalled = true;
              attempt.aborter.abort();
            }, stallMs);
          };
          arm();
          var stop = function() {
            if (timer !== null) env.clearTimeout(timer);
            timer = null;
            attempt.dispose();
          };
          var step = "the storage PUT of " + where(ctx, range);
          return (0, retry.E4)(ctx.transport, {
            method: "PUT",
            url: target.url,
            headers: target.headers,
            body: held.bytes || ctx.source.slice(range.start, range.end),
            signal: attempt.aborter,
            onUploadProgress: function(loaded) {
              if (loaded > high) {
                high = loaded;
                progressed();
                arm();
              }
              ctx.progress.update(range.number, loaded, size);
            }
          }, step).then(function(res) {
            stop();
            var etag = res.headers.get("etag");
            if (!etag) throw new errors.Js(MISSING_ETAG_MESSAGE.replace("{part}", String(range.number)));
            return etag;
          }, function(e) {
            stop();
            if (stalled && !signal.aborted && e instanceof retry.WY && e.outcome.kind === "abort") {
              throw new retry.WY({
                kind: "stall"
              }, new errors.Js(errors.H3 + step + " stalled: no upload progress for " + stallMs + " ms"));
            }
            throw e;
          });
        }
        var PartUrls = function() {
          function PartUrls(max) {
            this.max = max;
            this.held = {};
            this.pending = {};
          }
          PartUrls.prototype.take = function(part, md5) {
            var _this = this;
            var p = this.pending[part];
            if (p && p.md5 === md5) return p.wait.then(function() {
              return _this.takeHeld(part, md5);
            });
            var t = this.takeHeld(part, md5);
            return t ? Promise.resolve(t) : null;
          };
          PartUrls.prototype.extras = function(part, ready) {
            var out = [];
            for (var i = 0; i < ready.length && out.length < this.max; i++) {
              var r = ready[i];
              if (r.part !== part && !this.has(this.held, r.part) && !this.has(this.pending, r.part)) out.push(r);
            }
            return out;
          };
          PartUrls.prototype.asking = function(asked, answer) {
            var _this = this;
            if (!asked.length) return;
            var pending = this.pending;
            var wait = answer.then(function(batch) {
              for (var i = 0; i < asked.length; i++) {
                var t = batch[asked[i].part];
                if (t) _this.held[asked[i].part] = {
                  md5: asked[i].md5,
                  target: t
                };
              }
            }, function() {}).then(function() {
              for (var i = 0; i < asked.length; i++) if (pending[asked[i].part] && pending[asked[i].part].wait === wait) delete pending[asked[i].part];
            });
            for (var i = 0; i < asked.length; i++) pending[asked[i].part] = {
              md5: asked[i].md5,
              wait: wait
            };
          };
          PartUrls.prototype.takeHeld = function(part, md5) {
            var h = this.held[part];
            if (!h) return null;
            delete this.held[part];
            return h.md5 === md5 ? h.target : null;
          };
          PartUrls.prototype.has = function(o, part) {
            return Object.prototype.hasOwnProperty.call(o, part);
          };
          return PartUrls;
        }();
        var PartScheduler = function() {
          function PartScheduler(queue, limit, ranges, host) {
            this.queue = queue;
            this.limit = limit;
            this.host = host;
            this.waiting = [];
            this.inFlight = 0;
            this.running = [];
            this.pending = ranges.slice();
            this.left = ranges.length;
          }
          PartScheduler.prototype.pump = function() {
            while (this.host.canStart() && this.pending.length && this.inFlight < this.limit) this.enqueue(this.pending.shift());
            if (this.host.canStart()) this.host.prefetch(this.waitingRanges(), this.pending);
          };
          PartScheduler.prototype.withdrawWaiting = function() {
            while (this.waiting.length) {
              var w = this.waiting.pop();
              w.withdraw();
              this.inFlight--;
              this.pending.unshift(w.range);
            }
          };
          PartScheduler.prototype.putBack = function(range) {
            this.pending.unshift(range);
          };
          PartScheduler.prototype.settled = function() {
            var all = this.running.slice();
            return Promise.all(all.map(function(p) {
              return p.then(undefined, function() {});
            })).then(function() {});
          };
          PartScheduler.prototype.waitingRanges = function() {
            var out = [];
            for (var i = 0; i < this.waiting.length; i++) out.push(this.waiting[i].range);
            return out;
          };
          PartScheduler.prototype.enqueue = function(range) {
            var _this = this;
            this.inFlight++;
            var entry = {
              range: range,
              withdraw: function() {}
            };
            this.waiting.push(entry);
            entry.withdraw = this.queue.acquire(function(release) {
              var i = _this.waiting.indexOf(entry);
              if (i >= 0) _this.waiting.splice(i, 1);
              var p = _this.host.run(range).then(function() {
                release();
                _this.inFlight--;
                _this.left--;
                if (_this.left === 0) _this.host.allStored(); else _this.pump();
              }, function(e) {
                release();
                _this.inFlight--;
                _this.host.partFailed(range, e);
              });
              _this.running.push(p);
              var done = function() {
                void _this.running.splice(_this.running.indexOf(p), 1);
              };
              p.then(done, done);
            });
          };
          return PartScheduler;
        }();
        var resume_store = __webpack_require__(911);
        var retryPolicy = __webpack_require__(4743);
        function requestComplete(ctx, body, signal) {
          var opts = ctx.opts;
          var env = ctx.env;
          var where = "the complete request (/multipart/complete)";
          var pollOpts = {
            retries: 0,
            factor: opts.retryOptions.factor,
            minTimeout: opts.retryOptions.minTimeout,
            maxTimeout: Math.min(opts.retryOptions.maxTimeout, 5e3)
          };
          var ask = function(poll) {
            return ctx.post("/multipart/complete", body, signal, where).then(function(res) {
              if (res.status !== 202) return protocol.Tw(res.text, ctx.fileApi, where, ctx.file);
              if (poll >= opts.maxCompletePolls) {
                throw new errors.Js(errors.H3 + where + " was still answering 202 (processing) after " + opts.maxCompletePolls + " polls; giving up");
              }
              return (0, retry.yy)(env, (0, retryPolicy.EY)(pollOpts, poll + 1, env.random()), signal).then(function() {
                return ask(poll + 1);
              });
            });
          };
          return ask(0);
        }
        var MAX_PART_RESENDS = 2;
        function refusesResume(e) {
          return (0, errors.TX)(e) && e.status >= 400 && e.status < 500 && e.status !== 429;
        }
        var FileUpload = function() {
          function FileUpload(deps, source, store, rawEvents, opts) {
            var _this = this;
            this.deps = deps;
            this.source = source;
            this.opts = opts;
            this.cancelled = new signal.aP;
            this.pauser = new signal.aP;
            this.paused = false;
            this.finished = false;
            this.started = null;
            this.uploadStartFired = false;
            this.etags = [];
            this.scheduler = null;
            this.settle = {
              resolve: function() {},
              reject: function() {}
            };
            this.completing = null;
            this.record = null;
            this.unconfirmed = null;
            this.resends = 0;
            var env = deps.env;
            var events = this.events = guardEvents(env, rawEvents);
            this.file = {
              filename: store.filename || source.name || "untitled",
              mimetype: source.type || "application/octet-stream",
              size: source.size
            };
            this.base = {
              apikey: deps.apikey,
              security: deps.security,
              store: store
            };
            this.retryCtx = {
              env: env,
              retry: opts.retryOptions,
              onRetry: events.onRetry ? function(a, w) {
                events.onRetry(a, w);
              } : undefined
            };
            this.progress = new ProgressTracker(source.size, env, opts.progressIntervalMs, events.onProgress ? function(p) {
              events.onProgress(p);
            } : undefined);
            this.ranges = (0, options.kq)(source.size, (0, options.mm)(source.size, opts, deps.hasher.autoPartMax || 0));
            this.digests = new HashAhead(deps.hasher, source);
            this.session = this.cancelled.child();
            this.promise = new Promise(function(resolve, reject) {
              _this.settle = {
                resolve: resolve,
                reject: reject
              };
            });
          }
          FileUpload.prototype.task = function() {
            var _this = this;
            var kickoff = this.deps.env.setTimeout(function() {
              if (!_this.finished) _this.begin();
            }, 0);
            this.cancelled.onAbort(function() {
              _this.deps.env.clearTimeout(kickoff);
            });
            return {
              promise: this.promise,
              cancel: function() {
                if (!_this.finished) _this.fail(new errors.lc);
              },
              pause: function() {
                return _this.pause();
              },
              resume: function() {
                return _this.resume();
              }
            };
          };
          FileUpload.prototype.pause = function() {
            if (this.finished || this.paused) return;
            this.paused = true;
            if (this.scheduler) this.scheduler.withdrawWaiting();
            this.pauser.abort();
          };
          FileUpload.prototype.resume = function() {
            if (this.finished || !this.paused) return;
            this.paused = false;
            this.pauser = new signal.aP;
            if (this.scheduler) this.scheduler.pump();
          };
          FileUpload.prototype.debug = function(message) {
            if (this.deps.debug) this.deps.debug(errors.H3 + "resume: " + message);
          };
          FileUpload.prototype.begin = function() {
            var _this = this;
            if (this.events.onStart) this.events.onStart();
            var store = this.deps.resumeStore;
            if (!this.opts.resume || !(store ? store.available : (0, resume_store.Ik)())) {
              this.startFresh();
              return;
            }
            this.lookup(store).then(function(entry) {
              if (_this.finished) {
                if (entry && _this.record) _this.started = _this.record.plan(entry, _this.ranges).start;
                _this.abortOnServer();
              } else if (entry) _this.resumeFrom(entry); else _this.startFresh();
            }).then(undefined, function(e) {
              _this.fail(e);
            });
          };
          FileUpload.prototype.lookup = function(store) {
            var _this = this;
            var key = {
              apikey: this.deps.apikey,
              uploadApi: this.deps.hosts.uploadApi,
              store: this.base.store,
              source: this.source,
              partSize: this.partSize
            };
            return __webpack_require__.e(798).then(__webpack_require__.bind(__webpack_require__, 2091)).then(function(m) {
              var kit = m.openResume(store, _this.opts.resumeTtlMs, function(message) {
                return _this.debug(message);
              });
              if (!kit || _this.finished) return null;
              _this.record = kit;
              return kit.find(key, _this.ranges, _this.digests, _this.deps.env.now(), _this.file.size);
            }).then(undefined, function(e) {
              _this.debug("could not look for a record (" + e.message + "); starting fresh");
              return null;
            });
          };
          Object.defineProperty(FileUpload.prototype, "partSize", {
            get: function() {
              return this.ranges[0].end;
            },
            enumerable: false,
            configurable: true
          });
          FileUpload.prototype.startFresh = function() {
            var _this = this;
            var env = this.deps.env;
            var created = env.now();
            var key = protocol.EG(created, function() {
              return env.random();
            });
            this.digests.prefetch([], this.ranges);
            this.post("/multipart/start", protocol.bg(this.base, this.file, key), new signal.aP, "the start request (/multipart/start)").then(function(res) {
              var s = protocol.oZ(res.text, _this.deps.hosts.uploadApi);
              _this.started = s;
              if (_this.finished) {
                _this.abortOnServer();
                return;
              }
              if (_this.record) _this.record.tracker.begin(s, created, _this.file.size, _this.partSize);
              _this.openSession(_this.ranges);
            }).then(undefined, function(e) {
              _this.fail(e);
            });
          };
          FileUpload.prototype.resumeFrom = function(entry) {
            var kit = this.record;
            var plan = kit.plan(entry, this.ranges);
            this.started = plan.start;
            kit.tracker.begin(plan.start, entry.created, entry.size, entry.partSize, entry);
            for (var i = 0; i < entry.parts.length; i++) this.etags[entry.parts[i].n - 1] = entry.parts[i].etag;
            for (var i = 0; i < plan.held.length; i++) this.digests.forget(plan.held[i].number);
            this.unconfirmed = plan.held;
            this.debug("continuing upload " + plan.start.uploadId + ": " + plan.held.length + " of " + this.ranges.length + " parts are stored already");
            this.openSession(plan.missing);
          };
          FileUpload.prototype.restartFresh = function(e) {
            this.debug("the server refused the remembered upload (" + e.message + "); starting a new one");
            var old = this.scheduler;
            this.scheduler = null;
            if (old) old.withdrawWaiting();
            this.session.aborter.abort();
            this.session.dispose();
            this.session = this.cancelled.child();
            this.unconfirmed = null;
            this.completing = null;
            this.started = null;
            this.etags = [];
            if (this.record) this.record.tracker.reset();
            this.startFresh();
          };
          FileUpload.prototype.confirm = function() {
            var held = this.unconfirmed;
            if (!held) return;
            this.unconfirmed = null;
            for (var i = 0; i < held.length; i++) this.progress.complete(held[i].number, held[i].end - held[i].start);
          };
          FileUpload.prototype.openSession = function(ranges) {
            var _this = this;
            if (!ranges.length) {
              this.complete();
              return;
            }
            var session = this.session.aborter;
            var ctx = this.partContext();
            var s = new PartScheduler(this.deps.queue, this.opts.maxConcurrentUploads, ranges, {
              canStart: function() {
                return s === _this.scheduler && !_this.finished && !_this.paused;
              },
              run: function(range) {
                return _this.runPart(ctx, range, session);
              },
              partFailed: function(range, e) {
                if (s !== _this.scheduler || _this.finished) return;
                if (_this.paused && e.name === "AbortError" && !_this.cancelled.aborted) s.putBack(range); else _this.fail(e);
              },
              allStored: function() {
                if (s === _this.scheduler) _this.complete();
              },
              prefetch: function(waiting, pending) {
                return _this.digests.prefetch(waiting, pending);
              }
            });
            this.scheduler = s;
            s.pump();
          };
          FileUpload.prototype.partContext = function() {
            var _this = this;
            var started = this.started;
            return {
              transport: this.deps.transport,
              env: this.deps.env,
              opts: this.opts,
              source: this.source,
              retryCtx: this.retryCtx,
              progress: this.progress,
              digests: this.digests,
              partCount: this.ranges.length,
              post: function(path, body, signal, where) {
                return _this.post(path, body, signal, where);
              },
              uploadBody: function(part, size, md5, batch) {
                return protocol.E3(_this.base, started, part, size, md5, batch);
              },
              urls: new PartUrls(started.batchParts || 0),
              beforePut: function() {
                if (_this.uploadStartFired) return;
                _this.uploadStartFired = true;
                if (_this.events.onUploadStart) _this.events.onUploadStart();
              }
            };
          };
          FileUpload.prototype.runPart = function(ctx, range, session) {
            var _this = this;
            var partSignal = this.pauser.child();
            var unlink = session.onAbort(function() {
              partSignal.aborter.abort();
            });
            var cleanup = function() {
              partSignal.dispose();
              unlink();
            };
            return sendPart(ctx, range, partSignal.aborter).then(function(etag) {
              cleanup();
              if (session.aborted) throw new errors.lc;
              _this.confirm();
              _this.etags[range.number - 1] = etag;
              _this.progress.complete(range.number, range.end - range.start);
              if (_this.record) _this.record.tracker.partStored(range.number, etag);
            }, function(e) {
              cleanup();
              throw e;
            });
          };
          FileUpload.prototype.post = function(path, body, signal, where) {
            var deps = this.deps;
            var started = this.started;
            var url = (started ? started.locationUrl : deps.hosts.uploadApi.replace(/\/+$/, "")) + path;
            var timeoutMs = this.opts.requestTimeoutMs;
            return (0, retry.bD)(this.retryCtx, signal, function() {
              return (0, retry.E4)(deps.transport, {
                method: "POST",
                url: url,
                headers: protocol.lV(started || undefined),
                body: body,
                timeoutMs: timeoutMs,
                signal: signal
              }, where);
            });
          };
          FileUpload.prototype.complete = function() {
            var _this = this;
            if (this.finished) return;
            var body = protocol.Y4(this.base, this.started, this.file, this.etags);
            var ctx = {
              env: this.deps.env,
              opts: this.opts,
              fileApi: this.deps.hosts.fileApi,
              file: this.file,
              post: this.post.bind(this)
            };
            var completing = this.completing = requestComplete(ctx, body, new signal.aP);
            if (this.events.onUploadComplete) this.events.onUploadComplete();
            completing.then(function(stored) {
              if (_this.finished || completing !== _this.completing) return;
              _this.finished = true;
              _this.progress.finish();
              if (_this.record) _this.record.tracker.forget();
              _this.settle.resolve(stored);
            }, function(e) {
              if (completing === _this.completing) _this.completeRefused(e);
            });
          };
          FileUpload.prototype.completeRefused = function(e) {
            var part = (0, errors.TX)(e) ? protocol.cG(e.status, e.body) : null;
            var range = part !== null ? this.ranges[part - 1] : undefined;
            if (this.finished || !range || this.resends >= MAX_PART_RESENDS || this.unconfirmed) {
              this.fail(e);
              return;
            }
            this.resends++;
            this.completing = null;
            this.openSession([ range ]);
          };
          FileUpload.prototype.fail = function(e) {
            if (this.finished) return;
            if (this.unconfirmed && refusesResume(e)) {
              this.restartFresh(e);
              return;
            }
            this.finished = true;
            this.progress.stop();
            if (this.scheduler) this.scheduler.withdrawWaiting();
            this.digests.drop();
            this.cancelled.abort();
            if (this.record) this.record.tracker.forget();
            this.settle.reject(e);
            this.abortOnServer();
          };
          FileUpload.prototype.abortOnServer = function() {
            var _this = this;
            var s = this.started;
            if (!s) return;
            var deps = this.deps;
            var opts = this.opts;
            var abort = function() {
              _this.post("/multipart/abort", protocol.T1(_this.base, s), new signal.aP, "the abort request (/multipart/abort)").then(undefined, function() {});
            };
            var sent = this.completing;
            if (sent) {
              sent.then(function(stored) {
                runDiscard(deps, stored, opts).then(undefined, function() {});
              }, abort);
              return;
            }
            var settled = this.scheduler ? this.scheduler.settled() : Promise.resolve();
            settled.then(abort, abort);
          };
          return FileUpload;
        }();
        function runUpload(deps, source, store, rawEvents, opts) {
          return new FileUpload(deps, source, store, rawEvents, opts).task();
        }
        var upload_source = __webpack_require__(6183);
        var inputChecks = __webpack_require__(857);
        var serverTask = __webpack_require__(3268);
        var storeApi = __webpack_require__(9251);
        function storeUrlEndpoint(hosts, apikey, store, security) {
          var sec = security || {};
          return (0, storeApi.v)(hosts.storeApi, apikey, store.location, [ [ "filename", store.filename || undefined ], [ "path", store.path || undefined ], [ "container", store.container || undefined ], [ "access", store.access || undefined ], [ "region", store.region || undefined ], [ "policy", sec.policy || undefined ], [ "signature", sec.signature || undefined ] ]);
        }
        function runStoreUrl(deps, url, store, events, opts) {
          (0, inputChecks.L1)(url);
          var endpoint = storeUrlEndpoint(deps.hosts, deps.apikey, store, deps.security);
          return (0, serverTask.O)({
            transport: deps.transport,
            env: deps.env,
            fileApi: deps.hosts.fileApi
          }, {
            request: (0, storeApi.Y)(endpoint, url),
            where: "the store request (" + deps.hosts.storeApi + ")",
            filename: url.replace(/[?#].*$/, "").replace(/\/+$/, "").replace(/^.*\//, "") || "untitled"
          }, events, opts);
        }
        function customSourceBase(hosts) {
          if (hosts.customSourceApi) return hosts.customSourceApi.replace(/\/+$/, "");
          return hosts.storeApi.replace(/\/+$/, "").replace(/\/store$/, "") + "/customsource";
        }
        function withServerMessage(e, what) {
          if (!e || e.name !== "NetworkError") return e;
          var n = e;
          var text = "";
          try {
            var o = n.body ? JSON.parse(n.body) : null;
            if (o && typeof o.error === "string") text = o.error;
          } catch (_e) {
            text = "";
          }
          if (!text) return e;
          return new errors.Dr(errors.H3 + what + " failed: HTTP " + n.status + " " + text, {
            method: n.method,
            url: n.url,
            status: n.status,
            body: n.body,
            requestId: n.requestId
          });
        }
        function str(v) {
          return typeof v === "string";
        }
        function parseListing(text, where) {
          var o = (0, protocol.qF)(text, where);
          if (!(o.folders instanceof Array) || !(o.files instanceof Array)) throw new errors.Js(errors.H3 + where + " answered without `folders` and `files` lists");
          var folders = [];
          var files = [];
          for (var i = 0; i < o.folders.length; i++) {
            var f = o.folders[i];
            if (f && str(f.name) && str(f.path)) folders.push({
              name: f.name,
              path: f.path
            });
          }
          for (var i = 0; i < o.files.length; i++) {
            var f = o.files[i];
            if (!f || !str(f.name) || !str(f.path) || typeof f.size !== "number" || !(f.size >= 0)) continue;
            var file = {
              name: f.name,
              path: f.path,
              size: f.size,
              mimetype: str(f.mimetype) && f.mimetype ? f.mimetype : "application/octet-stream"
            };
            if (typeof f.modified === "number") file.modified = f.modified;
            files.push(file);
          }
          var out = {
            folders: folders,
            files: files
          };
          if (str(o.next) && o.next) out.next = o.next;
          return out;
        }
        function listSource(deps, container, path, cursor, opts) {
          try {
            (0, inputChecks.RP)(container, path, false);
          } catch (e) {
            return Promise.reject(e);
          }
          var q = [ "key=" + encodeURIComponent(deps.apikey), "container=" + encodeURIComponent(container), "path=" + encodeURIComponent(path) ];
          if (cursor) q.push("cursor=" + encodeURIComponent(cursor));
          if (deps.security && deps.security.policy) q.push("policy=" + encodeURIComponent(deps.security.policy));
          if (deps.security && deps.security.signature) q.push("signature=" + encodeURIComponent(deps.security.signature));
          var url = customSourceBase(deps.hosts) + "/list?" + q.join("&");
          var where = "the custom source listing (" + customSourceBase(deps.hosts) + ")";
          var abort = new signal.aP;
          return (0, retry.bD)({
            env: deps.env,
            retry: opts.retryOptions
          }, abort, function() {
            return (0, retry.E4)(deps.transport, {
              method: "GET",
              url: url,
              timeoutMs: opts.requestTimeoutMs,
              signal: abort
            }, where);
          }).then(function(res) {
            return parseListing(res.text, where);
          }, function(e) {
            throw withServerMessage(e, where);
          });
        }
        function runStoreFromSource(deps, source, store, events, opts) {
          (0, inputChecks.RP)(source && source.container, source && source.path, true);
          var where = "the custom source copy (" + customSourceBase(deps.hosts) + ")";
          var body = {
            apikey: deps.apikey,
            container: source.container,
            path: source.path,
            store: (0, protocol.wq)(store)
          };
          if (deps.security && deps.security.policy) body.policy = deps.security.policy;
          if (deps.security && deps.security.signature) body.signature = deps.security.signature;
          return (0, serverTask.O)({
            transport: deps.transport,
            env: deps.env,
            fileApi: deps.hosts.fileApi
          }, {
            request: {
              method: "POST",
              url: customSourceBase(deps.hosts) + "/store",
              headers: {
                "Content-Type": "application/json"
              },
              body: JSON.stringify(body)
            },
            where: where,
            filename: source.path.replace(/^.*\//, "") || "file",
            mapError: function(e) {
              return withServerMessage(e, where);
            }
          }, events, opts);
        }
        var lazy = __webpack_require__(4734);
        function consoleDebug(message) {
          if (typeof console !== "undefined" && typeof console.debug === "function") console.debug(message);
        }
        function createUploader(config) {
          (0, inputChecks.Bl)(config);
          var base = (0, options.$i)((0, tslib_es6.Cl)({
            partSize: config.partSize,
            maxConcurrentUploads: config.maxConcurrentUploads,
            retryOptions: config.retryOptions,
            resume: config.resume
          }, config.tuning || {}));
          var env = config.env || defaultEnvironment({
            workerUrl: config.workerUrl
          });
          var transport = config.transport || (0, defaultTransport.JT)();
          var queue = new upload_queue.t(base.maxConcurrentUploads);
          var debug = config.debug || consoleDebug;
          var hasher = createHasher(env, base.maxConcurrentUploads, env.md5Workers, debug);
          var resumeStore = config.resumeStore;
          var deps = {
            transport: transport,
            env: env,
            hosts: config.hosts,
            apikey: config.apikey,
            security: config.security,
            queue: queue,
            hasher: hasher,
            resumeStore: resumeStore,
            debug: debug
          };
          return {
            upload: function(file, store, events, overrides) {
              var opts = overrides ? (0, options.$i)(overrides, base) : base;
              var source = (0, upload_source.Z)(file);
              (0, upload_source.O)(source);
              return runUpload(deps, source, store || {}, events || {}, opts);
            },
            storeUrl: function(url, store, events) {
              return runStoreUrl(deps, url, store || {}, events || {}, base);
            },
            listSource: function(container, path, cursor) {
              return listSource(deps, container, path, cursor, base);
            },
            storeFromSource: function(source, store, events) {
              return runStoreFromSource(deps, source, store || {}, events || {}, base);
            },
            discard: function(stored) {
              return runDiscard(deps, stored, base);
            },
            cloud: (0, lazy.c)({
              transport: transport,
              env: env,
              hosts: config.hosts,
              apikey: config.apikey,
              security: config.security,
              session: config.cloud || {}
            }, base)
          };
        }
      },
      857: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          Bl: function() {
            return checkUploaderConfig;
          },
          L1: function() {
            return checkStoreUrl;
          },
          RP: function() {
            return checkSourceRef;
          }
        });
        var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4703);
        function checkUploaderConfig(config) {
          if (!config || typeof config.apikey !== "string" || !config.apikey) {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__.yI("apikey", _core_errors__WEBPACK_IMPORTED_MODULE_0__.H3 + "`apikey` must be a non-empty string, got " + (config ? typeof config.apikey : "no configuration"));
          }
          if (!config.hosts || typeof config.hosts.uploadApi !== "string") {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__.yI("hosts", _core_errors__WEBPACK_IMPORTED_MODULE_0__.H3 + "`hosts` must be a Hosts object with `uploadApi`, `fileApi` and `storeApi`");
          }
        }
        function checkStoreUrl(url) {
          if (typeof url !== "string" || !/^https?:\/\/\S+$/i.test(url)) {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__.yI("url", _core_errors__WEBPACK_IMPORTED_MODULE_0__.H3 + "`url` must be an http(s) URL, got " + (typeof url === "string" ? '"' + url + '"' : typeof url));
          }
        }
        function checkSourceRef(container, path, needPath) {
          if (typeof container !== "string" || !container) {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__.yI("customSourceContainer", _core_errors__WEBPACK_IMPORTED_MODULE_0__.H3 + "`customSourceContainer` must be a bucket name, got " + (typeof container === "string" ? '""' : typeof container));
          }
          if (typeof path !== "string" || needPath && !path) {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__.yI("path", _core_errors__WEBPACK_IMPORTED_MODULE_0__.H3 + "`path` must be " + (needPath ? "the key of a file" : "a folder (key prefix)") + " of the custom source, got " + typeof path);
          }
        }
      },
      373: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          OG: function() {
            return hexToBase64;
          },
          Ul: function() {
            return HASH_SLICE;
          },
          gm: function() {
            return readBlob;
          }
        });
        var HASH_SLICE = 1024 * 1024;
        var B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        function hexToBase64(hex) {
          var bytes = [];
          for (var i = 0; i + 1 < hex.length; i += 2) bytes.push(parseInt(hex.substr(i, 2), 16));
          var out = "";
          for (var i = 0; i < bytes.length; i += 3) {
            var n = bytes[i] << 16 | (bytes[i + 1] || 0) << 8 | (bytes[i + 2] || 0);
            out += B64.charAt(n >> 18 & 63) + B64.charAt(n >> 12 & 63);
            out += i + 1 < bytes.length ? B64.charAt(n >> 6 & 63) : "=";
            out += i + 2 < bytes.length ? B64.charAt(n & 63) : "=";
          }
          return out;
        }
        function readBlob(blob) {
          var own = blob;
          if (typeof own.arrayBuffer === "function") return blob.arrayBuffer();
          return new Promise(function(resolve, reject) {
            var reader = new FileReader;
            reader.onload = function() {
              resolve(reader.result);
            };
            reader.onerror = function() {
              reject(reader.error || new Error("could not read the file"));
            };
            reader.readAsArrayBuffer(blob);
          });
        }
      },
      3782: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          $i: function() {
            return resolveOptions;
          },
          Dr: function() {
            return MAX_AUTO_PART_SIZE;
          },
          kq: function() {
            return partRanges;
          },
          mm: function() {
            return choosePartSize;
          }
        });
        var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4703);
        var _core_describe__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(393);
        var _core_http_retryPolicy__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4743);
        var MIB = 1024 * 1024;
        var MIN_PART_SIZE = 5 * MIB;
        var MAX_PARTS = 1e4;
        var DEFAULT_OPTIONS = {
          partSize: MIN_PART_SIZE,
          partSizeAuto: true,
          maxConcurrentUploads: 5,
          retryOptions: _core_http_retryPolicy__WEBPACK_IMPORTED_MODULE_2__.vI,
          stallTimeoutMs: 3e4,
          requestTimeoutMs: 12e4,
          maxUrlRenewals: 3,
          maxCompletePolls: 60,
          progressIntervalMs: 16,
          resume: true,
          resumeTtlMs: 24 * 60 * 60 * 1e3
        };
        function wholeNumber(name, v, min) {
          if (typeof v !== "number" || !isFinite(v) || Math.floor(v) !== v || v < min) {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__.yI(name, _core_errors__WEBPACK_IMPORTED_MODULE_0__.H3 + "`" + name + "` must be a whole number of at least " + min + ", got " + (0, 
            _core_describe__WEBPACK_IMPORTED_MODULE_1__.b)(v));
          }
          return v;
        }
        function positiveNumber(name, v, min) {
          if (typeof v !== "number" || !isFinite(v) || v < min) {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__.yI(name, _core_errors__WEBPACK_IMPORTED_MODULE_0__.H3 + "`" + name + "` must be a number of at least " + min + ", got " + (0, 
            _core_describe__WEBPACK_IMPORTED_MODULE_1__.b)(v));
          }
          return v;
        }
        function flag(name, v) {
          if (typeof v !== "boolean") throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__.yI(name, _core_errors__WEBPACK_IMPORTED_MODULE_0__.H3 + "`" + name + "` must be true or false, got " + (0, 
          _core_describe__WEBPACK_IMPORTED_MODULE_1__.b)(v));
          return v;
        }
        function resolveOptions(input, base) {
          if (base === void 0) {
            base = DEFAULT_OPTIONS;
          }
          var i = input || {};
          var pick = function(v, d) {
            return v === undefined ? d : v;
          };
          var r = i.retryOptions;
          if (r !== undefined && (r === null || typeof r !== "object")) {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__.yI("retryOptions", _core_errors__WEBPACK_IMPORTED_MODULE_0__.H3 + "`retryOptions` must be an object like {retries, factor, minTimeout, maxTimeout}, got " + (0, 
            _core_describe__WEBPACK_IMPORTED_MODULE_1__.b)(r));
          }
          var rr = r || {};
          var retryOptions = {
            retries: wholeNumber("retryOptions.retries", pick(rr.retries, base.retryOptions.retries), 0),
            factor: positiveNumber("retryOptions.factor", pick(rr.factor, base.retryOptions.factor), 1),
            minTimeout: positiveNumber("retryOptions.minTimeout", pick(rr.minTimeout, base.retryOptions.minTimeout), 0),
            maxTimeout: positiveNumber("retryOptions.maxTimeout", pick(rr.maxTimeout, base.retryOptions.maxTimeout), 0)
          };
          var failuresCap = pick(rr.maxFailures, base.retryOptions.maxFailures);
          if (failuresCap !== undefined) retryOptions.maxFailures = wholeNumber("retryOptions.maxFailures", failuresCap, 1);
          if (retryOptions.maxTimeout < retryOptions.minTimeout) {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__.yI("retryOptions.maxTimeout", _core_errors__WEBPACK_IMPORTED_MODULE_0__.H3 + "`retryOptions.maxTimeout` (" + retryOptions.maxTimeout + ") must not be below `retryOptions.minTimeout` (" + retryOptions.minTimeout + ")");
          }
          var partSize = pick(i.partSize, base.partSize);
          if (typeof partSize !== "number" || !isFinite(partSize) || Math.floor(partSize) !== partSize || partSize < MIN_PART_SIZE) {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__.yI("partSize", _core_errors__WEBPACK_IMPORTED_MODULE_0__.H3 + "`partSize` must be a whole number of bytes of at least 5 MiB (" + MIN_PART_SIZE + "), got " + (0, 
            _core_describe__WEBPACK_IMPORTED_MODULE_1__.b)(partSize));
          }
          return {
            partSize: partSize,
            partSizeAuto: i.partSize === undefined ? base.partSizeAuto : false,
            maxConcurrentUploads: wholeNumber("maxConcurrentUploads", pick(i.maxConcurrentUploads, base.maxConcurrentUploads), 1),
            retryOptions: retryOptions,
            stallTimeoutMs: positiveNumber("stallTimeoutMs", pick(i.stallTimeoutMs, base.stallTimeoutMs), 1),
            requestTimeoutMs: positiveNumber("requestTimeoutMs", pick(i.requestTimeoutMs, base.requestTimeoutMs), 1),
            maxUrlRenewals: wholeNumber("maxUrlRenewals", pick(i.maxUrlRenewals, base.maxUrlRenewals), 0),
            maxCompletePolls: wholeNumber("maxCompletePolls", pick(i.maxCompletePolls, base.maxCompletePolls), 1),
            progressIntervalMs: positiveNumber("progressIntervalMs", pick(i.progressIntervalMs, base.progressIntervalMs), 0),
            resume: flag("resume", pick(i.resume, base.resume)),
            resumeTtlMs: positiveNumber("resumeTtlMs", pick(i.resumeTtlMs, base.resumeTtlMs), 1)
          };
        }
        function effectivePartSize(fileSize, requested) {
          return Math.max(requested, Math.ceil(fileSize / MAX_PARTS));
        }
        var MAX_AUTO_PART_SIZE = 32 * MIB;
        var AUTO_PARTS_PER_SLOT = 2;
        function choosePartSize(fileSize, opts, autoMax) {
          var size = opts.partSize;
          if (opts.partSizeAuto && autoMax > size) {
            var perSlot = Math.ceil(fileSize / (opts.maxConcurrentUploads * AUTO_PARTS_PER_SLOT) / MIB) * MIB;
            size = Math.min(autoMax, Math.max(size, perSlot));
          }
          return effectivePartSize(fileSize, size);
        }
        function partRanges(fileSize, partSize) {
          var out = [];
          for (var start = 0, n = 1; start < fileSize; start += partSize, n++) {
            out.push({
              number: n,
              start: start,
              end: Math.min(fileSize, start + partSize)
            });
          }
          return out;
        }
      },
      3126: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          Dx: function() {
            return parsePartTargets;
          },
          E3: function() {
            return uploadBody;
          },
          EG: function() {
            return newStartKey;
          },
          T1: function() {
            return abortBody;
          },
          Tw: function() {
            return parseStored;
          },
          Y4: function() {
            return completeBody;
          },
          bg: function() {
            return startBody;
          },
          cG: function() {
            return partToResend;
          },
          lV: function() {
            return postHeaders;
          },
          oZ: function() {
            return parseStart;
          },
          qF: function() {
            return parseJson;
          },
          wq: function() {
            return storeBody;
          }
        });
        var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4703);
        function storeBody(store) {
          var out = {
            location: store.location || "s3"
          };
          if (store.region) out.region = store.region;
          if (store.container) out.container = store.container;
          if (store.path) out.path = store.path;
          if (store.access) out.access = store.access;
          if (store.filename) out.filename = store.filename;
          return out;
        }
        function withAuth(base, body) {
          body.apikey = base.apikey;
          body.store = storeBody(base.store);
          if (base.security && base.security.policy) body.policy = base.security.policy;
          if (base.security && base.security.signature) body.signature = base.security.signature;
          return body;
        }
        function ids(s) {
          return {
            uri: s.uri,
            region: s.region,
            upload_id: s.uploadId
          };
        }
        function startBody(base, file, startKey) {
          var b = {
            filename: file.filename,
            mimetype: file.mimetype,
            size: file.size
          };
          if (startKey) b.idempotency_key = startKey;
          return JSON.stringify(withAuth(base, b));
        }
        function newStartKey(now, random) {
          var alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
          var out = now.toString(36);
          while (out.length < 24) out += alphabet.charAt(Math.floor(random() * alphabet.length) % alphabet.length);
          return out.slice(0, 24);
        }
        function partToResend(status, body) {
          if (status !== 400 || !body) return null;
          var m = /parts: part (\d+)(?::| is not in storage)/.exec(body);
          return m ? Number(m[1]) : null;
        }
        function uploadBody(base, s, part, size, md5, batch) {
          var b = ids(s);
          b.part = part;
          b.size = size;
          b.md5 = md5;
          if (batch && batch.length) b.batch = batch;
          return JSON.stringify(withAuth(base, b));
        }
        function completeBody(base, s, file, etags) {
          var b = ids(s);
          b.filename = file.filename;
          b.mimetype = file.mimetype;
          b.size = file.size;
          var parts = [];
          for (var i = 0; i < etags.length; i++) parts.push({
            part_number: i + 1,
            etag: etags[i]
          });
          b.parts = parts;
          return JSON.stringify(withAuth(base, b));
        }
        function abortBody(base, s) {
          return JSON.stringify(withAuth(base, ids(s)));
        }
        function postHeaders(s) {
          var h = {
            "Content-Type": "application/json"
          };
          if (s && s.locationRegion) h["Filestack-Upload-Region"] = s.locationRegion;
          return h;
        }
        function parseJson(text, where) {
          try {
            var v = JSON.parse(text);
            if (v && typeof v === "object") return v;
          } catch (_a) {}
          throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__.Js(_core_errors__WEBPACK_IMPORTED_MODULE_0__.H3 + where + " answered something that is not a JSON object: " + String(text).slice(0, 200));
        }
        function requireString(obj, field, where) {
          var v = obj[field];
          if (typeof v !== "string" || !v) throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__.Js(_core_errors__WEBPACK_IMPORTED_MODULE_0__.H3 + where + " answered without `" + field + "`");
          return v;
        }
        function parseStart(text, uploadApi) {
          var where = "the start request (/multipart/start)";
          var o = parseJson(text, where);
          var loc = requireString(o, "location_url", where);
          var scheme = /^(https?:)\/\//i.exec(uploadApi);
          var locationUrl = (/^https?:\/\//i.test(loc) ? loc : (scheme ? scheme[1] : "https:") + "//" + loc).replace(/\/+$/, "");
          var out = {
            uri: requireString(o, "uri", where),
            region: requireString(o, "region", where),
            uploadId: requireString(o, "upload_id", where),
            locationUrl: locationUrl,
            locationRegion: typeof o.location_region === "string" && o.location_region ? o.location_region : undefined
          };
          var batch = o.part_urls_batch;
          if (typeof batch === "number" && batch >= 1 && batch % 1 === 0) out.batchParts = Math.min(batch, 16);
          return out;
        }
        function readHeaders(h) {
          var headers = {};
          if (h && typeof h === "object") {
            for (var k in h) {
              if (Object.prototype.hasOwnProperty.call(h, k) && h[k] != null) headers[k] = String(h[k]);
            }
          }
          return headers;
        }
        function parsePartTarget(text, part) {
          return parsePartTargets(text, part).target;
        }
        function parsePartTargets(text, part) {
          var where = "the upload request of part " + part + " (/multipart/upload)";
          var o = parseJson(text, where);
          var target = {
            url: requireString(o, "url", where),
            headers: readHeaders(o.headers)
          };
          var batch = {};
          var list = o.batch;
          if (list && typeof list === "object" && typeof list.length === "number") {
            for (var i = 0; i < list.length; i++) {
              var e = list[i];
              if (e && typeof e === "object" && typeof e.part === "number" && typeof e.url === "string" && e.url) {
                batch[e.part] = {
                  url: e.url,
                  headers: readHeaders(e.headers)
                };
              }
            }
          }
          return {
            target: target,
            batch: batch
          };
        }
        function parseStored(text, fileApi, where, fallback) {
          var o = parseJson(text, where);
          var handle = typeof o.handle === "string" ? o.handle : "";
          if (!handle && typeof o.url === "string") {
            var m = /\/([^/?#]+)\/?(?:[?#].*)?$/.exec(o.url);
            if (m) handle = m[1];
          }
          if (!handle) throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__.Js(_core_errors__WEBPACK_IMPORTED_MODULE_0__.H3 + where + " answered without `handle`");
          var out = {
            handle: handle,
            url: fileApi.replace(/\/+$/, "") + "/" + handle,
            filename: typeof o.filename === "string" ? o.filename : fallback.filename,
            mimetype: typeof o.mimetype === "string" ? o.mimetype : typeof o.type === "string" ? o.type : fallback.mimetype,
            size: typeof o.size === "number" ? o.size : typeof o.size === "string" && o.size ? Number(o.size) : fallback.size
          };
          if (typeof o.key === "string") out.key = o.key;
          if (typeof o.container === "string") out.container = o.container;
          if (typeof o.path === "string") out.path = o.path;
          if (typeof o.status === "string") out.status = o.status;
          return out;
        }
      },
      6643: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          t: function() {
            return PartQueue;
          }
        });
        var PartQueue = function() {
          function PartQueue(limit) {
            this.limit = limit;
            this.running = 0;
            this.waiting = [];
          }
          PartQueue.prototype.acquire = function(grant) {
            var _this = this;
            var done = false;
            var release = function() {
              if (done) return;
              done = true;
              _this.running--;
              _this.next();
            };
            var start = function() {
              _this.running++;
              grant(release);
            };
            if (this.running < this.limit && this.waiting.length === 0) {
              start();
              return function() {};
            }
            this.waiting.push(start);
            return function() {
              var i = _this.waiting.indexOf(start);
              if (i >= 0) _this.waiting.splice(i, 1);
            };
          };
          Object.defineProperty(PartQueue.prototype, "active", {
            get: function() {
              return this.running;
            },
            enumerable: false,
            configurable: true
          });
          PartQueue.prototype.next = function() {
            while (this.running < this.limit && this.waiting.length) {
              var w = this.waiting.shift();
              w();
            }
          };
          return PartQueue;
        }();
      },
      911: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          GV: function() {
            return noResumeStore;
          },
          Ik: function() {
            return hasIndexedDb;
          },
          _d: function() {
            return isExpired;
          }
        });
        function hasIndexedDb() {
          try {
            return typeof indexedDB !== "undefined" && !!indexedDB;
          } catch (_a) {
            return false;
          }
        }
        var noResumeStore = {
          available: false,
          get: function() {
            return Promise.resolve(null);
          },
          put: function() {
            return Promise.resolve();
          },
          remove: function() {
            return Promise.resolve();
          },
          prune: function() {
            return Promise.resolve();
          }
        };
        function isExpired(record, now) {
          var expires = record && typeof record === "object" ? record.expires : undefined;
          return typeof expires !== "number" || !(expires > now);
        }
        var MemoryResumeStore = function() {
          function MemoryResumeStore(records) {
            this.available = true;
            this.records = records || {};
          }
          MemoryResumeStore.prototype.reopened = function() {
            return new MemoryResumeStore(this.records);
          };
          MemoryResumeStore.prototype.get = function(key) {
            return Promise.resolve(this.has(key) ? JSON.parse(this.records[key]) : null);
          };
          MemoryResumeStore.prototype.put = function(entry) {
            this.records[entry.key] = JSON.stringify(entry);
            return Promise.resolve();
          };
          MemoryResumeStore.prototype.remove = function(key) {
            delete this.records[key];
            return Promise.resolve();
          };
          MemoryResumeStore.prototype.prune = function(now) {
            var keys = this.keys();
            for (var i = 0; i < keys.length; i++) if (isExpired(JSON.parse(this.records[keys[i]]), now)) delete this.records[keys[i]];
            return Promise.resolve();
          };
          MemoryResumeStore.prototype.entries = function() {
            var keys = this.keys();
            var out = [];
            for (var i = 0; i < keys.length; i++) out.push(JSON.parse(this.records[keys[i]]));
            return out;
          };
          MemoryResumeStore.prototype.keys = function() {
            var out = [];
            for (var k in this.records) if (this.has(k)) out.push(k);
            return out;
          };
          MemoryResumeStore.prototype.has = function(key) {
            return Object.prototype.hasOwnProperty.call(this.records, key);
          };
          return MemoryResumeStore;
        }();
      },
      3268: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          O: function() {
            return runServerTask;
          }
        });
        var tslib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1635);
        var _core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4703);
        var _core_http_signal__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(671);
        var _core_http_retry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3333);
        var _protocol__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3126);
        function runServerTask(deps, task, events, opts) {
          var abort = new _core_http_signal__WEBPACK_IMPORTED_MODULE_2__.aP;
          var finished = false;
          var promise = new Promise(function(resolve, reject) {
            abort.onAbort(function() {
              if (!finished) {
                finished = true;
                reject(new _core_errors__WEBPACK_IMPORTED_MODULE_1__.lc);
              }
            });
            deps.env.setTimeout(function() {
              if (finished) return;
              if (events.onStart) events.onStart();
              (0, _core_http_retry__WEBPACK_IMPORTED_MODULE_3__.bD)({
                env: deps.env,
                retry: opts.retryOptions,
                onRetry: events.onRetry
              }, abort, function() {
                return (0, _core_http_retry__WEBPACK_IMPORTED_MODULE_3__.E4)(deps.transport, (0, 
                tslib__WEBPACK_IMPORTED_MODULE_0__.Cl)((0, tslib__WEBPACK_IMPORTED_MODULE_0__.Cl)({}, task.request), {
                  timeoutMs: opts.requestTimeoutMs,
                  signal: abort
                }), task.where);
              }).then(function(res) {
                var stored = task.parse ? task.parse(res.text) : (0, _protocol__WEBPACK_IMPORTED_MODULE_4__.Tw)(res.text, deps.fileApi, task.where, {
                  filename: task.filename,
                  mimetype: "application/octet-stream",
                  size: 0
                });
                if (finished) return;
                finished = true;
                if (events.onProgress) events.onProgress({
                  loaded: stored.size,
                  total: stored.size
                });
                resolve(stored);
              }).then(undefined, function(e) {
                if (finished) return;
                finished = true;
                reject(task.mapError ? task.mapError(e) : e);
              });
            }, 0);
          });
          return {
            promise: promise,
            cancel: function() {
              abort.abort();
            },
            pause: function() {},
            resume: function() {}
          };
        }
      },
      6183: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          O: function() {
            return validateSource;
          },
          Z: function() {
            return toSource;
          }
        });
        var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4703);
        function validateSource(file) {
          var f = file;
          if (!f || typeof f !== "object" || typeof f.size !== "number" || typeof f.slice !== "function") {
            throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__.yI("file", _core_errors__WEBPACK_IMPORTED_MODULE_0__.H3 + "`file` must be a File or Blob (in Node also a Buffer or Uint8Array), got " + (f === null ? "null" : typeof f));
          }
          if (f.size === 0) throw new _core_errors__WEBPACK_IMPORTED_MODULE_0__.yI("file", _core_errors__WEBPACK_IMPORTED_MODULE_0__.H3 + "`file` is empty (0 bytes): there is nothing to upload");
          return f;
        }
        function toSource(file) {
          if (file && typeof Uint8Array !== "undefined" && file instanceof Uint8Array && typeof Blob !== "undefined") {
            var bytes_1 = file;
            var view = {
              size: bytes_1.byteLength,
              type: "",
              slice: function(start, end) {
                return new Blob([ new Uint8Array(bytes_1.subarray(start || 0, end === undefined ? bytes_1.byteLength : end)) ]);
              }
            };
            return view;
          }
          return validateSource(file);
        }
      },
      5237: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          Ko: function() {
            return checkDropPane;
          },
          LT: function() {
            return setResponsiveOptions;
          },
          RU: function() {
            return checkResponsive;
          },
          SA: function() {
            return WIDGET_SELECTORS;
          },
          Yc: function() {
            return canDragDrop;
          },
          or: function() {
            return checkConstructWidget;
          }
        });
        var _legacy_FilepickerException__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4119);
        var _state__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8503);
        var _core_describe__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(393);
        var _core_wellFormed__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7307);
        var WIDGET_SELECTORS = [ 'input[type="filepicker"]', 'input[type="filepicker-dragdrop"]', 'input[type="filepicker-convert"]', "button[data-fp-url]", "a[data-fp-url]", 'input[type="button"][data-fp-url]', '[type="filepicker-preview"][data-fp-url]' ];
        function canDragDrop(win) {
          var w = win;
          var ua = w.navigator && w.navigator.userAgent || "";
          return (!!w.FileReader || ua.indexOf("Safari") >= 0) && "draggable" in win.document.createElement("span");
        }
        function checkConstructWidget(args) {
          var el = args[0];
          if (el && el.jquery) el = el[0];
          if (!el || typeof el.getAttribute !== "function" || !el.attributes || typeof el.attributes.length !== "number") {
            throw new _legacy_FilepickerException__WEBPACK_IMPORTED_MODULE_0__.G("filepicker: `constructWidget` needs a DOM element or a jQuery object holding one, got " + (el === null ? "null" : typeof el));
          }
          return el;
        }
        var DROP_LISTS = [ "mimetype", "mimetypes", "extension", "extensions" ];
        var DROP_NUMBERS = [ "maxSize", "maxFiles" ];
        function checkDropOptions(options) {
          if (!options || typeof options !== "object") return;
          var o = options;
          for (var i = 0; i < DROP_LISTS.length; i++) {
            var v = o[DROP_LISTS[i]];
            var items = Object.prototype.toString.call(v) === "[object Array]" ? v : [ v ];
            for (var j = 0; j < items.length; j++) {
              if (items[j] != null && (0, _core_wellFormed__WEBPACK_IMPORTED_MODULE_3__.b)(items[j]) === undefined) throw new _legacy_FilepickerException__WEBPACK_IMPORTED_MODULE_0__.G("filepicker: `makeDropPane` option `" + DROP_LISTS[i] + "` must be text or a list of texts, got " + (0, 
              _core_describe__WEBPACK_IMPORTED_MODULE_2__.b)(items[j]));
            }
          }
          for (var i = 0; i < DROP_NUMBERS.length; i++) {
            var v = o[DROP_NUMBERS[i]];
            if (v != null && !numberable(v)) throw new _legacy_FilepickerException__WEBPACK_IMPORTED_MODULE_0__.G("filepicker: `makeDropPane` option `" + DROP_NUMBERS[i] + "` must be a number, got " + (0, 
            _core_describe__WEBPACK_IMPORTED_MODULE_2__.b)(v));
          }
        }
        function numberable(v) {
          try {
            Number(v);
            return true;
          } catch (_e) {
            return false;
          }
        }
        function checkDropPane(args) {
          var div = args[0];
          var missing = "No DOM element found to create drop pane";
          if (!div) throw new _legacy_FilepickerException__WEBPACK_IMPORTED_MODULE_0__.G(missing);
          if (div.jquery) {
            if (!div.length) throw new _legacy_FilepickerException__WEBPACK_IMPORTED_MODULE_0__.G(missing);
            div = div[0];
          }
          if (!div || typeof div.addEventListener !== "function" || typeof div.setAttribute !== "function") throw new _legacy_FilepickerException__WEBPACK_IMPORTED_MODULE_0__.G(missing);
          checkDropOptions(args[1]);
          return div;
        }
        function checkResponsive(args) {
          if (args.length === 0 || args[0] === undefined) return;
          var el = args[0];
          if (!el || typeof el !== "object" || typeof el.nodeName !== "string" || el.nodeName.toUpperCase() !== "IMG") throw new _legacy_FilepickerException__WEBPACK_IMPORTED_MODULE_0__.G("Passed object is not an image");
        }
        function setResponsiveOptions(ctx, args) {
          var options = args[0] || {};
          if (typeof options !== "object") throw new _legacy_FilepickerException__WEBPACK_IMPORTED_MODULE_0__.G("Responsive options must be an object.");
          (0, _state__WEBPACK_IMPORTED_MODULE_1__.L4)(ctx).responsiveOptions = options;
        }
      },
      2716: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          K: function() {
            return liveAttributes;
          },
          e: function() {
            return snapshotOf;
          }
        });
        function liveAttributes(el) {
          var out = {};
          var attrs = el.attributes;
          for (var i = 0; i < attrs.length; i++) {
            var name_1 = attrs[i].name.toLowerCase();
            if (name_1.indexOf("data-fp-") === 0 && !Object.prototype.hasOwnProperty.call(out, name_1)) out[name_1] = attrs[i].value;
          }
          return out;
        }
        function snapshotOf(el) {
          return {
            type: (el.getAttribute("type") || "").toLowerCase(),
            attrs: liveAttributes(el)
          };
        }
      },
      8503: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          L4: function() {
            return stateOf;
          },
          Ou: function() {
            return windowOf;
          },
          yA: function() {
            return consoleError;
          }
        });
        var WidgetState = function() {
          function WidgetState() {
            this.responsiveOptions = {};
            this.resizeHooked = false;
            this.keyErrorShown = false;
          }
          return WidgetState;
        }();
        var registry = [];
        function stateOf(ctx) {
          for (var i = 0; i < registry.length; i++) if (registry[i].ctx === ctx) return registry[i].state;
          var state = new WidgetState;
          registry.push({
            ctx: ctx,
            state: state
          });
          return state;
        }
        function windowOf(ctx) {
          return ctx.window();
        }
        function consoleError(message) {
          if (typeof console !== "undefined" && console.error) console.error(message);
        }
      },
      7966: function(module, __unused_webpack_exports, __webpack_require__) {
        "use strict";
        var boot = __webpack_require__(3760).z;
        module.exports = boot(function() {
          return __webpack_require__(9592).A;
        }, function() {
          __webpack_require__(3435).G();
        });
      },
      1635: function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          C6: function() {
            return __extends;
          },
          Cl: function() {
            return __assign;
          },
          Tt: function() {
            return __rest;
          }
        });
        var extendStatics = function(d, b) {
          extendStatics = Object.setPrototypeOf || {
            __proto__: []
          } instanceof Array && function(d, b) {
            d.__proto__ = b;
          } || function(d, b) {
            for (var p in b) if (Object.prototype.hasOwnProperty.call(b, p)) d[p] = b[p];
          };
          return extendStatics(d, b);
        };
        function __extends(d, b) {
          if (typeof b !== "function" && b !== null) throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
          extendStatics(d, b);
          function __() {
            this.constructor = d;
          }
          d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __);
        }
        var __assign = function() {
          __assign = Object.assign || function __assign(t) {
            for (var s, i = 1, n = arguments.length; i < n; i++) {
              s = arguments[i];
              for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p)) t[p] = s[p];
            }
            return t;
          };
          return __assign.apply(this, arguments);
        };
        function __rest(s, e) {
          var t = {};
          for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p) && e.indexOf(p) < 0) t[p] = s[p];
          if (s != null && typeof Object.getOwnPropertySymbols === "function") for (var i = 0, p = Object.getOwnPropertySymbols(s); i < p.length; i++) {
            if (e.indexOf(p[i]) < 0 && Object.prototype.propertyIsEnumerable.call(s, p[i])) t[p[i]] = s[p[i]];
          }
          return t;
        }
        function __decorate(decorators, target, key, desc) {
          var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
          if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc); else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
          return c > 3 && r && Object.defineProperty(target, key, r), r;
        }
        function __param(paramIndex, decorator) {
          return function(target, key) {
            decorator(target, key, paramIndex);
          };
        }
        function __esDecorate(ctor, descriptorIn, decorators, contextIn, initializers, extraInitializers) {
          function accept(f) {
            if (f !== void 0 && typeof f !== "function") throw new TypeError("Function expected");
            return f;
          }
          var kind = contextIn.kind, key = kind === "getter" ? "get" : kind === "setter" ? "set" : "value";
          var target = !descriptorIn && ctor ? contextIn["static"] ? ctor : ctor.prototype : null;
          var descriptor = descriptorIn || (target ? Object.getOwnPropertyDescriptor(target, contextIn.name) : {});
          var _, done = false;
          for (var i = decorators.length - 1; i >= 0; i--) {
            var context = {};
            for (var p in contextIn) context[p] = p === "access" ? {} : contextIn[p];
            for (var p in contextIn.access) context.access[p] = contextIn.access[p];
            context.addInitializer = function(f) {
              if (done) throw new TypeError("Cannot add initializers after decoration has completed");
              extraInitializers.push(accept(f || null));
            };
            var result = (0, decorators[i])(kind === "accessor" ? {
              get: descriptor.get,
              set: descriptor.set
            } : descriptor[key], context);
            if (kind === "accessor") {
              if (result === void 0) continue;
              if (result === null || typeof result !== "object") throw new TypeError("Object expected");
              if (_ = accept(result.get)) descriptor.get = _;
              if (_ = accept(result.set)) descriptor.set = _;
              if (_ = accept(result.init)) initializers.unshift(_);
            } else if (_ = accept(result)) {
              if (kind === "field") initializers.unshift(_); else descriptor[key] = _;
            }
          }
          if (target) Object.defineProperty(target, contextIn.name, descriptor);
          done = true;
        }
        function __runInitializers(thisArg, initializers, value) {
          var useValue = arguments.length > 2;
          for (var i = 0; i < initializers.length; i++) {
            value = useValue ? initializers[i].call(thisArg, value) : initializers[i].call(thisArg);
          }
          return useValue ? value : void 0;
        }
        function __propKey(x) {
          return typeof x === "symbol" ? x : "".concat(x);
        }
        function __setFunctionName(f, name, prefix) {
          if (typeof name === "symbol") name = name.description ? "[".concat(name.description, "]") : "";
          return Object.defineProperty(f, "name", {
            configurable: true,
            value: prefix ? "".concat(prefix, " ", name) : name
          });
        }
        function __metadata(metadataKey, metadataValue) {
          if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(metadataKey, metadataValue);
        }
        function __awaiter(thisArg, _arguments, P, generator) {
          function adopt(value) {
            return value instanceof P ? value : new P(function(resolve) {
              resolve(value);
            });
          }
          return new (P || (P = Promise))(function(resolve, reject) {
            function fulfilled(value) {
              try {
                step(generator.next(value));
              } catch (e) {
                reject(e);
              }
            }
            function rejected(value) {
              try {
                step(generator["throw"](value));
              } catch (e) {
                reject(e);
              }
            }
            function step(result) {
              result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
            }
            step((generator = generator.apply(thisArg, _arguments || [])).next());
          });
        }
        function __generator(thisArg, body) {
          var _ = {
            label: 0,
            sent: function() {
              if (t[0] & 1) throw t[1];
              return t[1];
            },
            trys: [],
            ops: []
          }, f, y, t, g = Object.create((typeof Iterator === "function" ? Iterator : Object).prototype);
          return g.next = verb(0), g["throw"] = verb(1), g["return"] = verb(2), typeof Symbol === "function" && (g[Symbol.iterator] = function() {
            return this;
          }), g;
          function verb(n) {
            return function(v) {
              return step([ n, v ]);
            };
          }
          function step(op) {
            if (f) throw new TypeError("Generator is already executing.");
            while (g && (g = 0, op[0] && (_ = 0)), _) try {
              if (f = 1, y && (t = op[0] & 2 ? y["return"] : op[0] ? y["throw"] || ((t = y["return"]) && t.call(y), 
              0) : y.next) && !(t = t.call(y, op[1])).done) return t;
              if (y = 0, t) op = [ op[0] & 2, t.value ];
              switch (op[0]) {
               case 0:
               case 1:
                t = op;
                break;

               case 4:
                _.label++;
                return {
                  value: op[1],
                  done: false
                };

               case 5:
                _.label++;
                y = op[1];
                op = [ 0 ];
                continue;

               case 7:
                op = _.ops.pop();
                _.trys.pop();
                continue;

               default:
                if (!(t = _.trys, t = t.length > 0 && t[t.length - 1]) && (op[0] === 6 || op[0] === 2)) {
                  _ = 0;
                  continue;
                }
                if (op[0] === 3 && (!t || op[1] > t[0] && op[1] < t[3])) {
                  _.label = op[1];
                  break;
                }
                if (op[0] === 6 && _.label < t[1]) {
                  _.label = t[1];
                  t = op;
                  break;
                }
                if (t && _.label < t[2]) {
                  _.label = t[2];
                  _.ops.push(op);
                  break;
                }
                if (t[2]) _.ops.pop();
                _.trys.pop();
                continue;
              }
              op = body.call(thisArg, _);
            } catch (e) {
              op = [ 6, e ];
              y = 0;
            } finally {
              f = t = 0;
            }
            if (op[0] & 5) throw op[1];
            return {
              value: op[0] ? op[1] : void 0,
              done: true
            };
          }
        }
        var __createBinding = Object.create ? function(o, m, k, k2) {
          if (k2 === undefined) k2 = k;
          var desc = Object.getOwnPropertyDescriptor(m, k);
          if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
            desc = {
              enumerable: true,
              get: function() {
                return m[k];
              }
            };
          }
          Object.defineProperty(o, k2, desc);
        } : function(o, m, k, k2) {
          if (k2 === undefined) k2 = k;
          o[k2] = m[k];
        };
        function __exportStar(m, o) {
          for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(o, p)) __createBinding(o, m, p);
        }
        function __values(o) {
          var s = typeof Symbol === "function" && Symbol.iterator, m = s && o[s], i = 0;
          if (m) return m.call(o);
          if (o && typeof o.length === "number") return {
            next: function() {
              if (o && i >= o.length) o = void 0;
              return {
                value: o && o[i++],
                done: !o
              };
            }
          };
          throw new TypeError(s ? "Object is not iterable." : "Symbol.iterator is not defined.");
        }
        function __read(o, n) {
          var m = typeof Symbol === "function" && o[Symbol.iterator];
          if (!m) return o;
          var i = m.call(o), r, ar = [], e;
          try {
            while ((n === void 0 || n-- > 0) && !(r = i.next()).done) ar.push(r.value);
          } catch (error) {
            e = {
              error: error
            };
          } finally {
            try {
              if (r && !r.done && (m = i["return"])) m.call(i);
            } finally {
              if (e) throw e.error;
            }
          }
          return ar;
        }
        function __spread() {
          for (var ar = [], i = 0; i < arguments.length; i++) ar = ar.concat(__read(arguments[i]));
          return ar;
        }
        function __spreadArrays() {
          for (var s = 0, i = 0, il = arguments.length; i < il; i++) s += arguments[i].length;
          for (var r = Array(s), k = 0, i = 0; i < il; i++) for (var a = arguments[i], j = 0, jl = a.length; j < jl; j++, 
          k++) r[k] = a[j];
          return r;
        }
        function __spreadArray(to, from, pack) {
          if (pack || arguments.length === 2) for (var i = 0, l = from.length, ar; i < l; i++) {
            if (ar || !(i in from)) {
              if (!ar) ar = Array.prototype.slice.call(from, 0, i);
              ar[i] = from[i];
            }
          }
          return to.concat(ar || Array.prototype.slice.call(from));
        }
        function __await(v) {
          return this instanceof __await ? (this.v = v, this) : new __await(v);
        }
        function __asyncGenerator(thisArg, _arguments, generator) {
          if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
          var g = generator.apply(thisArg, _arguments || []), i, q = [];
          return i = Object.create((typeof AsyncIterator === "function" ? AsyncIterator : Object).prototype), 
          verb("next"), verb("throw"), verb("return", awaitReturn), i[Symbol.asyncIterator] = function() {
            return this;
          }, i;
          function awaitReturn(f) {
            return function(v) {
              return Promise.resolve(v).then(f, reject);
            };
          }
          function verb(n, f) {
            if (g[n]) {
              i[n] = function(v) {
                return new Promise(function(a, b) {
                  q.push([ n, v, a, b ]) > 1 || resume(n, v);
                });
              };
              if (f) i[n] = f(i[n]);
            }
          }
          function resume(n, v) {
            try {
              step(g[n](v));
            } catch (e) {
              settle(q[0][3], e);
            }
          }
          function step(r) {
            r.value instanceof __await ? Promise.resolve(r.value.v).then(fulfill, reject) : settle(q[0][2], r);
          }
          function fulfill(value) {
            resume("next", value);
          }
          function reject(value) {
            resume("throw", value);
          }
          function settle(f, v) {
            if (f(v), q.shift(), q.length) resume(q[0][0], q[0][1]);
          }
        }
        function __asyncDelegator(o) {
          var i, p;
          return i = {}, verb("next"), verb("throw", function(e) {
            throw e;
          }), verb("return"), i[Symbol.iterator] = function() {
            return this;
          }, i;
          function verb(n, f) {
            i[n] = o[n] ? function(v) {
              return (p = !p) ? {
                value: __await(o[n](v)),
                done: false
              } : f ? f(v) : v;
            } : f;
          }
        }
        function __asyncValues(o) {
          if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
          var m = o[Symbol.asyncIterator], i;
          return m ? m.call(o) : (o = typeof __values === "function" ? __values(o) : o[Symbol.iterator](), 
          i = {}, verb("next"), verb("throw"), verb("return"), i[Symbol.asyncIterator] = function() {
            return this;
          }, i);
          function verb(n) {
            i[n] = o[n] && function(v) {
              return new Promise(function(resolve, reject) {
                v = o[n](v), settle(resolve, reject, v.done, v.value);
              });
            };
          }
          function settle(resolve, reject, d, v) {
            Promise.resolve(v).then(function(v) {
              resolve({
                value: v,
                done: d
              });
            }, reject);
          }
        }
        function __makeTemplateObject(cooked, raw) {
          if (Object.defineProperty) {
            Object.defineProperty(cooked, "raw", {
              value: raw
            });
          } else {
            cooked.raw = raw;
          }
          return cooked;
        }
        var __setModuleDefault = Object.create ? function(o, v) {
          Object.defineProperty(o, "default", {
            enumerable: true,
            value: v
          });
        } : function(o, v) {
          o["default"] = v;
        };
        var ownKeys = function(o) {
          ownKeys = Object.getOwnPropertyNames || function(o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
          };
          return ownKeys(o);
        };
        function __importStar(mod) {
          if (mod && mod.__esModule) return mod;
          var result = {};
          if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
          __setModuleDefault(result, mod);
          return result;
        }
        function __importDefault(mod) {
          return mod && mod.__esModule ? mod : {
            default: mod
          };
        }
        function __classPrivateFieldGet(receiver, state, kind, f) {
          if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
          if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
          return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
        }
        function __classPrivateFieldSet(receiver, state, value, kind, f) {
          if (kind === "m") throw new TypeError("Private method is not writable");
          if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a setter");
          if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot write private member to an object whose class did not declare it");
          return kind === "a" ? f.call(receiver, value) : f ? f.value = value : state.set(receiver, value), 
          value;
        }
        function __classPrivateFieldIn(state, receiver) {
          if (receiver === null || typeof receiver !== "object" && typeof receiver !== "function") throw new TypeError("Cannot use 'in' operator on non-object");
          return typeof state === "function" ? receiver === state : state.has(receiver);
        }
        function __addDisposableResource(env, value, async) {
          if (value !== null && value !== void 0) {
            if (typeof value !== "object" && typeof value !== "function") throw new TypeError("Object expected.");
            var dispose, inner;
            if (async) {
              if (!Symbol.asyncDispose) throw new TypeError("Symbol.asyncDispose is not defined.");
              dispose = value[Symbol.asyncDispose];
            }
            if (dispose === void 0) {
              if (!Symbol.dispose) throw new TypeError("Symbol.dispose is not defined.");
              dispose = value[Symbol.dispose];
              if (async) inner = dispose;
            }
            if (typeof dispose !== "function") throw new TypeError("Object not disposable.");
            if (inner) dispose = function() {
              try {
                inner.call(this);
              } catch (e) {
                return Promise.reject(e);
              }
            };
            env.stack.push({
              value: value,
              dispose: dispose,
              async: async
            });
          } else if (async) {
            env.stack.push({
              async: true
            });
          }
          return value;
        }
        var _SuppressedError = null && (typeof SuppressedError === "function" ? SuppressedError : function(error, suppressed, message) {
          var e = new Error(message);
          return e.name = "SuppressedError", e.error = error, e.suppressed = suppressed, e;
        });
        function __disposeResources(env) {
          function fail(e) {
            env.error = env.hasError ? new _SuppressedError(e, env.error, "An error was suppressed during disposal.") : e;
            env.hasError = true;
          }
          var r, s = 0;
          function next() {
            while (r = env.stack.pop()) {
              try {
                if (!r.async && s === 1) return s = 0, env.stack.push(r), Promise.resolve().then(next);
                if (r.dispose) {
                  var result = r.dispose.call(r.value);
                  if (r.async) return s |= 2, Promise.resolve(result).then(next, function(e) {
                    fail(e);
                    return next();
                  });
                } else s |= 1;
              } catch (e) {
                fail(e);
              }
            }
            if (s === 1) return env.hasError ? Promise.reject(env.error) : Promise.resolve();
            if (env.hasError) throw env.error;
          }
          return next();
        }
        function __rewriteRelativeImportExtension(path, preserveJsx, extraExtensions, ignoreCase) {
          if (typeof path === "string" && /^\.\.?\//.test(path)) {
            if (extraExtensions) {
              for (var extension in extraExtensions) {
                var suffix = path.slice(-extension.length);
                if (suffix === extension || ignoreCase && suffix.toLowerCase() === extension.toLowerCase()) {
                  var output = extraExtensions[extension];
                  return output === extension ? path : path.slice(0, -extension.length) + output;
                }
              }
            }
            return path.replace(/\.(tsx)$|((?:\.d)?)((?:\.[^./]+?)?)\.([cm]?)ts$/i, function(m, tsx, d, ext, cm) {
              return tsx ? preserveJsx ? ".jsx" : ".js" : d && (!ext || !cm) ? m : d + ext + "." + cm.toLowerCase() + "js";
            });
          }
          return path;
        }
        var __WEBPACK_DEFAULT_EXPORT__ = null && {
          __extends: __extends,
          __assign: __assign,
          __rest: __rest,
          __decorate: __decorate,
          __param: __param,
          __esDecorate: __esDecorate,
          __runInitializers: __runInitializers,
          __propKey: __propKey,
          __setFunctionName: __setFunctionName,
          __metadata: __metadata,
          __awaiter: __awaiter,
          __generator: __generator,
          __createBinding: __createBinding,
          __exportStar: __exportStar,
          __values: __values,
          __read: __read,
          __spread: __spread,
          __spreadArrays: __spreadArrays,
          __spreadArray: __spreadArray,
          __await: __await,
          __asyncGenerator: __asyncGenerator,
          __asyncDelegator: __asyncDelegator,
          __asyncValues: __asyncValues,
          __makeTemplateObject: __makeTemplateObject,
          __importStar: __importStar,
          __importDefault: __importDefault,
          __classPrivateFieldGet: __classPrivateFieldGet,
          __classPrivateFieldSet: __classPrivateFieldSet,
          __classPrivateFieldIn: __classPrivateFieldIn,
          __addDisposableResource: __addDisposableResource,
          __disposeResources: __disposeResources,
          __rewriteRelativeImportExtension: __rewriteRelativeImportExtension
        };
      }
    };
    var __webpack_module_cache__ = {};
    function __webpack_require__(moduleId) {
      var cachedModule = __webpack_module_cache__[moduleId];
      if (cachedModule !== undefined) {
        return cachedModule.exports;
      }
      var module = __webpack_module_cache__[moduleId] = {
        exports: {}
      };
      __webpack_modules__[moduleId](module, module.exports, __webpack_require__);
      return module.exports;
    }
    __webpack_require__.m = __webpack_modules__;
    __webpack_require__.n = function(module) {
      var getter = module && module.__esModule ? function() {
        return module["default"];
      } : function() {
        return module;
      };
      __webpack_require__.d(getter, {
        a: getter
      });
      return getter;
    };
    __webpack_require__.d = function(exports, definition) {
      for (var key in definition) {
        if (__webpack_require__.o(definition, key) && !__webpack_require__.o(exports, key)) {
          Object.defineProperty(exports, key, {
            enumerable: true,
            get: definition[key]
          });
        }
      }
    };
    __webpack_require__.f = {};
    __webpack_require__.e = function(chunkId) {
      var promises = [];
      __webpack_require__.f.j(chunkId, promises);
      return Promise.all(promises);
    };
    __webpack_require__.u = function(chunkId) {
      return "chunks/" + {
        8: "editor",
        30: "cloudapi",
        74: "cloud",
        201: "md5",
        259: "md5pool",
        414: "image",
        421: "browse",
        582: "media",
        649: "export",
        713: "customsource",
        798: "resume",
        804: "shared",
        845: "rest",
        854: "widgets",
        907: "dialog"
      }[chunkId] + ".js";
    };
    __webpack_require__.g = function() {
      if (typeof globalThis === "object") return globalThis;
      try {
        return this || new Function("return this")();
      } catch (e) {
        if (typeof window === "object") return window;
      }
    }();
    __webpack_require__.o = function(obj, prop) {
      return Object.prototype.hasOwnProperty.call(obj, prop);
    };
    !function() {
      var inProgress = {};
      var dataWebpackPrefix = "filepicker:";
      __webpack_require__.l = function(url, done, key, chunkId) {
        if (inProgress[url]) {
          inProgress[url].push(done);
          return;
        }
        var script, needAttach;
        if (key !== undefined) {
          var scripts = document.getElementsByTagName("script");
          for (var i = 0; i < scripts.length; i++) {
            var s = scripts[i];
            if (s.getAttribute("src") == url || s.getAttribute("data-webpack") == dataWebpackPrefix + key) {
              script = s;
              break;
            }
          }
        }
        if (!script) {
          needAttach = true;
          script = document.createElement("script");
          script.charset = "utf-8";
          if (__webpack_require__.nc) {
            script.setAttribute("nonce", __webpack_require__.nc);
          }
          script.setAttribute("data-webpack", dataWebpackPrefix + key);
          script.src = url;
        }
        inProgress[url] = [ done ];
        var onScriptComplete = function(prev, event) {
          script.onerror = script.onload = null;
          clearTimeout(timeout);
          var doneFns = inProgress[url];
          delete inProgress[url];
          script.parentNode && script.parentNode.removeChild(script);
          doneFns && doneFns.forEach(function(fn) {
            return fn(event);
          });
          if (prev) return prev(event);
        };
        var timeout = setTimeout(onScriptComplete.bind(null, undefined, {
          type: "timeout",
          target: script
        }), 12e4);
        script.onerror = onScriptComplete.bind(null, script.onerror);
        script.onload = onScriptComplete.bind(null, script.onload);
        needAttach && document.head.appendChild(script);
      };
    }();
    __webpack_require__.r = function(exports) {
      if (typeof Symbol !== "undefined" && Symbol.toStringTag) {
        Object.defineProperty(exports, Symbol.toStringTag, {
          value: "Module"
        });
      }
      Object.defineProperty(exports, "__esModule", {
        value: true
      });
    };
    __webpack_require__.p = "";
    !function() {
      var installedChunks = {
        203: 0
      };
      __webpack_require__.f.j = function(chunkId, promises) {
        var installedChunkData = __webpack_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
        if (installedChunkData !== 0) {
          if (installedChunkData) {
            promises.push(installedChunkData[2]);
          } else {
            if (true) {
              var promise = new Promise(function(resolve, reject) {
                installedChunkData = installedChunks[chunkId] = [ resolve, reject ];
              });
              promises.push(installedChunkData[2] = promise);
              var error = new Error;
              var loadingEnded = function(event) {
                if (__webpack_require__.o(installedChunks, chunkId)) {
                  installedChunkData = installedChunks[chunkId];
                  if (installedChunkData !== 0) installedChunks[chunkId] = undefined;
                  if (installedChunkData) {
                    var errorType = event && (event.type === "load" ? "missing" : event.type);
                    var realSrc = event && event.target && event.target.src;
                    error.message = "Loading chunk " + chunkId + " failed.\n(" + errorType + ": " + realSrc + ")";
                    error.name = "ChunkLoadError";
                    error.type = errorType;
                    error.request = realSrc;
                    error.event = event;
                    installedChunkData[1](error);
                  }
                }
              };
              __webpack_require__.l(__webpack_require__.p + __webpack_require__.u(chunkId), loadingEnded, "chunk-" + chunkId, chunkId);
            }
          }
        }
      };
      var webpackJsonpCallback = function(parentChunkLoadingFunction, data) {
        var chunkIds = data[0];
        var moreModules = data[1];
        var runtime = data[2];
        var moduleId, chunkId, i = 0;
        if (chunkIds.some(function(id) {
          return installedChunks[id] !== 0;
        })) {
          for (moduleId in moreModules) {
            if (__webpack_require__.o(moreModules, moduleId)) {
              __webpack_require__.m[moduleId] = moreModules[moduleId];
            }
          }
          if (runtime) var result = runtime(__webpack_require__);
        }
        if (parentChunkLoadingFunction) parentChunkLoadingFunction(data);
        for (;i < chunkIds.length; i++) {
          chunkId = chunkIds[i];
          if (__webpack_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
            installedChunks[chunkId][0]();
          }
          installedChunks[chunkId] = 0;
        }
      };
      var chunkLoadingGlobal = Object(typeof self !== "undefined" ? self : this)["webpackChunkfilepicker"] = Object(typeof self !== "undefined" ? self : this)["webpackChunkfilepicker"] || [];
      chunkLoadingGlobal.forEach(webpackJsonpCallback.bind(null, 0));
      chunkLoadingGlobal.push = webpackJsonpCallback.bind(null, chunkLoadingGlobal.push.bind(chunkLoadingGlobal));
    }();
    var __webpack_exports__ = __webpack_require__(7966);
    return __webpack_exports__;
  }();
});
//# sourceMappingURL=filepicker.js.map