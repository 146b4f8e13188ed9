/*! filepicker-shim 0.1.0 | drop-in replacement for filepicker.js v2 | MIT */
"use strict";

(Object(typeof self !== "undefined" ? self : this)["webpackChunkfilepicker"] = Object(typeof self !== "undefined" ? self : this)["webpackChunkfilepicker"] || []).push([ [ 259 ], {
  8485: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
    __webpack_require__.d(__webpack_exports__, {
      openMd5Pool: function() {
        return openMd5Pool;
      }
    });
    function originOf(url) {
      var m = /^([a-z][a-z0-9+.-]*:)\/\/([^/?#]*)/i.exec(url);
      if (!m) return null;
      var scheme = m[1].toLowerCase();
      var host = m[2].replace(/^[^@]*@/, "").toLowerCase();
      if (scheme === "http:" && /:80$/.test(host) || scheme === "https:" && /:443$/.test(host)) host = host.replace(/:\d+$/, "");
      return scheme + "//" + host;
    }
    function sameOrigin(url, pageHref) {
      var target = originOf(url);
      if (target === null) return !/^\/\//.test(url);
      return !!pageHref && originOf(pageHref) === target;
    }
    function blobWorkerSource(workerUrl) {
      var polyfills = workerUrl.replace(/[?#].*$/, "").replace(/[^/]*$/, "") + "filepicker.polyfills.js";
      return 'if(typeof Promise!=="function")importScripts(' + JSON.stringify(polyfills) + ");importScripts(" + JSON.stringify(workerUrl) + ");";
    }
    function newWorker(url) {
      try {
        return new Worker(url);
      } catch (_a) {
        return null;
      }
    }
    function blobUrlOnce(source) {
      var made;
      return function() {
        if (made !== undefined) return made;
        made = null;
        try {
          if (typeof URL !== "undefined" && typeof URL.createObjectURL === "function") {
            made = URL.createObjectURL(new Blob([ source ], {
              type: "text/javascript"
            }));
          }
        } catch (_a) {
          made = null;
        }
        return made;
      };
    }
    function md5WorkerStart(workerUrl, pageHref) {
      if (sameOrigin(workerUrl, pageHref)) {
        return {
          path: "worker file",
          create: function() {
            return newWorker(workerUrl);
          }
        };
      }
      var blobUrl = blobUrlOnce(blobWorkerSource(workerUrl));
      return {
        path: "blob URL",
        create: function() {
          var url = blobUrl();
          return url ? newWorker(url) : null;
        }
      };
    }
    var MD5_READY_MS = 5e3;
    var Md5WorkerPool = function() {
      function Md5WorkerPool(env, start, workers, debug) {
        this.slots = [];
        this.line = [];
        this.broken = false;
        this.seq = 0;
        this.said = false;
        this.env = env;
        this.start = start;
        this.workers = Math.max(1, workers);
        this.debug = debug;
      }
      Md5WorkerPool.prototype.md5 = function(blob) {
        var _this = this;
        if (this.broken) return Promise.resolve(null);
        return new Promise(function(resolve) {
          _this.line.push({
            id: ++_this.seq,
            blob: blob,
            resolve: resolve
          });
          _this.dispatch();
        });
      };
      Md5WorkerPool.prototype.dispose = function() {
        while (this.slots.length) this.end(this.slots.pop());
      };
      Md5WorkerPool.prototype.say = function(message) {
        if (this.said) return;
        this.said = true;
        this.debug("md5: " + message);
      };
      Md5WorkerPool.prototype.end = function(slot) {
        if (slot.timer !== undefined) this.env.clearTimeout(slot.timer);
        slot.timer = undefined;
        slot.w.terminate();
      };
      Md5WorkerPool.prototype.fail = function(reason) {
        if (this.broken) return;
        this.broken = true;
        this.say("hashing on the main thread with spark-md5 (" + reason + ")");
        while (this.slots.length) {
          var s = this.slots.pop();
          this.end(s);
          if (s.job) s.job.resolve(null);
        }
        while (this.line.length) this.line.shift().resolve(null);
      };
      Md5WorkerPool.prototype.spawn = function() {
        var _this = this;
        if (this.broken || this.slots.length >= this.workers) return null;
        var w = null;
        try {
          w = this.start.create();
        } catch (_a) {
          w = null;
        }
        if (!w) {
          if (!this.slots.length) this.fail("could not start a Worker from the " + this.start.path);
          return null;
        }
        var slot = {
          w: w,
          job: null,
          ready: false,
          timer: undefined
        };
        w.onmessage = function(ev) {
          return _this.answer(slot, ev.data || {});
        };
        w.onerror = function() {
          return _this.fail("the Worker from the " + _this.start.path + " reported an error");
        };
        this.slots.push(slot);
        var ms = this.env.md5ReadyMs || MD5_READY_MS;
        slot.timer = this.env.setTimeout(function() {
          slot.timer = undefined;
          if (!slot.ready) _this.fail("the Worker from the " + _this.start.path + " did not answer within " + ms + " ms");
        }, ms);
        try {
          w.postMessage({
            type: "filepicker-md5-ping"
          });
        } catch (_b) {
          this.fail("the Worker refused a message");
          return null;
        }
        return slot;
      };
      Md5WorkerPool.prototype.answer = function(slot, d) {
        if (d.type === "filepicker-md5-ready") {
          slot.ready = true;
          if (slot.timer !== undefined) this.env.clearTimeout(slot.timer);
          slot.timer = undefined;
          var how = d.hasher === "wasm" ? "hash-wasm" : "spark-md5" + (typeof d.note === "string" ? ", " + d.note : "");
          this.say("hashing in a Worker started from the " + this.start.path + " (" + how + ")");
          return;
        }
        var job = slot.job;
        if (!job || d.id !== job.id) return;
        slot.job = null;
        job.resolve(typeof d.md5 === "string" ? d.md5 : null);
        this.dispatch();
      };
      Md5WorkerPool.prototype.dispatch = function() {
        while (this.line.length && !this.broken) {
          var free = null;
          for (var i = 0; i < this.slots.length && !free; i++) if (!this.slots[i].job) free = this.slots[i];
          if (!free) free = this.spawn();
          if (!free) return;
          var job = this.line.shift();
          free.job = job;
          try {
            free.w.postMessage({
              type: "filepicker-md5",
              id: job.id,
              blob: job.blob
            });
          } catch (_a) {
            this.fail("the Worker refused a part");
          }
        }
      };
      return Md5WorkerPool;
    }();
    function openMd5Pool(env, workers, debug) {
      var own = env.createWorker;
      var start = own ? {
        path: "environment",
        create: function() {
          return own.call(env);
        }
      } : md5WorkerStart(env.md5WorkerUrl || "", typeof location !== "undefined" && location ? location.href : undefined);
      return new Md5WorkerPool(env, start, workers, debug);
    }
  }
} ]);
//# sourceMappingURL=md5pool.js.map