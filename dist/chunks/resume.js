/*! filepicker-shim 0.1.0 | drop-in replacement for filepicker.js v2 | MIT */
"use strict";

(Object(typeof self !== "undefined" ? self : this)["webpackChunkfilepicker"] = Object(typeof self !== "undefined" ? self : this)["webpackChunkfilepicker"] || []).push([ [ 798 ], {
  2091: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
    __webpack_require__.d(__webpack_exports__, {
      openResume: function() {
        return openResume;
      }
    });
    var ENTRY_VERSION = 1;
    function isText(v) {
      return typeof v === "string" && v.length > 0;
    }
    function isCount(v) {
      return typeof v === "number" && isFinite(v) && Math.floor(v) === v && v >= 0;
    }
    function readParts(v, partCount) {
      if (!v || typeof v !== "object" || typeof v.length !== "number") return null;
      var list = v;
      var out = [];
      var seen = {};
      for (var i = 0; i < list.length; i++) {
        var p = list[i];
        if (!p || !isCount(p.n) || p.n < 1 || p.n > partCount || !isText(p.etag) || seen[p.n]) return null;
        seen[p.n] = true;
        out.push({
          n: p.n,
          etag: p.etag
        });
      }
      return out;
    }
    function usableEntry(raw, key, now, size, partSize) {
      var e = raw;
      if (!e || typeof e !== "object" || e.v !== ENTRY_VERSION || e.key !== key) return null;
      if (!isCount(e.created) || !isCount(e.expires) || e.expires <= now) return null;
      if (e.size !== size || e.partSize !== partSize) return null;
      if (!isText(e.uri) || !isText(e.region) || !isText(e.uploadId) || !isText(e.locationUrl) || !/^https?:\/\//i.test(e.locationUrl)) return null;
      if (e.locationRegion !== undefined && !isText(e.locationRegion)) return null;
      var parts = readParts(e.parts, Math.ceil(size / partSize));
      if (!parts) return null;
      return {
        v: ENTRY_VERSION,
        key: key,
        created: e.created,
        expires: e.expires,
        uri: e.uri,
        region: e.region,
        uploadId: e.uploadId,
        locationUrl: e.locationUrl,
        locationRegion: e.locationRegion,
        partSize: partSize,
        size: size,
        parts: parts
      };
    }
    function startOf(e) {
      return {
        uri: e.uri,
        region: e.region,
        uploadId: e.uploadId,
        locationUrl: e.locationUrl,
        locationRegion: e.locationRegion
      };
    }
    function newEntry(key, s, created, ttlMs, size, partSize) {
      var e = {
        v: ENTRY_VERSION,
        key: key,
        created: created,
        expires: created + ttlMs,
        uri: s.uri,
        region: s.region,
        uploadId: s.uploadId,
        locationUrl: s.locationUrl,
        partSize: partSize,
        size: size,
        parts: []
      };
      if (s.locationRegion) e.locationRegion = s.locationRegion;
      return e;
    }
    function splitParts(ranges, e) {
      var stored = {};
      for (var i = 0; i < e.parts.length; i++) stored[e.parts[i].n] = true;
      var held = [];
      var missing = [];
      for (var i = 0; i < ranges.length; i++) (stored[ranges[i].number] ? held : missing).push(ranges[i]);
      return {
        held: held,
        missing: missing
      };
    }
    var protocol = __webpack_require__(3126);
    function keyBase(k) {
      var f = k.source;
      if (typeof f.name !== "string" || !f.name || typeof f.lastModified !== "number") return null;
      var parts = [ "fp-resume/1", k.uploadApi, k.apikey, JSON.stringify((0, protocol.wq)(k.store)), f.name, String(f.size), f.type || "", String(f.lastModified), String(k.partSize) ];
      return JSON.stringify(parts);
    }
    function resumeKey(base, firstMd5, lastMd5) {
      return base + "#" + firstMd5 + "#" + lastMd5;
    }
    function fingerprint(k, ranges, digests) {
      var base = keyBase(k);
      if (!base) return Promise.resolve(null);
      var first = digests.seed(ranges[0]);
      var last = digests.seed(ranges[ranges.length - 1]);
      return Promise.all([ first, last ]).then(function(d) {
        return d[0].md5 && d[1].md5 ? resumeKey(base, d[0].md5, d[1].md5) : null;
      });
    }
    var store = __webpack_require__(911);
    var DB_NAME = "filepicker-resume";
    var STORE_NAME = "uploads";
    function failure(what, e) {
      return new Error("IndexedDB " + what + " failed" + (e && e.message ? ": " + e.message : ""));
    }
    var IndexedDbResumeStore = function() {
      function IndexedDbResumeStore(factory) {
        this.factory = factory;
        this.available = true;
        this.db = null;
      }
      IndexedDbResumeStore.prototype.get = function(key) {
        return this.run("readonly", function(s) {
          return s.get(key);
        }).then(function(v) {
          return v === undefined ? null : v;
        });
      };
      IndexedDbResumeStore.prototype.put = function(entry) {
        return this.run("readwrite", function(s) {
          return s.put(entry);
        }).then(function() {});
      };
      IndexedDbResumeStore.prototype.remove = function(key) {
        return this.run("readwrite", function(s) {
          return s.delete(key);
        }).then(function() {});
      };
      IndexedDbResumeStore.prototype.prune = function(now) {
        return this.run("readwrite", function(s) {
          var req = s.openCursor();
          req.onsuccess = function() {
            var c = req.result;
            if (!c) return;
            if ((0, store._d)(c.value, now)) c.delete();
            c.continue();
          };
          return req;
        }).then(function() {});
      };
      IndexedDbResumeStore.prototype.open = function() {
        var _this = this;
        if (this.db) return this.db;
        var factory = this.factory;
        this.db = new Promise(function(resolve, reject) {
          var req = factory.open(DB_NAME, 1);
          req.onupgradeneeded = function() {
            var db = req.result;
            if (!db.objectStoreNames.contains(STORE_NAME)) db.createObjectStore(STORE_NAME, {
              keyPath: "key"
            });
          };
          req.onsuccess = function() {
            var db = req.result;
            db.onversionchange = function() {
              db.close();
            };
            resolve(db);
          };
          req.onerror = function() {
            reject(failure("open", req.error));
          };
          req.onblocked = function() {
            reject(new Error("IndexedDB open is blocked by another tab"));
          };
        });
        this.db.then(undefined, function() {
          _this.db = null;
        });
        return this.db;
      };
      IndexedDbResumeStore.prototype.run = function(mode, fn) {
        return this.open().then(function(db) {
          return new Promise(function(resolve, reject) {
            var tx = db.transaction(STORE_NAME, mode);
            var req = fn(tx.objectStore(STORE_NAME));
            tx.oncomplete = function() {
              resolve(req.result);
            };
            tx.onerror = function() {
              reject(failure(mode, tx.error));
            };
            tx.onabort = function() {
              reject(failure(mode, tx.error));
            };
          });
        });
      };
      return IndexedDbResumeStore;
    }();
    var shared = null;
    function defaultResumeStore() {
      if (shared) return shared;
      var factory;
      try {
        factory = typeof indexedDB !== "undefined" && indexedDB && typeof indexedDB.open === "function" ? indexedDB : undefined;
      } catch (_a) {
        factory = undefined;
      }
      shared = factory ? new IndexedDbResumeStore(factory) : store.GV;
      return shared;
    }
    var claimsByStore = [];
    function claimsOf(store) {
      for (var i = 0; i < claimsByStore.length; i++) if (claimsByStore[i].store === store) return claimsByStore[i].claims;
      var claims = {};
      claimsByStore.push({
        store: store,
        claims: claims
      });
      return claims;
    }
    var ResumeTracker = function() {
      function ResumeTracker(store, ttlMs, log) {
        this.store = store;
        this.ttlMs = ttlMs;
        this.log = log;
        this.key = null;
        this.entry = null;
        this.gone = false;
        this.chain = Promise.resolve();
        this.queued = false;
      }
      ResumeTracker.prototype.lookup = function(key, now, size, partSize) {
        if (this.gone) return Promise.resolve(null);
        var claimed = claimsOf(this.store);
        if (Object.prototype.hasOwnProperty.call(claimed, key)) {
          this.log("another upload of this page is sending the same file; this one starts fresh and is not remembered");
          return Promise.resolve(null);
        }
        claimed[key] = true;
        this.key = key;
        var store = this.store;
        var log = this.log;
        store.prune(now).then(undefined, function(e) {
          log("could not prune expired records: " + e.message);
        });
        return store.get(key).then(function(raw) {
          if (raw === null || raw === undefined) return null;
          var entry = usableEntry(raw, key, now, size, partSize);
          if (!entry) {
            log("ignoring an expired or unreadable record of this file");
            store.remove(key).then(undefined, function() {});
          }
          return entry;
        }, function(e) {
          log("could not read the record of this file: " + e.message);
          return null;
        });
      };
      ResumeTracker.prototype.begin = function(s, created, size, partSize, entry) {
        if (!this.key || this.gone) return;
        this.entry = entry || newEntry(this.key, s, created, this.ttlMs, size, partSize);
        if (!entry) this.write();
      };
      ResumeTracker.prototype.partStored = function(n, etag) {
        if (!this.entry || this.gone) return;
        this.entry.parts.push({
          n: n,
          etag: etag
        });
        this.write();
      };
      ResumeTracker.prototype.reset = function() {
        var key = this.key;
        if (!key || this.gone) return;
        this.entry = null;
        var store = this.store;
        var log = this.log;
        this.chain = this.chain.then(function() {
          return store.remove(key);
        }).then(undefined, function(e) {
          log("could not remove the record: " + e.message);
        });
      };
      ResumeTracker.prototype.forget = function() {
        if (this.gone) return;
        this.gone = true;
        var key = this.key;
        if (!key) return;
        delete claimsOf(this.store)[key];
        var store = this.store;
        var log = this.log;
        this.chain = this.chain.then(function() {
          return store.remove(key);
        }).then(undefined, function(e) {
          log("could not remove the record: " + e.message);
        });
      };
      ResumeTracker.prototype.idle = function() {
        return this.chain;
      };
      ResumeTracker.prototype.write = function() {
        var _this = this;
        if (this.queued) return;
        this.queued = true;
        var log = this.log;
        this.chain = this.chain.then(function() {
          _this.queued = false;
          if (_this.gone || !_this.entry) return undefined;
          return _this.store.put(_this.entry);
        }).then(undefined, function(e) {
          log("could not save the record: " + e.message);
        });
      };
      return ResumeTracker;
    }();
    function openResume(store, ttlMs, log) {
      var s = store || defaultResumeStore();
      if (!s.available) return null;
      var tracker = new ResumeTracker(s, ttlMs, log);
      return {
        tracker: tracker,
        find: function(k, ranges, digests, now, size) {
          return fingerprint(k, ranges, digests).then(function(key) {
            return key ? tracker.lookup(key, now, size, k.partSize) : null;
          });
        },
        plan: function(entry, ranges) {
          var split = splitParts(ranges, entry);
          return {
            start: startOf(entry),
            held: split.held,
            missing: split.missing
          };
        }
      };
    }
  }
} ]);
//# sourceMappingURL=resume.js.map