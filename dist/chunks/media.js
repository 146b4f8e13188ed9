/*! filepicker-shim 0.1.0 | drop-in replacement for filepicker.js v2 | MIT */
"use strict";

(Object(typeof self !== "undefined" ? self : this)["webpackChunkfilepicker"] = Object(typeof self !== "undefined" ? self : this)["webpackChunkfilepicker"] || []).push([ [ 582 ], {
  545: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
    __webpack_require__.r(__webpack_exports__);
    __webpack_require__.d(__webpack_exports__, {
      createMediaSource: function() {
        return createMediaSource;
      }
    });
    var describe = __webpack_require__(393);
    function browserMediaEnv(win) {
      var nav = win.navigator;
      var devices = nav && nav.mediaDevices;
      var Recorder = win.MediaRecorder;
      var env = {
        now: function() {
          return (new Date).getTime();
        },
        setTimeout: function(fn, ms) {
          return win.setTimeout(fn, ms);
        },
        clearTimeout: function(id) {
          return win.clearTimeout(id);
        }
      };
      if (devices && typeof devices.getUserMedia === "function") {
        env.getUserMedia = function(constraints) {
          return devices.getUserMedia(constraints);
        };
      }
      if (typeof Recorder === "function") {
        env.createRecorder = function(stream, mimeType) {
          var r = new Recorder(stream, mimeType ? {
            mimeType: mimeType
          } : undefined);
          return r;
        };
        if (typeof Recorder.isTypeSupported === "function") env.isTypeSupported = function(t) {
          return Recorder.isTypeSupported(t);
        };
      }
      return env;
    }
    var DEFAULT_VIDEO_RES = "640x480";
    var DEFAULT_LENGTH = 3600;
    var MAX_LENGTH = 5400;
    function parseResolution(res) {
      var m = /^(\d+)x(\d+)$/i.exec(res || "");
      if (!m) return parseResolution(DEFAULT_VIDEO_RES);
      return {
        width: parseInt(m[1], 10),
        height: parseInt(m[2], 10)
      };
    }
    function lengthLimit(seconds) {
      if (typeof seconds !== "number" || !(seconds > 0)) return DEFAULT_LENGTH;
      return Math.min(MAX_LENGTH, Math.max(1, Math.round(seconds)));
    }
    function mediaSettings(config) {
      var w = config.webcam || {};
      var dim = w.dim && w.dim[0] > 0 && w.dim[1] > 0 ? [ w.dim[0], w.dim[1] ] : undefined;
      return {
        photoDim: dim,
        video: parseResolution(w.videoRes),
        videoLen: lengthLimit(w.videoLen),
        audioLen: lengthLimit(w.audioLen)
      };
    }
    function recordingClock(startedAt, now, limitSeconds) {
      var ms = Math.max(0, now - startedAt);
      var limitMs = limitSeconds * 1e3;
      var elapsed = Math.min(limitSeconds, Math.floor(ms / 1e3));
      return {
        elapsed: elapsed,
        remaining: Math.max(0, Math.ceil((limitMs - ms) / 1e3)),
        over: ms >= limitMs
      };
    }
    function nextTickIn(startedAt, now, limitSeconds) {
      var ms = Math.max(0, now - startedAt);
      var toSecond = 1e3 - ms % 1e3;
      var toLimit = limitSeconds * 1e3 - ms;
      return Math.max(1, Math.min(toSecond, toLimit));
    }
    function formatClock(seconds) {
      var s = Math.max(0, Math.floor(seconds));
      var h = Math.floor(s / 3600);
      var m = Math.floor(s % 3600 / 60);
      var r = s % 60;
      var two = function(n) {
        return (n < 10 ? "0" : "") + n;
      };
      return h ? h + ":" + two(m) + ":" + two(r) : m + ":" + two(r);
    }
    function photoGeometry(frameW, frameH, dim) {
      if (!dim || !(frameW > 0) || !(frameH > 0)) return {
        width: frameW,
        height: frameH,
        sx: 0,
        sy: 0,
        sw: frameW,
        sh: frameH
      };
      var aspect = dim[0] / dim[1];
      var sw = frameW;
      var sh = Math.round(frameW / aspect);
      if (sh > frameH) {
        sh = frameH;
        sw = Math.round(frameH * aspect);
      }
      var scale = Math.min(1, sw / dim[0], sh / dim[1]);
      return {
        width: Math.round(dim[0] * scale),
        height: Math.round(dim[1] * scale),
        sx: Math.floor((frameW - sw) / 2),
        sy: Math.floor((frameH - sh) / 2),
        sw: sw,
        sh: sh
      };
    }
    function mediaFileName(prefix, time, ext) {
      return prefix + "-" + Math.floor(time) + "." + ext;
    }
    var dom = __webpack_require__(239);
    var tslib_es6 = __webpack_require__(1635);
    var TABLE = {
      idle: {
        start: "starting"
      },
      starting: {
        ready: "previewing",
        fail: "error",
        leave: "idle"
      },
      previewing: {
        record: "recording",
        fail: "error",
        leave: "idle"
      },
      recording: {
        stop: "saving",
        fail: "error",
        leave: "idle"
      },
      saving: {
        saved: "recorded",
        fail: "error",
        leave: "idle"
      },
      recorded: {
        retake: "previewing",
        use: "idle",
        fail: "error",
        leave: "idle"
      },
      error: {
        start: "starting",
        leave: "idle"
      }
    };
    function transition(state, event, photo) {
      if (photo && state === "previewing" && event === "record") return "saving";
      var next = TABLE[state][event];
      return next === undefined ? null : next;
    }
    function deviceOn(state) {
      return state === "starting" || state === "previewing" || state === "recording" || state === "saving" || state === "recorded";
    }
    var PROBLEM_KEYS = {
      denied: "mediaDenied",
      noDevice: "mediaNoDevice",
      busy: "mediaBusy",
      unsupported: "mediaUnsupported",
      failed: "mediaFailed"
    };
    function problemOf(error) {
      var name = String(error && error.name || "");
      switch (name) {
       case "NotAllowedError":
       case "PermissionDeniedError":
       case "SecurityError":
        return "denied";

       case "NotFoundError":
       case "DevicesNotFoundError":
       case "OverconstrainedError":
       case "ConstraintNotSatisfiedError":
        return "noDevice";

       case "NotReadableError":
       case "TrackStartError":
       case "AbortError":
        return "busy";

       case "NotSupportedError":
       case "TypeError":
        return "unsupported";

       default:
        return "failed";
      }
    }
    var VIDEO_TYPES = [ "video/webm;codecs=vp8,opus", "video/webm;codecs=vp9,opus", "video/webm", "video/mp4" ];
    var AUDIO_TYPES = [ "audio/webm;codecs=opus", "audio/webm", "audio/ogg;codecs=opus", "audio/mp4" ];
    function chooseRecorderType(kind, isTypeSupported) {
      if (!isTypeSupported) return undefined;
      var list = kind === "video" ? VIDEO_TYPES : AUDIO_TYPES;
      for (var i = 0; i < list.length; i++) {
        try {
          if (isTypeSupported(list[i])) return list[i];
        } catch (_e) {}
      }
      return undefined;
    }
    function fileType(recorded, kind) {
      var base = (recorded || "").split(";")[0].replace(/^\s+|\s+$/g, "").toLowerCase();
      return /^(video|audio)\/[a-z0-9.+-]+$/.test(base) ? base : kind + "/webm";
    }
    function extensionFor(type) {
      var sub = type.split("/")[1] || "webm";
      if (sub === "mp4") return type.indexOf("audio/") === 0 ? "m4a" : "mp4";
      if (sub === "ogg") return "ogg";
      if (sub === "x-matroska") return "mkv";
      return sub === "webm" ? "webm" : sub.replace(/[^a-z0-9]/g, "") || "webm";
    }
    var MediaController = function() {
      function MediaController(env, opts) {
        this.env = env;
        this.opts = opts;
        this.snap = {
          state: "idle",
          elapsed: 0,
          remaining: 0,
          limitReached: false
        };
        this.chunks = [];
        this.startedAt = 0;
        this.seconds = 0;
        this.generation = 0;
        this.destroyed = false;
        this.snap.remaining = opts.limit;
      }
      Object.defineProperty(MediaController.prototype, "snapshot", {
        get: function() {
          return this.snap;
        },
        enumerable: false,
        configurable: true
      });
      MediaController.prototype.start = function() {
        var _this = this;
        if (!this.go("start")) return;
        var env = this.env;
        var gen = ++this.generation;
        if (!env.getUserMedia || this.opts.kind !== "photo" && !env.createRecorder) {
          this.fail("unsupported");
          return;
        }
        var ask = function(c) {
          try {
            return env.getUserMedia(c);
          } catch (e) {
            return Promise.reject(e);
          }
        };
        var fallback = this.opts.fallback;
        ask(this.opts.constraints).then(null, function(e) {
          return fallback && problemOf(e) === "noDevice" ? ask(fallback) : Promise.reject(e);
        }).then(function(stream) {
          if (gen !== _this.generation || _this.snap.state !== "starting") {
            stopTracks(stream);
            return;
          }
          _this.stream = stream;
          _this.go("ready", {
            stream: stream
          });
        }, function(e) {
          if (gen === _this.generation && _this.snap.state === "starting") _this.fail(problemOf(e));
        });
      };
      MediaController.prototype.record = function() {
        var _this = this;
        var photo = this.opts.kind === "photo";
        if (transition(this.snap.state, "record", photo) === null) return;
        var gen = ++this.generation;
        if (photo) {
          this.go("record", {
            elapsed: 0,
            remaining: 0,
            limitReached: false
          });
          var capture = this.opts.capture ? this.opts.capture() : Promise.reject(new Error("no capture"));
          capture.then(function(blob) {
            if (gen === _this.generation) _this.go("saved", {
              result: {
                blob: blob,
                type: blob.type || "image/jpeg",
                seconds: 0
              }
            });
          }, function() {
            if (gen === _this.generation) _this.fail("failed");
          });
          return;
        }
        var env = this.env;
        var wanted = chooseRecorderType(this.opts.kind === "video" ? "video" : "audio", env.isTypeSupported);
        var recorder;
        try {
          recorder = env.createRecorder(this.stream, wanted);
        } catch (_e) {
          try {
            recorder = env.createRecorder(this.stream);
          } catch (e2) {
            this.fail(problemOf(e2) === "failed" ? "unsupported" : problemOf(e2));
            return;
          }
        }
        this.chunks = [];
        recorder.ondataavailable = function(ev) {
          if (gen === _this.generation && ev.data && ev.data.size) _this.chunks.push(ev.data);
        };
        recorder.onerror = function(ev) {
          if (gen === _this.generation) _this.fail(problemOf(ev && ev.error || ev));
        };
        recorder.onstop = function() {
          if (gen !== _this.generation || _this.snap.state !== "saving") return;
          var type = fileType(recorder.mimeType || wanted, _this.opts.kind === "video" ? "video" : "audio");
          var blob = new Blob(_this.chunks, {
            type: type
          });
          _this.chunks = [];
          _this.recorder = undefined;
          if (!blob.size) _this.fail("failed"); else _this.go("saved", {
            result: {
              blob: blob,
              type: type,
              seconds: _this.seconds
            }
          });
        };
        try {
          recorder.start(1e3);
        } catch (e) {
          this.fail(problemOf(e));
          return;
        }
        this.recorder = recorder;
        this.startedAt = env.now();
        this.go("record", {
          elapsed: 0,
          remaining: this.opts.limit,
          limitReached: false
        });
        this.tick();
      };
      MediaController.prototype.stop = function(limitReached) {
        if (this.snap.state !== "recording") return;
        this.clearTimer();
        var limit = this.opts.limit;
        var seconds = limitReached ? limit : Math.min(limit, Math.max(0, this.env.now() - this.startedAt) / 1e3);
        this.seconds = seconds;
        this.go("stop", {
          elapsed: Math.floor(seconds),
          remaining: Math.max(0, Math.ceil(limit - seconds)),
          limitReached: !!limitReached
        });
        var r = this.recorder;
        try {
          if (r) r.stop();
        } catch (_e) {
          this.fail("failed");
        }
      };
      MediaController.prototype.retake = function() {
        this.go("retake", {
          result: undefined,
          elapsed: 0,
          remaining: this.opts.limit,
          limitReached: false
        });
      };
      MediaController.prototype.use = function() {
        var result = this.snap.result;
        if (this.snap.state !== "recorded" || !result) return undefined;
        this.go("use", {
          result: undefined
        });
        return result;
      };
      MediaController.prototype.leave = function() {
        this.go("leave", {
          result: undefined,
          problem: undefined
        });
      };
      MediaController.prototype.destroy = function() {
        this.leave();
        this.destroyed = true;
      };
      MediaController.prototype.tick = function() {
        var _this = this;
        var clock = recordingClock(this.startedAt, this.env.now(), this.opts.limit);
        if (clock.over) {
          this.stop(true);
          return;
        }
        if (clock.elapsed !== this.snap.elapsed || clock.remaining !== this.snap.remaining) this.update({
          elapsed: clock.elapsed,
          remaining: clock.remaining
        });
        this.timer = this.env.setTimeout(function() {
          _this.timer = undefined;
          if (_this.snap.state === "recording") _this.tick();
        }, nextTickIn(this.startedAt, this.env.now(), this.opts.limit));
      };
      MediaController.prototype.fail = function(problem) {
        this.go("fail", {
          problem: problem,
          result: undefined
        });
      };
      MediaController.prototype.go = function(event, patch) {
        if (this.destroyed) return false;
        var next = transition(this.snap.state, event, this.opts.kind === "photo");
        if (next === null) return false;
        if (!deviceOn(next)) this.release();
        var snap = (0, tslib_es6.Cl)((0, tslib_es6.Cl)((0, tslib_es6.Cl)({}, this.snap), patch || {}), {
          state: next
        });
        if (!deviceOn(next)) snap.stream = undefined;
        if (next !== "error") snap.problem = undefined;
        this.snap = snap;
        this.opts.onChange(snap, event);
        return true;
      };
      MediaController.prototype.update = function(patch) {
        if (this.destroyed) return;
        this.snap = (0, tslib_es6.Cl)((0, tslib_es6.Cl)({}, this.snap), patch);
        this.opts.onChange(this.snap, "tick");
      };
      MediaController.prototype.release = function() {
        this.generation++;
        this.clearTimer();
        var r = this.recorder;
        this.recorder = undefined;
        this.chunks = [];
        if (r) {
          r.ondataavailable = r.onstop = r.onerror = null;
          try {
            r.stop();
          } catch (_e) {}
        }
        if (this.stream) stopTracks(this.stream);
        this.stream = undefined;
      };
      MediaController.prototype.clearTimer = function() {
        if (this.timer !== undefined) this.env.clearTimeout(this.timer);
        this.timer = undefined;
      };
      return MediaController;
    }();
    function stopTracks(stream) {
      var tracks = stream.getTracks();
      for (var i = 0; i < tracks.length; i++) {
        try {
          tracks[i].stop();
        } catch (_e) {}
      }
    }
    var JPEG_QUALITY = .92;
    function whenFrame(video, timeoutMs, setTimer, clearTimer) {
      var ready = function() {
        return video.videoWidth > 0 && video.readyState >= 2;
      };
      if (ready()) return Promise.resolve();
      return new Promise(function(resolve, reject) {
        var events = [ "loadeddata", "playing", "resize" ];
        var timer = 0;
        function finish() {
          if (!ready() && timer) return;
          for (var i = 0; i < events.length; i++) video.removeEventListener(events[i], check);
          clearTimer(timer);
          if (ready()) resolve(); else reject(new Error("filepicker: the camera gave no picture"));
        }
        function check() {
          if (ready()) finish();
        }
        for (var i = 0; i < events.length; i++) video.addEventListener(events[i], check);
        timer = setTimer(function() {
          timer = 0;
          finish();
        }, timeoutMs);
      });
    }
    function drawFrame(video, canvas, dim) {
      var g = photoGeometry(video.videoWidth, video.videoHeight, dim);
      if (!(g.width > 0) || !(g.height > 0)) return false;
      canvas.width = g.width;
      canvas.height = g.height;
      var ctx = canvas.getContext("2d");
      if (!ctx) return false;
      ctx.drawImage(video, g.sx, g.sy, g.sw, g.sh, 0, 0, g.width, g.height);
      return true;
    }
    function dataUrlToBlob(url, type) {
      var data = atob(url.slice(url.indexOf(",") + 1));
      var bytes = new Uint8Array(data.length);
      for (var i = 0; i < data.length; i++) bytes[i] = data.charCodeAt(i);
      return new Blob([ bytes ], {
        type: type
      });
    }
    function canvasToJpeg(canvas) {
      return new Promise(function(resolve, reject) {
        if (typeof canvas.toBlob === "function") {
          canvas.toBlob(function(b) {
            return b ? resolve(b) : reject(new Error("filepicker: the webcam photo could not be encoded as JPEG"));
          }, "image/jpeg", JPEG_QUALITY);
        } else {
          resolve(dataUrlToBlob(canvas.toDataURL("image/jpeg", JPEG_QUALITY), "image/jpeg"));
        }
      });
    }
    function toFile(blob, name, type, win) {
      var F = win.File;
      try {
        if (typeof F === "function") return new F([ blob ], name, {
          type: type,
          lastModified: (new Date).getTime()
        });
      } catch (_e) {}
      var b = blob.type === type ? blob : blob.slice(0, blob.size, type);
      b.name = name;
      return b;
    }
    var styles = __webpack_require__(5797);
    var MEDIA_RULES = [ ".fp-media{display:flex;flex-direction:column;gap:10px}", ".fp-media-stage{display:flex;align-items:center;justify-content:center;min-height:140px;background:#0d1117;border-radius:8px;overflow:hidden}", ".fp-media-stage.fp-media-audio{min-height:90px;background:#f6f8fa;border:1px solid #d0d7de}", ".fp-media-video,.fp-media-still{display:block;max-width:100%;max-height:240px;width:auto;height:auto}", ".fp-media-line{display:flex;align-items:center;gap:8px;min-height:20px}", ".fp-media-stage[hidden]+.fp-media-line{display:none}", ".fp-media-dot{flex:0 0 auto;width:12px;height:12px;border-radius:50%;background:#8c959f}", ".fp-media-audio .fp-media-dot{width:44px;height:44px}", ".fp-media-recording .fp-media-dot{background:#d1242f;animation:fp-media-pulse 1.2s ease-in-out infinite}", "@keyframes fp-media-pulse{50%{opacity:.35}}", "@media (prefers-reduced-motion:reduce){.fp-media-recording .fp-media-dot{animation:none}}", ".fp-media-status{margin:0;color:#57606a;font-variant-numeric:tabular-nums}", ".fp-media-status:focus{outline:none}", ".fp-media-problem{margin:0;color:#b3261e}", ".fp-media-actions{margin-top:0}", ".fp-media-go{background:#1a7f37;border-color:#1a7f37;color:#fff;font-weight:600}", ".fp-media-go:hover{background:#116329}", ".fp-media-loading{color:#57606a}", ".fp-media-loading:focus{outline:none}" ];
    var PREFIX = {
      photo: "webcam",
      video: "video",
      audio: "audio"
    };
    function labelsFor(kind) {
      return {
        start: kind === "audio" ? "micStart" : "cameraStart",
        record: kind === "photo" ? "takePhoto" : "startRecording",
        stop: "stopRecording",
        use: kind === "photo" ? "usePhoto" : "useRecording",
        retake: "retake",
        retry: "mediaRetry"
      };
    }
    function cameraNodes(doc, binder, kind) {
      if (kind === "audio") return {};
      var video = (0, dom.el)(doc, "video", {
        class: "fp-media-video",
        muted: "",
        playsinline: "",
        autoplay: "",
        hidden: ""
      });
      video.muted = true;
      binder.attr(video, "aria-label", "cameraPreview");
      var still = (0, dom.el)(doc, "canvas", {
        class: "fp-media-still",
        role: "img",
        hidden: ""
      });
      binder.attr(still, "aria-label", "photoTaken");
      return {
        video: video,
        still: still
      };
    }
    function buildMediaNodes(doc, binder, kind) {
      var _a = cameraNodes(doc, binder, kind), video = _a.video, still = _a.still;
      var dot = (0, dom.el)(doc, "span", {
        class: "fp-media-dot",
        "aria-hidden": "true"
      });
      var status = (0, dom.el)(doc, "p", {
        class: "fp-media-status",
        tabindex: "-1"
      });
      var problem = (0, dom.el)(doc, "p", {
        class: "fp-media-problem",
        hidden: ""
      });
      var buttons = {};
      var labels = labelsFor(kind);
      var actions = (0, dom.el)(doc, "div", {
        class: "fp-row fp-media-actions"
      });
      for (var name_1 in labels) {
        if (!Object.prototype.hasOwnProperty.call(labels, name_1)) continue;
        var b = (0, dom.el)(doc, "button", {
          type: "button",
          class: "fp-btn" + (name_1 === "use" || name_1 === "record" ? " fp-media-go" : ""),
          "data-fp-action": name_1,
          hidden: ""
        });
        binder.text(b, labels[name_1]);
        buttons[name_1] = b;
        actions.appendChild(b);
      }
      var stage = (0, dom.el)(doc, "div", {
        class: "fp-media-stage fp-media-" + PREFIX[kind]
      }, video && still ? [ video, still ] : [ dot ]);
      var line = (0, dom.el)(doc, "div", {
        class: "fp-media-line"
      }, kind === "video" ? [ dot, status ] : [ status ]);
      var root = (0, dom.el)(doc, "div", {
        class: "fp-media",
        "data-fp-media": PREFIX[kind]
      }, [ stage, line, problem, actions ]);
      return {
        root: root,
        stage: stage,
        video: video,
        still: still,
        dot: dot,
        status: status,
        problem: problem,
        buttons: buttons
      };
    }
    var VISIBLE = {
      idle: [ "start" ],
      starting: [],
      previewing: [ "record" ],
      recording: [ "stop" ],
      saving: [],
      recorded: [ "use", "retake" ],
      error: [ "retry" ]
    };
    function constraintsFor(kind, s) {
      if (kind === "audio") return {
        constraints: {
          audio: true,
          video: false
        }
      };
      if (kind === "photo") {
        var d = s.photoDim;
        return {
          constraints: {
            audio: false,
            video: d ? {
              width: {
                ideal: d[0]
              },
              height: {
                ideal: d[1]
              }
            } : true
          }
        };
      }
      var video = {
        width: {
          ideal: s.video.width
        },
        height: {
          ideal: s.video.height
        }
      };
      return {
        constraints: {
          audio: true,
          video: video
        },
        fallback: {
          audio: false,
          video: video
        }
      };
    }
    function setHidden(node, hidden) {
      if (!node) return;
      if (hidden) node.setAttribute("hidden", ""); else node.removeAttribute("hidden");
    }
    var MediaSourcePanel = function() {
      function MediaSourcePanel(kind, ctx) {
        var _this = this;
        this.listeners = new dom.qR;
        var settings = ctx.settings;
        this.kind = kind;
        this.ctx = ctx;
        this.removeStyles = (0, styles.ZM)(ctx.doc, MEDIA_RULES);
        this.limit = kind === "video" ? settings.videoLen : kind === "audio" ? settings.audioLen : 0;
        this.n = buildMediaNodes(ctx.doc, ctx.binder, kind);
        this.root = this.n.root;
        var _a = constraintsFor(kind, settings), constraints = _a.constraints, fallback = _a.fallback;
        this.controller = new MediaController(ctx.env, {
          kind: kind,
          constraints: constraints,
          fallback: fallback,
          limit: this.limit || 1,
          capture: function() {
            return _this.capture();
          },
          onChange: function(snap, event) {
            _this.render(snap, event);
          }
        });
        this.listen();
        this.render(this.controller.snapshot, "leave");
      }
      MediaSourcePanel.prototype.activate = function() {
        var s = this.controller.snapshot.state;
        if (s === "idle" || s === "error") this.controller.start();
      };
      MediaSourcePanel.prototype.deactivate = function() {
        this.controller.leave();
      };
      MediaSourcePanel.prototype.focus = function() {
        this.moveFocus(VISIBLE[this.controller.snapshot.state]);
      };
      MediaSourcePanel.prototype.destroy = function() {
        this.controller.destroy();
        this.listeners.removeAll();
        this.removeStyles();
        if (this.n.video) this.n.video.srcObject = null;
      };
      MediaSourcePanel.prototype.listen = function() {
        var _this = this;
        var L = this.listeners;
        var b = this.n.buttons;
        var c = this.controller;
        L.on(b.start, "click", function() {
          return c.start();
        });
        L.on(b.retry, "click", function() {
          return c.start();
        });
        L.on(b.record, "click", function() {
          return c.record();
        });
        L.on(b.stop, "click", function() {
          return c.stop();
        });
        L.on(b.retake, "click", function() {
          return c.retake();
        });
        L.on(b.use, "click", function() {
          _this.use();
        });
      };
      MediaSourcePanel.prototype.capture = function() {
        var _a = this.n, video = _a.video, still = _a.still;
        var env = this.ctx.env;
        var dim = this.ctx.settings.photoDim;
        if (!video || !still) return Promise.reject(new Error("filepicker: no preview to take the photo from"));
        return whenFrame(video, 5e3, env.setTimeout, env.clearTimeout).then(function() {
          if (!drawFrame(video, still, dim)) throw new Error("filepicker: the photo could not be drawn");
          return canvasToJpeg(still);
        });
      };
      MediaSourcePanel.prototype.use = function() {
        var result = this.controller.use();
        if (!result) return;
        var kind = this.kind;
        var name = mediaFileName(PREFIX[kind], this.ctx.env.now(), kind === "photo" ? "jpg" : extensionFor(result.type));
        this.ctx.onFile(toFile(result.blob, name, result.type, this.ctx.win), PREFIX[kind]);
      };
      MediaSourcePanel.prototype.showStatus = function(snap) {
        var binder = this.ctx.binder;
        var status = this.n.status;
        var kind = this.kind;
        var s = snap.state;
        if (s === "starting") binder.text(status, "mediaStarting"); else if (s === "recording" || s === "saving") binder.text(status, "recordingClock", {
          elapsed: formatClock(snap.elapsed),
          remaining: formatClock(snap.remaining)
        }); else if (s === "recorded" && kind !== "photo" && snap.result) binder.text(status, "recordedSummary", {
          duration: formatClock(Math.round(snap.result.seconds)),
          size: (0, dom.Xq)(snap.result.blob.size)
        }); else if (s === "previewing" && kind !== "photo") binder.text(status, "recordingLimit", {
          limit: formatClock(this.limit)
        }); else binder.text(status, s === "idle" ? kind === "audio" ? "micStart" : "cameraStart" : "mediaLoading");
        setHidden(status, s === "error" || s === "idle" || kind === "photo" && s !== "starting");
      };
      MediaSourcePanel.prototype.announce = function(snap, event) {
        var _a = this.ctx, binder = _a.binder, announcer = _a.announcer;
        if (event === "record" && snap.state === "recording") announcer.say("media", binder.t("announceRecording"), true); else if (event === "saved" && this.kind === "photo") announcer.say("media", binder.t("announcePhoto"), true); else if (event === "saved") announcer.say("media", binder.t(snap.limitReached ? "announceLimitReached" : "announceRecorded", {
          duration: formatClock(Math.round(snap.result ? snap.result.seconds : snap.elapsed))
        }), true); else if (event === "fail" && snap.problem) announcer.say("media", binder.t(PROBLEM_KEYS[snap.problem]), true);
      };
      MediaSourcePanel.prototype.showStage = function(snap) {
        var _a = this.n, video = _a.video, still = _a.still;
        if (!video) return;
        var s = snap.state;
        var kind = this.kind;
        var holder = video;
        var live = snap.stream && (s === "previewing" || s === "recording" || kind === "photo" && s === "saving");
        if (s === "saving" && kind === "video" && still) drawFrame(video, still);
        if (snap.stream && holder.srcObject !== snap.stream) {
          holder.srcObject = snap.stream;
          var played = video.play ? video.play() : undefined;
          if (played && typeof played.then === "function") played.then(null, function() {
            return undefined;
          });
        } else if (!snap.stream) holder.srcObject = null;
        setHidden(video, !live);
        setHidden(still, !(s === "recorded" || s === "saving" && kind === "video"));
      };
      MediaSourcePanel.prototype.render = function(snap, event) {
        var n = this.n;
        var doc = this.ctx.doc;
        var s = snap.state;
        var active = doc.activeElement;
        var hadFocus = !!active && (n.root.contains(active) || active === doc.body);
        this.showStage(snap);
        if (s === "recording") (0, dom.iQ)(n.root, "fp-media-recording"); else (0, dom.vy)(n.root, "fp-media-recording");
        n.root.setAttribute("aria-busy", s === "starting" || s === "saving" ? "true" : "false");
        this.showStatus(snap);
        if (s === "error" && snap.problem) this.ctx.binder.text(n.problem, PROBLEM_KEYS[snap.problem]);
        setHidden(n.problem, s !== "error");
        setHidden(n.stage, s === "error" && !!n.video);
        var visible = VISIBLE[s];
        for (var name_1 in n.buttons) if (Object.prototype.hasOwnProperty.call(n.buttons, name_1)) setHidden(n.buttons[name_1], visible.indexOf(name_1) < 0);
        this.announce(snap, event);
        if (hadFocus && event !== "tick") this.moveFocus(visible);
      };
      MediaSourcePanel.prototype.moveFocus = function(visible) {
        var status = this.n.status;
        var target = visible.length ? this.n.buttons[visible[0]] : status.hasAttribute("hidden") ? undefined : status;
        if (target && this.ctx.doc.activeElement !== target) target.focus();
      };
      return MediaSourcePanel;
    }();
    var KINDS = {
      WEBCAM: "photo",
      VIDEO: "video",
      AUDIO: "audio"
    };
    function createMediaSource(service, o) {
      var kind = KINDS[service];
      if (!kind) throw new Error("filepicker: `services` media source must be WEBCAM, VIDEO or AUDIO, got " + (0, 
      describe.b)(service));
      return new MediaSourcePanel(kind, {
        doc: o.doc,
        win: o.win,
        binder: o.binder,
        announcer: o.announcer,
        settings: mediaSettings(o.config),
        env: o.env || browserMediaEnv(o.win),
        onFile: o.onFile
      });
    }
  }
} ]);
//# sourceMappingURL=media.js.map