/*! filepicker-shim 0.1.0 | drop-in replacement for filepicker.js v2 | MIT */
(function webpackUniversalModuleDefinition(root, factory) {
  if (typeof exports === "object" && typeof module === "object") module.exports = factory(); else if (typeof define === "function" && define.amd) define([], factory); else if (typeof exports === "object") exports["filepicker"] = factory(); else root["filepicker"] = factory();
})(Object(typeof self !== "undefined" ? self : this), function() {
  return function() {
    var __webpack_modules__ = {
      760: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          z: function() {
            return boot;
          }
        });
        var scriptBase = __webpack_require__(510);
        var ARRAY_METHODS = [ "forEach", "map", "filter", "indexOf", "some", "every", "reduce" ];
        function arrayMethods(proto) {
          for (var i = 0; i < ARRAY_METHODS.length; i++) if (typeof proto[ARRAY_METHODS[i]] !== "function") return false;
          return true;
        }
        function hasEverything(g) {
          var O = Object;
          var A = Array.prototype;
          return typeof g.Promise === "function" && typeof O.keys === "function" && typeof O.create === "function" && typeof O.defineProperty === "function" && typeof Array.isArray === "function" && arrayMethods(A) && typeof Function.prototype.bind === "function" && typeof String.prototype.trim === "function" && typeof Date.now === "function" && typeof g.JSON === "object" && !!g.JSON && typeof g.JSON.parse === "function";
        }
        var members = __webpack_require__(669);
        function installStub(win) {
          var existing = win.filepicker;
          var stub = existing && typeof existing === "object" ? existing : {};
          var queue = stub._queue && typeof stub._queue.length === "number" ? stub._queue : [];
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
        function boot(library) {
          var base = (0, scriptBase.F)();
          __webpack_require__.p = base || "";
          var g = typeof self !== "undefined" ? self : typeof window !== "undefined" ? window : typeof __webpack_require__.g !== "undefined" ? __webpack_require__.g : {};
          if (!g.document || hasEverything(g)) return library();
          var stub = installStub(g);
          var url = (base || "") + "filepicker.polyfills.js";
          loadScript(g.document, url, function(ok) {
            if (!ok || !hasEverything(g)) {
              if (g.console && g.console.error) g.console.error("filepicker: could not load " + url + ", which this browser needs (Promise and ES5 built-ins)");
              return;
            }
            library();
          });
          return stub;
        }
      },
      703: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
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
        var tslib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(635);
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
        var RestrictionError = function(_super) {
          (0, tslib__WEBPACK_IMPORTED_MODULE_0__.C6)(RestrictionError, _super);
          function RestrictionError(reason, message) {
            var _newTarget = this.constructor;
            var _this = _super.call(this, message) || this;
            fixPrototype(_this, _newTarget.prototype);
            _this.name = "RestrictionError";
            _this.reason = reason;
            return _this;
          }
          return RestrictionError;
        }(FilepickerError);
        function isFilepickerError(e) {
          var n = e && e.name;
          return n === "FilepickerError" || n === "ValidationError" || n === "NetworkError" || n === "AbortError" || n === "RestrictionError";
        }
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
      160: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
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
      510: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
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
        function scriptBase() {
          if (!found) {
            found = true;
            base = find();
          }
          return base;
        }
      },
      657: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          $: function() {
            return checkExport;
          }
        });
        var _legacy_FilepickerException__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(119);
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
            url = String(input.url);
            if (!options.mimetype && !options.extension) options.mimetype = input.mimetype;
            if (!options.suggestedFilename) options.suggestedFilename = input.filename;
            if (typeof input.size === "number") size = input.size;
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
      723: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          A: function() {
            return src;
          }
        });
        var tslib_es6 = __webpack_require__(635);
        var scriptBase = __webpack_require__(510);
        var errors = __webpack_require__(703);
        var DEFAULT_HOSTS = {
          uploadApi: "https://upload.filestackapi.com",
          fileApi: "https://www.filestackapi.com/api/file",
          storeApi: "https://www.filestackapi.com/api/store",
          cdn: "https://cdn.filestackcontent.com",
          process: "https://process.filestackapi.com"
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
            customSourceApi: b + "/api/customsource"
          };
        }
        function mergeHosts(base, overrides) {
          var out = (0, tslib_es6.Cl)({}, base);
          if (overrides) {
            Object.keys(overrides).forEach(function(k) {
              var v = overrides[k];
              if (typeof v === "string" && v) out[k] = trimSlash(v);
            });
          }
          return out;
        }
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
        function decideRetry(opts, outcome, attempt, now, random) {
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
        var MIB = 1024 * 1024;
        var MIN_PART_SIZE = 5 * MIB;
        var MAX_PARTS = 1e4;
        var DEFAULT_OPTIONS = {
          partSize: MIN_PART_SIZE,
          maxConcurrentUploads: 5,
          retryOptions: DEFAULT_RETRY,
          stallTimeoutMs: 3e4,
          requestTimeoutMs: 12e4,
          maxUrlRenewals: 3,
          maxCompletePolls: 60,
          progressIntervalMs: 16
        };
        function describe(v) {
          var shown;
          try {
            shown = typeof v === "string" ? '"' + v + '"' : String(v);
          } catch (_a) {
            shown = Object.prototype.toString.call(v);
          }
          return shown + " (" + (v === null ? "null" : typeof v) + ")";
        }
        function wholeNumber(name, v, min) {
          if (typeof v !== "number" || !isFinite(v) || Math.floor(v) !== v || v < min) {
            throw new errors.yI(name, errors.H3 + "`" + name + "` must be a whole number of at least " + min + ", got " + describe(v));
          }
          return v;
        }
        function positiveNumber(name, v, min) {
          if (typeof v !== "number" || !isFinite(v) || v < min) {
            throw new errors.yI(name, errors.H3 + "`" + name + "` must be a number of at least " + min + ", got " + describe(v));
          }
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
            throw new errors.yI("retryOptions", errors.H3 + "`retryOptions` must be an object like {retries, factor, minTimeout, maxTimeout}, got " + describe(r));
          }
          var rr = r || {};
          var retryOptions = {
            retries: wholeNumber("retryOptions.retries", pick(rr.retries, base.retryOptions.retries), 0),
            factor: positiveNumber("retryOptions.factor", pick(rr.factor, base.retryOptions.factor), 1),
            minTimeout: positiveNumber("retryOptions.minTimeout", pick(rr.minTimeout, base.retryOptions.minTimeout), 0),
            maxTimeout: positiveNumber("retryOptions.maxTimeout", pick(rr.maxTimeout, base.retryOptions.maxTimeout), 0)
          };
          if (retryOptions.maxTimeout < retryOptions.minTimeout) {
            throw new errors.yI("retryOptions.maxTimeout", errors.H3 + "`retryOptions.maxTimeout` (" + retryOptions.maxTimeout + ") must not be below `retryOptions.minTimeout` (" + retryOptions.minTimeout + ")");
          }
          var partSize = pick(i.partSize, base.partSize);
          if (typeof partSize !== "number" || !isFinite(partSize) || Math.floor(partSize) !== partSize || partSize < MIN_PART_SIZE) {
            throw new errors.yI("partSize", errors.H3 + "`partSize` must be a whole number of bytes of at least 5 MiB (" + MIN_PART_SIZE + "), got " + describe(partSize));
          }
          return {
            partSize: partSize,
            maxConcurrentUploads: wholeNumber("maxConcurrentUploads", pick(i.maxConcurrentUploads, base.maxConcurrentUploads), 1),
            retryOptions: retryOptions,
            stallTimeoutMs: positiveNumber("stallTimeoutMs", pick(i.stallTimeoutMs, base.stallTimeoutMs), 1),
            requestTimeoutMs: positiveNumber("requestTimeoutMs", pick(i.requestTimeoutMs, base.requestTimeoutMs), 1),
            maxUrlRenewals: wholeNumber("maxUrlRenewals", pick(i.maxUrlRenewals, base.maxUrlRenewals), 0),
            maxCompletePolls: wholeNumber("maxCompletePolls", pick(i.maxCompletePolls, base.maxCompletePolls), 1),
            progressIntervalMs: positiveNumber("progressIntervalMs", pick(i.progressIntervalMs, base.progressIntervalMs), 0)
          };
        }
        function effectivePartSize(fileSize, requested) {
          return Math.max(requested, Math.ceil(fileSize / MAX_PARTS));
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
        var md5 = __webpack_require__(615);
        function nativeMd5() {
          if (typeof process === "undefined" || !process || typeof process.getBuiltinModule !== "function") return undefined;
          var crypto;
          try {
            crypto = process.getBuiltinModule("crypto");
          } catch (_a) {
            return undefined;
          }
          if (!crypto || typeof crypto.createHash !== "function") return undefined;
          return function(bytes) {
            return crypto.createHash("md5").update(new Uint8Array(bytes)).digest("base64");
          };
        }
        function globalScope() {
          if (typeof self !== "undefined") return self;
          if (typeof window !== "undefined") return window;
          return typeof globalThis !== "undefined" ? globalThis : undefined;
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
          var g = globalScope();
          var workerUrl = options && options.workerUrl;
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
          var md5 = nativeMd5();
          if (md5) {
            env.md5 = md5;
            env.createMd5 = nativeMd5Stream();
          }
          if (workerUrl && typeof Worker === "function") {
            env.md5Workers = md5WorkerCount(typeof navigator !== "undefined" && navigator ? navigator.hardwareConcurrency : undefined);
            env.createWorker = function() {
              try {
                return new Worker(workerUrl);
              } catch (_a) {
                return null;
              }
            };
          }
          return env;
        }
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
        function abortedTransportError() {
          var e = new Error("request aborted");
          e.name = "AbortError";
          return e;
        }
        function bodyLength(body) {
          if (!body || typeof body === "string") return undefined;
          var b = body;
          if (typeof b.size === "number") return b.size;
          if (typeof b.byteLength === "number") return b.byteLength;
          return undefined;
        }
        function failure(name, message) {
          var e = new Error(message);
          e.name = name;
          return e;
        }
        function xhrTransport() {
          return {
            streamsProgress: true,
            request: function(req) {
              return new Promise(function(resolve, reject) {
                if (req.signal && req.signal.aborted) return reject(abortedTransportError());
                var xhr = new XMLHttpRequest;
                var off = function() {};
                xhr.open(req.method, req.url, true);
                var h = req.headers || {};
                for (var k in h) if (Object.prototype.hasOwnProperty.call(h, k)) xhr.setRequestHeader(k, h[k]);
                if (req.timeoutMs) xhr.timeout = req.timeoutMs;
                if (req.onUploadProgress && xhr.upload) {
                  var cb_1 = req.onUploadProgress;
                  xhr.upload.onprogress = function(ev) {
                    if (ev && typeof ev.loaded === "number") cb_1(ev.loaded);
                  };
                }
                xhr.onload = function() {
                  off();
                  var sent = bodyLength(req.body);
                  if (req.onUploadProgress && sent !== undefined) req.onUploadProgress(sent);
                  resolve({
                    status: xhr.status,
                    text: typeof xhr.responseText === "string" ? xhr.responseText : "",
                    headers: {
                      get: function(name) {
                        try {
                          return xhr.getResponseHeader(name);
                        } catch (_a) {
                          return null;
                        }
                      }
                    }
                  });
                };
                xhr.onerror = function() {
                  off();
                  reject(failure("TransportError", "the connection failed (network error or CORS)"));
                };
                xhr.ontimeout = function() {
                  off();
                  reject(failure("TimeoutError", "no answer within " + req.timeoutMs + " ms"));
                };
                xhr.onabort = function() {
                  off();
                  reject(abortedTransportError());
                };
                if (req.signal) off = req.signal.onAbort(function() {
                  xhr.abort();
                });
                xhr.send(req.body === undefined ? null : req.body);
              });
            }
          };
        }
        function fetchTransport(fetchImpl) {
          var f = fetchImpl || (typeof fetch === "function" ? fetch : undefined);
          return {
            streamsProgress: false,
            request: function(req) {
              if (!f) return Promise.reject(new Error("filepicker: no fetch available; pass a transport"));
              if (req.signal && req.signal.aborted) return Promise.reject(abortedTransportError());
              var ac = typeof AbortController === "function" ? new AbortController : null;
              var timedOut = false;
              var timer = null;
              if (req.timeoutMs && ac) timer = setTimeout(function() {
                timedOut = true;
                ac.abort();
              }, req.timeoutMs);
              var off = req.signal ? req.signal.onAbort(function() {
                if (ac) ac.abort();
              }) : function() {};
              var done = function() {
                if (timer) clearTimeout(timer);
                off();
              };
              return f(req.url, {
                method: req.method,
                headers: req.headers || {},
                body: req.body,
                signal: ac ? ac.signal : undefined
              }).then(function(res) {
                return res.text().then(function(text) {
                  done();
                  var sent = bodyLength(req.body);
                  if (req.onUploadProgress && sent !== undefined) req.onUploadProgress(sent);
                  return {
                    status: res.status,
                    text: text,
                    headers: {
                      get: function(name) {
                        return res.headers.get(name);
                      }
                    }
                  };
                });
              }).then(undefined, function(e) {
                done();
                if (req.signal && req.signal.aborted) throw abortedTransportError();
                if (timedOut) {
                  var t = new Error("no answer within " + req.timeoutMs + " ms");
                  t.name = "TimeoutError";
                  throw t;
                }
                if (e && e.name === "TransportError") throw e;
                var n = new Error(String(e && e.cause && e.cause.code || e && e.message || e));
                n.name = "TransportError";
                throw n;
              });
            }
          };
        }
        var CHUNK = 1024 * 1024;
        function nodeHttpTransport_failure(name, message) {
          var e = new Error(message);
          e.name = name;
          return e;
        }
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
        function nodeHttpAvailable() {
          return builtins() !== null;
        }
        function toBytes(body) {
          if (body === undefined || typeof body === "string" || body instanceof Uint8Array) return Promise.resolve(body);
          return (0, md5.gm)(body).then(function(b) {
            return new Uint8Array(b);
          });
        }
        function nodeHttpTransport() {
          var mods = builtins();
          return {
            streamsProgress: true,
            request: function(req) {
              if (!mods) return Promise.reject(new Error("filepicker: node:http is not available here; pass a transport"));
              if (req.signal && req.signal.aborted) return Promise.reject(abortedTransportError());
              return toBytes(req.body).then(function(body) {
                return new Promise(function(resolve, reject) {
                  var settled = false;
                  var timer = null;
                  var offAbort = function() {};
                  var finish = function(err, res) {
                    if (settled) return;
                    settled = true;
                    if (timer) clearTimeout(timer);
                    offAbort();
                    if (err) reject(err); else resolve(res);
                  };
                  var url = new URL(req.url);
                  var headers = {};
                  var h = req.headers || {};
                  for (var k in h) if (Object.prototype.hasOwnProperty.call(h, k)) headers[k] = h[k];
                  var length = typeof body === "string" ? Buffer.byteLength(body) : bodyLength(body);
                  headers["Content-Length"] = length || 0;
                  var mod = url.protocol === "https:" ? mods.https : mods.http;
                  var r = mod.request(url, {
                    method: req.method,
                    headers: headers
                  }, function(res) {
                    var chunks = [];
                    res.on("data", function(c) {
                      chunks.push(c);
                    });
                    res.on("error", function(e) {
                      finish(nodeHttpTransport_failure("TransportError", e.message));
                    });
                    res.on("end", function() {
                      var text = Buffer.concat(chunks).toString("utf8");
                      finish(null, {
                        status: res.statusCode,
                        text: text,
                        headers: {
                          get: function(name) {
                            var v = res.headers[name.toLowerCase()];
                            return v === undefined ? null : Array.isArray(v) ? v.join(", ") : String(v);
                          }
                        }
                      });
                    });
                  });
                  r.on("error", function(e) {
                    if (settled) return;
                    if (req.signal && req.signal.aborted) finish(abortedTransportError()); else finish(nodeHttpTransport_failure("TransportError", e && (e.code || e.message) || "connection failed"));
                  });
                  if (req.signal) offAbort = req.signal.onAbort(function() {
                    finish(abortedTransportError());
                    r.destroy();
                  });
                  if (req.timeoutMs) timer = setTimeout(function() {
                    finish(nodeHttpTransport_failure("TimeoutError", "no answer within " + req.timeoutMs + " ms"));
                    r.destroy();
                  }, req.timeoutMs);
                  if (body === undefined) return r.end();
                  if (typeof body === "string") return r.end(body);
                  var offset = 0;
                  var writeNext = function() {
                    if (settled) return;
                    if (offset >= body.byteLength) return r.end();
                    var end = Math.min(body.byteLength, offset + CHUNK);
                    var piece = body.subarray(offset, end);
                    offset = end;
                    r.write(piece, function(err) {
                      if (err || settled) return;
                      if (req.onUploadProgress) req.onUploadProgress(end);
                      writeNext();
                    });
                  };
                  writeNext();
                });
              });
            }
          };
        }
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
        var AttemptFailure = function() {
          function AttemptFailure(outcome, error) {
            this.outcome = outcome;
            this.error = error;
          }
          return AttemptFailure;
        }();
        function sleep(env, ms, signal) {
          return new Promise(function(resolve, reject) {
            if (signal.aborted) return reject(new errors.lc);
            var off = function() {};
            var t = env.setTimeout(function() {
              off();
              resolve();
            }, ms);
            off = signal.onAbort(function() {
              env.clearTimeout(t);
              reject(new errors.lc);
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
              reject(new errors.lc);
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
            var err = new errors.Dr(errors.H3 + where + " failed: HTTP " + res.status + (body ? " " + body : ""), {
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
            }, new errors.lc);
            var kind = name === "TimeoutError" ? "timeout" : name === "StallError" ? "stall" : "network";
            var why = kind === "timeout" ? "timed out" : kind === "stall" ? "stalled (no upload progress)" : "network error" + (e && e.message ? " (" + e.message + ")" : "");
            throw new AttemptFailure({
              kind: kind
            }, new errors.Dr(errors.H3 + where + " failed: " + why, {
              method: info.method,
              url: info.url,
              status: 0
            }));
          });
        }
        function withRetry(ctx, signal, attempt) {
          var failures = 0;
          var progressed = function() {
            failures = 0;
          };
          var loop = function() {
            if (signal.aborted) return Promise.reject(new errors.lc);
            return attempt(progressed).then(undefined, function(e) {
              if (signal.aborted) throw new errors.lc;
              if (!(e instanceof AttemptFailure)) throw e;
              var transient = e.outcome.kind === "network" || e.outcome.kind === "timeout" || e.outcome.kind === "stall";
              if (transient && !ctx.env.isOnline()) return waitOnline(ctx.env, signal).then(loop);
              failures++;
              var d = decideRetry(ctx.retry, e.outcome, failures, ctx.env.now(), ctx.env.random());
              if (!d.retry) throw e.error;
              if (ctx.onRetry) ctx.onRetry(failures, d.waitMs);
              return sleep(ctx.env, d.waitMs, signal).then(loop);
            });
          };
          return loop();
        }
        var fileApi = __webpack_require__(160);
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
          return withRetry({
            env: deps.env,
            retry: opts.retryOptions
          }, new Aborter, function() {
            return sendOnce(deps.transport, {
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
        function startBody(base, file) {
          return JSON.stringify(withAuth(base, {
            filename: file.filename,
            mimetype: file.mimetype,
            size: file.size
          }));
        }
        function uploadBody(base, s, part, size, md5) {
          var b = ids(s);
          b.part = part;
          b.size = size;
          b.md5 = md5;
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
          throw new errors.Js(errors.H3 + where + " answered something that is not a JSON object: " + String(text).slice(0, 200));
        }
        function requireString(obj, field, where) {
          var v = obj[field];
          if (typeof v !== "string" || !v) throw new errors.Js(errors.H3 + where + " answered without `" + field + "`");
          return v;
        }
        function parseStart(text, uploadApi) {
          var where = "the start request (/multipart/start)";
          var o = parseJson(text, where);
          var loc = requireString(o, "location_url", where);
          var scheme = /^(https?:)\/\//i.exec(uploadApi);
          var locationUrl = (/^https?:\/\//i.test(loc) ? loc : (scheme ? scheme[1] : "https:") + "//" + loc).replace(/\/+$/, "");
          return {
            uri: requireString(o, "uri", where),
            region: requireString(o, "region", where),
            uploadId: requireString(o, "upload_id", where),
            locationUrl: locationUrl,
            locationRegion: typeof o.location_region === "string" && o.location_region ? o.location_region : undefined
          };
        }
        function parsePartTarget(text, part) {
          var where = "the upload request of part " + part + " (/multipart/upload)";
          var o = parseJson(text, where);
          var url = requireString(o, "url", where);
          var headers = {};
          var h = o.headers;
          if (h && typeof h === "object") {
            for (var k in h) {
              if (Object.prototype.hasOwnProperty.call(h, k) && h[k] != null) headers[k] = String(h[k]);
            }
          }
          return {
            url: url,
            headers: headers
          };
        }
        function parseStored(text, fileApi, where, fallback) {
          var o = parseJson(text, where);
          var handle = typeof o.handle === "string" ? o.handle : "";
          if (!handle && typeof o.url === "string") {
            var m = /\/([^/?#]+)\/?(?:[?#].*)?$/.exec(o.url);
            if (m) handle = m[1];
          }
          if (!handle) throw new errors.Js(errors.H3 + where + " answered without `handle`");
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
        var MISSING_ETAG_MESSAGE = errors.H3 + "storage accepted part {part} but its answer has no readable ETag header. " + "In a browser the bucket's CORS configuration must expose it: add <ExposeHeader>ETag</ExposeHeader> to the CORS rule (see the S3 bucket CORS settings)";
        function runUpload(deps, source, store, rawEvents, opts) {
          var env = deps.env;
          var events = guardEvents(env, rawEvents);
          var file = {
            filename: store.filename || source.name || "untitled",
            mimetype: source.type || "application/octet-stream",
            size: source.size
          };
          var base = {
            apikey: deps.apikey,
            security: deps.security,
            store: store
          };
          var cancelled = new Aborter;
          var pauser = new Aborter;
          var paused = false;
          var finished = false;
          var started = null;
          var uploadStartFired = false;
          var retryCtx = {
            env: env,
            retry: opts.retryOptions,
            onRetry: events.onRetry ? function(a, w) {
              events.onRetry(a, w);
            } : undefined
          };
          var progress = new ProgressTracker(file.size, env, opts.progressIntervalMs, events.onProgress ? function(p) {
            events.onProgress(p);
          } : undefined);
          var partSize = effectivePartSize(file.size, opts.partSize);
          var ranges = partRanges(file.size, partSize);
          var etags = [];
          var pending = ranges.slice();
          var waiting = [];
          var inFlight = 0;
          var done = 0;
          var settle = {
            resolve: function() {},
            reject: function() {}
          };
          var promise = new Promise(function(resolve, reject) {
            settle = {
              resolve: resolve,
              reject: reject
            };
          });
          var running = [];
          var completing = null;
          var hashed = {};
          var hashAhead = deps.hasher.ahead === undefined ? 1 : deps.hasher.ahead;
          function digestOf(range) {
            if (Object.prototype.hasOwnProperty.call(hashed, range.number)) {
              var p = hashed[range.number];
              delete hashed[range.number];
              return p;
            }
            return deps.hasher.digest(source.slice(range.start, range.end));
          }
          function prefetch() {
            if (finished || paused || hashAhead <= 0) return;
            var next = [];
            for (var i = 0; i < waiting.length; i++) next.push(waiting[i].range);
            for (var i = 0; i < pending.length && next.length < hashAhead; i++) next.push(pending[i]);
            var count = 0;
            for (var k in hashed) if (Object.prototype.hasOwnProperty.call(hashed, k)) count++;
            for (var i = 0; i < next.length && count < hashAhead; i++) {
              var r = next[i];
              if (Object.prototype.hasOwnProperty.call(hashed, r.number)) continue;
              var p = deps.hasher.digest(source.slice(r.start, r.end));
              p.then(undefined, function() {});
              hashed[r.number] = p;
              count++;
            }
          }
          function dropHashed() {
            for (var k in hashed) {
              if (!Object.prototype.hasOwnProperty.call(hashed, k)) continue;
              hashed[k].then(function(d) {
                if (d.release) d.release();
              }, function() {});
              delete hashed[k];
            }
          }
          function post(path, body, signal, where) {
            var url = (started ? started.locationUrl : deps.hosts.uploadApi.replace(/\/+$/, "")) + path;
            return withRetry(retryCtx, signal, function() {
              return sendOnce(deps.transport, {
                method: "POST",
                url: url,
                headers: postHeaders(started || undefined),
                body: body,
                timeoutMs: opts.requestTimeoutMs,
                signal: signal
              }, where);
            });
          }
          function fail(e) {
            if (finished) return;
            finished = true;
            progress.stop();
            withdrawWaiting();
            dropHashed();
            cancelled.abort();
            settle.reject(e);
            abortOnServer();
          }
          function withdrawWaiting() {
            while (waiting.length) {
              var w = waiting.pop();
              w.withdraw();
              inFlight--;
              pending.unshift(w.range);
            }
          }
          function abortOnServer() {
            var s = started;
            if (!s) return;
            var sent = completing;
            if (sent) {
              sent.then(function(stored) {
                runDiscard(deps, stored, opts).then(undefined, function() {});
              }, function() {
                var own = new Aborter;
                post("/multipart/abort", abortBody(base, s), own, "the abort request (/multipart/abort)").then(undefined, function() {});
              });
              return;
            }
            var all = running.slice();
            var after = function() {
              var own = new Aborter;
              post("/multipart/abort", abortBody(base, s), own, "the abort request (/multipart/abort)").then(undefined, function() {});
            };
            Promise.all(all.map(function(p) {
              return p.then(undefined, function() {});
            })).then(after);
          }
          function pump() {
            var _loop_1 = function() {
              var range = pending.shift();
              inFlight++;
              var entry = {
                range: range,
                withdraw: function() {}
              };
              waiting.push(entry);
              entry.withdraw = deps.queue.acquire(function(release) {
                var i = waiting.indexOf(entry);
                if (i >= 0) waiting.splice(i, 1);
                var p = runPart(range).then(function() {
                  release();
                  inFlight--;
                  done++;
                  if (done === ranges.length) complete(); else pump();
                }, function(e) {
                  release();
                  inFlight--;
                  if (finished) return;
                  if (paused && e.name === "AbortError" && !cancelled.aborted) {
                    pending.unshift(range);
                    return;
                  }
                  fail(e);
                });
                running.push(p);
                p.then(function() {
                  running.splice(running.indexOf(p), 1);
                });
              });
            };
            while (!finished && !paused && pending.length && inFlight < opts.maxConcurrentUploads) {
              _loop_1();
            }
            prefetch();
          }
          function runPart(range) {
            var size = range.end - range.start;
            var partSignal = pauser.child();
            var unlinkCancel = cancelled.onAbort(function() {
              partSignal.aborter.abort();
            });
            var signal = partSignal.aborter;
            var cleanup = function() {
              partSignal.dispose();
              unlinkCancel();
            };
            var md5 = "";
            var bytes;
            var releaseBytes;
            var dropBytes = function() {
              bytes = undefined;
              if (releaseBytes) releaseBytes();
              releaseBytes = undefined;
            };
            var where = "part " + range.number + " of " + ranges.length;
            var getTarget = function() {
              return post("/multipart/upload", uploadBody(base, started, range.number, size, md5), signal, "the upload request of " + where + " (/multipart/upload)").then(function(res) {
                return parsePartTarget(res.text, range.number);
              });
            };
            var put = function(target, progressed) {
              if (!uploadStartFired) {
                uploadStartFired = true;
                if (events.onUploadStart) events.onUploadStart();
              }
              var attempt = signal.child();
              var stalled = false;
              var high = 0;
              var timer = null;
              var arm = function() {
                if (timer !== null) env.clearTimeout(timer);
                timer = env.setTimeout(function() {
                  stalled = true;
                  attempt.aborter.abort();
                }, opts.stallTimeoutMs);
              };
              arm();
              var stop = function() {
                if (timer !== null) env.clearTimeout(timer);
                timer = null;
                attempt.dispose();
              };
              return sendOnce(deps.transport, {
                method: "PUT",
                url: target.url,
                headers: target.headers,
                body: bytes || source.slice(range.start, range.end),
                signal: attempt.aborter,
                onUploadProgress: function(loaded) {
                  if (loaded > high) {
                    high = loaded;
                    progressed();
                    arm();
                  }
                  progress.update(range.number, loaded, size);
                }
              }, "the storage PUT of " + where).then(function(res) {
                stop();
                var etag = res.headers.get("etag");
                if (!etag) throw new errors.Js(MISSING_ETAG_MESSAGE.replace("{part}", String(range.number)));
                return etag;
              }, function(e) {
                stop();
                if (stalled && !signal.aborted && e instanceof AttemptFailure && e.outcome.kind === "abort") {
                  throw new AttemptFailure({
                    kind: "stall"
                  }, new errors.Js(errors.H3 + "the storage PUT of " + where + " stalled: no upload progress for " + opts.stallTimeoutMs + " ms"));
                }
                throw e;
              });
            };
            var putWithRenewal = function(renewals) {
              return getTarget().then(function(target) {
                return withRetry(retryCtx, signal, function(progressed) {
                  return put(target, progressed);
                });
              }).then(undefined, function(e) {
                if ((0, errors.TX)(e) && e.status === 403 && e.method === "PUT" && renewals < opts.maxUrlRenewals && !signal.aborted) {
                  return putWithRenewal(renewals + 1);
                }
                throw e;
              });
            };
            return digestOf(range).then(function(d) {
              md5 = d.md5;
              bytes = d.bytes;
              releaseBytes = d.release;
              if (signal.aborted) {
                dropBytes();
                throw new errors.lc;
              }
              return putWithRenewal(0);
            }).then(function(etag) {
              cleanup();
              dropBytes();
              etags[range.number - 1] = etag;
              progress.complete(range.number, size);
            }, function(e) {
              cleanup();
              dropBytes();
              throw e;
            });
          }
          function complete() {
            if (finished) return;
            if (events.onUploadComplete) events.onUploadComplete();
            var s = started;
            var where = "the complete request (/multipart/complete)";
            var body = completeBody(base, s, file, etags);
            var pollOpts = {
              retries: 0,
              factor: opts.retryOptions.factor,
              minTimeout: opts.retryOptions.minTimeout,
              maxTimeout: Math.min(opts.retryOptions.maxTimeout, 5e3)
            };
            var own = new Aborter;
            var ask = function(poll) {
              return post("/multipart/complete", body, own, where).then(function(res) {
                if (res.status !== 202) return parseStored(res.text, deps.hosts.fileApi, where, file);
                if (poll >= opts.maxCompletePolls) {
                  throw new errors.Js(errors.H3 + where + " was still answering 202 (processing) after " + opts.maxCompletePolls + " polls; giving up");
                }
                return sleep(env, backoffDelay(pollOpts, poll + 1, env.random()), own).then(function() {
                  return ask(poll + 1);
                });
              });
            };
            completing = ask(0);
            completing.then(function(stored) {
              if (finished) return;
              finished = true;
              progress.finish();
              settle.resolve(stored);
            }, function(e) {
              fail(e);
            });
          }
          function begin() {
            if (events.onStart) events.onStart();
            post("/multipart/start", startBody(base, file), cancelled, "the start request (/multipart/start)").then(function(res) {
              var s = parseStart(res.text, deps.hosts.uploadApi);
              started = s;
              if (finished) {
                abortOnServer();
                return;
              }
              pump();
            }).then(undefined, function(e) {
              fail(e);
            });
          }
          var task = {
            promise: promise,
            cancel: function() {
              if (finished) return;
              fail(new errors.lc);
            },
            pause: function() {
              if (finished || paused) return;
              paused = true;
              withdrawWaiting();
              pauser.abort();
            },
            resume: function() {
              if (finished || !paused) return;
              paused = false;
              pauser = new Aborter;
              if (started) pump();
            }
          };
          var kickoff = env.setTimeout(function() {
            if (!finished) begin();
          }, 0);
          cancelled.onAbort(function() {
            env.clearTimeout(kickoff);
          });
          return task;
        }
        function validateSource(file) {
          var f = file;
          if (!f || typeof f !== "object" || typeof f.size !== "number" || typeof f.slice !== "function") {
            throw new errors.yI("file", errors.H3 + "`file` must be a File or Blob (in Node also a Buffer or Uint8Array), got " + (f === null ? "null" : typeof f));
          }
          if (f.size === 0) throw new errors.yI("file", errors.H3 + "`file` is empty (0 bytes): there is nothing to upload");
          return f;
        }
        function runServerTask(deps, task, events, opts) {
          var abort = new Aborter;
          var finished = false;
          var promise = new Promise(function(resolve, reject) {
            abort.onAbort(function() {
              if (!finished) {
                finished = true;
                reject(new errors.lc);
              }
            });
            deps.env.setTimeout(function() {
              if (finished) return;
              if (events.onStart) events.onStart();
              withRetry({
                env: deps.env,
                retry: opts.retryOptions,
                onRetry: events.onRetry
              }, abort, function() {
                return sendOnce(deps.transport, (0, tslib_es6.Cl)((0, tslib_es6.Cl)({}, task.request), {
                  timeoutMs: opts.requestTimeoutMs,
                  signal: abort
                }), task.where);
              }).then(function(res) {
                var stored = parseStored(res.text, deps.fileApi, task.where, {
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
        function storeUrlEndpoint(hosts, apikey, store, security) {
          var q = [ "key=" + encodeURIComponent(apikey) ];
          var add = function(k, v) {
            if (v) q.push(k + "=" + encodeURIComponent(v));
          };
          add("filename", store.filename);
          add("path", store.path);
          add("container", store.container);
          add("access", store.access);
          add("region", store.region);
          if (security) {
            add("policy", security.policy);
            add("signature", security.signature);
          }
          return hosts.storeApi.replace(/\/+$/, "") + "/" + encodeURIComponent(store.location || "s3") + "?" + q.join("&");
        }
        function runStoreUrl(deps, url, store, events, opts) {
          if (typeof url !== "string" || !/^https?:\/\/\S+$/i.test(url)) {
            throw new errors.yI("url", errors.H3 + "`url` must be an http(s) URL, got " + (typeof url === "string" ? '"' + url + '"' : typeof url));
          }
          var endpoint = storeUrlEndpoint(deps.hosts, deps.apikey, store, deps.security);
          return runServerTask({
            transport: deps.transport,
            env: deps.env,
            fileApi: deps.hosts.fileApi
          }, {
            request: {
              method: "POST",
              url: endpoint,
              headers: {
                "Content-Type": "application/x-www-form-urlencoded"
              },
              body: "url=" + encodeURIComponent(url)
            },
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
        function checkRef(container, path, needPath) {
          if (typeof container !== "string" || !container) {
            throw new errors.yI("customSourceContainer", errors.H3 + "`customSourceContainer` must be a bucket name, got " + (typeof container === "string" ? '""' : typeof container));
          }
          if (typeof path !== "string" || needPath && !path) {
            throw new errors.yI("path", errors.H3 + "`path` must be " + (needPath ? "the key of a file" : "a folder (key prefix)") + " of the custom source, got " + typeof path);
          }
        }
        function str(v) {
          return typeof v === "string";
        }
        function parseListing(text, where) {
          var o = parseJson(text, where);
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
            checkRef(container, path, false);
          } catch (e) {
            return Promise.reject(e);
          }
          var q = [ "key=" + encodeURIComponent(deps.apikey), "container=" + encodeURIComponent(container), "path=" + encodeURIComponent(path) ];
          if (cursor) q.push("cursor=" + encodeURIComponent(cursor));
          if (deps.security && deps.security.policy) q.push("policy=" + encodeURIComponent(deps.security.policy));
          if (deps.security && deps.security.signature) q.push("signature=" + encodeURIComponent(deps.security.signature));
          var url = customSourceBase(deps.hosts) + "/list?" + q.join("&");
          var where = "the custom source listing (" + customSourceBase(deps.hosts) + ")";
          var abort = new Aborter;
          return withRetry({
            env: deps.env,
            retry: opts.retryOptions
          }, abort, function() {
            return sendOnce(deps.transport, {
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
          checkRef(source && source.container, source && source.path, true);
          var where = "the custom source copy (" + customSourceBase(deps.hosts) + ")";
          var body = {
            apikey: deps.apikey,
            container: source.container,
            path: source.path,
            store: storeBody(store)
          };
          if (deps.security && deps.security.policy) body.policy = deps.security.policy;
          if (deps.security && deps.security.signature) body.signature = deps.security.signature;
          return runServerTask({
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
        function defaultTransport() {
          if (typeof XMLHttpRequest !== "undefined") return xhrTransport();
          return nodeHttpAvailable() ? nodeHttpTransport() : fetchTransport();
        }
        function toSource(file) {
          if (file && typeof Uint8Array !== "undefined" && file instanceof Uint8Array && typeof Blob !== "undefined") {
            var bytes_1 = file;
            var view = {
              size: bytes_1.byteLength,
              type: "",
              slice: function(start, end) {
                return new Blob([ bytes_1.subarray(start || 0, end === undefined ? bytes_1.byteLength : end) ]);
              }
            };
            return view;
          }
          return validateSource(file);
        }
        function createUploader(config) {
          if (!config || typeof config.apikey !== "string" || !config.apikey) {
            throw new errors.yI("apikey", errors.H3 + "`apikey` must be a non-empty string, got " + (config ? typeof config.apikey : "no configuration"));
          }
          if (!config.hosts || typeof config.hosts.uploadApi !== "string") {
            throw new errors.yI("hosts", errors.H3 + "`hosts` must be a Hosts object with `uploadApi`, `fileApi` and `storeApi`");
          }
          var base = resolveOptions((0, tslib_es6.Cl)({
            partSize: config.partSize,
            maxConcurrentUploads: config.maxConcurrentUploads,
            retryOptions: config.retryOptions
          }, config.tuning || {}));
          var env = config.env || defaultEnvironment({
            workerUrl: config.workerUrl
          });
          var transport = config.transport || defaultTransport();
          var queue = new PartQueue(base.maxConcurrentUploads);
          var hasher = (0, md5.qj)(env, base.maxConcurrentUploads, env.md5Workers);
          var deps = {
            transport: transport,
            env: env,
            hosts: config.hosts,
            apikey: config.apikey,
            security: config.security,
            queue: queue,
            hasher: hasher
          };
          return {
            upload: function(file, store, events, overrides) {
              var opts = overrides ? resolveOptions(overrides, base) : base;
              var source = toSource(file);
              validateSource(source);
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
            }
          };
        }
        var LOCATIONS = [ "s3", "azure", "dropbox", "rackspace", "gcs" ];
        var ACCESS = [ "public", "private" ];
        function shown(v) {
          return (typeof v === "string" ? '"' + v + '"' : String(v)) + " (" + (v === null ? "null" : typeof v) + ")";
        }
        function optionalString(o, key) {
          var v = o[key];
          if (v === undefined || v === null) return undefined;
          if (typeof v !== "string") throw new errors.yI(key, errors.H3 + "`" + key + "` must be a string, got " + shown(v));
          return v || undefined;
        }
        function normalizeStoreOptions(input) {
          if (input === undefined || input === null) return {
            location: "s3"
          };
          if (typeof input !== "object") throw new errors.yI("storeOptions", errors.H3 + "`storeOptions` must be an object, got " + shown(input));
          var out = {};
          var loc = optionalString(input, "location");
          var lower = (loc || "s3").toLowerCase();
          if (LOCATIONS.indexOf(lower) < 0) {
            throw new errors.yI("location", errors.H3 + "`location` must be one of " + LOCATIONS.join(", ") + " (any case), got " + shown(loc));
          }
          out.location = lower;
          var access = optionalString(input, "access");
          if (access !== undefined) {
            var a = access.toLowerCase();
            if (ACCESS.indexOf(a) < 0) throw new errors.yI("access", errors.H3 + '`access` must be "public" or "private", got ' + shown(access));
            out.access = a;
          }
          var container = optionalString(input, "container");
          if (container) out.container = container;
          var region = optionalString(input, "region");
          if (region) out.region = region;
          var path = optionalString(input, "path");
          if (path) out.path = path;
          var filename = optionalString(input, "filename");
          if (filename) out.filename = filename;
          return out;
        }
        function toClientProgress(p) {
          var percent = p.total > 0 ? p.loaded >= p.total ? 100 : Math.min(99, Math.floor(p.loaded / p.total * 100)) : 100;
          return {
            totalProgressPercent: percent,
            progressTotal: p.loaded,
            part: p.part || 0,
            loaded: p.partLoaded || 0,
            byteLength: p.partSize || 0,
            totalBytes: p.total
          };
        }
        var CALLBACKS = [ "onStart", "onUploadStart", "onProgress", "onRetry", "onUploadComplete" ];
        function resolveHosts(h) {
          if (h === undefined || h === null) return DEFAULT_HOSTS;
          if (typeof h === "string") {
            if (!/^https?:\/\/[^/\s]+/i.test(h)) throw new errors.yI("hosts", errors.H3 + '`hosts` as a string must be an http(s) base URL, got "' + h + '"');
            return hostsFromBase(h);
          }
          if (typeof h !== "object") throw new errors.yI("hosts", errors.H3 + "`hosts` must be a base URL or an object of host URLs, got " + typeof h);
          return mergeHosts(DEFAULT_HOSTS, h);
        }
        function checkSecurity(security) {
          if (security === undefined || security === null) return undefined;
          var s = security;
          if (typeof s !== "object" || typeof s.policy !== "string" || !s.policy || typeof s.signature !== "string" || !s.signature) {
            throw new errors.yI("security", errors.H3 + "`security` must carry both `policy` and `signature` as non-empty strings");
          }
          return {
            policy: s.policy,
            signature: s.signature
          };
        }
        function init(apiKey, security, options) {
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
                if (token !== undefined && token !== null && typeof token !== "object") throw new errors.yI("token", errors.H3 + "`token` must be an object, got " + typeof token);
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
                  retryOptions: u.retryOptions
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
                return engine.storeUrl(url, normalizeStoreOptions(storeOptions)).promise;
              } catch (e) {
                return Promise.reject(e);
              }
            }
          };
        }
        function coerce_describe(value) {
          if (value === null) return "null";
          if (value === undefined) return "undefined";
          if (typeof value === "function") return "a function";
          if (typeof value === "string") return clip(JSON.stringify(value)) + " (string)";
          if (typeof value === "number" || typeof value === "boolean") return String(value) + " (" + typeof value + ")";
          var text;
          try {
            text = JSON.stringify(value);
          } catch (_a) {
            text = Object.prototype.toString.call(value);
          }
          return clip(text === undefined ? String(value) : text) + (isArray(value) ? " (array)" : " (" + typeof value + ")");
        }
        function clip(s) {
          return s.length > 80 ? s.slice(0, 77) + "..." : s;
        }
        function isArray(value) {
          return Object.prototype.toString.call(value) === "[object Array]";
        }
        function isObject(value) {
          return typeof value === "object" && value !== null && !isArray(value);
        }
        function fail(name, expected, value) {
          throw new errors.yI(name, errors.H3 + "`" + name + "` must be " + expected + ", got " + coerce_describe(value));
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
          return fail(name, 'true or false (or the string "true" or "false")', value);
        }
        function toWholeNumber(name, value, min) {
          var n = asNumber(value);
          if (n === undefined || n % 1 !== 0 || n < min) return fail(name, "a whole number of at least " + min, value);
          return n;
        }
        function toNumberInRange(name, value, min, max, what) {
          if (what === void 0) {
            what = "a number";
          }
          var n = asNumber(value);
          if (n === undefined || n < min || n > max) return fail(name, what + " from " + min + " to " + max, value);
          return n;
        }
        function toPositiveNumber(name, value) {
          var n = asNumber(value);
          if (n === undefined || n <= 0) return fail(name, "a number greater than 0", value);
          return n;
        }
        function toStr(name, value, nonEmpty) {
          if (nonEmpty === void 0) {
            nonEmpty = true;
          }
          if (typeof value !== "string" || nonEmpty && !trim(value)) return fail(name, nonEmpty ? "a non-empty string" : "a string", value);
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
              return fail(name, "a string or a list of strings", value);
            }
          }
          return out;
        }
        function toPair(name, value, nulls) {
          var items = isArray(value) ? value : typeof value === "string" ? value.split(",") : undefined;
          var expected = nulls === "one" ? "a [width, height] pair of positive numbers, one of which may be null" : "a [width, height] pair of positive numbers";
          if (!items || items.length !== 2) return fail(name, expected, value);
          var out = [];
          for (var i = 0; i < 2; i++) {
            var item = items[i];
            var empty = item === null || item === undefined || typeof item === "string" && (trim(item) === "" || trim(item) === "null");
            if (empty) {
              out.push(null);
              continue;
            }
            var n = asNumber(item);
            if (n === undefined || n <= 0) return fail(name, expected, value);
            out.push(n);
          }
          var nullCount = (out[0] === null ? 1 : 0) + (out[1] === null ? 1 : 0);
          if (nullCount > (nulls === "one" ? 1 : 0)) return fail(name, expected, value);
          return [ out[0], out[1] ];
        }
        function toStrictPair(name, value) {
          var p = toPair(name, value, "none");
          return [ p[0], p[1] ];
        }
        var LOCAL_HTTP = /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/i;
        function toSafeUrl(name, value) {
          if (typeof value === "string") {
            var s = trim(value);
            if (/^https:\/\/[^\s/]+/i.test(s) || /^\/\/[^\s/]+/.test(s) || LOCAL_HTTP.test(s)) {
              if (!/\s/.test(s)) return s;
            }
          }
          return fail(name, "an https:// URL (or //host/… ; http:// only for localhost)", value);
        }
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
          var out = (0, tslib_es6.Cl)({}, base);
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
            return fail(option, 'a service name (like "COMPUTER") or a number of filepicker.services', value);
          }
          var s = trim(("" + value).replace(" ", ""));
          if (!s) return fail(option, 'a service name (like "COMPUTER") or a number of filepicker.services', value);
          if (typeof value === "number" || /^\d+$/.test(s)) {
            var name_1 = BY_NUMBER[String(Number(s))];
            if (!name_1) return fail(option, "a number of filepicker.services (1 to 26)", value);
            return name_1;
          }
          return s.toUpperCase();
        }
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
          return known(base) ? base : undefined;
        }
        function toServices(name, value) {
          var items = isArray(value) ? value : typeof value === "string" ? value.split(",") : [ value ];
          var out = [];
          for (var i = 0; i < items.length; i++) {
            var item = items[i];
            if (item === null || item === undefined || typeof item === "string" && !trim(item)) continue;
            out.push(serviceName(name, item));
          }
          return out;
        }
        function toLanguage(name, value, d) {
          var code = normalizeLanguage(value);
          if (!code) return fail(name, "one of the supported language codes (" + LANGUAGES.join(", ") + ")", value);
          var asGiven = trim(value).replace(/-/g, "_").toLowerCase();
          if (code !== asGiven) warn(d, name, "filepicker: `" + name + '` "' + value + '" is not available; using "' + code + '"');
          return code;
        }
        var DIALOG_ROWS = {
          container: {
            apply: function(v, d, n) {
              return d.config.container = trim(toStr(n, v));
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
              return d.config.openTo = serviceName(n, v);
            }
          },
          language: {
            apply: function(v, d, n) {
              return d.config.language = toLanguage(n, v, d);
            }
          },
          backgroundUpload: {
            apply: function(v, d, n) {
              return d.config.backgroundUpload = toBool(n, v);
            }
          },
          hide: {
            apply: function(v, d, n) {
              return d.config.hide = toBool(n, v);
            }
          },
          customCss: {
            apply: function(v, d, n) {
              return d.config.customCss = toSafeUrl(n, v);
            }
          },
          customText: {
            apply: function(v, d, n) {
              return d.config.customText = toSafeUrl(n, v);
            }
          },
          customSourceContainer: {
            apply: function(v, d, n) {
              return d.config.customSourceContainer = trim(toStr(n, v));
            }
          },
          customSourcePath: {
            apply: function(v, d, n) {
              return d.config.customSourcePath = toStr(n, v);
            }
          },
          debug: {
            apply: function(v, d, n) {
              return d.debug = toBool(n, v);
            }
          },
          suggestedFilename: {
            apply: function(v, d, n) {
              return d.suggestedFilename = toStr(n, v);
            }
          },
          mobile: unsupported("the dialog adapts to the screen by itself"),
          redirectUrl: unsupported("results are always delivered to the callbacks"),
          noFileReader: unsupported("files are always read with the File API"),
          showClose: unsupported("the dialog always has a close button"),
          convertUrl: unsupported("it was internal to processImage"),
          cloudinaryUploadPreset: unsupported("Cloudinary storage is not supported")
        };
        var CONVERSIONS = [ "crop", "rotate", "filter" ];
        function toRatio(name, value) {
          if (typeof value === "string") {
            var m = /^\s*([^/]+)\/([^/]+)$/.exec(value);
            if (m) {
              var a = asNumber(trim(m[1]));
              var b = asNumber(trim(m[2]));
              if (a !== undefined && b !== undefined && a > 0 && b > 0) return a / b;
              return fail(name, "a number greater than 0 (like 4/3 or 1.5)", value);
            }
          }
          var n = asNumber(value);
          if (n === undefined || n <= 0) return fail(name, "a number greater than 0 (like 4/3 or 1.5)", value);
          return n;
        }
        function toConversions(name, value) {
          var list = toStringList(name, value);
          var out = [];
          for (var i = 0; i < list.length; i++) {
            var c = list[i].toLowerCase();
            if (CONVERSIONS.indexOf(c) < 0) return fail(name, 'a list of "crop", "rotate" and "filter"', value);
            if (out.indexOf(c) < 0) out.push(c);
          }
          return out;
        }
        function applyQuality(value, d, name) {
          var q = toNumberInRange(name, value, 0, 100);
          if (q === 0) warn(d, name, "filepicker: `" + name + "` 0 means no compression (as in v2); use 1 to 100 to compress"); else d.image.quality = q;
        }
        var IMAGE_ROWS = {
          imageQuality: {
            apply: applyQuality
          },
          imageDim: {
            apply: function(v, d, n) {
              return d.image.dim = toPair(n, v, "one");
            }
          },
          imageMax: {
            apply: function(v, d, n) {
              return d.image.max = toPair(n, v, "none");
            }
          },
          imageMin: {
            apply: function(v, d, n) {
              return d.image.min = toPair(n, v, "none");
            }
          },
          cropRatio: {
            apply: function(v, d, n) {
              return d.crop.ratio = toRatio(n, v);
            }
          },
          cropDim: {
            apply: function(v, d, n) {
              return d.crop.dim = toStrictPair(n, v);
            }
          },
          cropMax: {
            apply: function(v, d, n) {
              return d.crop.max = toStrictPair(n, v);
            }
          },
          cropMin: {
            apply: function(v, d, n) {
              return d.crop.min = toStrictPair(n, v);
            }
          },
          cropForce: {
            apply: function(v, d, n) {
              return d.crop.force = toBool(n, v);
            }
          },
          conversions: {
            apply: function(v, d, n) {
              return d.config.conversions = toConversions(n, v);
            }
          }
        };
        function toMimetypes(name, value) {
          var list = toStringList(name, value);
          for (var i = 0; i < list.length; i++) {
            if (!/^[^\s/]+\/[^\s/]+$/.test(list[i])) return fail(name, 'a MIME type like "image/*" or "application/pdf" (or a list of them)', list[i]);
            list[i] = list[i].toLowerCase();
          }
          return list;
        }
        function toExtensions(name, value) {
          var list = toStringList(name, value);
          for (var i = 0; i < list.length; i++) {
            if (/[\s/\\]/.test(list[i]) || list[i] === ".") return fail(name, 'a file extension like ".pdf" (or a list of them)', list[i]);
            if (list[i].charAt(0) !== ".") list[i] = "." + list[i];
          }
          return list;
        }
        var RESTRICTION_ROWS = {
          mimetype: {
            apply: function(v, d, n) {
              return d.lists.mimetype = toMimetypes(n, v);
            }
          },
          mimetypes: {
            apply: function(v, d, n) {
              return d.lists.mimetypes = toMimetypes(n, v);
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
              return d.config.maxSize = toWholeNumber(n, v, 1);
            }
          },
          maxFiles: {
            apply: function(v, d, n) {
              return d.config.maxFiles = toWholeNumber(n, v, 1);
            }
          },
          multiple: {
            apply: function(v, d, n) {
              return d.multiple = toBool(n, v);
            }
          },
          folders: {
            apply: function(v, d, n) {
              return d.config.folders = toBool(n, v);
            }
          }
        };
        function toSecret(name, value) {
          if (typeof value === "string" && trim(value)) return trim(value);
          var kind = typeof value === "string" ? "an empty string" : "a value of type " + (isArray(value) ? "array" : typeof value);
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
        var storeFields_LOCATIONS = [ "s3", "azure", "dropbox", "rackspace", "gcs" ];
        var storeFields_ACCESS = [ "public", "private" ];
        function oneOf(name, value, allowed) {
          if (typeof value === "string") {
            var s = trim(value).toLowerCase();
            for (var i = 0; i < allowed.length; i++) if (allowed[i] === s) return allowed[i];
          }
          return fail(name, "one of " + allowed.join(", ") + " (any case)", value);
        }
        function toLocation(name, value) {
          return oneOf(name, value, storeFields_LOCATIONS);
        }
        function toAccess(name, value) {
          return oneOf(name, value, storeFields_ACCESS);
        }
        function toPath(name, value) {
          return toStr(name, value);
        }
        function toName(name, value) {
          var s = toStr(name, value);
          if (/\s/.test(trim(s))) return fail(name, "a name without spaces", value);
          return trim(s);
        }
        var STORE_ROWS = {
          storeLocation: {
            apply: function(v, d, n) {
              return d.store.location = toLocation(n, v);
            }
          },
          storePath: {
            apply: function(v, d, n) {
              return d.store.path = toPath(n, v);
            }
          },
          storeContainer: {
            apply: function(v, d, n) {
              return d.store.container = toName(n, v);
            }
          },
          storeRegion: {
            apply: function(v, d, n) {
              return d.store.region = toName(n, v);
            }
          },
          storeAccess: {
            apply: function(v, d, n) {
              return d.store.access = toAccess(n, v);
            }
          }
        };
        var VIDEO_RES = [ "320x240", "640x480", "1280x720" ];
        var MAX_RECORDING = 5400;
        function toVideoRes(name, value) {
          var s = typeof value === "string" ? trim(value).toLowerCase() : "";
          if (VIDEO_RES.indexOf(s) < 0) return fail(name, 'one of "' + VIDEO_RES.join('", "') + '"', value);
          return s;
        }
        var WEBCAM_ROWS = {
          videoRes: {
            apply: function(v, d, n) {
              return d.webcam.videoRes = toVideoRes(n, v);
            }
          },
          videoLen: {
            apply: function(v, d, n) {
              return d.webcam.videoLen = toNumberInRange(n, v, 1, MAX_RECORDING, "a number of seconds");
            }
          },
          audioLen: {
            apply: function(v, d, n) {
              return d.webcam.audioLen = toNumberInRange(n, v, 1, MAX_RECORDING, "a number of seconds");
            }
          },
          webcamDim: {
            apply: function(v, d, n) {
              return d.webcam.dim = toStrictPair(n, v);
            }
          }
        };
        var WEBCAM_KEYS = Object.keys(WEBCAM_ROWS);
        var WEBCAM_TOP_ROWS = {
          webcam: {
            apply: function(v, d, n) {
              if (!isObject(v)) return fail(n, 'an object like {videoRes: "640x480", videoLen: 120}', v);
              runTable(WEBCAM_ROWS, v, d, n + ".", function(key) {
                return warn(d, n + "." + key, unknownKeyMessage("webcam option", key, WEBCAM_KEYS));
              });
            }
          },
          webcamDim: {
            apply: function(v, d, n) {
              return d.webcamTopDim = toStrictPair(n, v);
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
        function bothTypesMessage(mode) {
          return "Error: Cannot pass in both mimetype and extension parameters to the " + (mode === "export" ? "export" : "pick") + " function";
        }
        function pluralWins(d, singular) {
          var plural = singular + "s";
          var one = d.lists[singular];
          var many = d.lists[plural];
          if (!many || !many.length) return one;
          if (one && one.length && one.join(",") !== many.join(",")) {
            warn(d, singular, "filepicker: both `" + singular + "` and `" + plural + "` are given; `" + plural + "` is used");
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
          if (mimetypes.length && extensions.length) throw new errors.yI("mimetype", bothTypesMessage(d.mode));
          var anything = mimetypes.indexOf("*/*") >= 0;
          var named = pluralWins(d, "service");
          var sources = named && named.length ? dedupe(named) : DEFAULT_SOURCES.concat(d.config.customSourceContainer ? [ "CUSTOMSOURCE" ] : []);
          if (d.config.openTo && sources.indexOf(d.config.openTo) < 0) {
            warn(d, "openTo", 'filepicker: `openTo` "' + d.config.openTo + '" is not one of the sources (' + sources.join(", ") + "); the dialog opens on the first source");
          }
          var multiple = d.mode === "pickMultiple" || d.mode !== "pickFolder" && d.mode !== "export" && !!d.multiple;
          if ((d.mode === "pickFolder" || d.mode === "export") && d.multiple) {
            warn(d, "multiple", "filepicker: `multiple` has no effect for " + d.mode);
            multiple = false;
          }
          if (d.config.folders && !multiple) {
            warn(d, "folders", "filepicker: `folders` only applies when picking multiple files");
          }
          if (d.config.maxFiles !== undefined && d.config.maxFiles > 1 && !multiple) {
            warn(d, "maxFiles", "filepicker: `maxFiles` only applies when picking multiple files (set `multiple: true` or use pickMultiple)");
          }
          pairWarning(d);
          if (multiple && d.mode !== "pickAndStore" && d.store.path && d.store.path.charAt(d.store.path.length - 1) !== "/") {
            warn(d, "storePath", 'filepicker: `storePath` "' + d.store.path + '" is a file path; with multiple files each one replaces the last. End it with "/"');
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
            sources: sources
          });
          if (hasKeys(d.image)) config.image = d.image;
          if (hasKeys(d.crop)) config.crop = d.crop;
          if (hasKeys(webcam)) config.webcam = webcam;
          var store = (0, tslib_es6.Cl)({}, d.store);
          if (d.suggestedFilename !== undefined) {
            if (d.mode === "export") store.filename = d.suggestedFilename; else warn(d, "suggestedFilename", "filepicker: `suggestedFilename` only applies to export");
          }
          return {
            config: config,
            store: store,
            security: (0, tslib_es6.Cl)({}, d.security),
            debug: d.debug,
            warnings: d.warnings
          };
        }
        function translatePickerDraft(input, mode, env) {
          if (env === void 0) {
            env = {};
          }
          var d = newDraft(mode, env || {});
          if (input !== null && input !== undefined) {
            if (!isObject(input)) return fail("options", "an object of picker options", input);
            runTable(PICKER_TABLE, input, d, "", function(key) {
              return warn(d, key, unknownKeyMessage("picker option", key, PICKER_KEYS));
            });
          }
          return finish(d);
        }
        function storeOnly(apply) {
          return {
            apply: function(v, d, n) {
              if (d.context === "store") apply(v, d, n); else warn(d, n, "filepicker: store option `" + n + "` has no effect for pickAndStore (it applies to filepicker.store)");
            }
          };
        }
        function singleMimetype(name, value) {
          var list = toMimetypes(name, toStr(name, value));
          if (list.length !== 1) return fail(name, 'one MIME type like "text/plain"', value);
          return list[0];
        }
        var STORE_OPTION_TABLE = {
          location: {
            apply: function(v, d, n) {
              return d.store.location = toLocation(n, v);
            }
          },
          path: {
            apply: function(v, d, n) {
              return d.store.path = toPath(n, v);
            }
          },
          container: {
            apply: function(v, d, n) {
              return d.store.container = toName(n, v);
            }
          },
          storeContainer: {
            apply: function(v, d, n) {
              return d.storeContainer = toName(n, v);
            }
          },
          region: {
            apply: function(v, d, n) {
              return d.store.region = toName(n, v);
            }
          },
          storeRegion: {
            apply: function(v, d, n) {
              return d.storeRegion = toName(n, v);
            }
          },
          access: {
            apply: function(v, d, n) {
              return d.store.access = toAccess(n, v);
            }
          },
          filename: storeOnly(function(v, d, n) {
            return d.store.filename = toStr(n, v);
          }),
          mimetype: storeOnly(function(v, d, n) {
            return d.content.mimetype = singleMimetype(n, v);
          }),
          base64decode: storeOnly(function(v, d, n) {
            return d.content.base64decode = toBool(n, v);
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
            if (!isObject(input)) return fail("storeOptions", "an object of store options", input);
            runTable(STORE_OPTION_TABLE, input, d, "", function(key) {
              return warn(d, key, unknownKeyMessage("store option", key, STORE_KEYS));
            });
          }
          if (d.storeContainer !== undefined) d.store.container = d.storeContainer;
          if (d.storeRegion !== undefined) d.store.region = d.storeRegion;
          pairWarning(d);
          return {
            store: d.store,
            security: d.security,
            content: d.content,
            warnings: d.warnings
          };
        }
        function storeDefaults(store, context) {
          var out = mergeDefined({
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
          var store = storeDefaults(mergeDefined(picked.store, stored.store), "pickAndStore");
          checkMultiplePath(picked.config.multiple, store.path);
          var security = picked.security.policy || picked.security.signature ? picked.security : stored.security;
          return {
            config: picked.config,
            store: store,
            security: security,
            debug: picked.debug,
            warnings: picked.warnings.concat(stored.warnings)
          };
        }
        var options_translateStoreDraft;
        var options_storeDefaults;
        function translatePickerOptions(input, mode, env) {
          var t = translatePickerDraft(input, mode, env);
          if (mode === "pickAndStore") {
            t.store = storeDefaults(t.store, "pickAndStore");
            checkMultiplePath(t.config.multiple, t.store.path);
          }
          return t;
        }
        function translateStoreOptions(input, context) {
          var t = options_translateStoreDraft(input, context);
          t.store = options_storeDefaults(t.store, context);
          return t;
        }
        var base64 = __webpack_require__(319);
        var FilepickerException = __webpack_require__(119);
        var FPError = __webpack_require__(948);
        var members = __webpack_require__(669);
        var callbacks = __webpack_require__(442);
        var blob = __webpack_require__(367);
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
          var env = typeof navigator !== "undefined" ? {
            userAgent: navigator.userAgent,
            standalone: !!navigator.standalone
          } : {};
          var t = (0, callbacks.yJ)(function() {
            return mode === "pickAndStore" ? translatePickAndStore(pickerOptions, storeOptions, env) : translatePickerOptions(pickerOptions, mode, env);
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
          var uploader = ctx.uploader(t.security);
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
          });
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
          var _loop_1 = function(i) {
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
              target.services = (0, tslib_es6.Cl)({}, V2_SERVICES);
              break;

             case "base64":
              target.base64 = base64.K3;
              break;

             default:
              {
                var member_1 = own[name_1] || ext[name_1];
                if (!member_1) throw new Error("filepicker: internal error, no implementation for `" + name_1 + "`");
                target[name_1] = function() {
                  return member_1(ctx, arguments);
                };
              }
            }
          };
          for (var i = 0; i < members.N.length; i++) {
            _loop_1(i);
          }
        }
        function replayQueue(target) {
          var queue = target._queue;
          delete target._queue;
          if (!queue || typeof queue.length !== "number") return;
          for (var i = 0; i < queue.length; i++) {
            var entry = queue[i];
            if (!entry) continue;
            var name_1 = entry[0];
            var args = entry[1] || [];
            var fn = target[name_1];
            try {
              if (typeof fn !== "function") throw new Error("filepicker: queued call to unknown method `" + name_1 + "`");
              fn.apply(target, Array.prototype.slice.call(args));
            } catch (e) {
              if (typeof console !== "undefined" && console.error) console.error(e && e.toString ? String(e) : e);
            }
          }
        }
        var LegacyContext = function() {
          function LegacyContext(deps) {
            this.deps = deps;
            this.hosts = DEFAULT_HOSTS;
            this.warned = {};
            this.debug = function() {
              return false;
            };
          }
          LegacyContext.prototype.setKey = function(key) {
            this.apikey = key == null ? undefined : String(key);
          };
          LegacyContext.prototype.getKey = function() {
            return this.apikey;
          };
          LegacyContext.prototype.requireKey = function() {
            if (!this.apikey) throw new FilepickerException.G("API Key not found");
            return this.apikey;
          };
          LegacyContext.prototype.configureHosts = function(hosts) {
            if (typeof hosts === "string" && hosts) this.hosts = hostsFromBase(hosts); else if (hosts && typeof hosts === "object") this.hosts = mergeHosts(this.hosts, hosts);
          };
          LegacyContext.prototype.warnOnce = function(key, message) {
            if (this.warned[key]) return;
            this.warned[key] = true;
            if (typeof console !== "undefined" && console.warn) console.warn(message);
          };
          LegacyContext.prototype.uploader = function(security) {
            return this.deps.uploader({
              apikey: this.requireKey(),
              security: security,
              hosts: this.hosts
            });
          };
          return LegacyContext;
        }();
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
        var checks = __webpack_require__(244);
        var use = onDemand("rest", function() {
          return __webpack_require__.e(845).then(__webpack_require__.bind(__webpack_require__, 220));
        });
        function lazy(name, check) {
          return function(ctx, args) {
            check(ctx, args);
            var copy = argsOf(args);
            use(function(m) {
              m.restMembers[name](ctx, copy);
            });
            return undefined;
          };
        }
        var restMembers = {
          read: lazy("read", checks.xp),
          write: lazy("write", function(ctx, args) {
            return (0, checks.Gf)(ctx, args, false);
          }),
          writeUrl: lazy("writeUrl", function(ctx, args) {
            return (0, checks.Gf)(ctx, args, true);
          }),
          store: lazy("store", checks.ot),
          storeUrl: lazy("storeUrl", checks.L1),
          stat: lazy("stat", checks.RI),
          metadata: lazy("metadata", checks.RI),
          remove: lazy("remove", checks.ju),
          convert: lazy("convert", checks.CF),
          logout: lazy("logout", function() {})
        };
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
          maxFilesHint: "At most {{count}} files",
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
          totalProgress: "Total: {{percent}}%",
          progressOf: "Upload progress of {{filename}}",
          removeFile: "Remove {{filename}}",
          retry: "Retry",
          upload: "Upload",
          done: "Done",
          errorType: "{{filename}} is not an accepted type. Accepted types: {{types}}",
          errorSize: "{{filename}} is too large ({{size}}). The largest file allowed is {{max}}.",
          errorCount: "You can select at most {{max}} files.",
          errorSingle: "Only one file can be selected.",
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
          customHintSingle: "Arrow keys move, Enter opens a folder or chooses a file, Backspace goes up one level.",
          customHintMultiple: "Arrow keys move, Space selects a file, Enter opens a folder or adds the selected files, Backspace goes up one level.",
          customAnnounceFolder: "{{folder}}: {{count}} items",
          edit: "Edit",
          editFile: "Edit {{filename}}",
          editorTitle: "Edit {{filename}}",
          editorForced: "Crop this image before uploading",
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
          editorFailed: "This image could not be edited."
        };
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
          function Translator(locale, custom) {
            this.layers = [ custom || {}, locale || {}, en ];
          }
          Translator.prototype.setLocale = function(table) {
            this.layers[1] = table;
          };
          Translator.prototype.setCustom = function(table) {
            this.layers[0] = table;
          };
          Translator.prototype.t = function(key, vars) {
            for (var i = 0; i < this.layers.length; i++) {
              var v = this.layers[i][key];
              if (typeof v === "string") return interpolate(v, vars);
            }
            return key;
          };
          return Translator;
        }();
        var languages_LANGUAGES = [ "bg", "cs", "da", "de", "el", "en", "es", "es_ar", "es_mx", "fi", "fo", "fr", "fr_ca", "he", "hu", "id", "it", "ko", "ms", "nl", "no", "pl", "pt", "pt_br", "ru", "sk", "sr", "sv", "tr", "uk", "vi", "zh", "zh_tw" ];
        var RTL = [ "he" ];
        function languages_normalizeLanguage(code) {
          return code.replace(/^\s+|\s+$/g, "").replace(/-/g, "_").toLowerCase();
        }
        function languages_known(code) {
          return languages_LANGUAGES.indexOf(code) >= 0;
        }
        function resolveLanguage(configured, browser) {
          var candidates = [];
          if (configured) candidates.push(languages_normalizeLanguage(configured));
          if (browser) {
            var b = languages_normalizeLanguage(browser);
            candidates.push(b, b.split("_")[0]);
          }
          for (var i = 0; i < candidates.length; i++) if (languages_known(candidates[i])) return candidates[i];
          return "en";
        }
        function isRtl(code) {
          return RTL.indexOf(code.split("_")[0]) >= 0;
        }
        function langTag(code) {
          var parts = code.split("_");
          return parts.length > 1 ? parts[0] + "-" + parts[1].toUpperCase() : parts[0];
        }
        var tables = {};
        var loading = {};
        var localeBase = (0, scriptBase.F)();
        function setLocaleBase(base) {
          localeBase = base && base.charAt(base.length - 1) !== "/" ? base + "/" : base;
        }
        function getLocaleBase() {
          return localeBase;
        }
        function registerLocale(code, table) {
          tables[code] = sanitizeTable(table);
        }
        function getLocale(code) {
          return tables[code];
        }
        function fromGlobal(win, code) {
          var store = win.__filepickerLocales;
          var t = store && store[code];
          if (!t) return false;
          registerLocale(code, t && typeof t === "object" && t["default"] ? t["default"] : t);
          return true;
        }
        function loadLocale(code, doc, timeoutMs) {
          if (timeoutMs === void 0) {
            timeoutMs = 1e4;
          }
          if (tables[code]) return Promise.resolve(tables[code]);
          var win = doc.defaultView;
          if (win && fromGlobal(win, code)) return Promise.resolve(tables[code]);
          if (code === "en" || languages_LANGUAGES.indexOf(code) < 0 || !localeBase || !win) return Promise.resolve(undefined);
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
        function fetchCustomText(url, win) {
          return new Promise(function(resolve) {
            function fail(why) {
              var c = win.console;
              if (c) c.warn("filepicker: `customText` could not be used (" + why + "), showing the default text: " + url);
              resolve({});
            }
            var xhr;
            try {
              xhr = new win.XMLHttpRequest;
              xhr.open("GET", url, true);
            } catch (e) {
              fail(String(e.message || e));
              return;
            }
            xhr.onreadystatechange = function() {
              if (xhr.readyState !== 4) return;
              if (xhr.status < 200 || xhr.status >= 300) return fail("HTTP " + xhr.status);
              var data;
              try {
                data = JSON.parse(xhr.responseText);
              } catch (_e) {
                return fail("not JSON");
              }
              resolve(sanitizeTable(data));
            };
            xhr.send();
          });
        }
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
        var styles = __webpack_require__(797);
        var SUPPORTED = [ "COMPUTER", "URL", "WEBCAM", "VIDEO", "AUDIO", "CUSTOMSOURCE" ];
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
              if (sources.indexOf(s) < 0) sources.push(s);
            } else if (unsupported.indexOf(s) < 0) unsupported.push(s);
          }
          if (!sources.length) sources.push("COMPUTER");
          var open = config.openTo ? String(config.openTo).toUpperCase() : "";
          var first = sources.indexOf(open) >= 0 ? open : sources[0];
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
        function unsupportedWarning(unsupported) {
          if (!unsupported.length) return null;
          return "filepicker: the dialog does not support " + unsupported.join(", ") + " yet; left out (available: " + SUPPORTED.join(", ") + ").";
        }
        function needConvertWarning(options) {
          if (!options.length) return null;
          return "filepicker: `" + options.join("`, `") + '` have no effect because `services` does not include "CONVERT" (the image editor); add it, or leave `services` out to get it by default.';
        }
        var EDITABLE_TYPES = [ "image/jpeg", "image/png", "image/webp" ];
        function isEditable(file) {
          return !!file && EDITABLE_TYPES.indexOf(String(file.type || "").toLowerCase()) >= 0;
        }
        var editing_loading;
        function loadEditor() {
          if (!editing_loading) {
            editing_loading = __webpack_require__.e(8).then(__webpack_require__.bind(__webpack_require__, 823));
            editing_loading.then(undefined, function() {
              editing_loading = undefined;
            });
          }
          return editing_loading;
        }
        var Editing = function() {
          function Editing(doc, binder, view, config, events) {
            this.doc = doc;
            this.binder = binder;
            this.view = view;
            this.config = config;
            this.events = events;
            this.queue = [];
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
            if (!item) return;
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
        var counter = 0;
        var SOURCE_KEYS = {
          COMPUTER: "sourceComputer",
          URL: "sourceUrl",
          WEBCAM: "sourceWebcam",
          VIDEO: "sourceVideo",
          AUDIO: "sourceAudio",
          CUSTOMSOURCE: "sourceCustom"
        };
        function buildView(doc, config, binder, listeners, panels, order, announcer, onSelect) {
          var n = ++counter;
          var titleId = "fp-title-" + n;
          var title = (0, dom.el)(doc, "h2", {
            class: "fp-title",
            id: titleId
          });
          binder.text(title, config.multiple ? "titleMultiple" : "titleSingle");
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
            var button = (0, dom.el)(doc, "button", {
              type: "button",
              class: "fp-source",
              "data-fp-source": s.toLowerCase()
            });
            binder.text(button, SOURCE_KEYS[s]);
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
          binder.text(primary, config.backgroundUpload ? "done" : "upload");
          if (!config.multiple) primary.setAttribute("hidden", "");
          var footer = (0, dom.el)(doc, "div", {
            class: "fp-footer",
            hidden: ""
          }, [ (0, dom.el)(doc, "div", {
            class: "fp-total"
          }, [ total, totalText ]), primary ]);
          if (!announcer) announcer = new Announcer(doc);
          var root = (0, dom.el)(doc, "div", {
            class: "fp-dialog",
            role: "dialog",
            "aria-modal": "true",
            "aria-labelledby": titleId,
            tabindex: "-1"
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
        function lower(s) {
          return (s || "").toLowerCase();
        }
        function mimeMatches(pattern, mimetype) {
          var p = lower(pattern);
          var m = lower(mimetype).split(";")[0];
          if (p === "*/*" || p === "*") return true;
          if (!m) return false;
          if (p.length > 2 && p.slice(-2) === "/*") return m.indexOf(p.slice(0, -1)) === 0;
          return p === m;
        }
        function extensionMatches(extension, name) {
          var ext = lower(extension);
          if (!ext) return false;
          if (ext.charAt(0) !== ".") ext = "." + ext;
          var n = lower(name);
          return n.length > ext.length && n.slice(-ext.length) === ext;
        }
        function acceptsType(accept, file) {
          var mimes = accept.mimetypes || [];
          var exts = accept.extensions || [];
          if (!mimes.length && !exts.length) return true;
          for (var i = 0; i < mimes.length; i++) if (mimeMatches(mimes[i], file.type)) return true;
          for (var i = 0; i < exts.length; i++) if (extensionMatches(exts[i], file.name)) return true;
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
                max: limit
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
            class: "fp-panel"
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
            collectFromTransfer(e.dataTransfer, allowFolders).then(function(got) {
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
              loaded += e.loaded;
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
          return Math.min(99, Math.floor(e.loaded / e.total * 100));
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
        function prepareChunks() {
          if (false) {}
          var base = getLocaleBase();
          if (!base) return false;
          __webpack_require__.p = base;
          return true;
        }
        var CustomTab = function() {
          function CustomTab(o) {
            this.o = o;
            this.note = (0, dom.el)(o.doc, "p", {
              class: "fp-hint fp-cs-note"
            });
            o.binder.text(this.note, o.config.customSourceContainer ? "customLoading" : "customNotConfigured");
            this.mount = (0, dom.el)(o.doc, "div", {
              class: "fp-panel fp-cs"
            }, [ this.note ]);
          }
          CustomTab.prototype.load = function(focus, root) {
            var _this = this;
            var o = this.o;
            var mount = this.mount;
            if (this.loading || !o.config.customSourceContainer) return;
            var chunk = prepareChunks() ? __webpack_require__.e(713).then(__webpack_require__.bind(__webpack_require__, 92)) : Promise.reject(new Error("no script folder"));
            this.loading = chunk.then(function(m) {
              if (!o.alive()) return;
              (0, dom.bf)(_this.note);
              var _alive = o.alive, deps = (0, tslib_es6.Tt)(o, [ "alive" ]);
              _this.panel = m.customSourcePanel((0, tslib_es6.Cl)((0, tslib_es6.Cl)({}, deps), {
                mount: mount
              }));
              var active = o.doc.activeElement;
              if (focus && !mount.hasAttribute("hidden") && (active === root || active === o.doc.body)) _this.panel.focus();
            }, function() {
              if (!o.alive()) return;
              _this.loading = undefined;
              o.binder.text(_this.note, "customLoadFailed");
            });
          };
          CustomTab.prototype.destroy = function() {
            if (this.panel) this.panel.destroy();
          };
          return CustomTab;
        }();
        function createRow(doc, binder, entry, removable) {
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
            class: "fp-btn fp-small",
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
          }, edit ? [ name, size, progress, status, edit, retry, remove ] : [ name, size, progress, status, retry, remove ]);
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
            if (entry.error) binder.text(row.status, "statusFailed", {
              reason: entry.error
            }); else binder.text(row.status, "uploadFailed");
            break;
          }
          row.li.setAttribute("class", "fp-file fp-file-" + entry.status);
          if (entry.status === "failed") row.retry.removeAttribute("hidden"); else if (!row.retry.hasAttribute("hidden")) row.retry.setAttribute("hidden", "");
          if (row.edit) {
            if (entry.editable && entry.status !== "preparing") row.edit.removeAttribute("hidden"); else if (!row.edit.hasAttribute("hidden")) row.edit.setAttribute("hidden", "");
          }
          var showRemove = removable || entry.status === "failed";
          if (showRemove) row.remove.removeAttribute("hidden"); else if (!row.remove.hasAttribute("hidden")) row.remove.setAttribute("hidden", "");
          (0, dom.c3)(row.remove, "×");
        }
        var FileList = function() {
          function FileList(doc, binder, view, multiple, callbacks, actions) {
            var _this = this;
            this.doc = doc;
            this.binder = binder;
            this.view = view;
            this.multiple = multiple;
            this.callbacks = callbacks;
            this.actions = actions;
            this.entries = [];
            this.rows = {};
            this.finishing = false;
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
            var frag = this.doc.createDocumentFragment();
            for (var i = 0; i < entries.length; i++) {
              var row = createRow(this.doc, this.binder, entries[i], this.multiple);
              this.rows[entries[i].id] = row;
              this.entries.push(entries[i]);
              frag.appendChild(row.li);
            }
            this.view.files.appendChild(frag);
            this.refreshChrome();
          };
          FileList.prototype.remove = function(entry, focusAfter) {
            var i = this.entries.indexOf(entry);
            if (i < 0) return;
            this.entries.splice(i, 1);
            var row = this.rows[entry.id];
            delete this.rows[entry.id];
            var hadFocus = row.li.contains(this.doc.activeElement);
            if (row.li.parentNode) row.li.parentNode.removeChild(row.li);
            if (hadFocus) focusAfter.focus();
            this.refreshChrome();
          };
          FileList.prototype.update = function(entry, patch) {
            for (var k in patch) if (Object.prototype.hasOwnProperty.call(patch, k)) entry[k] = patch[k];
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
            if (this.callbacks.onProgress) this.callbacks.onProgress({
              filename: entry.name,
              mimetype: entry.type,
              size: entry.size,
              loaded: entry.loaded,
              total: entry.total
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
              error: reason || undefined
            });
            this.view.announcer.say(String(entry.id), this.binder.t("announceFailed", {
              filename: entry.name,
              reason: reason || this.binder.t("uploadFailed")
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
          };
          return FileList;
        }();
        function toggle(node, show) {
          if (show) node.removeAttribute("hidden"); else if (!node.hasAttribute("hidden")) node.setAttribute("hidden", "");
        }
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
        function hasImageOptions(opts) {
          return !!opts && (opts.quality !== undefined || !!opts.dim || !!opts.max || !!opts.min);
        }
        var MEDIA_SOURCES = [ "WEBCAM", "VIDEO", "AUDIO" ];
        var loaded;
        function loadMedia() {
          if (!loaded) {
            prepareChunks();
            loaded = __webpack_require__.e(582).then(__webpack_require__.bind(__webpack_require__, 667));
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
        var MAX_PARALLEL_FILES = 3;
        function messageOf(e) {
          var m = String(e && e.message || e || "");
          return m.indexOf(errors.H3) === 0 ? m.slice(errors.H3.length) : m;
        }
        function storedCopies(entry) {
          var out = entry.superseded ? entry.superseded.slice() : [];
          if (entry.result) out.push(entry.result);
          return out;
        }
        function resizeLater(file, image, doc) {
          return __webpack_require__.e(414).then(__webpack_require__.bind(__webpack_require__, 750)).then(function(m) {
            return m.prepareImage(file, image, doc);
          }, function() {
            return file;
          });
        }
        var Session = function() {
          function Session(env, config, store, uploader, callbacks) {
            var _this = this;
            this.env = env;
            this.config = config;
            this.store = store;
            this.uploader = uploader;
            this.callbacks = callbacks;
            this.ended = false;
            this.finishing = false;
            this.hidden = false;
            this.listeners = new dom.qR;
            this.cleanups = [];
            this.tokens = {};
            this.convert = false;
            this.discardWarned = false;
            var plan = planSources(config);
            var console = env.window.console;
            var warnings = [ unsupportedWarning(plan.unsupported), needConvertWarning(plan.needConvert) ];
            for (var i = 0; i < warnings.length; i++) if (warnings[i] && console) console.warn(warnings[i]);
            this.convert = plan.convert || !!config.editFile;
            var nav = env.window.navigator;
            var lang = resolveLanguage(config.language, nav && (nav.language || nav.userLanguage));
            this.binder = new TextBinder(new Translator(getLocale(lang)));
            this.previousFocus = env.document.activeElement;
            try {
              this.host = openHost(config.container, env.document, env.window, this.binder.t(config.multiple ? "titleMultiple" : "titleSingle"), function() {
                _this.userClose();
              });
            } catch (e) {
              if (e.name === "ValidationError") throw e;
              this.ended = true;
              env.window.setTimeout(function() {
                callbacks.onError(e);
              }, 0);
              return;
            }
            this.build(plan.sources, plan.first, lang);
          }
          Session.prototype.build = function(sources, first, lang) {
            var _this = this;
            var host = this.host;
            var doc = host.doc;
            var config = this.config;
            var L = this.listeners;
            this.cleanups.push((0, styles.ZM)(doc));
            if (config.customCss) this.cleanups.push((0, styles.QF)(doc, config.customCss));
            var panels = {};
            var announcer = new Announcer(doc);
            var _loop_1 = function(i) {
              if (MEDIA_SOURCES.indexOf(sources[i]) >= 0) {
                if (!this_1.media) {
                  this_1.media = new MediaTabs({
                    doc: doc,
                    win: host.win,
                    config: config,
                    binder: this_1.binder,
                    announcer: announcer,
                    onFile: function(file, client) {
                      _this.addFiles([ file ], false, client);
                    }
                  });
                }
                panels[sources[i]] = this_1.media.placeholder(sources[i]);
              } else if (sources[i] === "COMPUTER") {
                this_1.computer = computerPanel(doc, config, this_1.binder, L, function(files) {
                  _this.addFiles(files);
                });
                panels.COMPUTER = this_1.computer.panel;
              } else if (sources[i] === "URL") {
                panels.URL = urlPanel(doc, this_1.binder, L, function(url) {
                  _this.addUrl(url);
                }, function() {
                  _this.showErrors([ {
                    reason: "type",
                    key: "urlInvalid",
                    vars: {}
                  } ]);
                }).panel;
              } else if (sources[i] === "CUSTOMSOURCE") {
                var custom_1 = new CustomTab({
                  doc: doc,
                  win: host.win,
                  config: config,
                  binder: this_1.binder,
                  listeners: L,
                  uploader: this_1.uploader,
                  announcer: announcer,
                  messageOf: messageOf,
                  onPick: function(files) {
                    return _this.addSourceFiles(files);
                  },
                  alive: function() {
                    return !_this.ended;
                  }
                });
                this_1.custom = custom_1;
                this_1.cleanups.push(function() {
                  custom_1.destroy();
                });
                panels.CUSTOMSOURCE = custom_1.mount;
              }
            };
            var this_1 = this;
            for (var i = 0; i < sources.length; i++) {
              _loop_1(i);
            }
            var view = buildView(doc, config, this.binder, L, panels, sources, announcer, function(s) {
              if (_this.media) _this.media.show(s);
            });
            this.view = view;
            view.root.setAttribute("lang", langTag(lang));
            view.root.setAttribute("dir", isRtl(lang) ? "rtl" : "ltr");
            if (host.kind === "window") {
              doc.documentElement.setAttribute("lang", langTag(lang));
              doc.documentElement.setAttribute("dir", isRtl(lang) ? "rtl" : "ltr");
            }
            this.list = new FileList(doc, this.binder, view, config.multiple, this.callbacks, {
              retry: function(e) {
                _this.retry(e);
              },
              remove: function(e) {
                _this.remove(e);
              },
              edit: function(e) {
                if (!_this.ended && (!_this.finishing || !config.multiple) && e.editable && _this.editing) _this.editing.open(e, "edit");
              }
            });
            this.editing = new Editing(doc, this.binder, view, config, {
              saved: function(e, result, reason) {
                _this.edited(e, result, reason);
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
            view_select(view.tabs, first);
            host.mount.appendChild(view.root);
            if (this.media) this.media.show(first, true);
            if (this.custom && view.tabs.CUSTOMSOURCE) {
              var custom_2 = this.custom;
              L.on(view.tabs.CUSTOMSOURCE.button, "click", function() {
                custom_2.load(false, view.root);
              });
            }
            L.on(view.close, "click", function() {
              _this.userClose();
            });
            L.on(view.primary, "click", function() {
              _this.finishRequested();
            });
            if (host.overlay) {
              var downOnBackdrop_1 = false;
              L.on(host.overlay, "mousedown", function(e) {
                downOnBackdrop_1 = e.target === host.overlay;
              });
              L.on(host.overlay, "click", function(e) {
                if (e.target === host.overlay && downOnBackdrop_1) _this.userClose();
                downOnBackdrop_1 = false;
              });
            }
            L.on(doc, "keydown", function(e) {
              if (_this.hidden || _this.ended) return;
              if (e.key === "Escape" || e.key === "Esc" || e.keyCode === 27) {
                e.preventDefault();
                if (!_this.editing || !_this.editing.escape()) _this.userClose();
              } else if (e.key === "Tab" || e.keyCode === 9) {
                trapTab(e, view.root);
              }
            });
            if (this.computer) {
              listenForDrops(host, view.root, L, config.folders && config.multiple, function(files, folderRefused) {
                if (!_this.hidden) _this.addFiles(files, folderRefused);
              });
            }
            L.on(host.win, "beforeunload", function() {
              if (host.kind === "window") _this.userClose();
            });
            if (host.kind === "window") host.win.focus();
            var tab = view.tabs[first];
            if (first === "CUSTOMSOURCE" && this.custom && config.customSourceContainer) {
              view.root.focus();
              this.custom.load(true, view.root);
            } else {
              var target = first === "COMPUTER" && this.computer ? this.computer.drop : focusableWithin(tab.panel)[0] || view.close;
              if (!(this.media && MEDIA_SOURCES.indexOf(first) >= 0 && tab.panel.contains(doc.activeElement))) target.focus();
            }
            if (config.editFile) {
              if (this.computer) this.computer.panel.setAttribute("hidden", "");
              var entry = this.editableEntry(config.editFile);
              entry.needsCrop = true;
              this.list.add([ entry ]);
              this.editing.open(entry, "process");
            }
            loadLocale(lang, this.env.document).then(function(table) {
              if (table && !_this.ended) {
                _this.binder.translator.setLocale(table);
                _this.binder.refresh();
              }
            });
            if (config.customText) {
              fetchCustomText(config.customText, this.env.window).then(function(table) {
                if (_this.ended) return;
                _this.binder.translator.setCustom(table);
                _this.binder.refresh();
              });
            }
          };
          Session.prototype.addFiles = function(files, folderRefused, client) {
            if (this.ended || this.finishing) return;
            var got = admit(this.config, this.list.entries.length, files);
            var rejected = got.rejected.slice();
            if (folderRefused) rejected.unshift({
              reason: "type",
              key: "errorFolder",
              vars: {}
            });
            this.showErrors(rejected);
            var entries = [];
            for (var i = 0; i < got.accepted.length; i++) entries.push(this.editableEntry(got.accepted[i], client));
            this.take(entries);
            for (var i = 0; i < entries.length; i++) if (entries[i].needsCrop) this.editing.open(entries[i], "force");
          };
          Session.prototype.editableEntry = function(file, client) {
            var entry = fileEntry(file, client);
            if (this.convert && isEditable(file)) {
              entry.editable = true;
              if (this.config.crop && this.config.crop.force && !this.config.hide) entry.needsCrop = true;
            }
            return entry;
          };
          Session.prototype.edited = function(entry, result, reason) {
            if (this.ended || !this.list.has(entry)) return;
            this.tokens[entry.id] = (this.tokens[entry.id] || 0) + 1;
            var task = entry.task;
            entry.task = undefined;
            if (task) task.cancel();
            if (entry.result) entry.superseded = (entry.superseded || []).concat([ entry.result ]);
            var size = result.file.size || 0;
            this.list.update(entry, {
              file: result.file,
              size: size,
              total: size,
              loaded: 0,
              status: "waiting",
              result: undefined,
              error: undefined,
              retry: undefined,
              needsCrop: false,
              edits: result.changes
            });
            this.focusRow(entry);
            if (!this.config.multiple || reason === "process") this.finishRequested(); else this.pump();
          };
          Session.prototype.focusRow = function(entry) {
            var target = this.list.editButton(entry) || (this.computer ? this.computer.drop : this.view.close);
            target.focus();
          };
          Session.prototype.addSourceFiles = function(files) {
            var container = this.config.customSourceContainer;
            if (this.ended || this.finishing || !container) return false;
            var candidates = [];
            for (var i = 0; i < files.length; i++) candidates.push({
              name: files[i].name,
              type: files[i].mimetype,
              size: files[i].size,
              file: files[i]
            });
            var got = admit(this.config, this.list.entries.length, candidates);
            this.showErrors(got.rejected);
            var entries = [];
            for (var i = 0; i < got.accepted.length; i++) entries.push(sourceEntry(container, got.accepted[i].file));
            this.take(entries);
            return entries.length > 0;
          };
          Session.prototype.addUrl = function(url) {
            if (this.ended || this.finishing) return;
            var got = admit((0, tslib_es6.Cl)((0, tslib_es6.Cl)({}, this.config), {
              accept: {
                mimetypes: [],
                extensions: []
              },
              maxSize: undefined
            }), this.list.entries.length, [ {
              name: url,
              type: "",
              size: 1
            } ]);
            this.showErrors(got.rejected);
            if (got.accepted.length) this.take([ urlEntry(url) ]);
          };
          Session.prototype.take = function(entries) {
            if (!entries.length) return;
            this.list.add(entries);
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
              this.restoreFocus();
            }
            this.pump();
            this.checkFinish();
          };
          Session.prototype.canStart = function() {
            return !this.config.multiple || this.config.backgroundUpload || this.finishing;
          };
          Session.prototype.pump = function() {
            if (this.ended || !this.canStart()) return;
            var entries = this.list.entries;
            var running = 0;
            for (var i = 0; i < entries.length; i++) {
              var s = entries[i].status;
              if (s === "preparing" || s === "uploading" || s === "retrying") running++;
            }
            for (var i = 0; i < entries.length && running < MAX_PARALLEL_FILES; i++) {
              if (entries[i].status === "waiting" && !entries[i].needsCrop) {
                running++;
                this.start(entries[i]);
              }
            }
          };
          Session.prototype.start = function(entry) {
            var _this = this;
            var token = this.tokens[entry.id] = (this.tokens[entry.id] || 0) + 1;
            var list = this.list;
            var current = function() {
              return !_this.ended && _this.tokens[entry.id] === token && list.has(entry);
            };
            var image = this.config.image;
            var prepare = (entry.client === "computer" || entry.client === "webcam") && entry.file && hasImageOptions(image);
            list.update(entry, {
              status: prepare ? "preparing" : "uploading",
              loaded: 0,
              error: undefined,
              retry: undefined
            });
            var ready = prepare ? resizeLater(entry.file, image, this.host.doc) : Promise.resolve(entry.file);
            ready.then(function(src) {
              if (!current()) return;
              if (src && src !== entry.file) list.update(entry, {
                total: src.size
              });
              list.update(entry, {
                status: "uploading"
              });
              var events = {
                onProgress: function(p) {
                  if (current()) list.progress(entry, p.loaded, p.total);
                },
                onRetry: function(attempt, waitMs) {
                  if (current()) list.update(entry, {
                    status: "retrying",
                    retry: {
                      attempt: attempt,
                      seconds: Math.max(1, Math.ceil(waitMs / 1e3))
                    }
                  });
                }
              };
              var task;
              try {
                if (entry.client === "url") task = _this.uploader.storeUrl(entry.url, _this.store, events); else if (entry.client === "customsource") task = _this.uploader.storeFromSource(entry.source, _this.store, events); else task = _this.uploader.upload(src, _this.store, events);
              } catch (e) {
                _this.fail(e);
                return;
              }
              entry.task = task;
              task.promise.then(function(stored) {
                if (!current()) {
                  _this.discard([ stored ]);
                  return;
                }
                entry.task = undefined;
                list.stored(entry, stored);
                _this.discard(entry.superseded);
                entry.superseded = undefined;
                _this.pump();
                _this.checkFinish();
              }, function(err) {
                if (!current()) return;
                entry.task = undefined;
                if (_this.hidden) {
                  _this.fail(err instanceof Error ? err : new Error(errors.H3 + messageOf(err)));
                  return;
                }
                _this.finishing = false;
                list.failed(entry, (0, errors.zf)(err) ? "" : messageOf(err));
                _this.pump();
              });
            });
          };
          Session.prototype.retry = function(entry) {
            if (this.ended || entry.status !== "failed") return;
            this.list.update(entry, {
              status: "waiting",
              error: undefined,
              loaded: 0
            });
            if (this.canStart()) this.pump(); else this.start(entry);
          };
          Session.prototype.remove = function(entry) {
            if (this.ended) return;
            this.tokens[entry.id] = (this.tokens[entry.id] || 0) + 1;
            if (entry.task) entry.task.cancel();
            entry.task = undefined;
            this.discard(storedCopies(entry));
            if (this.editing) this.editing.drop(entry);
            this.list.remove(entry, this.computer ? this.computer.drop : this.view.close);
            this.pump();
            this.checkFinish();
          };
          Session.prototype.checkFinish = function() {
            if (this.ended || !this.list.allDone()) return;
            if (this.editing && this.editing.active) return;
            if (this.config.multiple && !this.finishing) return;
            var files = [];
            var entries = this.list.entries;
            for (var i = 0; i < entries.length; i++) {
              var e = entries[i];
              var file = (0, tslib_es6.Cl)((0, tslib_es6.Cl)({}, e.result), {
                client: e.client
              });
              if (e.edits) {
                file.cropped = e.edits.cropped;
                file.rotated = e.edits.rotated;
                file.converted = e.edits.converted;
              } else if (e.editable) file.cropped = false;
              files.push(file);
            }
            this.end(true);
            this.callbacks.onDone(files);
          };
          Session.prototype.userClose = function() {
            if (this.ended) return;
            this.end();
            this.callbacks.onCancel();
          };
          Session.prototype.close = function() {
            if (this.ended) return;
            this.end();
          };
          Session.prototype.fail = function(error) {
            if (this.ended) return;
            this.end();
            this.callbacks.onError(error);
          };
          Session.prototype.end = function(delivered) {
            this.ended = true;
            if (this.editing) this.editing.destroy();
            var entries = this.list ? this.list.entries : [];
            for (var i = 0; i < entries.length; i++) {
              var t = entries[i].task;
              entries[i].task = undefined;
              if (t) t.cancel();
              this.discard(delivered ? entries[i].superseded : storedCopies(entries[i]));
              entries[i].superseded = undefined;
            }
            if (this.media) this.media.destroy();
            this.listeners.removeAll();
            if (this.view) (0, dom.bf)(this.view.root);
            if (this.host) this.host.destroy();
            for (var i = 0; i < this.cleanups.length; i++) this.cleanups[i]();
            this.cleanups = [];
            if (!this.hidden) this.restoreFocus();
          };
          Session.prototype.discard = function(copies) {
            var _this = this;
            if (!copies) return;
            var _loop_2 = function(i) {
              var copy = copies[i];
              var done = void 0;
              try {
                done = this_2.uploader.discard(copy);
              } catch (e) {
                done = Promise.reject(e);
              }
              done.then(undefined, function(e) {
                var console = _this.env.window.console;
                if (_this.discardWarned || !console) return;
                _this.discardWarned = true;
                console.warn(errors.H3 + "could not remove the unused copy " + copy.handle + " (" + copy.filename + ") from storage: " + messageOf(e));
              });
            };
            var this_2 = this;
            for (var i = 0; i < copies.length; i++) {
              _loop_2(i);
            }
          };
          Session.prototype.restoreFocus = function() {
            var p = this.previousFocus;
            if (p && typeof p.focus === "function" && this.env.document.documentElement.contains(p)) p.focus();
          };
          return Session;
        }();
        function createPickerDialog(env) {
          return {
            open: function(config, store, uploader, callbacks) {
              var doc = env && env.document || document;
              var win = env && env.window || doc.defaultView || window;
              return new Session({
                document: doc,
                window: win
              }, config, store, uploader, callbacks);
            }
          };
        }
        var checkExport = __webpack_require__(657);
        function pickFolder(ctx, args) {
          ctx.requireKey();
          var a = (0, shift.bu)(args);
          var outcome = new callbacks.Pi(a.onSuccess, a.onError || (0, FPError.H)(ctx.debug));
          setTimeout(function() {
            return outcome.fail(new FPError.d(102, "pickFolder needs a cloud source, which this version does not provide"));
          }, 0);
          return {
            close: function() {
              return outcome.close();
            }
          };
        }
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
        function fetchImage(win, url, name) {
          var xhr = new win.XMLHttpRequest;
          var promise = new Promise(function(resolve, reject) {
            xhr.open("GET", url, true);
            xhr.responseType = "blob";
            xhr.onload = function() {
              if (xhr.status < 200 || xhr.status >= 300) return reject({
                status: xhr.status
              });
              var blob = xhr.response;
              var filename = name || filenameOf(xhr.getResponseHeader("Content-Disposition")) || lastSegment(url);
              var file;
              try {
                file = new win.File([ blob ], filename, {
                  type: blob.type
                });
              } catch (_e) {
                file = blob;
                file.name = filename;
              }
              resolve({
                file: file,
                status: xhr.status
              });
            };
            xhr.onerror = function() {
              reject({
                status: 0
              });
            };
            xhr.send();
          });
          return {
            promise: promise,
            cancel: function() {
              xhr.onload = null;
              xhr.onerror = null;
              xhr.abort();
            }
          };
        }
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
          var env = typeof navigator !== "undefined" ? {
            userAgent: navigator.userAgent,
            standalone: !!navigator.standalone
          } : {};
          var t = (0, callbacks.yJ)(function() {
            return translatePickerOptions(options, "pick", env);
          });
          t.warnings.forEach(function(w) {
            return ctx.warnOnce("option:" + w.option + ":" + w.message, w.message);
          });
          var outcome = new callbacks.Pi(a.onSuccess, a.onError || (0, FPError.H)(ctx.debug), a.onProgress);
          var name = typeof input === "object" && typeof input.filename === "string" && input.filename ? input.filename : undefined;
          var session;
          var read = fetchImage(window, url, name);
          read.promise.then(function(got) {
            if (outcome.finished) return;
            var type = got.file.type || typeof input === "object" && input.mimetype || "";
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
            });
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
        var widgets_checks = __webpack_require__(237);
        var hooks = __webpack_require__(450);
        var state = __webpack_require__(503);
        var useWidgets = onDemand("widgets", function() {
          return __webpack_require__.e(854).then(__webpack_require__.bind(__webpack_require__, 983));
        });
        var useExport = onDemand("export", function() {
          return __webpack_require__.e(649).then(__webpack_require__.bind(__webpack_require__, 683));
        });
        var IMAGES = "img[data-fp-src]";
        function hasWidgets(doc) {
          if (!doc.querySelector) return false;
          for (var i = 0; i < widgets_checks.SA.length; i++) if (doc.querySelector(widgets_checks.SA[i])) return true;
          return !!doc.querySelector(IMAGES);
        }
        function startWidgets(api, ctx, win) {
          var loaded = false;
          (0, hooks.h)(api, ctx, win, function() {
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
        var widgetMembers = {
          setResponsiveOptions: function(ctx, args) {
            return (0, widgets_checks.LT)(ctx, args);
          },
          pickFolder: function(ctx, args) {
            return pickFolder(ctx, args);
          },
          export: exportMember,
          exportFile: exportMember,
          processImage: function(ctx, args) {
            return processImage(ctx, args);
          },
          constructWidget: function(ctx, args) {
            var el = (0, widgets_checks.or)(args);
            useWidgets(function(m) {
              m.constructWidget(ctx, [ el ]);
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
        var api = existing || {};
        var base = (0, scriptBase.F)();
        var workerUrl = win && base ? base + "filepicker.md5worker.js" : undefined;
        var dialog;
        var ctx = new LegacyContext({
          dialog: function() {
            return dialog = dialog || createPickerDialog();
          },
          uploader: function(opts) {
            return createUploader((0, tslib_es6.Cl)((0, tslib_es6.Cl)({}, opts), {
              workerUrl: workerUrl
            }));
          }
        });
        if (existing && typeof existing.hostname === "string") ctx.configureHosts(existing.hostname);
        var ext = {};
        [ restMembers, widgetMembers ].forEach(function(group) {
          for (var k in group) if (Object.prototype.hasOwnProperty.call(group, k)) ext[k] = group[k];
        });
        installLegacyApi(api, ctx, ext);
        api.configure = function configure(settings) {
          if (settings && settings.hosts) ctx.configureHosts(settings.hosts);
        };
        api.init = function(apikey, security, options) {
          return init(apikey, security, (0, tslib_es6.Cl)({
            hosts: ctx.hosts,
            workerUrl: workerUrl
          }, options || {}));
        };
        if (existing) replayQueue(api);
        if (win && win.document) startWidgets(api, ctx, win);
        var src = api;
      },
      948: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
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
          }
        });
        function handleError(debug) {
          return function(e) {
            if (debug() && typeof console !== "undefined" && console.error) console.error(String(e));
          };
        }
      },
      119: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
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
      319: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
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
      367: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
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
          [ "id", "key", "container", "path", "client" ].forEach(function(k) {
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
      442: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
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
        var _core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(703);
        var _FilepickerException__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(119);
        var _FPError__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(948);
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
        function pickErrorToFP(err) {
          if ((0, _core_errors__WEBPACK_IMPORTED_MODULE_0__.zf)(err)) return new _FPError__WEBPACK_IMPORTED_MODULE_2__.d(101);
          if ((0, _core_errors__WEBPACK_IMPORTED_MODULE_0__.TX)(err)) {
            if (err.status === 400) return new _FPError__WEBPACK_IMPORTED_MODULE_2__.d(400, err.body || err.message);
            if (err.status === 403) return new _FPError__WEBPACK_IMPORTED_MODULE_2__.d(403, err.body || err.message);
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
      669: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
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
        var VALUE_MEMBERS = [ "errors", "FilepickerException", "version", "services", "base64" ];
      },
      244: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
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
          }
        });
        var FilepickerException = __webpack_require__(119);
        var shift = __webpack_require__(114);
        var fileUrl = __webpack_require__(458);
        var inputs = __webpack_require__(40);
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
        var rest_target = __webpack_require__(60);
        function knownInput(input) {
          return typeof input === "string" || (0, inputs.rZ)(input) || (0, inputs.fo)(input) || !!(0, 
          inputs.rs)(input);
        }
        function checkStore(ctx, args) {
          ctx.requireKey();
          var input = args[0];
          if (!knownInput(input)) throw new FilepickerException.G("Cannot store given input: " + (0, 
          inputs.WU)(input) + ". Not a string, file input, DOM File, or FPFile object.");
        }
        function checkStoreUrl(ctx) {
          ctx.requireKey();
        }
        function checkRead(ctx, args) {
          ctx.requireKey();
          var input = args[0];
          if (!input) throw new FilepickerException.G("No input given - nothing to read!");
          if (!knownInput(input)) throw new FilepickerException.G("Cannot read given input: " + (0, 
          inputs.WU)(input) + ". Not a url, file input, DOM File, or FPFile object.");
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
          return target;
        }
        function checkStat(ctx, args) {
          ctx.requireKey();
          return (0, rest_target.d)(ctx.hosts, args[0], "Invalid file to get metadata for");
        }
        function checkRemove(ctx, args) {
          var key = ctx.requireKey();
          return {
            key: key,
            target: (0, rest_target.d)(ctx.hosts, args[0], "Invalid file to remove")
          };
        }
        var UNKNOWN_TYPES = [ "application/octet-stream", "application/download", "application/force-download", "octet/stream", "application/unknown", "application/x-download", "application/x-msdownload", "application/x-secure-download" ];
        function convertibleMimetype(mimetype) {
          if (!mimetype) return false;
          var t = String(mimetype).replace(/^\s+|\s+$/g, "").toLowerCase();
          if (UNKNOWN_TYPES.indexOf(t) >= 0) return true;
          var parts = t.split("/");
          return parts[0] === "image" || parts[0] === "application" && parts[1] === "pdf";
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
      458: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          Ps: function() {
            return toFileApiUrl;
          },
          VL: function() {
            return withQuery;
          },
          WU: function() {
            return logoutUrl;
          },
          fX: function() {
            return queryParams;
          },
          j$: function() {
            return withoutQuery;
          },
          uq: function() {
            return trimConvert;
          }
        });
        var _core_fileApi__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(160);
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
        function withQuery(url, params) {
          var q = (0, _core_fileApi__WEBPACK_IMPORTED_MODULE_0__.p)(params);
          if (!q) return url;
          return url + (url.indexOf("?") >= 0 ? "&" : "?") + q;
        }
        function logoutUrl(hosts) {
          if (/\/file$/.test(hosts.fileApi)) return hosts.fileApi.replace(/\/file$/, "/clients/unauth");
          var origin = /^[a-z][a-z0-9+.-]*:\/\/[^/]+/i.exec(hosts.fileApi);
          return (origin ? origin[0] : "") + "/api/clients/unauth";
        }
        function withoutQuery(url) {
          return url.split("?")[0];
        }
      },
      40: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
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
          for (var k in o) {
            if (Object.prototype.hasOwnProperty.call(o, k)) out[k] = o[k];
          }
          return out;
        }
        function urlOf(x) {
          return x != null && (typeof x === "object" || typeof x === "function") ? x.url : undefined;
        }
      },
      60: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          H: function() {
            return sourceUrl;
          },
          d: function() {
            return targetUrl;
          }
        });
        var _FilepickerException__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(119);
        var _fileUrl__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(458);
        var _inputs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40);
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
      239: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
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
            target.addEventListener(type, handler, !!capture);
            this.items.push([ target, type, handler, !!capture ]);
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
      797: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
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
        var FONT = '-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif';
        var FOCUS = "outline:3px solid #1a73e8;outline-offset:2px";
        var RULES = [ ".fp-noscroll{overflow:hidden}", ".fp-overlay{position:fixed;top:0;right:0;bottom:0;left:0;z-index:2147483000;background:rgba(20,24,31,.6);display:flex;align-items:center;justify-content:center;padding:16px;box-sizing:border-box}", ".fp-overlay[hidden],.fp-dialog [hidden]{display:none}", ".fp-dialog{font-family:" + FONT + ";font-size:15px;line-height:1.4;color:#1f2328;background:#fff;border-radius:8px;box-shadow:0 10px 40px rgba(0,0,0,.35);width:760px;max-width:100%;height:520px;max-height:100%;display:flex;flex-direction:column;box-sizing:border-box;text-align:start;overflow:hidden}", ".fp-dialog *,.fp-dialog *:before,.fp-dialog *:after{box-sizing:border-box}", ".fp-fill{margin:0;height:100%}", ".fp-fill .fp-dialog{width:100%;height:100%;border-radius:0;box-shadow:none}", ".fp-header{display:flex;align-items:center;justify-content:space-between;padding:12px 16px;border-bottom:1px solid #d0d7de}", ".fp-title{font-size:18px;font-weight:600;margin:0}", ".fp-btn{font:inherit;cursor:pointer;border:1px solid #8c959f;background:#f6f8fa;color:#1f2328;border-radius:6px;padding:6px 14px}", ".fp-btn:hover{background:#eaeef2}", ".fp-btn:focus,.fp-drop:focus,.fp-source:focus,.fp-input:focus{" + FOCUS + "}", ".fp-btn[disabled]{cursor:default;opacity:.55}", ".fp-primary{background:#1a7f37;border-color:#1a7f37;color:#fff;font-weight:600}", ".fp-primary:hover{background:#116329}", ".fp-close{font-size:22px;line-height:1;padding:2px 10px;background:transparent;border-color:transparent}", ".fp-body{display:flex;flex:1 1 auto;min-height:0}", ".fp-nav{flex:0 0 auto;width:170px;border-inline-end:1px solid #d0d7de;background:#f6f8fa;overflow:auto}", ".fp-sources{list-style:none;margin:0;padding:8px}", ".fp-source{display:block;width:100%;text-align:start;font:inherit;color:#1f2328;background:transparent;border:0;border-radius:6px;padding:8px 10px;margin-bottom:4px;cursor:pointer}", ".fp-source:hover{background:#eaeef2}", ".fp-source[aria-current=true]{background:#ddf4ff;color:#0a3069;font-weight:600}", ".fp-main{flex:1 1 auto;display:flex;flex-direction:column;min-width:0;padding:12px 16px;overflow:auto}", ".fp-drop{display:flex;flex-direction:column;align-items:center;justify-content:center;text-align:center;font:inherit;color:#1f2328;background:#fff;border:2px dashed #8c959f;border-radius:8px;padding:20px;min-height:120px;width:100%;cursor:pointer}", ".fp-drop:hover,.fp-dragover .fp-drop{border-color:#1a73e8;background:#f0f7ff}", ".fp-hint{color:#57606a;font-size:13px;margin:6px 0 0}", ".fp-file-input{position:absolute;width:1px;height:1px;opacity:0;overflow:hidden;clip:rect(0 0 0 0)}", ".fp-row{display:flex;gap:8px;align-items:center;margin-top:10px;flex-wrap:wrap}", ".fp-label{display:block;font-weight:600;margin-bottom:6px}", ".fp-input{font:inherit;flex:1 1 240px;min-width:0;padding:6px 8px;border:1px solid #8c959f;border-radius:6px}", ".fp-errors{color:#b3261e;margin:8px 0 0;padding:0;list-style:none}", ".fp-errors li{margin-top:4px}", ".fp-files-title{font-size:14px;font-weight:600;margin:14px 0 4px}", ".fp-files{list-style:none;margin:0;padding:0}", ".fp-file{display:flex;flex-wrap:wrap;align-items:center;gap:4px 10px;padding:6px 0;border-bottom:1px solid #eaeef2;content-visibility:auto;contain-intrinsic-size:auto 37px}", ".fp-file-name{flex:1 1 200px;min-width:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;font-weight:500}", ".fp-file-size,.fp-file-status{color:#57606a;font-size:13px}", ".fp-file-failed .fp-file-status{color:#b3261e}", ".fp-file-done .fp-file-status{color:#1a7f37}", ".fp-progress{width:120px;height:8px}", ".fp-small{padding:2px 8px;font-size:13px}", ".fp-footer{display:flex;align-items:center;gap:12px;padding:10px 16px;border-top:1px solid #d0d7de}", ".fp-total{flex:1 1 auto;display:flex;align-items:center;gap:10px;color:#57606a;font-size:13px}", ".fp-total .fp-progress{flex:1 1 auto;max-width:280px}", ".fp-sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}", "@media (max-width:560px){.fp-body{flex-direction:column}.fp-nav{width:auto;border-inline-end:0;border-bottom:1px solid #d0d7de}.fp-sources{display:flex}.fp-source{width:auto;margin:0 4px 0 0}.fp-dialog{height:100%}}" ];
        function applyStyles(doc, rules) {
          if (rules === void 0) {
            rules = RULES;
          }
          var win = doc.defaultView;
          var anyDoc = doc;
          if (win && win.CSSStyleSheet && "adoptedStyleSheets" in doc) {
            try {
              var sheet_1 = new win.CSSStyleSheet;
              if (typeof sheet_1.replaceSync === "function") {
                sheet_1.replaceSync(rules.join("\n"));
                anyDoc.adoptedStyleSheets = anyDoc.adoptedStyleSheets.concat([ sheet_1 ]);
                return function() {
                  var list = anyDoc.adoptedStyleSheets;
                  var next = [];
                  for (var i = 0; i < list.length; i++) if (list[i] !== sheet_1) next.push(list[i]);
                  anyDoc.adoptedStyleSheets = next;
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
      615: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          Ul: function() {
            return HASH_SLICE;
          },
          qj: function() {
            return createHasher;
          },
          OG: function() {
            return hexToBase64;
          },
          gm: function() {
            return readBlob;
          }
        });
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
          if (typeof blob.arrayBuffer === "function") return blob.arrayBuffer();
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
                return readBlob(blob).then(function(buf) {
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
                return readBlob(blob).then(function(buf) {
                  return native_2(buf);
                });
              }
              return __webpack_require__.e(201).then(__webpack_require__.bind(__webpack_require__, 837)).then(function(m) {
                return m.sparkMd5OfBlob(blob, function(fn) {
                  env.setTimeout(fn, 0);
                });
              });
            },
            dispose: function() {}
          };
          return hasher;
        }
        function createHasher(env, poolSize, workers) {
          if (poolSize === void 0) {
            poolSize = 5;
          }
          if (workers === void 0) {
            workers = 1;
          }
          var fallback = mainThreadHasher(env, poolSize);
          if (env.md5 || !env.createWorker) return fallback;
          var slots = [];
          var line = [];
          var broken = false;
          var seq = 0;
          var onMainThread = function(job) {
            fallback.md5(job.blob).then(job.resolve, function() {
              job.resolve("");
            });
          };
          var failAll = function() {
            broken = true;
            while (slots.length) {
              var s = slots.pop();
              s.w.terminate();
              if (s.job) onMainThread(s.job);
            }
            while (line.length) onMainThread(line.shift());
          };
          var spawn = function() {
            if (broken || slots.length >= workers) return null;
            var w;
            try {
              w = env.createWorker();
            } catch (_a) {
              w = null;
            }
            if (!w) {
              if (!slots.length) failAll();
              return null;
            }
            var slot = {
              w: w,
              job: null
            };
            w.onmessage = function(ev) {
              var d = ev.data || {};
              var job = slot.job;
              if (!job || d.id !== job.id) return;
              slot.job = null;
              if (typeof d.md5 === "string") job.resolve(d.md5); else onMainThread(job);
              dispatch();
            };
            w.onerror = failAll;
            slots.push(slot);
            return slot;
          };
          var dispatch = function() {
            while (line.length && !broken) {
              var free = null;
              for (var i = 0; i < slots.length && !free; i++) if (!slots[i].job) free = slots[i];
              if (!free) free = spawn();
              if (!free) return;
              var job = line.shift();
              free.job = job;
              try {
                free.w.postMessage({
                  type: "filepicker-md5",
                  id: job.id,
                  blob: job.blob
                });
              } catch (_a) {
                failAll();
              }
            }
          };
          var hasher = {
            ahead: workers + 1,
            digest: function(blob) {
              return hasher.md5(blob).then(function(md5) {
                return {
                  md5: md5
                };
              });
            },
            md5: function(blob) {
              if (broken) return fallback.md5(blob);
              return new Promise(function(resolve) {
                line.push({
                  id: ++seq,
                  blob: blob,
                  resolve: resolve
                });
                dispatch();
              }).then(function(v) {
                if (!v) return fallback.md5(blob);
                return v;
              });
            },
            dispose: function() {
              while (slots.length) slots.pop().w.terminate();
            }
          };
          return hasher;
        }
      },
      237: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
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
        var _legacy_FilepickerException__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(119);
        var _state__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(503);
        var WIDGET_SELECTORS = [ 'input[type="filepicker"]', 'input[type="filepicker-dragdrop"]', 'input[type="filepicker-convert"]', "button[data-fp-url]", "a[data-fp-url]", 'input[type="button"][data-fp-url]', '[type="filepicker-preview"][data-fp-url]' ];
        function canDragDrop(win) {
          var w = win;
          var ua = w.navigator && w.navigator.userAgent || "";
          return (!!w.FileReader || ua.indexOf("Safari") >= 0) && "draggable" in win.document.createElement("span");
        }
        function checkConstructWidget(args) {
          var el = args[0];
          if (el && el.jquery) el = el[0];
          if (!el || typeof el.getAttribute !== "function") {
            throw new _legacy_FilepickerException__WEBPACK_IMPORTED_MODULE_0__.G("filepicker: `constructWidget` needs a DOM element or a jQuery object holding one, got " + (el === null ? "null" : typeof el));
          }
          return el;
        }
        function checkDropPane(args) {
          var div = args[0];
          var missing = "No DOM element found to create drop pane";
          if (!div) throw new _legacy_FilepickerException__WEBPACK_IMPORTED_MODULE_0__.G(missing);
          if (div.jquery) {
            if (!div.length) throw new _legacy_FilepickerException__WEBPACK_IMPORTED_MODULE_0__.G(missing);
            div = div[0];
          }
          if (typeof div.addEventListener !== "function" || typeof div.setAttribute !== "function") throw new _legacy_FilepickerException__WEBPACK_IMPORTED_MODULE_0__.G(missing);
          return div;
        }
        function checkResponsive(args) {
          if (args.length === 0 || args[0] === undefined) return;
          var el = args[0];
          if (!el || typeof el !== "object" || String(el.nodeName).toUpperCase() !== "IMG") throw new _legacy_FilepickerException__WEBPACK_IMPORTED_MODULE_0__.G("Passed object is not an image");
        }
        function setResponsiveOptions(ctx, args) {
          var options = args[0] || {};
          if (typeof options !== "object") throw new _legacy_FilepickerException__WEBPACK_IMPORTED_MODULE_0__.G("Responsive options must be an object.");
          (0, _state__WEBPACK_IMPORTED_MODULE_1__.L4)(ctx).responsiveOptions = options;
        }
      },
      450: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          h: function() {
            return watchPage;
          }
        });
        var _state__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(503);
        function watchPage(api, ctx, win, run) {
          var s = (0, _state__WEBPACK_IMPORTED_MODULE_0__.L4)(ctx);
          s.api = api;
          s.win = win;
          var doc = win.document;
          if (doc.readyState === "loading") {
            doc.addEventListener("DOMContentLoaded", run, false);
          } else {
            run();
          }
          if (doc.readyState !== "complete") win.addEventListener("load", run, false);
        }
      },
      503: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
        "use strict";
        __webpack_require__.d(__webpack_exports__, {
          L4: function() {
            return stateOf;
          },
          Ou: function() {
            return windowOf;
          },
          ir: function() {
            return apiOf;
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
        var KEY = "__fpWidgetState";
        function stateOf(ctx) {
          var holder = ctx;
          var s = holder[KEY];
          if (!s) {
            s = new WidgetState;
            Object.defineProperty(ctx, KEY, {
              value: s,
              enumerable: false,
              configurable: true,
              writable: true
            });
          }
          return s;
        }
        function windowOf(ctx) {
          var s = stateOf(ctx);
          if (s.win) return s.win;
          if (typeof window !== "undefined") return window;
          throw new Error("filepicker: widgets need a browser window");
        }
        function apiOf(ctx) {
          var s = stateOf(ctx);
          if (s.api) return s.api;
          var w = windowOf(ctx);
          if (w.filepicker) return w.filepicker;
          throw new Error("filepicker: widgets need the filepicker object");
        }
        function consoleError(message) {
          if (typeof console !== "undefined" && console.error) console.error(message);
        }
      },
      966: function(module, __unused_webpack_exports, __webpack_require__) {
        "use strict";
        var boot = __webpack_require__(760).z;
        module.exports = boot(function() {
          return __webpack_require__(723).A;
        });
      },
      635: function(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {
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
        201: "md5",
        414: "image",
        582: "media",
        649: "export",
        713: "customsource",
        845: "rest",
        854: "widgets"
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
    var __webpack_exports__ = __webpack_require__(966);
    return __webpack_exports__;
  }();
});
//# sourceMappingURL=filepicker.js.map