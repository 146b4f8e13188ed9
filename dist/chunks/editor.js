/*! filepicker-shim 0.1.0 | drop-in replacement for filepicker.js v2 | MIT */
"use strict";

(Object(typeof self !== "undefined" ? self : this)["webpackChunkfilepicker"] = Object(typeof self !== "undefined" ? self : this)["webpackChunkfilepicker"] || []).push([ [ 8 ], {
  5687: function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
    __webpack_require__.r(__webpack_exports__);
    __webpack_require__.d(__webpack_exports__, {
      openEditor: function() {
        return openEditor;
      }
    });
    var dom = __webpack_require__(239);
    var styles = __webpack_require__(5797);
    var tslib_es6 = __webpack_require__(1635);
    function clamp(v, lo, hi) {
      return v < lo ? lo : v > hi ? hi : v;
    }
    function limitsFor(rules, image) {
      var r = rules || {};
      var W = Math.max(1, image.width);
      var H = Math.max(1, image.height);
      if (r.dim) {
        var w = Math.max(1, Math.min(r.dim[0], W));
        var h = Math.max(1, Math.min(r.dim[1], H));
        return {
          fixed: true,
          minWidth: w,
          minHeight: h,
          maxWidth: w,
          maxHeight: h
        };
      }
      var maxWidth = r.max ? clamp(r.max[0], 1, W) : W;
      var maxHeight = r.max ? clamp(r.max[1], 1, H) : H;
      var minWidth = r.min ? clamp(r.min[0], 1, maxWidth) : 1;
      var minHeight = r.min ? clamp(r.min[1], 1, maxHeight) : 1;
      var out = {
        fixed: false,
        minWidth: minWidth,
        minHeight: minHeight,
        maxWidth: maxWidth,
        maxHeight: maxHeight
      };
      if (r.ratio !== undefined && r.ratio > 0 && isFinite(r.ratio)) out.ratio = r.ratio;
      return out;
    }
    function widthRange(lim, ratio) {
      var hi = Math.min(lim.maxWidth, lim.maxHeight * ratio);
      var lo = Math.max(lim.minWidth, lim.minHeight * ratio);
      return [ Math.min(lo, hi), hi ];
    }
    function keepInside(rect, image) {
      var width = Math.min(rect.width, image.width);
      var height = Math.min(rect.height, image.height);
      return {
        x: clamp(rect.x, 0, image.width - width),
        y: clamp(rect.y, 0, image.height - height),
        width: width,
        height: height
      };
    }
    function roundRect(rect, lim, image) {
      var width = Math.max(1, Math.round(rect.width));
      var height = Math.max(1, Math.round(rect.height));
      if (lim.ratio && !lim.fixed) {
        height = Math.max(1, Math.round(width / lim.ratio));
        if (height > image.height) {
          height = image.height;
          width = Math.max(1, Math.round(height * lim.ratio));
        }
      }
      return keepInside({
        x: Math.round(rect.x),
        y: Math.round(rect.y),
        width: Math.min(width, image.width),
        height: Math.min(height, image.height)
      }, image);
    }
    function constrain(rect, lim, image) {
      var cx = rect.x + rect.width / 2;
      var cy = rect.y + rect.height / 2;
      var width;
      var height;
      if (lim.fixed) {
        width = lim.maxWidth;
        height = lim.maxHeight;
      } else if (lim.ratio) {
        var range = widthRange(lim, lim.ratio);
        width = clamp(Math.min(rect.width, rect.height * lim.ratio), range[0], range[1]);
        height = width / lim.ratio;
      } else {
        width = clamp(rect.width, lim.minWidth, lim.maxWidth);
        height = clamp(rect.height, lim.minHeight, lim.maxHeight);
      }
      return roundRect(keepInside({
        x: cx - width / 2,
        y: cy - height / 2,
        width: width,
        height: height
      }, image), lim, image);
    }
    var CROP_INSET = .1;
    function initialCrop(lim, image) {
      var width = lim.maxWidth;
      var height = lim.maxHeight;
      if (!lim.fixed) {
        var capW = image.width * (1 - 2 * CROP_INSET);
        var capH = image.height * (1 - 2 * CROP_INSET);
        if (lim.ratio) {
          var range = widthRange(lim, lim.ratio);
          width = Math.max(range[0], Math.min(range[1], capW, capH * lim.ratio));
          height = width / lim.ratio;
        } else {
          width = Math.max(lim.minWidth, Math.min(width, capW));
          height = Math.max(lim.minHeight, Math.min(height, capH));
        }
      }
      return roundRect({
        x: (image.width - width) / 2,
        y: (image.height - height) / 2,
        width: width,
        height: height
      }, lim, image);
    }
    function allowsWhole(lim, image) {
      if (lim.maxWidth < image.width || lim.maxHeight < image.height) return false;
      return !lim.ratio || Math.max(1, Math.round(image.width / lim.ratio)) === image.height;
    }
    function moveRect(rect, dx, dy, image) {
      return keepInside({
        x: Math.round(rect.x + dx),
        y: Math.round(rect.y + dy),
        width: rect.width,
        height: rect.height
      }, image);
    }
    function resizeRect(rect, handle, dx, dy, lim, image) {
      if (lim.fixed) return rect;
      var east = handle.indexOf("e") >= 0;
      var west = handle.indexOf("w") >= 0;
      var south = handle.indexOf("s") >= 0;
      var north = handle.indexOf("n") >= 0;
      var horizontal = east || west;
      var vertical = north || south;
      var cx = rect.x + rect.width / 2;
      var cy = rect.y + rect.height / 2;
      var roomW = east ? image.width - rect.x : west ? rect.x + rect.width : 2 * Math.min(cx, image.width - cx);
      var roomH = south ? image.height - rect.y : north ? rect.y + rect.height : 2 * Math.min(cy, image.height - cy);
      var width = rect.width + (east ? dx : west ? -dx : 0);
      var height = rect.height + (south ? dy : north ? -dy : 0);
      if (lim.ratio) {
        var r = lim.ratio;
        if (horizontal && vertical) {
          if (Math.abs(height * r - rect.width) > Math.abs(width - rect.width)) width = height * r;
        } else if (vertical) {
          width = height * r;
        }
        var range = widthRange(lim, r);
        var hi = Math.min(range[1], roomW, roomH * r);
        width = clamp(width, Math.min(range[0], hi), hi);
        height = width / r;
      } else {
        width = horizontal ? clamp(width, Math.min(lim.minWidth, roomW), Math.min(lim.maxWidth, roomW)) : rect.width;
        height = vertical ? clamp(height, Math.min(lim.minHeight, roomH), Math.min(lim.maxHeight, roomH)) : rect.height;
      }
      var x = east ? rect.x : west ? rect.x + rect.width - width : cx - width / 2;
      var y = south ? rect.y : north ? rect.y + rect.height - height : cy - height / 2;
      return roundRect(keepInside({
        x: x,
        y: y,
        width: width,
        height: height
      }, image), lim, image);
    }
    function hitTest(rect, px, py, grab, fixed) {
      var inX = px >= rect.x - grab && px <= rect.x + rect.width + grab;
      var inY = py >= rect.y - grab && py <= rect.y + rect.height + grab;
      if (!inX || !inY) return null;
      if (!fixed) {
        var n = Math.abs(py - rect.y) <= grab;
        var s = Math.abs(py - (rect.y + rect.height)) <= grab;
        var w = Math.abs(px - rect.x) <= grab;
        var e = Math.abs(px - (rect.x + rect.width)) <= grab;
        var v = n ? "n" : s ? "s" : "";
        var h = e ? "e" : w ? "w" : "";
        if (v || h) return v + h;
      }
      return px >= rect.x && px <= rect.x + rect.width && py >= rect.y && py <= rect.y + rect.height ? "move" : null;
    }
    function turns(quarterTurns) {
      return (quarterTurns % 4 + 4) % 4;
    }
    function rotatedSize(size, quarterTurns) {
      return turns(quarterTurns) % 2 ? {
        width: size.height,
        height: size.width
      } : {
        width: size.width,
        height: size.height
      };
    }
    function rotateRect(rect, size, direction) {
      if (direction === 1) return {
        x: size.height - rect.y - rect.height,
        y: rect.x,
        width: rect.height,
        height: rect.width
      };
      return {
        x: rect.y,
        y: size.width - rect.x - rect.width,
        width: rect.height,
        height: rect.width
      };
    }
    function drawTransform(size, quarterTurns, scale, offsetX, offsetY) {
      var s = scale;
      var ox = -offsetX * s;
      var oy = -offsetY * s;
      switch (turns(quarterTurns)) {
       case 1:
        return [ 0, s, -s, 0, size.height * s + ox, oy ];

       case 2:
        return [ -s, 0, 0, -s, size.width * s + ox, size.height * s + oy ];

       case 3:
        return [ 0, -s, s, 0, ox, size.width * s + oy ];

       default:
        return [ s, 0, 0, s, ox, oy ];
      }
    }
    function coversImage(rect, image) {
      return rect.x <= 0 && rect.y <= 0 && rect.width >= image.width && rect.height >= image.height;
    }
    var editState_constrain;
    function toolsOf(conversions) {
      var c = conversions && conversions.length ? conversions : [ "crop" ];
      return {
        crop: c.indexOf("crop") >= 0,
        rotate: c.indexOf("rotate") >= 0,
        filter: c.indexOf("filter") >= 0
      };
    }
    function shownSize(s) {
      return rotatedSize(s.source, s.turns);
    }
    function limitsOf(s) {
      var size = rotatedSize(s.source, s.turns);
      if (!s.tools.crop) return {
        fixed: true,
        minWidth: size.width,
        minHeight: size.height,
        maxWidth: size.width,
        maxHeight: size.height
      };
      return limitsFor(s.rules, size);
    }
    function createState(source, rules, tools, forced) {
      var base = {
        source: source,
        turns: 0,
        rules: rules,
        tools: tools
      };
      return (0, tslib_es6.Cl)((0, tslib_es6.Cl)({}, base), {
        filter: "none",
        crop: initialCrop(limitsOf(base), source),
        forced: !!forced,
        cropTouched: false
      });
    }
    function withCrop(s, crop) {
      var same = crop.x === s.crop.x && crop.y === s.crop.y && crop.width === s.crop.width && crop.height === s.crop.height;
      return (0, tslib_es6.Cl)((0, tslib_es6.Cl)({}, s), {
        crop: crop,
        cropTouched: s.cropTouched || !same
      });
    }
    function cropRequired(s) {
      return s.tools.crop && (s.forced || !allowsWhole(limitsOf(s), shownSize(s)));
    }
    function outputCrop(s) {
      if (s.cropTouched || cropRequired(s)) return s.crop;
      var size = shownSize(s);
      return {
        x: 0,
        y: 0,
        width: size.width,
        height: size.height
      };
    }
    function rotate(s, direction) {
      if (!s.tools.rotate) return s;
      var mapped = rotateRect(s.crop, shownSize(s), direction);
      var next = (0, tslib_es6.Cl)((0, tslib_es6.Cl)({}, s), {
        turns: turns(s.turns + direction)
      });
      return (0, tslib_es6.Cl)((0, tslib_es6.Cl)({}, next), {
        crop: constrain(mapped, limitsOf(next), shownSize(next))
      });
    }
    function setFilter(s, filter) {
      if (!s.tools.filter && filter !== "none") return s;
      return (0, tslib_es6.Cl)((0, tslib_es6.Cl)({}, s), {
        filter: filter
      });
    }
    function setCrop(s, crop) {
      if (!s.tools.crop) return s;
      return withCrop(s, editState_constrain(crop, limitsOf(s), shownSize(s)));
    }
    function keyStep(s) {
      var size = shownSize(s);
      return Math.max(1, Math.round(Math.max(size.width, size.height) / 50));
    }
    function keyCrop(s, key, shift) {
      var d = {
        ArrowLeft: [ -1, 0 ],
        ArrowRight: [ 1, 0 ],
        ArrowUp: [ 0, -1 ],
        ArrowDown: [ 0, 1 ],
        Left: [ -1, 0 ],
        Right: [ 1, 0 ],
        Up: [ 0, -1 ],
        Down: [ 0, 1 ]
      };
      var dir = Object.prototype.hasOwnProperty.call(d, key) ? d[key] : null;
      if (!dir || !s.tools.crop) return null;
      var step = keyStep(s);
      var size = shownSize(s);
      var lim = limitsOf(s);
      if (!shift) return withCrop(s, moveRect(s.crop, dir[0] * step, dir[1] * step, size));
      return withCrop(s, resizeRect(s.crop, "se", dir[0] * step, dir[1] * step, lim, size));
    }
    function changesOf(s) {
      var cropped = !coversImage(outputCrop(s), shownSize(s));
      var rotated = s.turns !== 0;
      return {
        cropped: cropped,
        rotated: rotated,
        converted: cropped || rotated || s.filter !== "none"
      };
    }
    var imageDecode = __webpack_require__(3024);
    function boxPass(src, dst, width, height, radius, horizontal) {
      var lines = horizontal ? height : width;
      var len = horizontal ? width : height;
      var span = 2 * radius + 1;
      var _loop_1 = function(line) {
        var index = function(i) {
          var k = i < 0 ? 0 : i >= len ? len - 1 : i;
          return (horizontal ? line * width + k : k * width + line) * 4;
        };
        for (var c = 0; c < 3; c++) {
          var sum = 0;
          for (var i = -radius; i <= radius; i++) sum += src[index(i) + c];
          for (var i = 0; i < len; i++) {
            dst[index(i) + c] = Math.round(sum / span);
            sum += src[index(i + radius + 1) + c] - src[index(i - radius) + c];
          }
        }
        for (var i = 0; i < len; i++) dst[index(i) + 3] = src[index(i) + 3];
      };
      for (var line = 0; line < lines; line++) {
        _loop_1(line);
      }
    }
    function filters_blur(p, radius) {
      var r = Math.max(1, Math.round(radius));
      var tmp = new Uint8ClampedArray(p.data.length);
      var out = new Uint8ClampedArray(p.data.length);
      boxPass(p.data, tmp, p.width, p.height, r, true);
      boxPass(tmp, out, p.width, p.height, r, false);
      return out;
    }
    function sharpen(p, amount) {
      var data = p.data, width = p.width, height = p.height;
      var out = new Uint8ClampedArray(data.length);
      var a = amount;
      var at = function(x, y) {
        return ((y < 0 ? 0 : y >= height ? height - 1 : y) * width + (x < 0 ? 0 : x >= width ? width - 1 : x)) * 4;
      };
      for (var y = 0; y < height; y++) {
        for (var x = 0; x < width; x++) {
          var i = (y * width + x) * 4;
          var n = at(x, y - 1);
          var s = at(x, y + 1);
          var w = at(x - 1, y);
          var e = at(x + 1, y);
          for (var c = 0; c < 3; c++) out[i + c] = (1 + 4 * a) * data[i + c] - a * (data[n + c] + data[s + c] + data[w + c] + data[e + c]);
          out[i + 3] = data[i + 3];
        }
      }
      return out;
    }
    function blurRadius(width, height) {
      return Math.max(1, Math.round(Math.max(width, height) / 200));
    }
    function applyFilter(p, filter) {
      if (filter === "blur") return filters_blur(p, blurRadius(p.width, p.height));
      if (filter === "sharpen") return sharpen(p, 1);
      return p.data;
    }
    function drawEdited(ctx, d, s, scale, ox, oy, width, height) {
      var m = drawTransform(s.source, s.turns, scale, ox, oy);
      ctx.save();
      ctx.setTransform(m[0], m[1], m[2], m[3], m[4], m[5]);
      ctx.imageSmoothingEnabled = true;
      ctx.drawImage(d.image, 0, 0, s.source.width, s.source.height);
      ctx.restore();
      if (s.filter !== "none" && width > 0 && height > 0) {
        var px = ctx.getImageData(0, 0, width, height);
        var out = applyFilter({
          data: px.data,
          width: width,
          height: height
        }, s.filter);
        px.data.set(out);
        ctx.putImageData(px, 0, 0);
      }
    }
    function renderOutput(d, s, doc) {
      var canvas = doc.createElement("canvas");
      var crop = outputCrop(s);
      canvas.width = crop.width;
      canvas.height = crop.height;
      var ctx = canvas.getContext("2d");
      if (!ctx) throw new Error("filepicker: this browser cannot draw on a canvas");
      drawEdited(ctx, d, s, 1, crop.x, crop.y, canvas.width, canvas.height);
      return canvas;
    }
    function toFile(canvas, name, type, win) {
      return new Promise(function(resolve, reject) {
        canvas.toBlob(function(blob) {
          if (!blob) return reject(new Error("filepicker: the edited image could not be encoded"));
          var FileCtor = win.File;
          var out;
          try {
            out = new FileCtor([ blob ], name, {
              type: blob.type || type
            });
          } catch (_e) {
            out = blob;
            out.name = name;
          }
          resolve(out);
        }, type, type === "image/png" ? undefined : .92);
      });
    }
    function fitScale(s, box) {
      var size = shownSize(s);
      return Math.min(4, box.width / size.width, box.height / size.height);
    }
    function drawCropOverlay(ctx, crop, scale, canvasSize, focused, handles) {
      var x = crop.x * scale;
      var y = crop.y * scale;
      var w = crop.width * scale;
      var h = crop.height * scale;
      var cw = canvasSize.width;
      var ch = canvasSize.height;
      ctx.fillStyle = "rgba(0,0,0,0.55)";
      ctx.fillRect(0, 0, cw, y);
      ctx.fillRect(0, y + h, cw, ch - y - h);
      ctx.fillRect(0, y, x, h);
      ctx.fillRect(x + w, y, cw - x - w, h);
      ctx.lineWidth = 3;
      ctx.strokeStyle = "rgba(0,0,0,0.8)";
      ctx.strokeRect(x + .5, y + .5, w - 1, h - 1);
      ctx.lineWidth = 1;
      ctx.strokeStyle = focused ? "#4da3ff" : "#ffffff";
      ctx.strokeRect(x + .5, y + .5, w - 1, h - 1);
      if (!handles) return;
      drawHandles(ctx, x, y, w, h);
    }
    function drawHandles(ctx, x, y, w, h) {
      var t = 4;
      var len = Math.max(t * 2, Math.min(20, w / 3, h / 3));
      var bars = [ [ x, y, len, t ], [ x, y, t, len ], [ x + w - len, y, len, t ], [ x + w - t, y, t, len ], [ x, y + h - t, len, t ], [ x, y + h - len, t, len ], [ x + w - len, y + h - t, len, t ], [ x + w - t, y + h - len, t, len ], [ x + (w - len) / 2, y, len, t ], [ x + (w - len) / 2, y + h - t, len, t ], [ x, y + (h - len) / 2, t, len ], [ x + w - t, y + (h - len) / 2, t, len ] ];
      ctx.fillStyle = "rgba(0,0,0,0.75)";
      for (var i = 0; i < bars.length; i++) ctx.fillRect(bars[i][0] - 1, bars[i][1] - 1, bars[i][2] + 2, bars[i][3] + 2);
      ctx.fillStyle = "#ffffff";
      for (var i = 0; i < bars.length; i++) ctx.fillRect(bars[i][0], bars[i][1], bars[i][2], bars[i][3]);
    }
    function nodes_button(doc, cls) {
      return (0, dom.el)(doc, "button", {
        type: "button",
        class: "fp-btn " + cls
      });
    }
    function stage(doc, b, look, n) {
      var canvas = (0, dom.el)(doc, "canvas", {
        class: "fp-editor-canvas"
      });
      var help = (0, dom.el)(doc, "p", {
        class: "fp-hint",
        id: "fp-editor-help-" + n
      });
      var status = (0, dom.el)(doc, "p", {
        class: "fp-sr",
        id: "fp-editor-status-" + n,
        "aria-live": "polite"
      });
      if (look.tools.crop) {
        canvas.setAttribute("tabindex", "0");
        canvas.setAttribute("role", "application");
        b.attr(canvas, "aria-label", "cropArea");
        canvas.setAttribute("aria-describedby", help.id + " " + status.id);
        b.text(help, look.fixedCrop ? "cropHelpFixed" : "cropHelp");
      } else {
        canvas.setAttribute("role", "img");
        b.attr(canvas, "aria-label", "editorTitle", {
          filename: look.name
        });
        help.setAttribute("hidden", "");
      }
      return {
        canvas: canvas,
        help: help,
        status: status
      };
    }
    function buildEditorNodes(doc, b, look, n) {
      var title = (0, dom.el)(doc, "h3", {
        class: "fp-editor-title",
        id: "fp-editor-title-" + n
      });
      b.text(title, "editorTitle", {
        filename: look.name
      });
      var note = (0, dom.el)(doc, "p", {
        class: "fp-editor-note"
      });
      b.text(note, "editorForced");
      if (!look.forced) note.setAttribute("hidden", "");
      var count = (0, dom.el)(doc, "p", {
        class: "fp-editor-count",
        id: "fp-editor-count-" + n
      });
      var pos = look.position;
      var many = !!pos && pos.count > 1;
      if (pos && many) b.text(count, "editorCount", {
        index: pos.index,
        count: pos.count
      }); else count.setAttribute("hidden", "");
      var s = stage(doc, b, look, n);
      var labelledBy = many ? title.id + " " + count.id : title.id;
      if (many) s.canvas.setAttribute("aria-describedby", count.id + (s.canvas.hasAttribute("aria-describedby") ? " " + s.canvas.getAttribute("aria-describedby") : ""));
      var toolbar = (0, dom.el)(doc, "div", {
        class: "fp-editor-tools",
        role: "group"
      });
      b.attr(toolbar, "aria-label", "editorTools");
      var rotL = nodes_button(doc, "fp-rotate-left");
      var rotR = nodes_button(doc, "fp-rotate-right");
      b.text(rotL, "rotateLeft");
      b.text(rotR, "rotateRight");
      var blurB = nodes_button(doc, "fp-filter-blur");
      var sharpB = nodes_button(doc, "fp-filter-sharpen");
      b.text(blurB, "filterBlur");
      b.text(sharpB, "filterSharpen");
      if (look.tools.rotate) {
        toolbar.appendChild(rotL);
        toolbar.appendChild(rotR);
      }
      if (look.tools.filter) {
        toolbar.appendChild(blurB);
        toolbar.appendChild(sharpB);
      }
      var cancelB = nodes_button(doc, "fp-editor-cancel");
      b.text(cancelB, "editorCancel");
      var saveB = nodes_button(doc, "fp-primary fp-editor-save");
      b.text(saveB, "editorSave");
      var error = (0, dom.el)(doc, "p", {
        class: "fp-editor-error",
        role: "alert",
        hidden: ""
      });
      var bar = (0, dom.el)(doc, "div", {
        class: "fp-editor-bar"
      }, [ toolbar, (0, dom.el)(doc, "div", {
        class: "fp-editor-actions"
      }, [ cancelB, saveB ]) ]);
      var stageBox = (0, dom.el)(doc, "div", {
        class: "fp-editor-stage"
      }, [ s.canvas ]);
      var root = (0, dom.el)(doc, "div", {
        class: "fp-editor",
        role: "group",
        "aria-labelledby": labelledBy
      }, [ title, count, note, stageBox, s.help, s.status, bar, error ]);
      return {
        root: root,
        canvas: s.canvas,
        status: s.status,
        rotL: rotL,
        rotR: rotR,
        blurB: blurB,
        sharpB: sharpB,
        cancelB: cancelB,
        saveB: saveB,
        error: error
      };
    }
    var EDITOR_RULES = [ ".fp-editor{flex:1 1 auto;display:flex;flex-direction:column;min-height:0;padding:10px 16px;overflow:auto}", ".fp-editor-title{font-size:16px;font-weight:600;margin:0 0 4px}", ".fp-editor-count{margin:0 0 4px;color:#57606a;font-size:13px}", ".fp-editor-note{margin:0 0 6px;color:#0a3069;font-weight:600}", ".fp-editor-stage{flex:1 1 auto;display:flex;align-items:center;justify-content:center;min-height:0;background:#eaeef2;border-radius:6px;padding:8px}", ".fp-editor-canvas{display:block;max-width:100%;max-height:100%;touch-action:none;cursor:default;direction:ltr}", ".fp-editor-canvas:focus{outline:3px solid #1a73e8;outline-offset:3px}", ".fp-cur-move{cursor:move}", ".fp-cur-ns{cursor:ns-resize}", ".fp-cur-ew{cursor:ew-resize}", ".fp-cur-nwse{cursor:nwse-resize}", ".fp-cur-nesw{cursor:nesw-resize}", ".fp-editor-bar{display:flex;flex-wrap:wrap;align-items:center;gap:8px;margin-top:8px}", ".fp-editor-tools{display:flex;flex-wrap:wrap;gap:6px;flex:1 1 auto}", ".fp-editor-actions{display:flex;gap:8px;margin-inline-start:auto}", ".fp-btn[aria-pressed=true]{background:#ddf4ff;border-color:#0969da;color:#0a3069;font-weight:600}", ".fp-editor-error{color:#b3261e;margin:6px 0 0}" ];
    var BOX = {
      width: 680,
      height: 320
    };
    var CURSORS = {
      move: "fp-cur-move",
      n: "fp-cur-ns",
      s: "fp-cur-ns",
      e: "fp-cur-ew",
      w: "fp-cur-ew",
      nw: "fp-cur-nwse",
      se: "fp-cur-nwse",
      ne: "fp-cur-nesw",
      sw: "fp-cur-nesw"
    };
    var GRAB_PX = 14;
    var counter = 0;
    function openEditor(o) {
      return (0, imageDecode.U)(o.file, o.doc).then(function(d) {
        return new EditorView(o, d);
      });
    }
    var EditorView = function() {
      function EditorView(o, d) {
        this.scale = 1;
        this.drag = null;
        this.busy = false;
        this.ended = false;
        this.listeners = new dom.qR;
        this.o = o;
        this.d = d;
        this.tools = toolsOf(o.conversions);
        this.state = createState(d.size, o.crop, this.tools, o.forced);
        this.preview = o.doc.createElement("canvas");
        this.n = buildEditorNodes(o.doc, o.binder, {
          name: o.name,
          tools: this.tools,
          forced: o.forced,
          fixedCrop: limitsOf(this.state).fixed,
          position: o.position
        }, ++counter);
        this.root = this.n.root;
        this.removeStyles = (0, styles.ZM)(o.doc, EDITOR_RULES);
        o.mount.insertBefore(this.root, o.before || null);
        if (this.tools.crop) this.listenCrop();
        this.listenButtons();
        this.renderBase();
        this.draw();
        (this.tools.crop ? this.n.canvas : this.n.saveB).focus();
      }
      EditorView.prototype.cancel = function() {
        if (this.ended || this.busy) return;
        this.destroy();
        this.o.onCancel();
      };
      EditorView.prototype.destroy = function() {
        if (this.ended) return;
        this.ended = true;
        this.listeners.removeAll();
        (0, dom.bf)(this.root);
        this.removeStyles();
        this.d.release();
      };
      EditorView.prototype.renderBase = function() {
        var state = this.state;
        this.scale = fitScale(state, BOX);
        var size = shownSize(state);
        var w = Math.max(1, Math.round(size.width * this.scale));
        var h = Math.max(1, Math.round(size.height * this.scale));
        this.preview.width = w;
        this.preview.height = h;
        this.n.canvas.width = w;
        this.n.canvas.height = h;
        var pctx = this.preview.getContext("2d");
        if (pctx) drawEdited(pctx, this.d, state, this.scale, 0, 0, w, h);
      };
      EditorView.prototype.draw = function() {
        var n = this.n;
        var canvas = n.canvas;
        var ctx = canvas.getContext("2d");
        if (!ctx) return;
        ctx.clearRect(0, 0, canvas.width, canvas.height);
        ctx.drawImage(this.preview, 0, 0);
        n.blurB.setAttribute("aria-pressed", this.state.filter === "blur" ? "true" : "false");
        n.sharpB.setAttribute("aria-pressed", this.state.filter === "sharpen" ? "true" : "false");
        if (!this.tools.crop) return;
        var c = this.state.crop;
        drawCropOverlay(ctx, c, this.scale, canvas, this.o.doc.activeElement === canvas, !limitsOf(this.state).fixed);
        this.o.binder.text(n.status, "cropStatus", {
          width: c.width,
          height: c.height,
          x: c.x,
          y: c.y
        });
      };
      EditorView.prototype.change = function(next, rebase) {
        if (next === this.state) return;
        this.state = next;
        if (rebase) this.renderBase();
        this.draw();
      };
      EditorView.prototype.toImage = function(e) {
        var canvas = this.n.canvas;
        var r = canvas.getBoundingClientRect();
        var k = r.width > 0 ? canvas.width / r.width : 1;
        return {
          x: (e.clientX - r.left) * k / this.scale,
          y: (e.clientY - r.top) * k / this.scale,
          grab: GRAB_PX * k / this.scale
        };
      };
      EditorView.prototype.hitAt = function(p) {
        return hitTest(this.state.crop, p.x, p.y, p.grab, limitsOf(this.state).fixed);
      };
      EditorView.prototype.onPointerDown = function(e) {
        if (e.button !== undefined && e.button !== 0) return;
        var canvas = this.n.canvas;
        var p = this.toImage(e);
        var hit = this.hitAt(p);
        canvas.focus();
        if (!hit) return;
        e.preventDefault();
        this.drag = {
          hit: hit,
          x: p.x,
          y: p.y,
          rect: this.state.crop
        };
        if (canvas.setPointerCapture) canvas.setPointerCapture(e.pointerId);
      };
      EditorView.prototype.onPointerMove = function(e) {
        var p = this.toImage(e);
        var drag = this.drag;
        if (!drag) {
          var hit = this.hitAt(p);
          this.n.canvas.setAttribute("class", "fp-editor-canvas" + (hit ? " " + CURSORS[hit] : ""));
          return;
        }
        e.preventDefault();
        var dx = p.x - drag.x;
        var dy = p.y - drag.y;
        var size = shownSize(this.state);
        var crop = drag.hit === "move" ? moveRect(drag.rect, dx, dy, size) : resizeRect(drag.rect, drag.hit, dx, dy, limitsOf(this.state), size);
        this.change(withCrop(this.state, crop), false);
      };
      EditorView.prototype.listenCrop = function() {
        var _this = this;
        var L = this.listeners;
        var canvas = this.n.canvas;
        L.on(canvas, "pointerdown", function(e) {
          _this.onPointerDown(e);
        });
        L.on(canvas, "pointermove", function(e) {
          _this.onPointerMove(e);
        });
        var end = function() {
          _this.drag = null;
        };
        L.on(canvas, "pointerup", end);
        L.on(canvas, "pointercancel", end);
        L.on(canvas, "keydown", function(e) {
          var next = keyCrop(_this.state, e.key, e.shiftKey);
          if (!next) return;
          e.preventDefault();
          _this.change(next, false);
        });
        var redraw = function() {
          _this.draw();
        };
        L.on(canvas, "focus", redraw);
        L.on(canvas, "blur", redraw);
      };
      EditorView.prototype.listenButtons = function() {
        var _this = this;
        var L = this.listeners;
        var n = this.n;
        var toggle = function(f) {
          _this.change(setFilter(_this.state, _this.state.filter === f ? "none" : f), true);
        };
        L.on(n.rotL, "click", function() {
          _this.change(rotate(_this.state, -1), true);
        });
        L.on(n.rotR, "click", function() {
          _this.change(rotate(_this.state, 1), true);
        });
        L.on(n.blurB, "click", function() {
          toggle("blur");
        });
        L.on(n.sharpB, "click", function() {
          toggle("sharpen");
        });
        L.on(n.cancelB, "click", function() {
          _this.cancel();
        });
        L.on(n.saveB, "click", function() {
          _this.save();
        });
      };
      EditorView.prototype.save = function() {
        var _this = this;
        if (this.busy || this.ended) return;
        var o = this.o;
        var n = this.n;
        this.busy = true;
        n.saveB.setAttribute("disabled", "");
        var type = String(o.file.type || "image/png").toLowerCase();
        var out;
        try {
          out = toFile(renderOutput(this.d, this.state, o.doc), o.name, type, o.doc.defaultView);
        } catch (e) {
          out = Promise.reject(e);
        }
        out.then(function(file) {
          _this.busy = false;
          if (_this.ended) return;
          var changes = changesOf(_this.state);
          _this.destroy();
          o.onSave({
            file: file,
            changes: changes
          });
        }, function() {
          _this.busy = false;
          if (_this.ended) return;
          n.saveB.removeAttribute("disabled");
          o.binder.text(n.error, "editorFailed");
          n.error.removeAttribute("hidden");
        });
      };
      return EditorView;
    }();
  }
} ]);
//# sourceMappingURL=editor.js.map