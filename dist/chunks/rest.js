/*! filepicker-shim 0.1.0 | drop-in replacement for filepicker.js v2 | MIT */
"use strict";

(Object(typeof self !== "undefined" ? self : this)["webpackChunkfilepicker"] = Object(typeof self !== "undefined" ? self : this)["webpackChunkfilepicker"] || []).push([ [ 845 ], {
  9405: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
    __webpack_require__.r(__webpack_exports__);
    __webpack_require__.d(__webpack_exports__, {
      createRestMembers: function() {
        return createRestMembers;
      },
      restMembers: function() {
        return restMembers;
      }
    });
    var FPError = __webpack_require__(1948);
    var checks = __webpack_require__(6244);
    var codes = __webpack_require__(5679);
    var callbacks = __webpack_require__(4442);
    function outcomeFor(ctx, cb) {
      return new callbacks.Pi(cb.onSuccess, cb.onError || (0, FPError.H)(ctx.debug), cb.onProgress);
    }
    function securityOf(options) {
      var s = {};
      if (typeof options.policy === "string" && options.policy) s.policy = options.policy;
      if (typeof options.signature === "string" && options.signature) s.signature = options.signature;
      return s;
    }
    function securityParams(options) {
      var s = securityOf(options);
      return [ [ "signature", s.signature ], [ "policy", s.policy ] ];
    }
    function cacheBust(options) {
      return options.cache === true ? [] : [ [ "_cacheBust", (new Date).getTime() ] ];
    }
    var fileUrl = __webpack_require__(9077);
    var fileApi = __webpack_require__(1160);
    var errors = __webpack_require__(4703);
    var describe = __webpack_require__(393);
    var retry = __webpack_require__(3333);
    function withQuery(url, params) {
      var q = (0, fileApi.p)(params);
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
    var REST_RETRY = {
      retries: 2,
      factor: 2,
      minTimeout: 500,
      maxTimeout: 4e3
    };
    var SMALL_REQUEST_TIMEOUT_MS = 3e4;
    function restRetryEnvironment(platform) {
      return {
        setTimeout: function(fn, ms) {
          return platform.setTimeout(fn, ms);
        },
        clearTimeout: function(h) {
          return platform.clearTimeout(h);
        },
        now: function() {
          return platform.now();
        },
        random: function() {
          return platform.random();
        },
        isOnline: function() {
          return true;
        },
        onOnline: function(listener) {
          return platform.onOnline(listener);
        }
      };
    }
    var CHUNK = 8192;
    function bufferToBinary(buf) {
      var bytes = new Uint8Array(buf);
      var out = "";
      for (var i = 0; i < bytes.length; i += CHUNK) {
        var end = Math.min(bytes.length, i + CHUNK);
        var part = [];
        for (var j = i; j < end; j++) part.push(bytes[j]);
        out += String.fromCharCode.apply(null, part);
      }
      return out;
    }
    function utf8Decode(bytes) {
      try {
        return decodeURIComponent(escape(bytes));
      } catch (_e) {
        return bytes;
      }
    }
    function percentReporter(outcome, scale) {
      var last = -1;
      var emit = function(p) {
        if (p > last) {
          last = p;
          outcome.progress(p);
        }
      };
      return {
        bytes: function(loaded, total) {
          if (total && total > 0) emit(Math.min(scale, Math.round(loaded * scale / total)));
        },
        done: function() {
          emit(100);
        }
      };
    }
    function pageOrigin() {
      var loc = typeof location !== "undefined" ? location : undefined;
      return loc ? loc.protocol + "//" + loc.host : "";
    }
    function isCrossOrigin(url) {
      var m = /^([a-z][a-z0-9+.-]*:)\/\/([^/?#]+)/i.exec(url);
      if (!m) return false;
      return (m[1] + "//" + m[2]).toLowerCase() !== pageOrigin().toLowerCase();
    }
    function bytesOf(res) {
      var buf = res.body;
      return buf && typeof buf.byteLength === "number" ? bufferToBinary(buf) : res.text;
    }
    function explain(req, answer) {
      var res = answer.res;
      if (!res) return errors.H3 + req.method + " " + withoutQuery(req.url) + " got no answer: " + (answer.failure ? answer.failure.message : "network error");
      var text = res.body ? utf8Decode(bytesOf(res)) : res.text || "";
      try {
        var json = JSON.parse(text);
        if (json && typeof json.error === "string") text = json.error; else if (json && typeof json.message === "string") text = json.message;
      } catch (_e) {}
      text = text.replace(/\s+/g, " ").replace(/^\s+|\s+$/g, "");
      if (text.length > 300) text = text.slice(0, 300) + "...";
      return "HTTP " + res.status + (text ? ": " + text : "");
    }
    var NEVER_ABORTED = {
      aborted: false,
      onAbort: function() {
        return function() {
          return undefined;
        };
      }
    };
    function failedAnswer(res) {
      var carrier = new Error("HTTP " + res.status);
      carrier.answer = res;
      return new retry.WY({
        kind: "status",
        status: res.status,
        retryAfter: res.headers.get("retry-after")
      }, carrier);
    }
    function exchange(call, sent) {
      var timers = call.retryOn;
      var once = function() {
        return call.transport.request(sent);
      };
      var attempts = !timers ? once() : (0, retry.bD)({
        env: timers,
        retry: REST_RETRY
      }, NEVER_ABORTED, function() {
        return once().then(function(res) {
          if (res.status < 200 || res.status >= 300) throw failedAnswer(res);
          return res;
        }, function(e) {
          throw new retry.WY({
            kind: e && e.name === "TimeoutError" ? "timeout" : "network"
          }, e);
        });
      });
      return attempts.then(function(res) {
        return {
          res: res
        };
      }, function(e) {
        return e && e.answer ? {
          res: e.answer
        } : {
          failure: e
        };
      });
    }
    function withProgress(req, progress) {
      if (!progress) return req;
      var sent = {
        method: req.method,
        url: req.url,
        headers: req.headers,
        body: req.body,
        timeoutMs: req.timeoutMs,
        responseType: req.responseType,
        withCredentials: req.withCredentials
      };
      if (req.body != null) sent.onUploadProgress = progress.bytes; else sent.onDownloadProgress = progress.bytes;
      return sent;
    }
    function finish(call, progress, answer) {
      if (call.outcome.finished) return;
      if (progress) progress.done();
      var res = answer.res;
      if (res && res.status >= 200 && res.status < 300) {
        var value = void 0;
        try {
          value = call.parse(res);
        } catch (e) {
          call.outcome.fail(new FPError.d(call.codes.other, errors.H3 + "unexpected answer from the server: " + (0, 
          describe.k)(e)));
          return;
        }
        call.outcome.succeed(value);
        return;
      }
      call.outcome.fail(new FPError.d((0, codes.xF)(call.codes, res ? res.status : 0, isCrossOrigin(call.request.url)), explain(call.request, answer)));
    }
    function perform(call) {
      var progress = call.progress ? percentReporter(call.outcome, 95) : undefined;
      exchange(call, withProgress(call.request, progress)).then(function(answer) {
        return finish(call, progress, answer);
      }).then(undefined, function(e) {
        return call.outcome.fail(new FPError.d(call.codes.other, errors.H3 + "the answer could not be handled: " + (0, 
        describe.k)(e)));
      });
    }
    function parseJson(res) {
      try {
        return JSON.parse(res.text);
      } catch (_e) {
        throw new Error("invalid JSON: " + (res.text || "").slice(0, 100));
      }
    }
    var blob = __webpack_require__(2367);
    function fpFileFromJson(hosts, answer) {
      if (!answer || typeof answer !== "object") throw new Error("expected a JSON object describing the file");
      var json = answer;
      var url = json.url || (json.handle ? hosts.fileApi + "/" + json.handle : undefined);
      if (!url) throw new Error("the answer has no url or handle");
      return (0, blob.Vs)({
        handle: json.handle,
        url: url,
        filename: json.filename || json.name,
        mimetype: json.mimetype || json.type,
        size: json.size,
        key: json.key || json.s3_key,
        isWriteable: json.isWriteable,
        writeable: json.writeable
      });
    }
    function metadataFromJson(answer) {
      if (!answer || typeof answer !== "object") throw new Error("expected a JSON object of metadata");
      var json = answer;
      var names = [ "uploaded", "modified", "created" ];
      for (var i = 0; i < names.length; i++) {
        var v = json[names[i]];
        if (typeof v === "string" || typeof v === "number") json[names[i]] = new Date(v);
      }
      return json;
    }
    function convert(env, args) {
      var call = (0, checks.CF)(env.ctx, args);
      var outcome = outcomeFor(env.ctx, call.a);
      if (call.badMimetype) {
        var mimetype = call.badMimetype.mimetype;
        outcome.fail(new FPError.d(142, "filepicker: only images and PDFs can be converted; this FPFile has mimetype " + (mimetype ? '"' + String(mimetype) + '"' : "none")));
        return;
      }
      var options = call.options;
      var params = [];
      for (var k in options) {
        if (!Object.prototype.hasOwnProperty.call(options, k)) continue;
        var v = options[k];
        params.push([ k, Object.prototype.toString.call(v) === "[object Array]" ? v.join(",") : v ]);
      }
      perform({
        transport: env.transport,
        request: {
          method: "POST",
          url: (0, fileUrl.uq)(call.url) + "/convert",
          headers: {
            "Content-Type": "application/x-www-form-urlencoded; charset=utf-8"
          },
          body: (0, fileApi.p)(params)
        },
        codes: codes.$3,
        outcome: outcome,
        progress: true,
        parse: function(res) {
          return fpFileFromJson(env.ctx.hosts, parseJson(res));
        }
      });
    }
    var shift = __webpack_require__(114);
    function failureName(status, body) {
      if (status === 400) return "bad_params";
      if (status === 403) return "not_authorized";
      if (status === 404) return "not_found";
      if (status === 0) return "CORS_not_allowed";
      return body || "error";
    }
    function endCloudSessions(ctx) {
      if (!ctx.cloud.token || !ctx.getKey()) return;
      var forget = function() {
        ctx.cloud.token = undefined;
      };
      ctx.uploader({}).cloud.logout().then(forget, forget);
    }
    function logout(ctx, transport, args) {
      var options = args[0] && typeof args[0] === "object" ? args[0] : {};
      var onSuccess = (0, shift.Tn)(options.onSuccess) ? options.onSuccess : undefined;
      var onError = (0, shift.Tn)(options.onError) ? options.onError : undefined;
      var answered = function(status, text) {
        if (status >= 200 && status < 300) {
          (0, callbacks.NU)(onSuccess, text);
          return;
        }
        if (onError) {
          setTimeout(function() {
            onError(failureName(status, text), status);
          }, 0);
        }
      };
      endCloudSessions(ctx);
      transport.request({
        method: "GET",
        url: logoutUrl(ctx.hosts),
        withCredentials: true
      }).then(function(res) {
        answered(res.status, res.text);
      }, function() {
        answered(0, "");
      });
    }
    var base64 = __webpack_require__(3319);
    var inputs = __webpack_require__(8040);
    function readerCode(err) {
      var name = err && err.name;
      if (name === "NotFoundError") return 115;
      if (name === "NotReadableError") return 116;
      if (name === "AbortError") return 117;
      return 118;
    }
    function readLocalFile(file, options, outcome) {
      if (typeof FileReader === "undefined") {
        outcome.fail(new FPError.d(111, "filepicker: this browser has no FileReader"));
        return;
      }
      var asText = !!options.asText;
      var reader = new FileReader;
      var progress = percentReporter(outcome, 100);
      var binary = !asText && !reader.readAsBinaryString;
      reader.onprogress = function(e) {
        if (e.lengthComputable && e.total > 0 && e.loaded < e.total) progress.bytes(e.loaded, e.total);
      };
      reader.onload = function() {
        var result = reader.result;
        if (binary) result = bufferToBinary(result);
        progress.done();
        outcome.succeed(options.base64encode ? base64.K3.encode(result, asText) : result);
      };
      reader.onerror = function() {
        outcome.fail(new FPError.d(readerCode(reader.error), "filepicker: " + (reader.error ? reader.error.name + ": " + reader.error.message : "the file could not be read")));
      };
      if (asText) reader.readAsText(file); else if (binary) reader.readAsArrayBuffer(file); else reader.readAsBinaryString(file);
    }
    function readResult(bytes, options, ourFile) {
      if (options.base64encode === true) return (0, base64.cY)(bytes);
      if (options.asText || options.base64encode === false || !ourFile) return utf8Decode(bytes);
      return bytes;
    }
    function readUrl(env, url, ourFile, options, outcome) {
      var params = ourFile ? securityParams(options).concat(cacheBust(options)) : [];
      perform({
        transport: env.transport,
        request: {
          method: "GET",
          url: withQuery(url, params),
          responseType: "arraybuffer"
        },
        codes: codes.C_,
        outcome: outcome,
        progress: true,
        retryOn: env.timers,
        parse: function(res) {
          return readResult(bytesOf(res), options, ourFile);
        }
      });
    }
    function read(env, args) {
      (0, checks.xp)(env.ctx, args);
      var input = args[0];
      var a = (0, shift.Nj)(args, 1);
      var options = (0, inputs.S7)(a.options);
      var outcome = outcomeFor(env.ctx, a);
      var hosts = env.ctx.hosts;
      if (typeof input === "string") {
        var ours = (0, fileUrl.Ps)(hosts, input);
        readUrl(env, ours || input, !!ours, options, outcome);
      } else if ((0, inputs.rZ)(input)) {
        var file = (0, inputs.FX)(input);
        if (!file) outcome.fail(new FPError.d(115, "filepicker: the file input has no file chosen")); else readLocalFile(file, options, outcome);
      } else if ((0, inputs.fo)(input)) {
        readLocalFile(input, options, outcome);
      } else {
        var url = String((0, inputs.rs)(input));
        readUrl(env, (0, fileUrl.Ps)(hosts, url) || url, true, options, outcome);
      }
    }
    var tslib_es6 = __webpack_require__(1635);
    function optionParams(options, skip) {
      var out = [];
      for (var k in options) {
        if (!Object.prototype.hasOwnProperty.call(options, k) || skip.indexOf(k) >= 0) continue;
        var v = options[k];
        if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") out.push([ k, v ]);
      }
      return out;
    }
    function stat(env, args) {
      var target = (0, checks.RI)(env.ctx, args);
      var a = (0, shift.Nj)(args, 1);
      var options = (0, inputs.S7)(a.options);
      perform({
        transport: env.transport,
        request: {
          method: "GET",
          url: withQuery(target + "/metadata", optionParams(options, [ "cache" ]).concat(cacheBust(options))),
          timeoutMs: SMALL_REQUEST_TIMEOUT_MS
        },
        codes: codes.cs,
        retryOn: env.timers,
        outcome: outcomeFor(env.ctx, {
          onSuccess: a.onSuccess,
          onError: a.onError
        }),
        parse: function(res) {
          return metadataFromJson(parseJson(res));
        }
      });
    }
    function remove(env, args) {
      var checked = (0, checks.ju)(env.ctx, args);
      var key = checked.key;
      var target = checked.target;
      var a = (0, shift.Nj)(args, 1);
      var options = (0, inputs.S7)(a.options);
      var onSuccess = a.onSuccess;
      perform({
        transport: env.transport,
        request: (0, tslib_es6.Cl)((0, tslib_es6.Cl)({}, (0, fileApi.s)(target, key, optionParams(options, [ "key" ]))), {
          timeoutMs: SMALL_REQUEST_TIMEOUT_MS
        }),
        codes: codes.eU,
        outcome: outcomeFor(env.ctx, {
          onSuccess: onSuccess ? function() {
            return onSuccess();
          } : undefined,
          onError: a.onError
        }),
        parse: function() {
          return undefined;
        }
      });
    }
    var storeApi = __webpack_require__(9251);
    var rest_target = __webpack_require__(5060);
    var optionText = __webpack_require__(8031);
    var ONE_PART = 5 * 1024 * 1024;
    function storeUrlFor(env, options, mimetype) {
      var store = (0, checks.Sv)(options);
      var params = [ [ "base64decode", options.base64decode ? "true" : undefined ], [ "mimetype", (0, 
      optionText.oj)(mimetype) ], [ "filename", store.filename ], [ "path", store.path ], [ "container", store.container ], [ "region", store.region ], [ "access", store.access ] ];
      return (0, storeApi.v)(env.ctx.hosts.storeApi, env.ctx.requireKey(), store.location, params.concat(securityParams(options)));
    }
    function post(env, request, codes, outcome) {
      perform({
        transport: env.transport,
        request: request,
        codes: codes,
        outcome: outcome,
        progress: true,
        parse: function(res) {
          return fpFileFromJson(env.ctx.hosts, parseJson(res));
        }
      });
    }
    function storeData(env, data, options, outcome) {
      var mimetype = (0, optionText.dn)(options.mimetype) || "text/plain";
      post(env, {
        method: "POST",
        url: storeUrlFor(env, options, mimetype),
        headers: {
          "Content-Type": mimetype
        },
        body: data
      }, codes.xU, outcome);
    }
    function storeRemote(env, url, options, outcome) {
      post(env, (0, storeApi.Y)(storeUrlFor(env, options, (0, optionText.dn)(options.mimetype)), (0, 
      rest_target.H)(env.ctx.hosts, url)), codes.p2, outcome);
    }
    function engineError(err) {
      var details = err instanceof Error ? err.message : String(err);
      return new FPError.d((0, errors.TX)(err) ? (0, codes.xF)(codes.xU, err.status, false) : codes.xU.other, details);
    }
    function storeLarge(env, file, options, outcome) {
      var store = (0, checks.Sv)(options);
      var progress = percentReporter(outcome, 95);
      var task = env.ctx.uploader(securityOf(options)).upload(file, store, {
        onProgress: function(p) {
          progress.bytes(p.loaded, p.total);
        }
      });
      task.promise.then(function(stored) {
        if (outcome.finished) return;
        var blob;
        try {
          blob = fpFileFromJson(env.ctx.hosts, stored);
        } catch (e) {
          outcome.fail(new FPError.d(codes.xU.other, "filepicker: unexpected answer from the upload: " + e.message));
          return;
        }
        progress.done();
        outcome.succeed(blob);
      }, function(err) {
        outcome.fail(engineError(err));
      });
    }
    function storeFile(env, file, options, outcome) {
      if (!options.filename && file.name) options.filename = file.name;
      if (file.size > ONE_PART) {
        storeLarge(env, file, options, outcome);
        return;
      }
      var form = new FormData;
      form.append("fileUpload", file);
      post(env, {
        method: "POST",
        url: storeUrlFor(env, options, (0, optionText.dn)(options.mimetype)),
        body: form
      }, codes.xU, outcome);
    }
    function store(env, args) {
      (0, checks.ot)(env.ctx, args);
      var input = args[0];
      var a = (0, shift.Nj)(args, 1);
      var options = (0, inputs.S7)(a.options);
      if (typeof input === "string") {
        storeData(env, input, options, outcomeFor(env.ctx, a));
      } else if ((0, inputs.rZ)(input)) {
        var outcome = outcomeFor(env.ctx, a);
        var file = (0, inputs.FX)(input);
        if (!file) outcome.fail(new FPError.d(115, "filepicker: the file input has no file chosen")); else storeFile(env, file, options, outcome);
      } else if ((0, inputs.fo)(input)) {
        storeFile(env, input, options, outcomeFor(env.ctx, a));
      } else {
        if (!options.filename) options.filename = input.filename;
        storeRemote(env, String((0, inputs.rs)(input)), options, outcomeFor(env.ctx, a));
      }
    }
    function storeUrl(env, args) {
      (0, checks.L1)(env.ctx, args);
      var input = args[0];
      var a = (0, shift.Nj)(args, 1);
      var options = (0, inputs.S7)(a.options);
      var outcome = outcomeFor(env.ctx, a);
      var url = typeof input === "string" ? input : (0, inputs.rs)(input);
      if (typeof url !== "string" || !url) {
        outcome.fail(new FPError.d(codes.p2.badParams, "filepicker: storeUrl needs a URL string as its first argument, got " + (0, 
        describe.b)(input)));
        return;
      }
      storeRemote(env, url, options, outcome);
    }
    function writeRequest(target, body, options) {
      var mimetype = body.kind === "file" ? body.file.type || undefined : (0, optionText.dn)(options.mimetype);
      var params = [ [ "base64decode", options.base64decode ? "true" : undefined ], [ "mimetype", mimetype ] ];
      var url = withQuery(target, params.concat(securityParams(options)));
      if (body.kind === "data") return {
        method: "POST",
        url: url,
        headers: {
          "Content-Type": mimetype || "text/plain"
        },
        body: body.data
      };
      if (body.kind === "url") return {
        method: "POST",
        url: url,
        headers: {
          "Content-Type": "application/x-www-form-urlencoded; charset=utf-8"
        },
        body: (0, fileApi.p)([ [ "url", body.url ] ])
      };
      var form = new FormData;
      form.append("fileUpload", body.file);
      return {
        method: "POST",
        url: url,
        body: form
      };
    }
    function send(env, target, body, options, outcome) {
      perform({
        transport: env.transport,
        request: writeRequest(target, body, options),
        codes: codes.xU,
        outcome: outcome,
        progress: true,
        parse: function(res) {
          return fpFileFromJson(env.ctx.hosts, parseJson(res));
        }
      });
    }
    function write(env, args) {
      var target = (0, checks.Gf)(env.ctx, args, false);
      var input = args[1];
      var a = (0, shift.Nj)(args, 2);
      var options = (0, inputs.S7)(a.options);
      var outcome = outcomeFor(env.ctx, a);
      if (typeof input === "string") {
        send(env, target, {
          kind: "data",
          data: input
        }, options, outcome);
      } else if ((0, inputs.rZ)(input)) {
        var file = (0, inputs.FX)(input);
        if (!file) outcome.fail(new FPError.d(115, "filepicker: the file input has no file chosen")); else send(env, target, {
          kind: "file",
          file: file
        }, options, outcome);
      } else if ((0, inputs.fo)(input)) {
        send(env, target, {
          kind: "file",
          file: input
        }, options, outcome);
      } else {
        send(env, target, {
          kind: "url",
          url: (0, rest_target.H)(env.ctx.hosts, (0, inputs.rs)(input))
        }, options, outcome);
      }
    }
    function writeUrl(env, args) {
      var target = (0, checks.Gf)(env.ctx, args, true);
      var input = args[1];
      var a = (0, shift.Nj)(args, 2);
      var options = (0, inputs.S7)(a.options);
      var source = typeof input === "string" ? input : (0, inputs.rs)(input) || input;
      send(env, target, {
        kind: "url",
        url: (0, rest_target.H)(env.ctx.hosts, source)
      }, options, outcomeFor(env.ctx, a));
    }
    function createRestMembers(stack) {
      var envOf = function(ctx) {
        var s = stack || ctx.http();
        return {
          ctx: ctx,
          transport: s.transport,
          timers: restRetryEnvironment(s.timers)
        };
      };
      var on = function(fn) {
        return function(ctx, args) {
          fn(envOf(ctx), args);
          return undefined;
        };
      };
      return {
        read: on(read),
        write: on(write),
        writeUrl: on(writeUrl),
        store: on(store),
        storeUrl: on(storeUrl),
        stat: on(stat),
        metadata: on(stat),
        remove: on(remove),
        convert: on(convert),
        logout: function(ctx, args) {
          logout(ctx, envOf(ctx).transport, args);
          return undefined;
        }
      };
    }
    var restMembers = createRestMembers();
  }
} ]);
//# sourceMappingURL=rest.js.map