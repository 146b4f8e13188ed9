/*! filepicker-shim 0.1.0 | drop-in replacement for filepicker.js v2 | MIT */
(function webpackUniversalModuleDefinition(root, factory) {
  if (typeof exports === "object" && typeof module === "object") module.exports = factory(); else if (typeof define === "function" && define.amd) define([], factory); else if (typeof exports === "object") exports["filepicker"] = factory(); else root["filepicker"] = factory();
})(Object(typeof self !== "undefined" ? self : this), function() {
  return function() {
    var __webpack_modules__ = {
      99: function(module, exports, __webpack_require__) {
        var __WEBPACK_AMD_DEFINE_FACTORY__, __WEBPACK_AMD_DEFINE_RESULT__;
        (function(root, factory) {
          "use strict";
          if (true) {
            !(__WEBPACK_AMD_DEFINE_FACTORY__ = factory, __WEBPACK_AMD_DEFINE_RESULT__ = typeof __WEBPACK_AMD_DEFINE_FACTORY__ === "function" ? __WEBPACK_AMD_DEFINE_FACTORY__.call(exports, __webpack_require__, exports, module) : __WEBPACK_AMD_DEFINE_FACTORY__, 
            __WEBPACK_AMD_DEFINE_RESULT__ !== undefined && (module.exports = __WEBPACK_AMD_DEFINE_RESULT__));
          } else {}
        })(this, function() {
          var $Array = Array;
          var ArrayPrototype = $Array.prototype;
          var $Object = Object;
          var ObjectPrototype = $Object.prototype;
          var $Function = Function;
          var FunctionPrototype = $Function.prototype;
          var $String = String;
          var StringPrototype = $String.prototype;
          var $Number = Number;
          var NumberPrototype = $Number.prototype;
          var array_slice = ArrayPrototype.slice;
          var array_splice = ArrayPrototype.splice;
          var array_push = ArrayPrototype.push;
          var array_unshift = ArrayPrototype.unshift;
          var array_concat = ArrayPrototype.concat;
          var array_join = ArrayPrototype.join;
          var call = FunctionPrototype.call;
          var apply = FunctionPrototype.apply;
          var max = Math.max;
          var min = Math.min;
          var floor = Math.floor;
          var abs = Math.abs;
          var pow = Math.pow;
          var round = Math.round;
          var log = Math.log;
          var LOG10E = Math.LOG10E;
          var log10 = Math.log10 || function log10(value) {
            return log(value) * LOG10E;
          };
          var to_string = ObjectPrototype.toString;
          var hasToStringTag = typeof Symbol === "function" && typeof Symbol.toStringTag === "symbol";
          var isCallable;
          var fnToStr = Function.prototype.toString, constructorRegex = /^\s*class /, isES6ClassFn = function isES6ClassFn(value) {
            try {
              var fnStr = fnToStr.call(value);
              var singleStripped = fnStr.replace(/\/\/.*\n/g, "");
              var multiStripped = singleStripped.replace(/\/\*[.\s\S]*\*\//g, "");
              var spaceStripped = multiStripped.replace(/\n/gm, " ").replace(/ {2}/g, " ");
              return constructorRegex.test(spaceStripped);
            } catch (e) {
              return false;
            }
          }, tryFunctionObject = function tryFunctionObject(value) {
            try {
              if (isES6ClassFn(value)) {
                return false;
              }
              fnToStr.call(value);
              return true;
            } catch (e) {
              return false;
            }
          }, fnClass = "[object Function]", genClass = "[object GeneratorFunction]", isCallable = function isCallable(value) {
            if (!value) {
              return false;
            }
            if (typeof value !== "function" && typeof value !== "object") {
              return false;
            }
            if (hasToStringTag) {
              return tryFunctionObject(value);
            }
            if (isES6ClassFn(value)) {
              return false;
            }
            var strClass = to_string.call(value);
            return strClass === fnClass || strClass === genClass;
          };
          var isRegex;
          var regexExec = RegExp.prototype.exec, tryRegexExec = function tryRegexExec(value) {
            try {
              regexExec.call(value);
              return true;
            } catch (e) {
              return false;
            }
          }, regexClass = "[object RegExp]";
          isRegex = function isRegex(value) {
            if (typeof value !== "object") {
              return false;
            }
            return hasToStringTag ? tryRegexExec(value) : to_string.call(value) === regexClass;
          };
          var isString;
          var strValue = String.prototype.valueOf, tryStringObject = function tryStringObject(value) {
            try {
              strValue.call(value);
              return true;
            } catch (e) {
              return false;
            }
          }, stringClass = "[object String]";
          isString = function isString(value) {
            if (typeof value === "string") {
              return true;
            }
            if (typeof value !== "object") {
              return false;
            }
            return hasToStringTag ? tryStringObject(value) : to_string.call(value) === stringClass;
          };
          var supportsDescriptors = $Object.defineProperty && function() {
            try {
              var obj = {};
              $Object.defineProperty(obj, "x", {
                enumerable: false,
                value: obj
              });
              for (var _ in obj) {
                return false;
              }
              return obj.x === obj;
            } catch (e) {
              return false;
            }
          }();
          var defineProperties = function(has) {
            var defineProperty;
            if (supportsDescriptors) {
              defineProperty = function(object, name, method, forceAssign) {
                if (!forceAssign && name in object) {
                  return;
                }
                $Object.defineProperty(object, name, {
                  configurable: true,
                  enumerable: false,
                  writable: true,
                  value: method
                });
              };
            } else {
              defineProperty = function(object, name, method, forceAssign) {
                if (!forceAssign && name in object) {
                  return;
                }
                object[name] = method;
              };
            }
            return function defineProperties(object, map, forceAssign) {
              for (var name in map) {
                if (has.call(map, name)) {
                  defineProperty(object, name, map[name], forceAssign);
                }
              }
            };
          }(ObjectPrototype.hasOwnProperty);
          if ($Object.defineProperty && supportsDescriptors) {
            var F = function() {};
            var toStringSentinel = {};
            var sentinel = {
              toString: toStringSentinel
            };
            $Object.defineProperty(F, "prototype", {
              value: sentinel,
              writable: false
            });
            if ((new F).toString !== toStringSentinel) {
              var $dP = $Object.defineProperty;
              var $gOPD = $Object.getOwnPropertyDescriptor;
              defineProperties($Object, {
                defineProperty: function defineProperty(o, k, d) {
                  var key = $String(k);
                  if (typeof o === "function" && key === "prototype") {
                    var desc = $gOPD(o, key);
                    if (desc.writable && !d.writable && "value" in d) {
                      try {
                        o[key] = d.value;
                      } catch (e) {}
                    }
                    return $dP(o, key, {
                      configurable: "configurable" in d ? d.configurable : desc.configurable,
                      enumerable: "enumerable" in d ? d.enumerable : desc.enumerable,
                      writable: d.writable
                    });
                  }
                  return $dP(o, key, d);
                }
              }, true);
            }
          }
          var isPrimitive = function isPrimitive(input) {
            var type = typeof input;
            return input === null || type !== "object" && type !== "function";
          };
          var isActualNaN = $Number.isNaN || function isActualNaN(x) {
            return x !== x;
          };
          var ES = {
            ToInteger: function ToInteger(num) {
              var n = +num;
              if (isActualNaN(n)) {
                n = 0;
              } else if (n !== 0 && n !== 1 / 0 && n !== -(1 / 0)) {
                n = (n > 0 || -1) * floor(abs(n));
              }
              return n;
            },
            ToPrimitive: function ToPrimitive(input) {
              var val, valueOf, toStr;
              if (isPrimitive(input)) {
                return input;
              }
              valueOf = input.valueOf;
              if (isCallable(valueOf)) {
                val = valueOf.call(input);
                if (isPrimitive(val)) {
                  return val;
                }
              }
              toStr = input.toString;
              if (isCallable(toStr)) {
                val = toStr.call(input);
                if (isPrimitive(val)) {
                  return val;
                }
              }
              throw new TypeError;
            },
            ToObject: function(o) {
              if (o == null) {
                throw new TypeError("can't convert " + o + " to object");
              }
              return $Object(o);
            },
            ToUint32: function ToUint32(x) {
              return x >>> 0;
            }
          };
          var Empty = function Empty() {};
          defineProperties(FunctionPrototype, {
            bind: function bind(that) {
              var target = this;
              if (!isCallable(target)) {
                throw new TypeError("Function.prototype.bind called on incompatible " + target);
              }
              var args = array_slice.call(arguments, 1);
              var bound;
              var binder = function() {
                if (this instanceof bound) {
                  var result = apply.call(target, this, array_concat.call(args, array_slice.call(arguments)));
                  if ($Object(result) === result) {
                    return result;
                  }
                  return this;
                }
                return apply.call(target, that, array_concat.call(args, array_slice.call(arguments)));
              };
              var boundLength = max(0, target.length - args.length);
              var boundArgs = [];
              for (var i = 0; i < boundLength; i++) {
                array_push.call(boundArgs, "$" + i);
              }
              bound = $Function("binder", "return function (" + array_join.call(boundArgs, ",") + "){ return binder.apply(this, arguments); }")(binder);
              if (target.prototype) {
                Empty.prototype = target.prototype;
                bound.prototype = new Empty;
                Empty.prototype = null;
              }
              return bound;
            }
          });
          var owns = call.bind(ObjectPrototype.hasOwnProperty);
          var toStr = call.bind(ObjectPrototype.toString);
          var arraySlice = call.bind(array_slice);
          var arraySliceApply = apply.bind(array_slice);
          if (typeof document === "object" && document && document.documentElement) {
            try {
              arraySlice(document.documentElement.childNodes);
            } catch (e) {
              var origArraySlice = arraySlice;
              var origArraySliceApply = arraySliceApply;
              arraySlice = function arraySliceIE(arr) {
                var r = [];
                var i = arr.length;
                while (i-- > 0) {
                  r[i] = arr[i];
                }
                return origArraySliceApply(r, origArraySlice(arguments, 1));
              };
              arraySliceApply = function arraySliceApplyIE(arr, args) {
                return origArraySliceApply(arraySlice(arr), args);
              };
            }
          }
          var strSlice = call.bind(StringPrototype.slice);
          var strSplit = call.bind(StringPrototype.split);
          var strIndexOf = call.bind(StringPrototype.indexOf);
          var pushCall = call.bind(array_push);
          var isEnum = call.bind(ObjectPrototype.propertyIsEnumerable);
          var arraySort = call.bind(ArrayPrototype.sort);
          var isArray = $Array.isArray || function isArray(obj) {
            return toStr(obj) === "[object Array]";
          };
          var hasUnshiftReturnValueBug = [].unshift(0) !== 1;
          defineProperties(ArrayPrototype, {
            unshift: function() {
              array_unshift.apply(this, arguments);
              return this.length;
            }
          }, hasUnshiftReturnValueBug);
          defineProperties($Array, {
            isArray: isArray
          });
          var boxedString = $Object("a");
          var splitString = boxedString[0] !== "a" || !(0 in boxedString);
          var properlyBoxesContext = function properlyBoxed(method) {
            var properlyBoxesNonStrict = true;
            var properlyBoxesStrict = true;
            var threwException = false;
            if (method) {
              try {
                method.call("foo", function(_, __, context) {
                  if (typeof context !== "object") {
                    properlyBoxesNonStrict = false;
                  }
                });
                method.call([ 1 ], function() {
                  "use strict";
                  properlyBoxesStrict = typeof this === "string";
                }, "x");
              } catch (e) {
                threwException = true;
              }
            }
            return !!method && !threwException && properlyBoxesNonStrict && properlyBoxesStrict;
          };
          defineProperties(ArrayPrototype, {
            forEach: function forEach(callbackfn) {
              var object = ES.ToObject(this);
              var self = splitString && isString(this) ? strSplit(this, "") : object;
              var i = -1;
              var length = ES.ToUint32(self.length);
              var T;
              if (arguments.length > 1) {
                T = arguments[1];
              }
              if (!isCallable(callbackfn)) {
                throw new TypeError("Array.prototype.forEach callback must be a function");
              }
              while (++i < length) {
                if (i in self) {
                  if (typeof T === "undefined") {
                    callbackfn(self[i], i, object);
                  } else {
                    callbackfn.call(T, self[i], i, object);
                  }
                }
              }
            }
          }, !properlyBoxesContext(ArrayPrototype.forEach));
          defineProperties(ArrayPrototype, {
            map: function map(callbackfn) {
              var object = ES.ToObject(this);
              var self = splitString && isString(this) ? strSplit(this, "") : object;
              var length = ES.ToUint32(self.length);
              var result = $Array(length);
              var T;
              if (arguments.length > 1) {
                T = arguments[1];
              }
              if (!isCallable(callbackfn)) {
                throw new TypeError("Array.prototype.map callback must be a function");
              }
              for (var i = 0; i < length; i++) {
                if (i in self) {
                  if (typeof T === "undefined") {
                    result[i] = callbackfn(self[i], i, object);
                  } else {
                    result[i] = callbackfn.call(T, self[i], i, object);
                  }
                }
              }
              return result;
            }
          }, !properlyBoxesContext(ArrayPrototype.map));
          defineProperties(ArrayPrototype, {
            filter: function filter(callbackfn) {
              var object = ES.ToObject(this);
              var self = splitString && isString(this) ? strSplit(this, "") : object;
              var length = ES.ToUint32(self.length);
              var result = [];
              var value;
              var T;
              if (arguments.length > 1) {
                T = arguments[1];
              }
              if (!isCallable(callbackfn)) {
                throw new TypeError("Array.prototype.filter callback must be a function");
              }
              for (var i = 0; i < length; i++) {
                if (i in self) {
                  value = self[i];
                  if (typeof T === "undefined" ? callbackfn(value, i, object) : callbackfn.call(T, value, i, object)) {
                    pushCall(result, value);
                  }
                }
              }
              return result;
            }
          }, !properlyBoxesContext(ArrayPrototype.filter));
          defineProperties(ArrayPrototype, {
            every: function every(callbackfn) {
              var object = ES.ToObject(this);
              var self = splitString && isString(this) ? strSplit(this, "") : object;
              var length = ES.ToUint32(self.length);
              var T;
              if (arguments.length > 1) {
                T = arguments[1];
              }
              if (!isCallable(callbackfn)) {
                throw new TypeError("Array.prototype.every callback must be a function");
              }
              for (var i = 0; i < length; i++) {
                if (i in self && !(typeof T === "undefined" ? callbackfn(self[i], i, object) : callbackfn.call(T, self[i], i, object))) {
                  return false;
                }
              }
              return true;
            }
          }, !properlyBoxesContext(ArrayPrototype.every));
          defineProperties(ArrayPrototype, {
            some: function some(callbackfn) {
              var object = ES.ToObject(this);
              var self = splitString && isString(this) ? strSplit(this, "") : object;
              var length = ES.ToUint32(self.length);
              var T;
              if (arguments.length > 1) {
                T = arguments[1];
              }
              if (!isCallable(callbackfn)) {
                throw new TypeError("Array.prototype.some callback must be a function");
              }
              for (var i = 0; i < length; i++) {
                if (i in self && (typeof T === "undefined" ? callbackfn(self[i], i, object) : callbackfn.call(T, self[i], i, object))) {
                  return true;
                }
              }
              return false;
            }
          }, !properlyBoxesContext(ArrayPrototype.some));
          var reduceCoercesToObject = false;
          if (ArrayPrototype.reduce) {
            reduceCoercesToObject = typeof ArrayPrototype.reduce.call("es5", function(_, __, ___, list) {
              return list;
            }) === "object";
          }
          defineProperties(ArrayPrototype, {
            reduce: function reduce(callbackfn) {
              var object = ES.ToObject(this);
              var self = splitString && isString(this) ? strSplit(this, "") : object;
              var length = ES.ToUint32(self.length);
              if (!isCallable(callbackfn)) {
                throw new TypeError("Array.prototype.reduce callback must be a function");
              }
              if (length === 0 && arguments.length === 1) {
                throw new TypeError("reduce of empty array with no initial value");
              }
              var i = 0;
              var result;
              if (arguments.length >= 2) {
                result = arguments[1];
              } else {
                do {
                  if (i in self) {
                    result = self[i++];
                    break;
                  }
                  if (++i >= length) {
                    throw new TypeError("reduce of empty array with no initial value");
                  }
                } while (true);
              }
              for (;i < length; i++) {
                if (i in self) {
                  result = callbackfn(result, self[i], i, object);
                }
              }
              return result;
            }
          }, !reduceCoercesToObject);
          var reduceRightCoercesToObject = false;
          if (ArrayPrototype.reduceRight) {
            reduceRightCoercesToObject = typeof ArrayPrototype.reduceRight.call("es5", function(_, __, ___, list) {
              return list;
            }) === "object";
          }
          defineProperties(ArrayPrototype, {
            reduceRight: function reduceRight(callbackfn) {
              var object = ES.ToObject(this);
              var self = splitString && isString(this) ? strSplit(this, "") : object;
              var length = ES.ToUint32(self.length);
              if (!isCallable(callbackfn)) {
                throw new TypeError("Array.prototype.reduceRight callback must be a function");
              }
              if (length === 0 && arguments.length === 1) {
                throw new TypeError("reduceRight of empty array with no initial value");
              }
              var result;
              var i = length - 1;
              if (arguments.length >= 2) {
                result = arguments[1];
              } else {
                do {
                  if (i in self) {
                    result = self[i--];
                    break;
                  }
                  if (--i < 0) {
                    throw new TypeError("reduceRight of empty array with no initial value");
                  }
                } while (true);
              }
              if (i < 0) {
                return result;
              }
              do {
                if (i in self) {
                  result = callbackfn(result, self[i], i, object);
                }
              } while (i--);
              return result;
            }
          }, !reduceRightCoercesToObject);
          var hasFirefox2IndexOfBug = ArrayPrototype.indexOf && [ 0, 1 ].indexOf(1, 2) !== -1;
          defineProperties(ArrayPrototype, {
            indexOf: function indexOf(searchElement) {
              var self = splitString && isString(this) ? strSplit(this, "") : ES.ToObject(this);
              var length = ES.ToUint32(self.length);
              if (length === 0) {
                return -1;
              }
              var i = 0;
              if (arguments.length > 1) {
                i = ES.ToInteger(arguments[1]);
              }
              i = i >= 0 ? i : max(0, length + i);
              for (;i < length; i++) {
                if (i in self && self[i] === searchElement) {
                  return i;
                }
              }
              return -1;
            }
          }, hasFirefox2IndexOfBug);
          var hasFirefox2LastIndexOfBug = ArrayPrototype.lastIndexOf && [ 0, 1 ].lastIndexOf(0, -3) !== -1;
          defineProperties(ArrayPrototype, {
            lastIndexOf: function lastIndexOf(searchElement) {
              var self = splitString && isString(this) ? strSplit(this, "") : ES.ToObject(this);
              var length = ES.ToUint32(self.length);
              if (length === 0) {
                return -1;
              }
              var i = length - 1;
              if (arguments.length > 1) {
                i = min(i, ES.ToInteger(arguments[1]));
              }
              i = i >= 0 ? i : length - abs(i);
              for (;i >= 0; i--) {
                if (i in self && searchElement === self[i]) {
                  return i;
                }
              }
              return -1;
            }
          }, hasFirefox2LastIndexOfBug);
          var spliceNoopReturnsEmptyArray = function() {
            var a = [ 1, 2 ];
            var result = a.splice();
            return a.length === 2 && isArray(result) && result.length === 0;
          }();
          defineProperties(ArrayPrototype, {
            splice: function splice(start, deleteCount) {
              if (arguments.length === 0) {
                return [];
              }
              return array_splice.apply(this, arguments);
            }
          }, !spliceNoopReturnsEmptyArray);
          var spliceWorksWithEmptyObject = function() {
            var obj = {};
            ArrayPrototype.splice.call(obj, 0, 0, 1);
            return obj.length === 1;
          }();
          var hasES6Defaults = [ 0, 1, 2 ].splice(0).length === 3;
          defineProperties(ArrayPrototype, {
            splice: function splice(start, deleteCount) {
              if (arguments.length === 0) {
                return [];
              }
              var args = arguments;
              this.length = max(ES.ToInteger(this.length), 0);
              if (arguments.length > 0 && typeof deleteCount !== "number") {
                args = arraySlice(arguments);
                if (args.length < 2) {
                  pushCall(args, this.length - start);
                } else {
                  args[1] = ES.ToInteger(deleteCount);
                }
              }
              return array_splice.apply(this, args);
            }
          }, !spliceWorksWithEmptyObject || !hasES6Defaults);
          var spliceWorksWithLargeSparseArrays = function() {
            var arr = new $Array(1e5);
            arr[8] = "x";
            arr.splice(1, 1);
            return arr.indexOf("x") === 7;
          }();
          var spliceWorksWithSmallSparseArrays = function() {
            var n = 256;
            var arr = [];
            arr[n] = "a";
            arr.splice(n + 1, 0, "b");
            return arr[n] === "a";
          }();
          defineProperties(ArrayPrototype, {
            splice: function splice(start, deleteCount) {
              var O = ES.ToObject(this);
              var A = [];
              var len = ES.ToUint32(O.length);
              var relativeStart = ES.ToInteger(start);
              var actualStart = relativeStart < 0 ? max(len + relativeStart, 0) : min(relativeStart, len);
              var actualDeleteCount = arguments.length === 0 ? 0 : arguments.length === 1 ? len - actualStart : min(max(ES.ToInteger(deleteCount), 0), len - actualStart);
              var k = 0;
              var from;
              while (k < actualDeleteCount) {
                from = $String(actualStart + k);
                if (owns(O, from)) {
                  A[k] = O[from];
                }
                k += 1;
              }
              var items = arraySlice(arguments, 2);
              var itemCount = items.length;
              var to;
              if (itemCount < actualDeleteCount) {
                k = actualStart;
                var maxK = len - actualDeleteCount;
                while (k < maxK) {
                  from = $String(k + actualDeleteCount);
                  to = $String(k + itemCount);
                  if (owns(O, from)) {
                    O[to] = O[from];
                  } else {
                    delete O[to];
                  }
                  k += 1;
                }
                k = len;
                var minK = len - actualDeleteCount + itemCount;
                while (k > minK) {
                  delete O[k - 1];
                  k -= 1;
                }
              } else if (itemCount > actualDeleteCount) {
                k = len - actualDeleteCount;
                while (k > actualStart) {
                  from = $String(k + actualDeleteCount - 1);
                  to = $String(k + itemCount - 1);
                  if (owns(O, from)) {
                    O[to] = O[from];
                  } else {
                    delete O[to];
                  }
                  k -= 1;
                }
              }
              k = actualStart;
              for (var i = 0; i < items.length; ++i) {
                O[k] = items[i];
                k += 1;
              }
              O.length = len - actualDeleteCount + itemCount;
              return A;
            }
          }, !spliceWorksWithLargeSparseArrays || !spliceWorksWithSmallSparseArrays);
          var originalJoin = ArrayPrototype.join;
          var hasStringJoinBug;
          try {
            hasStringJoinBug = Array.prototype.join.call("123", ",") !== "1,2,3";
          } catch (e) {
            hasStringJoinBug = true;
          }
          if (hasStringJoinBug) {
            defineProperties(ArrayPrototype, {
              join: function join(separator) {
                var sep = typeof separator === "undefined" ? "," : separator;
                return originalJoin.call(isString(this) ? strSplit(this, "") : this, sep);
              }
            }, hasStringJoinBug);
          }
          var hasJoinUndefinedBug = [ 1, 2 ].join(undefined) !== "1,2";
          if (hasJoinUndefinedBug) {
            defineProperties(ArrayPrototype, {
              join: function join(separator) {
                var sep = typeof separator === "undefined" ? "," : separator;
                return originalJoin.call(this, sep);
              }
            }, hasJoinUndefinedBug);
          }
          var pushShim = function push(item) {
            var O = ES.ToObject(this);
            var n = ES.ToUint32(O.length);
            var i = 0;
            while (i < arguments.length) {
              O[n + i] = arguments[i];
              i += 1;
            }
            O.length = n + i;
            return n + i;
          };
          var pushIsNotGeneric = function() {
            var obj = {};
            var result = Array.prototype.push.call(obj, undefined);
            return result !== 1 || obj.length !== 1 || typeof obj[0] !== "undefined" || !owns(obj, 0);
          }();
          defineProperties(ArrayPrototype, {
            push: function push(item) {
              if (isArray(this)) {
                return array_push.apply(this, arguments);
              }
              return pushShim.apply(this, arguments);
            }
          }, pushIsNotGeneric);
          var pushUndefinedIsWeird = function() {
            var arr = [];
            var result = arr.push(undefined);
            return result !== 1 || arr.length !== 1 || typeof arr[0] !== "undefined" || !owns(arr, 0);
          }();
          defineProperties(ArrayPrototype, {
            push: pushShim
          }, pushUndefinedIsWeird);
          defineProperties(ArrayPrototype, {
            slice: function(start, end) {
              var arr = isString(this) ? strSplit(this, "") : this;
              return arraySliceApply(arr, arguments);
            }
          }, splitString);
          var sortIgnoresNonFunctions = function() {
            try {
              [ 1, 2 ].sort(null);
            } catch (e) {
              try {
                [ 1, 2 ].sort({});
              } catch (e2) {
                return false;
              }
            }
            return true;
          }();
          var sortThrowsOnRegex = function() {
            try {
              [ 1, 2 ].sort(/a/);
              return false;
            } catch (e) {}
            return true;
          }();
          var sortIgnoresUndefined = function() {
            try {
              [ 1, 2 ].sort(undefined);
              return true;
            } catch (e) {}
            return false;
          }();
          defineProperties(ArrayPrototype, {
            sort: function sort(compareFn) {
              if (typeof compareFn === "undefined") {
                return arraySort(this);
              }
              if (!isCallable(compareFn)) {
                throw new TypeError("Array.prototype.sort callback must be a function");
              }
              return arraySort(this, compareFn);
            }
          }, sortIgnoresNonFunctions || !sortIgnoresUndefined || !sortThrowsOnRegex);
          var hasDontEnumBug = !isEnum({
            toString: null
          }, "toString");
          var hasProtoEnumBug = isEnum(function() {}, "prototype");
          var hasStringEnumBug = !owns("x", "0");
          var equalsConstructorPrototype = function(o) {
            var ctor = o.constructor;
            return ctor && ctor.prototype === o;
          };
          var excludedKeys = {
            $applicationCache: true,
            $console: true,
            $external: true,
            $frame: true,
            $frameElement: true,
            $frames: true,
            $innerHeight: true,
            $innerWidth: true,
            $onmozfullscreenchange: true,
            $onmozfullscreenerror: true,
            $outerHeight: true,
            $outerWidth: true,
            $pageXOffset: true,
            $pageYOffset: true,
            $parent: true,
            $scrollLeft: true,
            $scrollTop: true,
            $scrollX: true,
            $scrollY: true,
            $self: true,
            $webkitIndexedDB: true,
            $webkitStorageInfo: true,
            $window: true,
            $width: true,
            $height: true,
            $top: true,
            $localStorage: true
          };
          var hasAutomationEqualityBug = function() {
            if (typeof window === "undefined") {
              return false;
            }
            for (var k in window) {
              try {
                if (!excludedKeys["$" + k] && owns(window, k) && window[k] !== null && typeof window[k] === "object") {
                  equalsConstructorPrototype(window[k]);
                }
              } catch (e) {
                return true;
              }
            }
            return false;
          }();
          var equalsConstructorPrototypeIfNotBuggy = function(object) {
            if (typeof window === "undefined" || !hasAutomationEqualityBug) {
              return equalsConstructorPrototype(object);
            }
            try {
              return equalsConstructorPrototype(object);
            } catch (e) {
              return false;
            }
          };
          var dontEnums = [ "toString", "toLocaleString", "valueOf", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "constructor" ];
          var dontEnumsLength = dontEnums.length;
          var isStandardArguments = function isArguments(value) {
            return toStr(value) === "[object Arguments]";
          };
          var isLegacyArguments = function isArguments(value) {
            return value !== null && typeof value === "object" && typeof value.length === "number" && value.length >= 0 && !isArray(value) && isCallable(value.callee);
          };
          var isArguments = isStandardArguments(arguments) ? isStandardArguments : isLegacyArguments;
          defineProperties($Object, {
            keys: function keys(object) {
              var isFn = isCallable(object);
              var isArgs = isArguments(object);
              var isObject = object !== null && typeof object === "object";
              var isStr = isObject && isString(object);
              if (!isObject && !isFn && !isArgs) {
                throw new TypeError("Object.keys called on a non-object");
              }
              var theKeys = [];
              var skipProto = hasProtoEnumBug && isFn;
              if (isStr && hasStringEnumBug || isArgs) {
                for (var i = 0; i < object.length; ++i) {
                  pushCall(theKeys, $String(i));
                }
              }
              if (!isArgs) {
                for (var name in object) {
                  if (!(skipProto && name === "prototype") && owns(object, name)) {
                    pushCall(theKeys, $String(name));
                  }
                }
              }
              if (hasDontEnumBug) {
                var skipConstructor = equalsConstructorPrototypeIfNotBuggy(object);
                for (var j = 0; j < dontEnumsLength; j++) {
                  var dontEnum = dontEnums[j];
                  if (!(skipConstructor && dontEnum === "constructor") && owns(object, dontEnum)) {
                    pushCall(theKeys, dontEnum);
                  }
                }
              }
              return theKeys;
            }
          });
          var keysWorksWithArguments = $Object.keys && function() {
            return $Object.keys(arguments).length === 2;
          }(1, 2);
          var keysHasArgumentsLengthBug = $Object.keys && function() {
            var argKeys = $Object.keys(arguments);
            return arguments.length !== 1 || argKeys.length !== 1 || argKeys[0] !== 1;
          }(1);
          var originalKeys = $Object.keys;
          defineProperties($Object, {
            keys: function keys(object) {
              if (isArguments(object)) {
                return originalKeys(arraySlice(object));
              }
              return originalKeys(object);
            }
          }, !keysWorksWithArguments || keysHasArgumentsLengthBug);
          var hasNegativeMonthYearBug = new Date(-0xc782b5b342b24).getUTCMonth() !== 0;
          var aNegativeTestDate = new Date(-0x55d318d56a724);
          var aPositiveTestDate = new Date(14496624e5);
          var hasToUTCStringFormatBug = aNegativeTestDate.toUTCString() !== "Mon, 01 Jan -45875 11:59:59 GMT";
          var hasToDateStringFormatBug;
          var hasToStringFormatBug;
          var timeZoneOffset = aNegativeTestDate.getTimezoneOffset();
          if (timeZoneOffset < -720) {
            hasToDateStringFormatBug = aNegativeTestDate.toDateString() !== "Tue Jan 02 -45875";
            hasToStringFormatBug = !/^Thu Dec 10 2015 \d\d:\d\d:\d\d GMT[-+]\d\d\d\d(?: |$)/.test(String(aPositiveTestDate));
          } else {
            hasToDateStringFormatBug = aNegativeTestDate.toDateString() !== "Mon Jan 01 -45875";
            hasToStringFormatBug = !/^Wed Dec 09 2015 \d\d:\d\d:\d\d GMT[-+]\d\d\d\d(?: |$)/.test(String(aPositiveTestDate));
          }
          var originalGetFullYear = call.bind(Date.prototype.getFullYear);
          var originalGetMonth = call.bind(Date.prototype.getMonth);
          var originalGetDate = call.bind(Date.prototype.getDate);
          var originalGetUTCFullYear = call.bind(Date.prototype.getUTCFullYear);
          var originalGetUTCMonth = call.bind(Date.prototype.getUTCMonth);
          var originalGetUTCDate = call.bind(Date.prototype.getUTCDate);
          var originalGetUTCDay = call.bind(Date.prototype.getUTCDay);
          var originalGetUTCHours = call.bind(Date.prototype.getUTCHours);
          var originalGetUTCMinutes = call.bind(Date.prototype.getUTCMinutes);
          var originalGetUTCSeconds = call.bind(Date.prototype.getUTCSeconds);
          var originalGetUTCMilliseconds = call.bind(Date.prototype.getUTCMilliseconds);
          var dayName = [ "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" ];
          var monthName = [ "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" ];
          var daysInMonth = function daysInMonth(month, year) {
            return originalGetDate(new Date(year, month, 0));
          };
          defineProperties(Date.prototype, {
            getFullYear: function getFullYear() {
              if (!this || !(this instanceof Date)) {
                throw new TypeError("this is not a Date object.");
              }
              var year = originalGetFullYear(this);
              if (year < 0 && originalGetMonth(this) > 11) {
                return year + 1;
              }
              return year;
            },
            getMonth: function getMonth() {
              if (!this || !(this instanceof Date)) {
                throw new TypeError("this is not a Date object.");
              }
              var year = originalGetFullYear(this);
              var month = originalGetMonth(this);
              if (year < 0 && month > 11) {
                return 0;
              }
              return month;
            },
            getDate: function getDate() {
              if (!this || !(this instanceof Date)) {
                throw new TypeError("this is not a Date object.");
              }
              var year = originalGetFullYear(this);
              var month = originalGetMonth(this);
              var date = originalGetDate(this);
              if (year < 0 && month > 11) {
                if (month === 12) {
                  return date;
                }
                var days = daysInMonth(0, year + 1);
                return days - date + 1;
              }
              return date;
            },
            getUTCFullYear: function getUTCFullYear() {
              if (!this || !(this instanceof Date)) {
                throw new TypeError("this is not a Date object.");
              }
              var year = originalGetUTCFullYear(this);
              if (year < 0 && originalGetUTCMonth(this) > 11) {
                return year + 1;
              }
              return year;
            },
            getUTCMonth: function getUTCMonth() {
              if (!this || !(this instanceof Date)) {
                throw new TypeError("this is not a Date object.");
              }
              var year = originalGetUTCFullYear(this);
              var month = originalGetUTCMonth(this);
              if (year < 0 && month > 11) {
                return 0;
              }
              return month;
            },
            getUTCDate: function getUTCDate() {
              if (!this || !(this instanceof Date)) {
                throw new TypeError("this is not a Date object.");
              }
              var year = originalGetUTCFullYear(this);
              var month = originalGetUTCMonth(this);
              var date = originalGetUTCDate(this);
              if (year < 0 && month > 11) {
                if (month === 12) {
                  return date;
                }
                var days = daysInMonth(0, year + 1);
                return days - date + 1;
              }
              return date;
            }
          }, hasNegativeMonthYearBug);
          defineProperties(Date.prototype, {
            toUTCString: function toUTCString() {
              if (!this || !(this instanceof Date)) {
                throw new TypeError("this is not a Date object.");
              }
              var day = originalGetUTCDay(this);
              var date = originalGetUTCDate(this);
              var month = originalGetUTCMonth(this);
              var year = originalGetUTCFullYear(this);
              var hour = originalGetUTCHours(this);
              var minute = originalGetUTCMinutes(this);
              var second = originalGetUTCSeconds(this);
              return dayName[day] + ", " + (date < 10 ? "0" + date : date) + " " + monthName[month] + " " + year + " " + (hour < 10 ? "0" + hour : hour) + ":" + (minute < 10 ? "0" + minute : minute) + ":" + (second < 10 ? "0" + second : second) + " GMT";
            }
          }, hasNegativeMonthYearBug || hasToUTCStringFormatBug);
          defineProperties(Date.prototype, {
            toDateString: function toDateString() {
              if (!this || !(this instanceof Date)) {
                throw new TypeError("this is not a Date object.");
              }
              var day = this.getDay();
              var date = this.getDate();
              var month = this.getMonth();
              var year = this.getFullYear();
              return dayName[day] + " " + monthName[month] + " " + (date < 10 ? "0" + date : date) + " " + year;
            }
          }, hasNegativeMonthYearBug || hasToDateStringFormatBug);
          if (hasNegativeMonthYearBug || hasToStringFormatBug) {
            Date.prototype.toString = function toString() {
              if (!this || !(this instanceof Date)) {
                throw new TypeError("this is not a Date object.");
              }
              var day = this.getDay();
              var date = this.getDate();
              var month = this.getMonth();
              var year = this.getFullYear();
              var hour = this.getHours();
              var minute = this.getMinutes();
              var second = this.getSeconds();
              var timezoneOffset = this.getTimezoneOffset();
              var hoursOffset = floor(abs(timezoneOffset) / 60);
              var minutesOffset = floor(abs(timezoneOffset) % 60);
              return dayName[day] + " " + monthName[month] + " " + (date < 10 ? "0" + date : date) + " " + year + " " + (hour < 10 ? "0" + hour : hour) + ":" + (minute < 10 ? "0" + minute : minute) + ":" + (second < 10 ? "0" + second : second) + " GMT" + (timezoneOffset > 0 ? "-" : "+") + (hoursOffset < 10 ? "0" + hoursOffset : hoursOffset) + (minutesOffset < 10 ? "0" + minutesOffset : minutesOffset);
            };
            if (supportsDescriptors) {
              $Object.defineProperty(Date.prototype, "toString", {
                configurable: true,
                enumerable: false,
                writable: true
              });
            }
          }
          var negativeDate = -621987552e5;
          var negativeYearString = "-000001";
          var hasNegativeDateBug = Date.prototype.toISOString && new Date(negativeDate).toISOString().indexOf(negativeYearString) === -1;
          var hasSafari51DateBug = Date.prototype.toISOString && new Date(-1).toISOString() !== "1969-12-31T23:59:59.999Z";
          var getTime = call.bind(Date.prototype.getTime);
          defineProperties(Date.prototype, {
            toISOString: function toISOString() {
              if (!isFinite(this) || !isFinite(getTime(this))) {
                throw new RangeError("Date.prototype.toISOString called on non-finite value.");
              }
              var year = originalGetUTCFullYear(this);
              var month = originalGetUTCMonth(this);
              year += floor(month / 12);
              month = (month % 12 + 12) % 12;
              var result = [ month + 1, originalGetUTCDate(this), originalGetUTCHours(this), originalGetUTCMinutes(this), originalGetUTCSeconds(this) ];
              year = (year < 0 ? "-" : year > 9999 ? "+" : "") + strSlice("00000" + abs(year), 0 <= year && year <= 9999 ? -4 : -6);
              for (var i = 0; i < result.length; ++i) {
                result[i] = strSlice("00" + result[i], -2);
              }
              return year + "-" + arraySlice(result, 0, 2).join("-") + "T" + arraySlice(result, 2).join(":") + "." + strSlice("000" + originalGetUTCMilliseconds(this), -3) + "Z";
            }
          }, hasNegativeDateBug || hasSafari51DateBug);
          var dateToJSONIsSupported = function() {
            try {
              return Date.prototype.toJSON && new Date(NaN).toJSON() === null && new Date(negativeDate).toJSON().indexOf(negativeYearString) !== -1 && Date.prototype.toJSON.call({
                toISOString: function() {
                  return true;
                }
              });
            } catch (e) {
              return false;
            }
          }();
          if (!dateToJSONIsSupported) {
            Date.prototype.toJSON = function toJSON(key) {
              var O = $Object(this);
              var tv = ES.ToPrimitive(O);
              if (typeof tv === "number" && !isFinite(tv)) {
                return null;
              }
              var toISO = O.toISOString;
              if (!isCallable(toISO)) {
                throw new TypeError("toISOString property is not callable");
              }
              return toISO.call(O);
            };
          }
          var supportsExtendedYears = Date.parse("+033658-09-27T01:46:40.000Z") === 1e15;
          var acceptsInvalidDates = !isNaN(Date.parse("2012-04-04T24:00:00.500Z")) || !isNaN(Date.parse("2012-11-31T23:59:59.000Z")) || !isNaN(Date.parse("2012-12-31T23:59:60.000Z"));
          var doesNotParseY2KNewYear = isNaN(Date.parse("2000-01-01T00:00:00.000Z"));
          if (doesNotParseY2KNewYear || acceptsInvalidDates || !supportsExtendedYears) {
            var maxSafeUnsigned32Bit = pow(2, 31) - 1;
            var hasSafariSignedIntBug = isActualNaN(new Date(1970, 0, 1, 0, 0, 0, maxSafeUnsigned32Bit + 1).getTime());
            Date = function(NativeDate) {
              var DateShim = function Date(Y, M, D, h, m, s, ms) {
                var length = arguments.length;
                var date;
                if (this instanceof NativeDate) {
                  var seconds = s;
                  var millis = ms;
                  if (hasSafariSignedIntBug && length >= 7 && ms > maxSafeUnsigned32Bit) {
                    var msToShift = floor(ms / maxSafeUnsigned32Bit) * maxSafeUnsigned32Bit;
                    var sToShift = floor(msToShift / 1e3);
                    seconds += sToShift;
                    millis -= sToShift * 1e3;
                  }
                  var parsed = DateShim.parse(Y);
                  var hasNegTimestampParseBug = isNaN(parsed);
                  date = length === 1 && $String(Y) === Y && !hasNegTimestampParseBug ? new NativeDate(parsed) : length >= 7 ? new NativeDate(Y, M, D, h, m, seconds, millis) : length >= 6 ? new NativeDate(Y, M, D, h, m, seconds) : length >= 5 ? new NativeDate(Y, M, D, h, m) : length >= 4 ? new NativeDate(Y, M, D, h) : length >= 3 ? new NativeDate(Y, M, D) : length >= 2 ? new NativeDate(Y, M) : length >= 1 ? new NativeDate(Y instanceof NativeDate ? +Y : Y) : new NativeDate;
                } else {
                  date = NativeDate.apply(this, arguments);
                }
                if (!isPrimitive(date)) {
                  defineProperties(date, {
                    constructor: DateShim
                  }, true);
                }
                return date;
              };
              var isoDateExpression = new RegExp("^" + "(\\d{4}|[+-]\\d{6})" + "(?:-(\\d{2})" + "(?:-(\\d{2})" + "(?:" + "T(\\d{2})" + ":(\\d{2})" + "(?:" + ":(\\d{2})" + "(?:(\\.\\d{1,}))?" + ")?" + "(" + "Z|" + "(?:" + "([-+])" + "(\\d{2})" + ":(\\d{2})" + ")" + ")?)?)?)?" + "$");
              var months = [ 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365 ];
              var dayFromMonth = function dayFromMonth(year, month) {
                var t = month > 1 ? 1 : 0;
                return months[month] + floor((year - 1969 + t) / 4) - floor((year - 1901 + t) / 100) + floor((year - 1601 + t) / 400) + 365 * (year - 1970);
              };
              var toUTC = function toUTC(t) {
                var s = 0;
                var ms = t;
                if (hasSafariSignedIntBug && ms > maxSafeUnsigned32Bit) {
                  var msToShift = floor(ms / maxSafeUnsigned32Bit) * maxSafeUnsigned32Bit;
                  var sToShift = floor(msToShift / 1e3);
                  s += sToShift;
                  ms -= sToShift * 1e3;
                }
                return $Number(new NativeDate(1970, 0, 1, 0, 0, s, ms));
              };
              for (var key in NativeDate) {
                if (owns(NativeDate, key)) {
                  DateShim[key] = NativeDate[key];
                }
              }
              defineProperties(DateShim, {
                now: NativeDate.now,
                UTC: NativeDate.UTC
              }, true);
              DateShim.prototype = NativeDate.prototype;
              defineProperties(DateShim.prototype, {
                constructor: DateShim
              }, true);
              var parseShim = function parse(string) {
                var match = isoDateExpression.exec(string);
                if (match) {
                  var year = $Number(match[1]), month = $Number(match[2] || 1) - 1, day = $Number(match[3] || 1) - 1, hour = $Number(match[4] || 0), minute = $Number(match[5] || 0), second = $Number(match[6] || 0), millisecond = floor($Number(match[7] || 0) * 1e3), isLocalTime = Boolean(match[4] && !match[8]), signOffset = match[9] === "-" ? 1 : -1, hourOffset = $Number(match[10] || 0), minuteOffset = $Number(match[11] || 0), result;
                  var hasMinutesOrSecondsOrMilliseconds = minute > 0 || second > 0 || millisecond > 0;
                  if (hour < (hasMinutesOrSecondsOrMilliseconds ? 24 : 25) && minute < 60 && second < 60 && millisecond < 1e3 && month > -1 && month < 12 && hourOffset < 24 && minuteOffset < 60 && day > -1 && day < dayFromMonth(year, month + 1) - dayFromMonth(year, month)) {
                    result = ((dayFromMonth(year, month) + day) * 24 + hour + hourOffset * signOffset) * 60;
                    result = ((result + minute + minuteOffset * signOffset) * 60 + second) * 1e3 + millisecond;
                    if (isLocalTime) {
                      result = toUTC(result);
                    }
                    if (-864e13 <= result && result <= 864e13) {
                      return result;
                    }
                  }
                  return NaN;
                }
                return NativeDate.parse.apply(this, arguments);
              };
              defineProperties(DateShim, {
                parse: parseShim
              });
              return DateShim;
            }(Date);
          }
          if (!Date.now) {
            Date.now = function now() {
              return (new Date).getTime();
            };
          }
          var hasToFixedBugs = NumberPrototype.toFixed && (8e-5.toFixed(3) !== "0.000" || .9.toFixed(0) !== "1" || 1.255.toFixed(2) !== "1.25" || (0xde0b6b3a7640080).toFixed(0) !== "1000000000000000128");
          var toFixedHelpers = {
            base: 1e7,
            size: 6,
            data: [ 0, 0, 0, 0, 0, 0 ],
            multiply: function multiply(n, c) {
              var i = -1;
              var c2 = c;
              while (++i < toFixedHelpers.size) {
                c2 += n * toFixedHelpers.data[i];
                toFixedHelpers.data[i] = c2 % toFixedHelpers.base;
                c2 = floor(c2 / toFixedHelpers.base);
              }
            },
            divide: function divide(n) {
              var i = toFixedHelpers.size;
              var c = 0;
              while (--i >= 0) {
                c += toFixedHelpers.data[i];
                toFixedHelpers.data[i] = floor(c / n);
                c = c % n * toFixedHelpers.base;
              }
            },
            numToString: function numToString() {
              var i = toFixedHelpers.size;
              var s = "";
              while (--i >= 0) {
                if (s !== "" || i === 0 || toFixedHelpers.data[i] !== 0) {
                  var t = $String(toFixedHelpers.data[i]);
                  if (s === "") {
                    s = t;
                  } else {
                    s += strSlice("0000000", 0, 7 - t.length) + t;
                  }
                }
              }
              return s;
            },
            pow: function pow(x, n, acc) {
              return n === 0 ? acc : n % 2 === 1 ? pow(x, n - 1, acc * x) : pow(x * x, n / 2, acc);
            },
            log: function log(x) {
              var n = 0;
              var x2 = x;
              while (x2 >= 4096) {
                n += 12;
                x2 /= 4096;
              }
              while (x2 >= 2) {
                n += 1;
                x2 /= 2;
              }
              return n;
            }
          };
          var toFixedShim = function toFixed(fractionDigits) {
            var f, x, s, m, e, z, j, k;
            f = $Number(fractionDigits);
            f = isActualNaN(f) ? 0 : floor(f);
            if (f < 0 || f > 20) {
              throw new RangeError("Number.toFixed called with invalid number of decimals");
            }
            x = $Number(this);
            if (isActualNaN(x)) {
              return "NaN";
            }
            if (x <= -1e21 || x >= 1e21) {
              return $String(x);
            }
            s = "";
            if (x < 0) {
              s = "-";
              x = -x;
            }
            m = "0";
            if (x > 1e-21) {
              e = toFixedHelpers.log(x * toFixedHelpers.pow(2, 69, 1)) - 69;
              z = e < 0 ? x * toFixedHelpers.pow(2, -e, 1) : x / toFixedHelpers.pow(2, e, 1);
              z *= 4503599627370496;
              e = 52 - e;
              if (e > 0) {
                toFixedHelpers.multiply(0, z);
                j = f;
                while (j >= 7) {
                  toFixedHelpers.multiply(1e7, 0);
                  j -= 7;
                }
                toFixedHelpers.multiply(toFixedHelpers.pow(10, j, 1), 0);
                j = e - 1;
                while (j >= 23) {
                  toFixedHelpers.divide(1 << 23);
                  j -= 23;
                }
                toFixedHelpers.divide(1 << j);
                toFixedHelpers.multiply(1, 1);
                toFixedHelpers.divide(2);
                m = toFixedHelpers.numToString();
              } else {
                toFixedHelpers.multiply(0, z);
                toFixedHelpers.multiply(1 << -e, 0);
                m = toFixedHelpers.numToString() + strSlice("0.00000000000000000000", 2, 2 + f);
              }
            }
            if (f > 0) {
              k = m.length;
              if (k <= f) {
                m = s + strSlice("0.0000000000000000000", 0, f - k + 2) + m;
              } else {
                m = s + strSlice(m, 0, k - f) + "." + strSlice(m, k - f);
              }
            } else {
              m = s + m;
            }
            return m;
          };
          defineProperties(NumberPrototype, {
            toFixed: toFixedShim
          }, hasToFixedBugs);
          var hasToExponentialRoundingBug = function() {
            try {
              return (-69e-12).toExponential(4) !== "-6.9000e-11";
            } catch (e) {
              return false;
            }
          }();
          var toExponentialAllowsInfiniteDigits = function() {
            try {
              1..toExponential(Infinity);
              1..toExponential(-Infinity);
              return true;
            } catch (e) {
              return false;
            }
          }();
          var originalToExponential = call.bind(NumberPrototype.toExponential);
          var numberToString = call.bind(NumberPrototype.toString);
          var numberValueOf = call.bind(NumberPrototype.valueOf);
          defineProperties(NumberPrototype, {
            toExponential: function toExponential(fractionDigits) {
              var x = numberValueOf(this);
              if (typeof fractionDigits === "undefined") {
                return originalToExponential(x);
              }
              var f = ES.ToInteger(fractionDigits);
              if (isActualNaN(x)) {
                return "NaN";
              }
              if (f < 0 || f > 20) {
                if (!isFinite(f)) {
                  throw new RangeError("toExponential() argument must be between 0 and 20");
                }
                return originalToExponential(x, f);
              }
              var s = "";
              if (x < 0) {
                s = "-";
                x = -x;
              }
              if (x === Infinity) {
                return s + "Infinity";
              }
              if (typeof fractionDigits !== "undefined" && (f < 0 || f > 20)) {
                throw new RangeError("Fraction digits " + fractionDigits + " out of range");
              }
              var m = "";
              var e = 0;
              var c = "";
              var d = "";
              if (x === 0) {
                e = 0;
                f = 0;
                m = "0";
              } else {
                var L = log10(x);
                e = floor(L);
                var n = 0;
                if (typeof fractionDigits !== "undefined") {
                  var w = pow(10, e - f);
                  n = round(x / w);
                  if (2 * x >= (2 * n + 1) * w) {
                    n += 1;
                  }
                  if (n >= pow(10, f + 1)) {
                    n /= 10;
                    e += 1;
                  }
                } else {
                  f = 16;
                  var guess_n = round(pow(10, L - e + f));
                  var target_f = f;
                  while (f-- > 0) {
                    guess_n = round(pow(10, L - e + f));
                    if (abs(guess_n * pow(10, e - f) - x) <= abs(n * pow(10, e - target_f) - x)) {
                      target_f = f;
                      n = guess_n;
                    }
                  }
                }
                m = numberToString(n, 10);
                if (typeof fractionDigits === "undefined") {
                  while (strSlice(m, -1) === "0") {
                    m = strSlice(m, 0, -1);
                    d += 1;
                  }
                }
              }
              if (f !== 0) {
                m = strSlice(m, 0, 1) + "." + strSlice(m, 1);
              }
              if (e === 0) {
                c = "+";
                d = "0";
              } else {
                c = e > 0 ? "+" : "-";
                d = numberToString(abs(e), 10);
              }
              m += "e" + c + d;
              return s + m;
            }
          }, hasToExponentialRoundingBug || toExponentialAllowsInfiniteDigits);
          var hasToPrecisionUndefinedBug = function() {
            try {
              return 1..toPrecision(undefined) === "1";
            } catch (e) {
              return true;
            }
          }();
          var originalToPrecision = call.bind(NumberPrototype.toPrecision);
          defineProperties(NumberPrototype, {
            toPrecision: function toPrecision(precision) {
              return typeof precision === "undefined" ? originalToPrecision(this) : originalToPrecision(this, precision);
            }
          }, hasToPrecisionUndefinedBug);
          if ("ab".split(/(?:ab)*/).length !== 2 || ".".split(/(.?)(.?)/).length !== 4 || "tesst".split(/(s)*/)[1] === "t" || "test".split(/(?:)/, -1).length !== 4 || "".split(/.?/).length || ".".split(/()()/).length > 1) {
            (function() {
              var compliantExecNpcg = typeof /()??/.exec("")[1] === "undefined";
              var maxSafe32BitInt = pow(2, 32) - 1;
              StringPrototype.split = function split(separator, limit) {
                var string = String(this);
                if (typeof separator === "undefined" && limit === 0) {
                  return [];
                }
                if (!isRegex(separator)) {
                  return strSplit(this, separator, limit);
                }
                var output = [];
                var flags = (separator.ignoreCase ? "i" : "") + (separator.multiline ? "m" : "") + (separator.unicode ? "u" : "") + (separator.sticky ? "y" : ""), lastLastIndex = 0, separator2, match, lastIndex, lastLength;
                var separatorCopy = new RegExp(separator.source, flags + "g");
                if (!compliantExecNpcg) {
                  separator2 = new RegExp("^" + separatorCopy.source + "$(?!\\s)", flags);
                }
                var splitLimit = typeof limit === "undefined" ? maxSafe32BitInt : ES.ToUint32(limit);
                match = separatorCopy.exec(string);
                while (match) {
                  lastIndex = match.index + match[0].length;
                  if (lastIndex > lastLastIndex) {
                    pushCall(output, strSlice(string, lastLastIndex, match.index));
                    if (!compliantExecNpcg && match.length > 1) {
                      match[0].replace(separator2, function() {
                        for (var i = 1; i < arguments.length - 2; i++) {
                          if (typeof arguments[i] === "undefined") {
                            match[i] = void 0;
                          }
                        }
                      });
                    }
                    if (match.length > 1 && match.index < string.length) {
                      array_push.apply(output, arraySlice(match, 1));
                    }
                    lastLength = match[0].length;
                    lastLastIndex = lastIndex;
                    if (output.length >= splitLimit) {
                      break;
                    }
                  }
                  if (separatorCopy.lastIndex === match.index) {
                    separatorCopy.lastIndex++;
                  }
                  match = separatorCopy.exec(string);
                }
                if (lastLastIndex === string.length) {
                  if (lastLength || !separatorCopy.test("")) {
                    pushCall(output, "");
                  }
                } else {
                  pushCall(output, strSlice(string, lastLastIndex));
                }
                return output.length > splitLimit ? arraySlice(output, 0, splitLimit) : output;
              };
            })();
          } else if ("0".split(void 0, 0).length) {
            StringPrototype.split = function split(separator, limit) {
              if (typeof separator === "undefined" && limit === 0) {
                return [];
              }
              return strSplit(this, separator, limit);
            };
          }
          var str_replace = StringPrototype.replace;
          var replaceReportsGroupsCorrectly = function() {
            var groups = [];
            "x".replace(/x(.)?/g, function(match, group) {
              pushCall(groups, group);
            });
            return groups.length === 1 && typeof groups[0] === "undefined";
          }();
          if (!replaceReportsGroupsCorrectly) {
            StringPrototype.replace = function replace(searchValue, replaceValue) {
              var isFn = isCallable(replaceValue);
              var hasCapturingGroups = isRegex(searchValue) && /\)[*?]/.test(searchValue.source);
              if (!isFn || !hasCapturingGroups) {
                return str_replace.call(this, searchValue, replaceValue);
              }
              var wrappedReplaceValue = function(match) {
                var length = arguments.length;
                var originalLastIndex = searchValue.lastIndex;
                searchValue.lastIndex = 0;
                var args = searchValue.exec(match) || [];
                searchValue.lastIndex = originalLastIndex;
                pushCall(args, arguments[length - 2], arguments[length - 1]);
                return replaceValue.apply(this, args);
              };
              return str_replace.call(this, searchValue, wrappedReplaceValue);
            };
          }
          var hasNegativeSubstrBug = "".substr && "0b".substr(-1) !== "b";
          var string_substr = hasNegativeSubstrBug && call.bind(StringPrototype.substr);
          defineProperties(StringPrototype, {
            substr: function substr(start, length) {
              var normalizedStart = start;
              if (start < 0) {
                normalizedStart = max(this.length + start, 0);
              }
              return string_substr(this, normalizedStart, length);
            }
          }, hasNegativeSubstrBug);
          var mvs = "᠎";
          var mvsIsWS = /\s/.test(mvs);
          var ws = "\t\n\v\f\r   ᠎             　\u2028\u2029\ufeff".replace(/\S/g, "");
          var zeroWidth = "​";
          var wsRegexChars = "[" + ws + "]";
          var trimBeginRegexp = new RegExp("^" + wsRegexChars + wsRegexChars + "*");
          var trimEndRegexp = new RegExp(wsRegexChars + wsRegexChars + "*$");
          var hasTrimWhitespaceBug = StringPrototype.trim && (ws.trim() !== "" || zeroWidth.trim() === "" || mvs.trim() !== (mvsIsWS ? "" : mvs));
          defineProperties(StringPrototype, {
            trim: function trim() {
              "use strict";
              if (typeof this === "undefined" || this === null) {
                throw new TypeError("can't convert " + this + " to object");
              }
              return $String(this).replace(trimBeginRegexp, "").replace(trimEndRegexp, "");
            }
          }, hasTrimWhitespaceBug);
          var trim = call.bind(String.prototype.trim);
          var hasLastIndexBug = StringPrototype.lastIndexOf && "abcあい".lastIndexOf("あい", 2) !== -1;
          defineProperties(StringPrototype, {
            lastIndexOf: function lastIndexOf(searchString) {
              if (typeof this === "undefined" || this === null) {
                throw new TypeError("can't convert " + this + " to object");
              }
              var S = $String(this);
              var searchStr = $String(searchString);
              var numPos = arguments.length > 1 ? $Number(arguments[1]) : NaN;
              var pos = isActualNaN(numPos) ? Infinity : ES.ToInteger(numPos);
              var start = min(max(pos, 0), S.length);
              var searchLen = searchStr.length;
              var k = start + searchLen;
              while (k > 0) {
                k = max(0, k - searchLen);
                var index = strIndexOf(strSlice(S, k, start + searchLen), searchStr);
                if (index !== -1) {
                  return k + index;
                }
              }
              return -1;
            }
          }, hasLastIndexBug);
          var originalLastIndexOf = StringPrototype.lastIndexOf;
          defineProperties(StringPrototype, {
            lastIndexOf: function lastIndexOf(searchString) {
              return originalLastIndexOf.apply(this, arguments);
            }
          }, StringPrototype.lastIndexOf.length !== 1);
          var hexRegex = /^[-+]?0[xX]/;
          if (parseInt(ws + "08") !== 8 || parseInt(ws + "0x16") !== 22 || (mvsIsWS ? parseInt(mvs + 1) !== 1 : !isNaN(parseInt(mvs + 1)))) {
            parseInt = function(origParseInt) {
              return function parseInt(str, radix) {
                if (this instanceof parseInt) {
                  new origParseInt;
                }
                var string = trim(String(str));
                var defaultedRadix = $Number(radix) || (hexRegex.test(string) ? 16 : 10);
                return origParseInt(string, defaultedRadix);
              };
            }(parseInt);
          }
          var parseIntFailsToThrowOnBoxedSymbols = function() {
            if (typeof Symbol !== "function") {
              return false;
            }
            try {
              parseInt(Object(Symbol.iterator));
              return true;
            } catch (e) {}
            try {
              parseInt(Symbol.iterator);
              return true;
            } catch (e) {}
            return false;
          }();
          if (parseIntFailsToThrowOnBoxedSymbols) {
            var symbolValueOf = Symbol.prototype.valueOf;
            parseInt = function(origParseInt) {
              return function parseInt(str, radix) {
                if (this instanceof parseInt) {
                  new origParseInt;
                }
                var isSym = typeof str === "symbol";
                if (!isSym && str && typeof str === "object") {
                  try {
                    symbolValueOf.call(str);
                    isSym = true;
                  } catch (e) {}
                }
                if (isSym) {
                  "" + str;
                }
                var string = trim(String(str));
                var defaultedRadix = $Number(radix) || (hexRegex.test(string) ? 16 : 10);
                return origParseInt(string, defaultedRadix);
              };
            }(parseInt);
          }
          if (1 / parseFloat("-0") !== -Infinity) {
            parseFloat = function(origParseFloat) {
              return function parseFloat(string) {
                var inputString = trim(String(string));
                var result = origParseFloat(inputString);
                return result === 0 && strSlice(inputString, 0, 1) === "-" ? -0 : result;
              };
            }(parseFloat);
          }
          if (String(new RangeError("test")) !== "RangeError: test") {
            var errorToStringShim = function toString() {
              if (typeof this === "undefined" || this === null) {
                throw new TypeError("can't convert " + this + " to object");
              }
              var name = this.name;
              if (typeof name === "undefined") {
                name = "Error";
              } else if (typeof name !== "string") {
                name = $String(name);
              }
              var msg = this.message;
              if (typeof msg === "undefined") {
                msg = "";
              } else if (typeof msg !== "string") {
                msg = $String(msg);
              }
              if (!name) {
                return msg;
              }
              if (!msg) {
                return name;
              }
              return name + ": " + msg;
            };
            Error.prototype.toString = errorToStringShim;
          }
          if (supportsDescriptors) {
            var ensureNonEnumerable = function(obj, prop) {
              if (isEnum(obj, prop)) {
                var desc = Object.getOwnPropertyDescriptor(obj, prop);
                if (desc.configurable) {
                  desc.enumerable = false;
                  Object.defineProperty(obj, prop, desc);
                }
              }
            };
            ensureNonEnumerable(Error.prototype, "message");
            if (Error.prototype.message !== "") {
              Error.prototype.message = "";
            }
            ensureNonEnumerable(Error.prototype, "name");
          }
          if (String(/a/gim) !== "/a/gim") {
            var regexToString = function toString() {
              var str = "/" + this.source + "/";
              if (this.global) {
                str += "g";
              }
              if (this.ignoreCase) {
                str += "i";
              }
              if (this.multiline) {
                str += "m";
              }
              return str;
            };
            RegExp.prototype.toString = regexToString;
          }
        });
      },
      735: function(module) {
        (function(factory) {
          if (true) {
            module.exports = factory();
          } else {
            var glob;
          }
        })(function(undefined) {
          "use strict";
          var add32 = function(a, b) {
            return a + b & 4294967295;
          }, hex_chr = [ "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b", "c", "d", "e", "f" ];
          function cmn(q, a, b, x, s, t) {
            a = add32(add32(a, q), add32(x, t));
            return add32(a << s | a >>> 32 - s, b);
          }
          function md5cycle(x, k) {
            var a = x[0], b = x[1], c = x[2], d = x[3];
            a += (b & c | ~b & d) + k[0] - 680876936 | 0;
            a = (a << 7 | a >>> 25) + b | 0;
            d += (a & b | ~a & c) + k[1] - 389564586 | 0;
            d = (d << 12 | d >>> 20) + a | 0;
            c += (d & a | ~d & b) + k[2] + 606105819 | 0;
            c = (c << 17 | c >>> 15) + d | 0;
            b += (c & d | ~c & a) + k[3] - 1044525330 | 0;
            b = (b << 22 | b >>> 10) + c | 0;
            a += (b & c | ~b & d) + k[4] - 176418897 | 0;
            a = (a << 7 | a >>> 25) + b | 0;
            d += (a & b | ~a & c) + k[5] + 1200080426 | 0;
            d = (d << 12 | d >>> 20) + a | 0;
            c += (d & a | ~d & b) + k[6] - 1473231341 | 0;
            c = (c << 17 | c >>> 15) + d | 0;
            b += (c & d | ~c & a) + k[7] - 45705983 | 0;
            b = (b << 22 | b >>> 10) + c | 0;
            a += (b & c | ~b & d) + k[8] + 1770035416 | 0;
            a = (a << 7 | a >>> 25) + b | 0;
            d += (a & b | ~a & c) + k[9] - 1958414417 | 0;
            d = (d << 12 | d >>> 20) + a | 0;
            c += (d & a | ~d & b) + k[10] - 42063 | 0;
            c = (c << 17 | c >>> 15) + d | 0;
            b += (c & d | ~c & a) + k[11] - 1990404162 | 0;
            b = (b << 22 | b >>> 10) + c | 0;
            a += (b & c | ~b & d) + k[12] + 1804603682 | 0;
            a = (a << 7 | a >>> 25) + b | 0;
            d += (a & b | ~a & c) + k[13] - 40341101 | 0;
            d = (d << 12 | d >>> 20) + a | 0;
            c += (d & a | ~d & b) + k[14] - 1502002290 | 0;
            c = (c << 17 | c >>> 15) + d | 0;
            b += (c & d | ~c & a) + k[15] + 1236535329 | 0;
            b = (b << 22 | b >>> 10) + c | 0;
            a += (b & d | c & ~d) + k[1] - 165796510 | 0;
            a = (a << 5 | a >>> 27) + b | 0;
            d += (a & c | b & ~c) + k[6] - 1069501632 | 0;
            d = (d << 9 | d >>> 23) + a | 0;
            c += (d & b | a & ~b) + k[11] + 643717713 | 0;
            c = (c << 14 | c >>> 18) + d | 0;
            b += (c & a | d & ~a) + k[0] - 373897302 | 0;
            b = (b << 20 | b >>> 12) + c | 0;
            a += (b & d | c & ~d) + k[5] - 701558691 | 0;
            a = (a << 5 | a >>> 27) + b | 0;
            d += (a & c | b & ~c) + k[10] + 38016083 | 0;
            d = (d << 9 | d >>> 23) + a | 0;
            c += (d & b | a & ~b) + k[15] - 660478335 | 0;
            c = (c << 14 | c >>> 18) + d | 0;
            b += (c & a | d & ~a) + k[4] - 405537848 | 0;
            b = (b << 20 | b >>> 12) + c | 0;
            a += (b & d | c & ~d) + k[9] + 568446438 | 0;
            a = (a << 5 | a >>> 27) + b | 0;
            d += (a & c | b & ~c) + k[14] - 1019803690 | 0;
            d = (d << 9 | d >>> 23) + a | 0;
            c += (d & b | a & ~b) + k[3] - 187363961 | 0;
            c = (c << 14 | c >>> 18) + d | 0;
            b += (c & a | d & ~a) + k[8] + 1163531501 | 0;
            b = (b << 20 | b >>> 12) + c | 0;
            a += (b & d | c & ~d) + k[13] - 1444681467 | 0;
            a = (a << 5 | a >>> 27) + b | 0;
            d += (a & c | b & ~c) + k[2] - 51403784 | 0;
            d = (d << 9 | d >>> 23) + a | 0;
            c += (d & b | a & ~b) + k[7] + 1735328473 | 0;
            c = (c << 14 | c >>> 18) + d | 0;
            b += (c & a | d & ~a) + k[12] - 1926607734 | 0;
            b = (b << 20 | b >>> 12) + c | 0;
            a += (b ^ c ^ d) + k[5] - 378558 | 0;
            a = (a << 4 | a >>> 28) + b | 0;
            d += (a ^ b ^ c) + k[8] - 2022574463 | 0;
            d = (d << 11 | d >>> 21) + a | 0;
            c += (d ^ a ^ b) + k[11] + 1839030562 | 0;
            c = (c << 16 | c >>> 16) + d | 0;
            b += (c ^ d ^ a) + k[14] - 35309556 | 0;
            b = (b << 23 | b >>> 9) + c | 0;
            a += (b ^ c ^ d) + k[1] - 1530992060 | 0;
            a = (a << 4 | a >>> 28) + b | 0;
            d += (a ^ b ^ c) + k[4] + 1272893353 | 0;
            d = (d << 11 | d >>> 21) + a | 0;
            c += (d ^ a ^ b) + k[7] - 155497632 | 0;
            c = (c << 16 | c >>> 16) + d | 0;
            b += (c ^ d ^ a) + k[10] - 1094730640 | 0;
            b = (b << 23 | b >>> 9) + c | 0;
            a += (b ^ c ^ d) + k[13] + 681279174 | 0;
            a = (a << 4 | a >>> 28) + b | 0;
            d += (a ^ b ^ c) + k[0] - 358537222 | 0;
            d = (d << 11 | d >>> 21) + a | 0;
            c += (d ^ a ^ b) + k[3] - 722521979 | 0;
            c = (c << 16 | c >>> 16) + d | 0;
            b += (c ^ d ^ a) + k[6] + 76029189 | 0;
            b = (b << 23 | b >>> 9) + c | 0;
            a += (b ^ c ^ d) + k[9] - 640364487 | 0;
            a = (a << 4 | a >>> 28) + b | 0;
            d += (a ^ b ^ c) + k[12] - 421815835 | 0;
            d = (d << 11 | d >>> 21) + a | 0;
            c += (d ^ a ^ b) + k[15] + 530742520 | 0;
            c = (c << 16 | c >>> 16) + d | 0;
            b += (c ^ d ^ a) + k[2] - 995338651 | 0;
            b = (b << 23 | b >>> 9) + c | 0;
            a += (c ^ (b | ~d)) + k[0] - 198630844 | 0;
            a = (a << 6 | a >>> 26) + b | 0;
            d += (b ^ (a | ~c)) + k[7] + 1126891415 | 0;
            d = (d << 10 | d >>> 22) + a | 0;
            c += (a ^ (d | ~b)) + k[14] - 1416354905 | 0;
            c = (c << 15 | c >>> 17) + d | 0;
            b += (d ^ (c | ~a)) + k[5] - 57434055 | 0;
            b = (b << 21 | b >>> 11) + c | 0;
            a += (c ^ (b | ~d)) + k[12] + 1700485571 | 0;
            a = (a << 6 | a >>> 26) + b | 0;
            d += (b ^ (a | ~c)) + k[3] - 1894986606 | 0;
            d = (d << 10 | d >>> 22) + a | 0;
            c += (a ^ (d | ~b)) + k[10] - 1051523 | 0;
            c = (c << 15 | c >>> 17) + d | 0;
            b += (d ^ (c | ~a)) + k[1] - 2054922799 | 0;
            b = (b << 21 | b >>> 11) + c | 0;
            a += (c ^ (b | ~d)) + k[8] + 1873313359 | 0;
            a = (a << 6 | a >>> 26) + b | 0;
            d += (b ^ (a | ~c)) + k[15] - 30611744 | 0;
            d = (d << 10 | d >>> 22) + a | 0;
            c += (a ^ (d | ~b)) + k[6] - 1560198380 | 0;
            c = (c << 15 | c >>> 17) + d | 0;
            b += (d ^ (c | ~a)) + k[13] + 1309151649 | 0;
            b = (b << 21 | b >>> 11) + c | 0;
            a += (c ^ (b | ~d)) + k[4] - 145523070 | 0;
            a = (a << 6 | a >>> 26) + b | 0;
            d += (b ^ (a | ~c)) + k[11] - 1120210379 | 0;
            d = (d << 10 | d >>> 22) + a | 0;
            c += (a ^ (d | ~b)) + k[2] + 718787259 | 0;
            c = (c << 15 | c >>> 17) + d | 0;
            b += (d ^ (c | ~a)) + k[9] - 343485551 | 0;
            b = (b << 21 | b >>> 11) + c | 0;
            x[0] = a + x[0] | 0;
            x[1] = b + x[1] | 0;
            x[2] = c + x[2] | 0;
            x[3] = d + x[3] | 0;
          }
          function md5blk(s) {
            var md5blks = [], i;
            for (i = 0; i < 64; i += 4) {
              md5blks[i >> 2] = s.charCodeAt(i) + (s.charCodeAt(i + 1) << 8) + (s.charCodeAt(i + 2) << 16) + (s.charCodeAt(i + 3) << 24);
            }
            return md5blks;
          }
          function md5blk_array(a) {
            var md5blks = [], i;
            for (i = 0; i < 64; i += 4) {
              md5blks[i >> 2] = a[i] + (a[i + 1] << 8) + (a[i + 2] << 16) + (a[i + 3] << 24);
            }
            return md5blks;
          }
          function md51(s) {
            var n = s.length, state = [ 1732584193, -271733879, -1732584194, 271733878 ], i, length, tail, tmp, lo, hi;
            for (i = 64; i <= n; i += 64) {
              md5cycle(state, md5blk(s.substring(i - 64, i)));
            }
            s = s.substring(i - 64);
            length = s.length;
            tail = [ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 ];
            for (i = 0; i < length; i += 1) {
              tail[i >> 2] |= s.charCodeAt(i) << (i % 4 << 3);
            }
            tail[i >> 2] |= 128 << (i % 4 << 3);
            if (i > 55) {
              md5cycle(state, tail);
              for (i = 0; i < 16; i += 1) {
                tail[i] = 0;
              }
            }
            tmp = n * 8;
            tmp = tmp.toString(16).match(/(.*?)(.{0,8})$/);
            lo = parseInt(tmp[2], 16);
            hi = parseInt(tmp[1], 16) || 0;
            tail[14] = lo;
            tail[15] = hi;
            md5cycle(state, tail);
            return state;
          }
          function md51_array(a) {
            var n = a.length, state = [ 1732584193, -271733879, -1732584194, 271733878 ], i, length, tail, tmp, lo, hi;
            for (i = 64; i <= n; i += 64) {
              md5cycle(state, md5blk_array(a.subarray(i - 64, i)));
            }
            a = i - 64 < n ? a.subarray(i - 64) : new Uint8Array(0);
            length = a.length;
            tail = [ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 ];
            for (i = 0; i < length; i += 1) {
              tail[i >> 2] |= a[i] << (i % 4 << 3);
            }
            tail[i >> 2] |= 128 << (i % 4 << 3);
            if (i > 55) {
              md5cycle(state, tail);
              for (i = 0; i < 16; i += 1) {
                tail[i] = 0;
              }
            }
            tmp = n * 8;
            tmp = tmp.toString(16).match(/(.*?)(.{0,8})$/);
            lo = parseInt(tmp[2], 16);
            hi = parseInt(tmp[1], 16) || 0;
            tail[14] = lo;
            tail[15] = hi;
            md5cycle(state, tail);
            return state;
          }
          function rhex(n) {
            var s = "", j;
            for (j = 0; j < 4; j += 1) {
              s += hex_chr[n >> j * 8 + 4 & 15] + hex_chr[n >> j * 8 & 15];
            }
            return s;
          }
          function hex(x) {
            var i;
            for (i = 0; i < x.length; i += 1) {
              x[i] = rhex(x[i]);
            }
            return x.join("");
          }
          if (hex(md51("hello")) !== "5d41402abc4b2a76b9719d911017c592") {
            add32 = function(x, y) {
              var lsw = (x & 65535) + (y & 65535), msw = (x >> 16) + (y >> 16) + (lsw >> 16);
              return msw << 16 | lsw & 65535;
            };
          }
          if (typeof ArrayBuffer !== "undefined" && !ArrayBuffer.prototype.slice) {
            (function() {
              function clamp(val, length) {
                val = val | 0 || 0;
                if (val < 0) {
                  return Math.max(val + length, 0);
                }
                return Math.min(val, length);
              }
              ArrayBuffer.prototype.slice = function(from, to) {
                var length = this.byteLength, begin = clamp(from, length), end = length, num, target, targetArray, sourceArray;
                if (to !== undefined) {
                  end = clamp(to, length);
                }
                if (begin > end) {
                  return new ArrayBuffer(0);
                }
                num = end - begin;
                target = new ArrayBuffer(num);
                targetArray = new Uint8Array(target);
                sourceArray = new Uint8Array(this, begin, num);
                targetArray.set(sourceArray);
                return target;
              };
            })();
          }
          function toUtf8(str) {
            if (/[\u0080-\uFFFF]/.test(str)) {
              str = unescape(encodeURIComponent(str));
            }
            return str;
          }
          function utf8Str2ArrayBuffer(str, returnUInt8Array) {
            var length = str.length, buff = new ArrayBuffer(length), arr = new Uint8Array(buff), i;
            for (i = 0; i < length; i += 1) {
              arr[i] = str.charCodeAt(i);
            }
            return returnUInt8Array ? arr : buff;
          }
          function arrayBuffer2Utf8Str(buff) {
            return String.fromCharCode.apply(null, new Uint8Array(buff));
          }
          function concatenateArrayBuffers(first, second, returnUInt8Array) {
            var result = new Uint8Array(first.byteLength + second.byteLength);
            result.set(new Uint8Array(first));
            result.set(new Uint8Array(second), first.byteLength);
            return returnUInt8Array ? result : result.buffer;
          }
          function hexToBinaryString(hex) {
            var bytes = [], length = hex.length, x;
            for (x = 0; x < length - 1; x += 2) {
              bytes.push(parseInt(hex.substr(x, 2), 16));
            }
            return String.fromCharCode.apply(String, bytes);
          }
          function SparkMD5() {
            this.reset();
          }
          SparkMD5.prototype.append = function(str) {
            this.appendBinary(toUtf8(str));
            return this;
          };
          SparkMD5.prototype.appendBinary = function(contents) {
            this._buff += contents;
            this._length += contents.length;
            var length = this._buff.length, i;
            for (i = 64; i <= length; i += 64) {
              md5cycle(this._hash, md5blk(this._buff.substring(i - 64, i)));
            }
            this._buff = this._buff.substring(i - 64);
            return this;
          };
          SparkMD5.prototype.end = function(raw) {
            var buff = this._buff, length = buff.length, i, tail = [ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 ], ret;
            for (i = 0; i < length; i += 1) {
              tail[i >> 2] |= buff.charCodeAt(i) << (i % 4 << 3);
            }
            this._finish(tail, length);
            ret = hex(this._hash);
            if (raw) {
              ret = hexToBinaryString(ret);
            }
            this.reset();
            return ret;
          };
          SparkMD5.prototype.reset = function() {
            this._buff = "";
            this._length = 0;
            this._hash = [ 1732584193, -271733879, -1732584194, 271733878 ];
            return this;
          };
          SparkMD5.prototype.getState = function() {
            return {
              buff: this._buff,
              length: this._length,
              hash: this._hash.slice()
            };
          };
          SparkMD5.prototype.setState = function(state) {
            this._buff = state.buff;
            this._length = state.length;
            this._hash = state.hash;
            return this;
          };
          SparkMD5.prototype.destroy = function() {
            delete this._hash;
            delete this._buff;
            delete this._length;
          };
          SparkMD5.prototype._finish = function(tail, length) {
            var i = length, tmp, lo, hi;
            tail[i >> 2] |= 128 << (i % 4 << 3);
            if (i > 55) {
              md5cycle(this._hash, tail);
              for (i = 0; i < 16; i += 1) {
                tail[i] = 0;
              }
            }
            tmp = this._length * 8;
            tmp = tmp.toString(16).match(/(.*?)(.{0,8})$/);
            lo = parseInt(tmp[2], 16);
            hi = parseInt(tmp[1], 16) || 0;
            tail[14] = lo;
            tail[15] = hi;
            md5cycle(this._hash, tail);
          };
          SparkMD5.hash = function(str, raw) {
            return SparkMD5.hashBinary(toUtf8(str), raw);
          };
          SparkMD5.hashBinary = function(content, raw) {
            var hash = md51(content), ret = hex(hash);
            return raw ? hexToBinaryString(ret) : ret;
          };
          SparkMD5.ArrayBuffer = function() {
            this.reset();
          };
          SparkMD5.ArrayBuffer.prototype.append = function(arr) {
            var buff = concatenateArrayBuffers(this._buff.buffer, arr, true), length = buff.length, i;
            this._length += arr.byteLength;
            for (i = 64; i <= length; i += 64) {
              md5cycle(this._hash, md5blk_array(buff.subarray(i - 64, i)));
            }
            this._buff = i - 64 < length ? new Uint8Array(buff.buffer.slice(i - 64)) : new Uint8Array(0);
            return this;
          };
          SparkMD5.ArrayBuffer.prototype.end = function(raw) {
            var buff = this._buff, length = buff.length, tail = [ 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 ], i, ret;
            for (i = 0; i < length; i += 1) {
              tail[i >> 2] |= buff[i] << (i % 4 << 3);
            }
            this._finish(tail, length);
            ret = hex(this._hash);
            if (raw) {
              ret = hexToBinaryString(ret);
            }
            this.reset();
            return ret;
          };
          SparkMD5.ArrayBuffer.prototype.reset = function() {
            this._buff = new Uint8Array(0);
            this._length = 0;
            this._hash = [ 1732584193, -271733879, -1732584194, 271733878 ];
            return this;
          };
          SparkMD5.ArrayBuffer.prototype.getState = function() {
            var state = SparkMD5.prototype.getState.call(this);
            state.buff = arrayBuffer2Utf8Str(state.buff);
            return state;
          };
          SparkMD5.ArrayBuffer.prototype.setState = function(state) {
            state.buff = utf8Str2ArrayBuffer(state.buff, true);
            return SparkMD5.prototype.setState.call(this, state);
          };
          SparkMD5.ArrayBuffer.prototype.destroy = SparkMD5.prototype.destroy;
          SparkMD5.ArrayBuffer.prototype._finish = SparkMD5.prototype._finish;
          SparkMD5.ArrayBuffer.hash = function(arr, raw) {
            var hash = md51_array(new Uint8Array(arr)), ret = hex(hash);
            return raw ? hexToBinaryString(ret) : ret;
          };
          return SparkMD5;
        });
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
      __webpack_modules__[moduleId].call(module.exports, module, module.exports, __webpack_require__);
      return module.exports;
    }
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
    var __webpack_exports__ = {};
    !function() {
      "use strict";
      __webpack_require__.d(__webpack_exports__, {
        default: function() {
          return umd;
        }
      });
      var es5_shim = __webpack_require__(99);
      function finallyConstructor(callback) {
        var constructor = this.constructor;
        return this.then(function(value) {
          return constructor.resolve(callback()).then(function() {
            return value;
          });
        }, function(reason) {
          return constructor.resolve(callback()).then(function() {
            return constructor.reject(reason);
          });
        });
      }
      var src_finally = finallyConstructor;
      function allSettled(arr) {
        var P = this;
        return new P(function(resolve, reject) {
          if (!(arr && typeof arr.length !== "undefined")) {
            return reject(new TypeError(typeof arr + " " + arr + " is not iterable(cannot read property Symbol(Symbol.iterator))"));
          }
          var args = Array.prototype.slice.call(arr);
          if (args.length === 0) return resolve([]);
          var remaining = args.length;
          function res(i, val) {
            if (val && (typeof val === "object" || typeof val === "function")) {
              var then = val.then;
              if (typeof then === "function") {
                then.call(val, function(val) {
                  res(i, val);
                }, function(e) {
                  args[i] = {
                    status: "rejected",
                    reason: e
                  };
                  if (--remaining === 0) {
                    resolve(args);
                  }
                });
                return;
              }
            }
            args[i] = {
              status: "fulfilled",
              value: val
            };
            if (--remaining === 0) {
              resolve(args);
            }
          }
          for (var i = 0; i < args.length; i++) {
            res(i, args[i]);
          }
        });
      }
      var src_allSettled = allSettled;
      function AggregateError(errors, message) {
        this.name = "AggregateError", this.errors = errors;
        this.message = message || "";
      }
      AggregateError.prototype = Error.prototype;
      function any(arr) {
        var P = this;
        return new P(function(resolve, reject) {
          if (!(arr && typeof arr.length !== "undefined")) {
            return reject(new TypeError("Promise.any accepts an array"));
          }
          var args = Array.prototype.slice.call(arr);
          if (args.length === 0) return reject();
          var rejectionReasons = [];
          for (var i = 0; i < args.length; i++) {
            try {
              P.resolve(args[i]).then(resolve).catch(function(error) {
                rejectionReasons.push(error);
                if (rejectionReasons.length === args.length) {
                  reject(new AggregateError(rejectionReasons, "All promises were rejected"));
                }
              });
            } catch (ex) {
              reject(ex);
            }
          }
        });
      }
      var src_any = any;
      var setTimeoutFunc = setTimeout;
      function isArray(x) {
        return Boolean(x && typeof x.length !== "undefined");
      }
      function noop() {}
      function bind(fn, thisArg) {
        return function() {
          fn.apply(thisArg, arguments);
        };
      }
      function src_Promise(fn) {
        if (!(this instanceof src_Promise)) throw new TypeError("Promises must be constructed via new");
        if (typeof fn !== "function") throw new TypeError("not a function");
        this._state = 0;
        this._handled = false;
        this._value = undefined;
        this._deferreds = [];
        doResolve(fn, this);
      }
      function handle(self, deferred) {
        while (self._state === 3) {
          self = self._value;
        }
        if (self._state === 0) {
          self._deferreds.push(deferred);
          return;
        }
        self._handled = true;
        src_Promise._immediateFn(function() {
          var cb = self._state === 1 ? deferred.onFulfilled : deferred.onRejected;
          if (cb === null) {
            (self._state === 1 ? resolve : reject)(deferred.promise, self._value);
            return;
          }
          var ret;
          try {
            ret = cb(self._value);
          } catch (e) {
            reject(deferred.promise, e);
            return;
          }
          resolve(deferred.promise, ret);
        });
      }
      function resolve(self, newValue) {
        try {
          if (newValue === self) throw new TypeError("A promise cannot be resolved with itself.");
          if (newValue && (typeof newValue === "object" || typeof newValue === "function")) {
            var then = newValue.then;
            if (newValue instanceof src_Promise) {
              self._state = 3;
              self._value = newValue;
              finale(self);
              return;
            } else if (typeof then === "function") {
              doResolve(bind(then, newValue), self);
              return;
            }
          }
          self._state = 1;
          self._value = newValue;
          finale(self);
        } catch (e) {
          reject(self, e);
        }
      }
      function reject(self, newValue) {
        self._state = 2;
        self._value = newValue;
        finale(self);
      }
      function finale(self) {
        if (self._state === 2 && self._deferreds.length === 0) {
          src_Promise._immediateFn(function() {
            if (!self._handled) {
              src_Promise._unhandledRejectionFn(self._value);
            }
          });
        }
        for (var i = 0, len = self._deferreds.length; i < len; i++) {
          handle(self, self._deferreds[i]);
        }
        self._deferreds = null;
      }
      function Handler(onFulfilled, onRejected, promise) {
        this.onFulfilled = typeof onFulfilled === "function" ? onFulfilled : null;
        this.onRejected = typeof onRejected === "function" ? onRejected : null;
        this.promise = promise;
      }
      function doResolve(fn, self) {
        var done = false;
        try {
          fn(function(value) {
            if (done) return;
            done = true;
            resolve(self, value);
          }, function(reason) {
            if (done) return;
            done = true;
            reject(self, reason);
          });
        } catch (ex) {
          if (done) return;
          done = true;
          reject(self, ex);
        }
      }
      src_Promise.prototype["catch"] = function(onRejected) {
        return this.then(null, onRejected);
      };
      src_Promise.prototype.then = function(onFulfilled, onRejected) {
        var prom = new this.constructor(noop);
        handle(this, new Handler(onFulfilled, onRejected, prom));
        return prom;
      };
      src_Promise.prototype["finally"] = src_finally;
      src_Promise.all = function(arr) {
        return new src_Promise(function(resolve, reject) {
          if (!isArray(arr)) {
            return reject(new TypeError("Promise.all accepts an array"));
          }
          var args = Array.prototype.slice.call(arr);
          if (args.length === 0) return resolve([]);
          var remaining = args.length;
          function res(i, val) {
            try {
              if (val && (typeof val === "object" || typeof val === "function")) {
                var then = val.then;
                if (typeof then === "function") {
                  then.call(val, function(val) {
                    res(i, val);
                  }, reject);
                  return;
                }
              }
              args[i] = val;
              if (--remaining === 0) {
                resolve(args);
              }
            } catch (ex) {
              reject(ex);
            }
          }
          for (var i = 0; i < args.length; i++) {
            res(i, args[i]);
          }
        });
      };
      src_Promise.any = src_any;
      src_Promise.allSettled = src_allSettled;
      src_Promise.resolve = function(value) {
        if (value && typeof value === "object" && value.constructor === src_Promise) {
          return value;
        }
        return new src_Promise(function(resolve) {
          resolve(value);
        });
      };
      src_Promise.reject = function(value) {
        return new src_Promise(function(resolve, reject) {
          reject(value);
        });
      };
      src_Promise.race = function(arr) {
        return new src_Promise(function(resolve, reject) {
          if (!isArray(arr)) {
            return reject(new TypeError("Promise.race accepts an array"));
          }
          for (var i = 0, len = arr.length; i < len; i++) {
            src_Promise.resolve(arr[i]).then(resolve, reject);
          }
        });
      };
      src_Promise._immediateFn = typeof setImmediate === "function" && function(fn) {
        setImmediate(fn);
      } || function(fn) {
        setTimeoutFunc(fn, 0);
      };
      src_Promise._unhandledRejectionFn = function _unhandledRejectionFn(err) {
        if (typeof console !== "undefined" && console) {
          console.warn("Possible Unhandled Promise Rejection:", err);
        }
      };
      var src = src_Promise;
      var globalNS = function() {
        if (typeof self !== "undefined") {
          return self;
        }
        if (typeof window !== "undefined") {
          return window;
        }
        if (typeof __webpack_require__.g !== "undefined") {
          return __webpack_require__.g;
        }
        throw new Error("unable to locate global object");
      }();
      if (typeof globalNS["Promise"] !== "function") {
        globalNS["Promise"] = src;
      } else {
        if (!globalNS.Promise.prototype["finally"]) {
          globalNS.Promise.prototype["finally"] = src_finally;
        }
        if (!globalNS.Promise.allSettled) {
          globalNS.Promise.allSettled = src_allSettled;
        }
        if (!globalNS.Promise.any) {
          globalNS.Promise.any = src_any;
        }
      }
      var g = typeof globalThis !== "undefined" && globalThis || typeof self !== "undefined" && self || typeof __webpack_require__.g !== "undefined" && __webpack_require__.g || {};
      var support = {
        searchParams: "URLSearchParams" in g,
        iterable: "Symbol" in g && "iterator" in Symbol,
        blob: "FileReader" in g && "Blob" in g && function() {
          try {
            new Blob;
            return true;
          } catch (e) {
            return false;
          }
        }(),
        formData: "FormData" in g,
        arrayBuffer: "ArrayBuffer" in g
      };
      function isDataView(obj) {
        return obj && DataView.prototype.isPrototypeOf(obj);
      }
      if (support.arrayBuffer) {
        var viewClasses = [ "[object Int8Array]", "[object Uint8Array]", "[object Uint8ClampedArray]", "[object Int16Array]", "[object Uint16Array]", "[object Int32Array]", "[object Uint32Array]", "[object Float32Array]", "[object Float64Array]" ];
        var isArrayBufferView = ArrayBuffer.isView || function(obj) {
          return obj && viewClasses.indexOf(Object.prototype.toString.call(obj)) > -1;
        };
      }
      function normalizeName(name) {
        if (typeof name !== "string") {
          name = String(name);
        }
        if (/[^a-z0-9\-#$%&'*+.^_`|~!]/i.test(name) || name === "") {
          throw new TypeError('Invalid character in header field name: "' + name + '"');
        }
        return name.toLowerCase();
      }
      function normalizeValue(value) {
        if (typeof value !== "string") {
          value = String(value);
        }
        return value;
      }
      function iteratorFor(items) {
        var iterator = {
          next: function() {
            var value = items.shift();
            return {
              done: value === undefined,
              value: value
            };
          }
        };
        if (support.iterable) {
          iterator[Symbol.iterator] = function() {
            return iterator;
          };
        }
        return iterator;
      }
      function Headers(headers) {
        this.map = {};
        if (headers instanceof Headers) {
          headers.forEach(function(value, name) {
            this.append(name, value);
          }, this);
        } else if (Array.isArray(headers)) {
          headers.forEach(function(header) {
            if (header.length != 2) {
              throw new TypeError("Headers constructor: expected name/value pair to be length 2, found" + header.length);
            }
            this.append(header[0], header[1]);
          }, this);
        } else if (headers) {
          Object.getOwnPropertyNames(headers).forEach(function(name) {
            this.append(name, headers[name]);
          }, this);
        }
      }
      Headers.prototype.append = function(name, value) {
        name = normalizeName(name);
        value = normalizeValue(value);
        var oldValue = this.map[name];
        this.map[name] = oldValue ? oldValue + ", " + value : value;
      };
      Headers.prototype["delete"] = function(name) {
        delete this.map[normalizeName(name)];
      };
      Headers.prototype.get = function(name) {
        name = normalizeName(name);
        return this.has(name) ? this.map[name] : null;
      };
      Headers.prototype.has = function(name) {
        return this.map.hasOwnProperty(normalizeName(name));
      };
      Headers.prototype.set = function(name, value) {
        this.map[normalizeName(name)] = normalizeValue(value);
      };
      Headers.prototype.forEach = function(callback, thisArg) {
        for (var name in this.map) {
          if (this.map.hasOwnProperty(name)) {
            callback.call(thisArg, this.map[name], name, this);
          }
        }
      };
      Headers.prototype.keys = function() {
        var items = [];
        this.forEach(function(value, name) {
          items.push(name);
        });
        return iteratorFor(items);
      };
      Headers.prototype.values = function() {
        var items = [];
        this.forEach(function(value) {
          items.push(value);
        });
        return iteratorFor(items);
      };
      Headers.prototype.entries = function() {
        var items = [];
        this.forEach(function(value, name) {
          items.push([ name, value ]);
        });
        return iteratorFor(items);
      };
      if (support.iterable) {
        Headers.prototype[Symbol.iterator] = Headers.prototype.entries;
      }
      function consumed(body) {
        if (body._noBody) return;
        if (body.bodyUsed) {
          return Promise.reject(new TypeError("Already read"));
        }
        body.bodyUsed = true;
      }
      function fileReaderReady(reader) {
        return new Promise(function(resolve, reject) {
          reader.onload = function() {
            resolve(reader.result);
          };
          reader.onerror = function() {
            reject(reader.error);
          };
        });
      }
      function readBlobAsArrayBuffer(blob) {
        var reader = new FileReader;
        var promise = fileReaderReady(reader);
        reader.readAsArrayBuffer(blob);
        return promise;
      }
      function readBlobAsText(blob) {
        var reader = new FileReader;
        var promise = fileReaderReady(reader);
        var match = /charset=([A-Za-z0-9_-]+)/.exec(blob.type);
        var encoding = match ? match[1] : "utf-8";
        reader.readAsText(blob, encoding);
        return promise;
      }
      function readArrayBufferAsText(buf) {
        var view = new Uint8Array(buf);
        var chars = new Array(view.length);
        for (var i = 0; i < view.length; i++) {
          chars[i] = String.fromCharCode(view[i]);
        }
        return chars.join("");
      }
      function bufferClone(buf) {
        if (buf.slice) {
          return buf.slice(0);
        } else {
          var view = new Uint8Array(buf.byteLength);
          view.set(new Uint8Array(buf));
          return view.buffer;
        }
      }
      function Body() {
        this.bodyUsed = false;
        this._initBody = function(body) {
          this.bodyUsed = this.bodyUsed;
          this._bodyInit = body;
          if (!body) {
            this._noBody = true;
            this._bodyText = "";
          } else if (typeof body === "string") {
            this._bodyText = body;
          } else if (support.blob && Blob.prototype.isPrototypeOf(body)) {
            this._bodyBlob = body;
          } else if (support.formData && FormData.prototype.isPrototypeOf(body)) {
            this._bodyFormData = body;
          } else if (support.searchParams && URLSearchParams.prototype.isPrototypeOf(body)) {
            this._bodyText = body.toString();
          } else if (support.arrayBuffer && support.blob && isDataView(body)) {
            this._bodyArrayBuffer = bufferClone(body.buffer);
            this._bodyInit = new Blob([ this._bodyArrayBuffer ]);
          } else if (support.arrayBuffer && (ArrayBuffer.prototype.isPrototypeOf(body) || isArrayBufferView(body))) {
            this._bodyArrayBuffer = bufferClone(body);
          } else {
            this._bodyText = body = Object.prototype.toString.call(body);
          }
          if (!this.headers.get("content-type")) {
            if (typeof body === "string") {
              this.headers.set("content-type", "text/plain;charset=UTF-8");
            } else if (this._bodyBlob && this._bodyBlob.type) {
              this.headers.set("content-type", this._bodyBlob.type);
            } else if (support.searchParams && URLSearchParams.prototype.isPrototypeOf(body)) {
              this.headers.set("content-type", "application/x-www-form-urlencoded;charset=UTF-8");
            }
          }
        };
        if (support.blob) {
          this.blob = function() {
            var rejected = consumed(this);
            if (rejected) {
              return rejected;
            }
            if (this._bodyBlob) {
              return Promise.resolve(this._bodyBlob);
            } else if (this._bodyArrayBuffer) {
              return Promise.resolve(new Blob([ this._bodyArrayBuffer ]));
            } else if (this._bodyFormData) {
              throw new Error("could not read FormData body as blob");
            } else {
              return Promise.resolve(new Blob([ this._bodyText ]));
            }
          };
        }
        this.arrayBuffer = function() {
          if (this._bodyArrayBuffer) {
            var isConsumed = consumed(this);
            if (isConsumed) {
              return isConsumed;
            } else if (ArrayBuffer.isView(this._bodyArrayBuffer)) {
              return Promise.resolve(this._bodyArrayBuffer.buffer.slice(this._bodyArrayBuffer.byteOffset, this._bodyArrayBuffer.byteOffset + this._bodyArrayBuffer.byteLength));
            } else {
              return Promise.resolve(this._bodyArrayBuffer);
            }
          } else if (support.blob) {
            return this.blob().then(readBlobAsArrayBuffer);
          } else {
            throw new Error("could not read as ArrayBuffer");
          }
        };
        this.text = function() {
          var rejected = consumed(this);
          if (rejected) {
            return rejected;
          }
          if (this._bodyBlob) {
            return readBlobAsText(this._bodyBlob);
          } else if (this._bodyArrayBuffer) {
            return Promise.resolve(readArrayBufferAsText(this._bodyArrayBuffer));
          } else if (this._bodyFormData) {
            throw new Error("could not read FormData body as text");
          } else {
            return Promise.resolve(this._bodyText);
          }
        };
        if (support.formData) {
          this.formData = function() {
            return this.text().then(decode);
          };
        }
        this.json = function() {
          return this.text().then(JSON.parse);
        };
        return this;
      }
      var methods = [ "CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "TRACE" ];
      function normalizeMethod(method) {
        var upcased = method.toUpperCase();
        return methods.indexOf(upcased) > -1 ? upcased : method;
      }
      function Request(input, options) {
        if (!(this instanceof Request)) {
          throw new TypeError('Please use the "new" operator, this DOM object constructor cannot be called as a function.');
        }
        options = options || {};
        var body = options.body;
        if (input instanceof Request) {
          if (input.bodyUsed) {
            throw new TypeError("Already read");
          }
          this.url = input.url;
          this.credentials = input.credentials;
          if (!options.headers) {
            this.headers = new Headers(input.headers);
          }
          this.method = input.method;
          this.mode = input.mode;
          this.signal = input.signal;
          if (!body && input._bodyInit != null) {
            body = input._bodyInit;
            input.bodyUsed = true;
          }
        } else {
          this.url = String(input);
        }
        this.credentials = options.credentials || this.credentials || "same-origin";
        if (options.headers || !this.headers) {
          this.headers = new Headers(options.headers);
        }
        this.method = normalizeMethod(options.method || this.method || "GET");
        this.mode = options.mode || this.mode || null;
        this.signal = options.signal || this.signal || function() {
          if ("AbortController" in g) {
            var ctrl = new AbortController;
            return ctrl.signal;
          }
        }();
        this.referrer = null;
        if ((this.method === "GET" || this.method === "HEAD") && body) {
          throw new TypeError("Body not allowed for GET or HEAD requests");
        }
        this._initBody(body);
        if (this.method === "GET" || this.method === "HEAD") {
          if (options.cache === "no-store" || options.cache === "no-cache") {
            var reParamSearch = /([?&])_=[^&]*/;
            if (reParamSearch.test(this.url)) {
              this.url = this.url.replace(reParamSearch, "$1_=" + (new Date).getTime());
            } else {
              var reQueryString = /\?/;
              this.url += (reQueryString.test(this.url) ? "&" : "?") + "_=" + (new Date).getTime();
            }
          }
        }
      }
      Request.prototype.clone = function() {
        return new Request(this, {
          body: this._bodyInit
        });
      };
      function decode(body) {
        var form = new FormData;
        body.trim().split("&").forEach(function(bytes) {
          if (bytes) {
            var split = bytes.split("=");
            var name = split.shift().replace(/\+/g, " ");
            var value = split.join("=").replace(/\+/g, " ");
            form.append(decodeURIComponent(name), decodeURIComponent(value));
          }
        });
        return form;
      }
      function parseHeaders(rawHeaders) {
        var headers = new Headers;
        var preProcessedHeaders = rawHeaders.replace(/\r?\n[\t ]+/g, " ");
        preProcessedHeaders.split("\r").map(function(header) {
          return header.indexOf("\n") === 0 ? header.substr(1, header.length) : header;
        }).forEach(function(line) {
          var parts = line.split(":");
          var key = parts.shift().trim();
          if (key) {
            var value = parts.join(":").trim();
            try {
              headers.append(key, value);
            } catch (error) {
              console.warn("Response " + error.message);
            }
          }
        });
        return headers;
      }
      Body.call(Request.prototype);
      function Response(bodyInit, options) {
        if (!(this instanceof Response)) {
          throw new TypeError('Please use the "new" operator, this DOM object constructor cannot be called as a function.');
        }
        if (!options) {
          options = {};
        }
        this.type = "default";
        this.status = options.status === undefined ? 200 : options.status;
        if (this.status < 200 || this.status > 599) {
          throw new RangeError("Failed to construct 'Response': The status provided (0) is outside the range [200, 599].");
        }
        this.ok = this.status >= 200 && this.status < 300;
        this.statusText = options.statusText === undefined ? "" : "" + options.statusText;
        this.headers = new Headers(options.headers);
        this.url = options.url || "";
        this._initBody(bodyInit);
      }
      Body.call(Response.prototype);
      Response.prototype.clone = function() {
        return new Response(this._bodyInit, {
          status: this.status,
          statusText: this.statusText,
          headers: new Headers(this.headers),
          url: this.url
        });
      };
      Response.error = function() {
        var response = new Response(null, {
          status: 200,
          statusText: ""
        });
        response.ok = false;
        response.status = 0;
        response.type = "error";
        return response;
      };
      var redirectStatuses = [ 301, 302, 303, 307, 308 ];
      Response.redirect = function(url, status) {
        if (redirectStatuses.indexOf(status) === -1) {
          throw new RangeError("Invalid status code");
        }
        return new Response(null, {
          status: status,
          headers: {
            location: url
          }
        });
      };
      var DOMException = g.DOMException;
      try {
        new DOMException;
      } catch (err) {
        DOMException = function(message, name) {
          this.message = message;
          this.name = name;
          var error = Error(message);
          this.stack = error.stack;
        };
        DOMException.prototype = Object.create(Error.prototype);
        DOMException.prototype.constructor = DOMException;
      }
      function fetch_fetch(input, init) {
        return new Promise(function(resolve, reject) {
          var request = new Request(input, init);
          if (request.signal && request.signal.aborted) {
            return reject(new DOMException("Aborted", "AbortError"));
          }
          var xhr = new XMLHttpRequest;
          function abortXhr() {
            xhr.abort();
          }
          xhr.onload = function() {
            var options = {
              statusText: xhr.statusText,
              headers: parseHeaders(xhr.getAllResponseHeaders() || "")
            };
            if (request.url.indexOf("file://") === 0 && (xhr.status < 200 || xhr.status > 599)) {
              options.status = 200;
            } else {
              options.status = xhr.status;
            }
            options.url = "responseURL" in xhr ? xhr.responseURL : options.headers.get("X-Request-URL");
            var body = "response" in xhr ? xhr.response : xhr.responseText;
            setTimeout(function() {
              resolve(new Response(body, options));
            }, 0);
          };
          xhr.onerror = function() {
            setTimeout(function() {
              reject(new TypeError("Network request failed"));
            }, 0);
          };
          xhr.ontimeout = function() {
            setTimeout(function() {
              reject(new TypeError("Network request timed out"));
            }, 0);
          };
          xhr.onabort = function() {
            setTimeout(function() {
              reject(new DOMException("Aborted", "AbortError"));
            }, 0);
          };
          function fixUrl(url) {
            try {
              return url === "" && g.location.href ? g.location.href : url;
            } catch (e) {
              return url;
            }
          }
          xhr.open(request.method, fixUrl(request.url), true);
          if (request.credentials === "include") {
            xhr.withCredentials = true;
          } else if (request.credentials === "omit") {
            xhr.withCredentials = false;
          }
          if ("responseType" in xhr) {
            if (support.blob) {
              xhr.responseType = "blob";
            } else if (support.arrayBuffer) {
              xhr.responseType = "arraybuffer";
            }
          }
          if (init && typeof init.headers === "object" && !(init.headers instanceof Headers || g.Headers && init.headers instanceof g.Headers)) {
            var names = [];
            Object.getOwnPropertyNames(init.headers).forEach(function(name) {
              names.push(normalizeName(name));
              xhr.setRequestHeader(name, normalizeValue(init.headers[name]));
            });
            request.headers.forEach(function(value, name) {
              if (names.indexOf(name) === -1) {
                xhr.setRequestHeader(name, value);
              }
            });
          } else {
            request.headers.forEach(function(value, name) {
              xhr.setRequestHeader(name, value);
            });
          }
          if (request.signal) {
            request.signal.addEventListener("abort", abortXhr);
            xhr.onreadystatechange = function() {
              if (xhr.readyState === 4) {
                request.signal.removeEventListener("abort", abortXhr);
              }
            };
          }
          xhr.send(typeof request._bodyInit === "undefined" ? null : request._bodyInit);
        });
      }
      fetch_fetch.polyfill = true;
      if (!g.fetch) {
        g.fetch = fetch_fetch;
        g.Headers = Headers;
        g.Request = Request;
        g.Response = Response;
      }
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
      var tslib_es6 = null && {
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
      var PREFIX = "filepicker: ";
      function fixPrototype(self, proto) {
        var setProto = Object.setPrototypeOf;
        if (setProto) setProto(self, proto); else self.__proto__ = proto;
      }
      var FilepickerError = function(_super) {
        __extends(FilepickerError, _super);
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
        __extends(ValidationError, _super);
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
        __extends(NetworkError, _super);
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
        __extends(AbortError, _super);
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
        __extends(RestrictionError, _super);
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
          process: b + "/process"
        };
      }
      function mergeHosts(base, overrides) {
        var out = __assign({}, base);
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
          throw new ValidationError(name, PREFIX + "`" + name + "` must be a whole number of at least " + min + ", got " + describe(v));
        }
        return v;
      }
      function positiveNumber(name, v, min) {
        if (typeof v !== "number" || !isFinite(v) || v < min) {
          throw new ValidationError(name, PREFIX + "`" + name + "` must be a number of at least " + min + ", got " + describe(v));
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
          throw new ValidationError("retryOptions", PREFIX + "`retryOptions` must be an object like {retries, factor, minTimeout, maxTimeout}, got " + describe(r));
        }
        var rr = r || {};
        var retryOptions = {
          retries: wholeNumber("retryOptions.retries", pick(rr.retries, base.retryOptions.retries), 0),
          factor: positiveNumber("retryOptions.factor", pick(rr.factor, base.retryOptions.factor), 1),
          minTimeout: positiveNumber("retryOptions.minTimeout", pick(rr.minTimeout, base.retryOptions.minTimeout), 0),
          maxTimeout: positiveNumber("retryOptions.maxTimeout", pick(rr.maxTimeout, base.retryOptions.maxTimeout), 0)
        };
        if (retryOptions.maxTimeout < retryOptions.minTimeout) {
          throw new ValidationError("retryOptions.maxTimeout", PREFIX + "`retryOptions.maxTimeout` (" + retryOptions.maxTimeout + ") must not be below `retryOptions.minTimeout` (" + retryOptions.minTimeout + ")");
        }
        var partSize = pick(i.partSize, base.partSize);
        if (typeof partSize !== "number" || !isFinite(partSize) || Math.floor(partSize) !== partSize || partSize < MIN_PART_SIZE) {
          throw new ValidationError("partSize", PREFIX + "`partSize` must be a whole number of bytes of at least 5 MiB (" + MIN_PART_SIZE + "), got " + describe(partSize));
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
      var spark_md5 = __webpack_require__(735);
      var spark_md5_default = __webpack_require__.n(spark_md5);
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
            return sparkMd5OfBlob(blob, function(fn) {
              env.setTimeout(fn, 0);
            });
          },
          dispose: function() {}
        };
        return hasher;
      }
      function createHasher(env, poolSize) {
        if (poolSize === void 0) {
          poolSize = 5;
        }
        var fallback = mainThreadHasher(env, poolSize);
        if (env.md5 || !env.createWorker) return fallback;
        var worker;
        var broken = false;
        var seq = 0;
        var pending = {};
        var failAll = function() {
          broken = true;
          if (worker) worker.terminate();
          worker = null;
          var _loop_1 = function(id) {
            if (Object.prototype.hasOwnProperty.call(pending, id)) {
              var p_1 = pending[id];
              delete pending[id];
              fallback.md5(p_1.blob).then(p_1.resolve, function() {
                p_1.resolve("");
              });
            }
          };
          for (var id in pending) {
            _loop_1(id);
          }
        };
        var getWorker = function() {
          if (worker !== undefined || broken) return worker || null;
          try {
            worker = env.createWorker();
          } catch (_a) {
            worker = null;
          }
          if (!worker) {
            broken = true;
            return null;
          }
          worker.onmessage = function(ev) {
            var d = ev.data || {};
            var p = pending[d.id];
            if (!p) return;
            delete pending[d.id];
            if (typeof d.md5 === "string") p.resolve(d.md5); else fallback.md5(p.blob).then(p.resolve, function() {
              p.resolve("");
            });
          };
          worker.onerror = failAll;
          return worker;
        };
        var hasher = {
          digest: function(blob) {
            return hasher.md5(blob).then(function(md5) {
              return {
                md5: md5
              };
            });
          },
          md5: function(blob) {
            var w = getWorker();
            if (!w) return fallback.md5(blob);
            var id = ++seq;
            return new Promise(function(resolve) {
              pending[id] = {
                resolve: resolve,
                blob: blob
              };
              try {
                w.postMessage({
                  type: "filepicker-md5",
                  id: id,
                  blob: blob
                });
              } catch (_a) {
                failAll();
              }
            }).then(function(v) {
              if (!v) return fallback.md5(blob);
              return v;
            });
          },
          dispose: function() {
            if (worker) worker.terminate();
            worker = null;
          }
        };
        return hasher;
      }
      function sparkMd5OfBlob(blob, defer) {
        var spark = new (spark_md5_default().ArrayBuffer);
        var offset = 0;
        var step = function() {
          if (offset >= blob.size) return Promise.resolve(hexToBase64(spark.end()));
          var end = Math.min(blob.size, offset + HASH_SLICE);
          return readBlob(blob.slice(offset, end)).then(function(buf) {
            spark.append(buf);
            offset = end;
            if (!defer || offset >= blob.size) return step();
            return new Promise(function(resolve, reject) {
              defer(function() {
                step().then(resolve, reject);
              });
            });
          });
        };
        return step();
      }
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
        return readBlob(body).then(function(b) {
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
          if (signal.aborted) return reject(new AbortError);
          var off = function() {};
          var t = env.setTimeout(function() {
            off();
            resolve();
          }, ms);
          off = signal.onAbort(function() {
            env.clearTimeout(t);
            reject(new AbortError);
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
            reject(new AbortError);
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
          var err = new NetworkError(PREFIX + where + " failed: HTTP " + res.status + (body ? " " + body : ""), {
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
          }, new AbortError);
          var kind = name === "TimeoutError" ? "timeout" : name === "StallError" ? "stall" : "network";
          var why = kind === "timeout" ? "timed out" : kind === "stall" ? "stalled (no upload progress)" : "network error" + (e && e.message ? " (" + e.message + ")" : "");
          throw new AttemptFailure({
            kind: kind
          }, new NetworkError(PREFIX + where + " failed: " + why, {
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
          if (signal.aborted) return Promise.reject(new AbortError);
          return attempt(progressed).then(undefined, function(e) {
            if (signal.aborted) throw new AbortError;
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
        throw new FilepickerError(PREFIX + where + " answered something that is not a JSON object: " + String(text).slice(0, 200));
      }
      function requireString(obj, field, where) {
        var v = obj[field];
        if (typeof v !== "string" || !v) throw new FilepickerError(PREFIX + where + " answered without `" + field + "`");
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
        if (!handle) throw new FilepickerError(PREFIX + where + " answered without `handle`");
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
      var MISSING_ETAG_MESSAGE = PREFIX + "storage accepted part {part} but its answer has no readable ETag header. " + "In a browser the bucket's CORS configuration must expose it: add <ExposeHeader>ETag</ExposeHeader> to the CORS rule (see the S3 bucket CORS settings)";
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
              if (!etag) throw new FilepickerError(MISSING_ETAG_MESSAGE.replace("{part}", String(range.number)));
              return etag;
            }, function(e) {
              stop();
              if (stalled && !signal.aborted && e instanceof AttemptFailure && e.outcome.kind === "abort") {
                throw new AttemptFailure({
                  kind: "stall"
                }, new FilepickerError(PREFIX + "the storage PUT of " + where + " stalled: no upload progress for " + opts.stallTimeoutMs + " ms"));
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
              if (isNetworkError(e) && e.status === 403 && e.method === "PUT" && renewals < opts.maxUrlRenewals && !signal.aborted) {
                return putWithRenewal(renewals + 1);
              }
              throw e;
            });
          };
          return deps.hasher.digest(source.slice(range.start, range.end)).then(function(d) {
            md5 = d.md5;
            bytes = d.bytes;
            releaseBytes = d.release;
            if (signal.aborted) {
              dropBytes();
              throw new AbortError;
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
          var ask = function(poll) {
            return post("/multipart/complete", body, cancelled, where).then(function(res) {
              if (res.status !== 202) return parseStored(res.text, deps.hosts.fileApi, where, file);
              if (poll >= opts.maxCompletePolls) {
                throw new FilepickerError(PREFIX + where + " was still answering 202 (processing) after " + opts.maxCompletePolls + " polls; giving up");
              }
              return sleep(env, backoffDelay(pollOpts, poll + 1, env.random()), cancelled).then(function() {
                return ask(poll + 1);
              });
            });
          };
          ask(0).then(function(stored) {
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
            fail(new AbortError);
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
          throw new ValidationError("file", PREFIX + "`file` must be a File or Blob (in Node also a Buffer or Uint8Array), got " + (f === null ? "null" : typeof f));
        }
        if (f.size === 0) throw new ValidationError("file", PREFIX + "`file` is empty (0 bytes): there is nothing to upload");
        return f;
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
          throw new ValidationError("url", PREFIX + "`url` must be an http(s) URL, got " + (typeof url === "string" ? '"' + url + '"' : typeof url));
        }
        var abort = new Aborter;
        var finished = false;
        var where = "the store request (" + deps.hosts.storeApi + ")";
        var endpoint = storeUrlEndpoint(deps.hosts, deps.apikey, store, deps.security);
        var fallbackName = url.replace(/[?#].*$/, "").replace(/\/+$/, "").replace(/^.*\//, "") || "untitled";
        var promise = new Promise(function(resolve, reject) {
          abort.onAbort(function() {
            if (!finished) {
              finished = true;
              reject(new AbortError);
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
              return sendOnce(deps.transport, {
                method: "POST",
                url: endpoint,
                headers: {
                  "Content-Type": "application/x-www-form-urlencoded"
                },
                body: "url=" + encodeURIComponent(url),
                timeoutMs: opts.requestTimeoutMs,
                signal: abort
              }, where);
            }).then(function(res) {
              var stored = parseStored(res.text, deps.hosts.fileApi, where, {
                filename: fallbackName,
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
              reject(e);
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
          throw new ValidationError("apikey", PREFIX + "`apikey` must be a non-empty string, got " + (config ? typeof config.apikey : "no configuration"));
        }
        if (!config.hosts || typeof config.hosts.uploadApi !== "string") {
          throw new ValidationError("hosts", PREFIX + "`hosts` must be a Hosts object with `uploadApi`, `fileApi` and `storeApi`");
        }
        var base = resolveOptions(__assign({
          partSize: config.partSize,
          maxConcurrentUploads: config.maxConcurrentUploads,
          retryOptions: config.retryOptions
        }, config.tuning || {}));
        var env = config.env || defaultEnvironment({
          workerUrl: config.workerUrl
        });
        var transport = config.transport || defaultTransport();
        var queue = new PartQueue(base.maxConcurrentUploads);
        var hasher = createHasher(env, base.maxConcurrentUploads);
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
          }
        };
      }
      function installMd5Worker(scope) {
        scope.addEventListener("message", function(ev) {
          var d = ev.data;
          if (!d || d.type !== "filepicker-md5") return;
          sparkMd5OfBlob(d.blob).then(function(md5) {
            scope.postMessage({
              id: d.id,
              md5: md5
            });
          }, function(e) {
            scope.postMessage({
              id: d.id,
              error: String(e && e.message || e)
            });
          });
        });
      }
      var LOCATIONS = [ "s3", "azure", "dropbox", "rackspace", "gcs" ];
      var ACCESS = [ "public", "private" ];
      function shown(v) {
        return (typeof v === "string" ? '"' + v + '"' : String(v)) + " (" + (v === null ? "null" : typeof v) + ")";
      }
      function optionalString(o, key) {
        var v = o[key];
        if (v === undefined || v === null) return undefined;
        if (typeof v !== "string") throw new ValidationError(key, PREFIX + "`" + key + "` must be a string, got " + shown(v));
        return v || undefined;
      }
      function normalizeStoreOptions(input) {
        if (input === undefined || input === null) return {
          location: "s3"
        };
        if (typeof input !== "object") throw new ValidationError("storeOptions", PREFIX + "`storeOptions` must be an object, got " + shown(input));
        var out = {};
        var loc = optionalString(input, "location");
        var lower = (loc || "s3").toLowerCase();
        if (LOCATIONS.indexOf(lower) < 0) {
          throw new ValidationError("location", PREFIX + "`location` must be one of " + LOCATIONS.join(", ") + " (any case), got " + shown(loc));
        }
        out.location = lower;
        var access = optionalString(input, "access");
        if (access !== undefined) {
          var a = access.toLowerCase();
          if (ACCESS.indexOf(a) < 0) throw new ValidationError("access", PREFIX + '`access` must be "public" or "private", got ' + shown(access));
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
          if (!/^https?:\/\/[^/\s]+/i.test(h)) throw new ValidationError("hosts", PREFIX + '`hosts` as a string must be an http(s) base URL, got "' + h + '"');
          return hostsFromBase(h);
        }
        if (typeof h !== "object") throw new ValidationError("hosts", PREFIX + "`hosts` must be a base URL or an object of host URLs, got " + typeof h);
        return mergeHosts(DEFAULT_HOSTS, h);
      }
      function checkSecurity(security) {
        if (security === undefined || security === null) return undefined;
        var s = security;
        if (typeof s !== "object" || typeof s.policy !== "string" || !s.policy || typeof s.signature !== "string" || !s.signature) {
          throw new ValidationError("security", PREFIX + "`security` must carry both `policy` and `signature` as non-empty strings");
        }
        return {
          policy: s.policy,
          signature: s.signature
        };
      }
      function init(apiKey, security, options) {
        if (typeof apiKey !== "string" || !apiKey) {
          throw new ValidationError("apiKey", PREFIX + "`apiKey` must be a non-empty string, got " + (apiKey === null ? "null" : typeof apiKey === "string" ? "an empty string" : typeof apiKey));
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
              if (typeof u !== "object") throw new ValidationError("uploadOptions", PREFIX + "`uploadOptions` must be an object, got " + typeof u);
              for (var i = 0; i < CALLBACKS.length; i++) {
                var cb = u[CALLBACKS[i]];
                if (cb !== undefined && typeof cb !== "function") throw new ValidationError(CALLBACKS[i], PREFIX + "`" + CALLBACKS[i] + "` must be a function, got " + typeof cb);
              }
              if (token !== undefined && token !== null && typeof token !== "object") throw new ValidationError("token", PREFIX + "`token` must be an object, got " + typeof token);
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
        return clip(text === undefined ? String(value) : text) + (coerce_isArray(value) ? " (array)" : " (" + typeof value + ")");
      }
      function clip(s) {
        return s.length > 80 ? s.slice(0, 77) + "..." : s;
      }
      function coerce_isArray(value) {
        return Object.prototype.toString.call(value) === "[object Array]";
      }
      function isObject(value) {
        return typeof value === "object" && value !== null && !coerce_isArray(value);
      }
      function fail(name, expected, value) {
        throw new ValidationError(name, PREFIX + "`" + name + "` must be " + expected + ", got " + coerce_describe(value));
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
        var items = coerce_isArray(value) ? value : typeof value === "string" ? value.split(",") : [ value ];
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
        var items = coerce_isArray(value) ? value : typeof value === "string" ? value.split(",") : undefined;
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
        var out = __assign({}, base);
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
      var DEFAULT_SOURCES = [ "COMPUTER", "URL" ];
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
        var items = coerce_isArray(value) ? value : typeof value === "string" ? value.split(",") : [ value ];
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
        var kind = typeof value === "string" ? "an empty string" : "a value of type " + (coerce_isArray(value) ? "array" : typeof value);
        throw new ValidationError(name, PREFIX + "`" + name + "` must be a non-empty string, got " + kind);
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
      var PICKER_TABLE = __assign(__assign(__assign(__assign(__assign(__assign({}, RESTRICTION_ROWS), DIALOG_ROWS), IMAGE_ROWS), WEBCAM_TOP_ROWS), STORE_ROWS), SECURITY_ROWS);
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
        if (mimetypes.length && extensions.length) throw new ValidationError("mimetype", bothTypesMessage(d.mode));
        var anything = mimetypes.indexOf("*/*") >= 0;
        var named = pluralWins(d, "service");
        var sources = named && named.length ? dedupe(named) : DEFAULT_SOURCES.slice();
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
        var webcam = __assign({}, d.webcam);
        if (webcamDim) webcam.dim = webcamDim;
        var config = __assign(__assign(__assign(__assign({}, DEFAULTS), {
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
        var store = __assign({}, d.store);
        if (d.suggestedFilename !== undefined) {
          if (d.mode === "export") store.filename = d.suggestedFilename; else warn(d, "suggestedFilename", "filepicker: `suggestedFilename` only applies to export");
        }
        return {
          config: config,
          store: store,
          security: __assign({}, d.security),
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
          throw new ValidationError("path", PREFIX + 'pickAndStore with multiple files requires a `path` that ends in "/", got ' + JSON.stringify(path));
        }
      }
      function translatePickAndStore(pickerOptions, storeOptions, env) {
        if (!pickerOptions || !storeOptions || typeof pickerOptions === "function" || typeof storeOptions === "function") {
          throw new ValidationError(!pickerOptions || typeof pickerOptions === "function" ? "pickerOptions" : "storeOptions", MISSING_OPTIONS);
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
        if (isAbortError(err)) return new FPError(101);
        if (isNetworkError(err)) {
          if (err.status === 400) return new FPError(400, err.body || err.message);
          if (err.status === 403) return new FPError(403, err.body || err.message);
        }
        return new FPError(102, err instanceof Error ? err.message : String(err));
      }
      function throwingValidation(fn) {
        try {
          return fn();
        } catch (e) {
          if (isValidationError(e)) throw new FilepickerException(e.message);
          throw e;
        }
      }
      function toPickerBlob(file) {
        var blob = {
          url: file.url,
          filename: file.filename,
          mimetype: file.mimetype,
          size: file.size
        };
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
        var t = throwingValidation(function() {
          return mode === "pickAndStore" ? translatePickAndStore(pickerOptions, storeOptions, env) : translatePickerOptions(pickerOptions, mode, env);
        });
        t.warnings.forEach(function(w) {
          return ctx.warnOnce("option:" + w.option + ":" + w.message, w.message);
        });
        var arrayResult = mode !== "pick";
        var outcome = new Outcome(cb.onSuccess, cb.onError || handleError(ctx.debug), cb.onProgress);
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
            outcome.progress(toProgress(p));
          },
          onDone: function(files) {
            var blobs = files.map(toPickerBlob);
            outcome.succeed(arrayResult ? blobs : blobs[0]);
          },
          onCancel: function() {
            outcome.fail(new FPError(101));
          },
          onError: function(err) {
            outcome.fail(pickErrorToFP(err));
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
        var a = shiftOptions(args);
        return pick_open(ctx, "pick", a.options, undefined, a);
      }
      function pickMultiple(ctx, args) {
        ctx.requireKey();
        var a = shiftOptions(args);
        return pick_open(ctx, "pickMultiple", a.options, undefined, a);
      }
      function pickAndStore(ctx, args) {
        ctx.requireKey();
        var _a = [ args[0], args[1], args[2], args[3], args[4] ], pickerOptions = _a[0], storeOptions = _a[1], onSuccess = _a[2], onError = _a[3], onProgress = _a[4];
        if (!pickerOptions || !storeOptions || isFunction(pickerOptions) || isFunction(storeOptions)) {
          throw new FilepickerException("Not all required parameters given, missing picker or store options");
        }
        return pick_open(ctx, "pickAndStore", pickerOptions, storeOptions, {
          onSuccess: isFunction(onSuccess) ? onSuccess : undefined,
          onError: isFunction(onError) ? onError : undefined,
          onProgress: isFunction(onProgress) ? onProgress : undefined
        });
      }
      var ORDER = [ "errors", "setKey", "setResponsiveOptions", "pick", "pickFolder", "pickMultiple", "pickAndStore", "read", "write", "writeUrl", "export", "exportFile", "processImage", "store", "storeUrl", "stat", "metadata", "remove", "convert", "constructWidget", "makeDropPane", "FilepickerException", "responsive", "logout", "version", "services", "base64" ];
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
          var name_1 = ORDER[i];
          switch (name_1) {
           case "errors":
            target.errors = {
              FPError: FPError,
              handleError: handleError(ctx.debug)
            };
            break;

           case "setKey":
            target.setKey = function() {
              ctx.setKey(arguments[0]);
            };
            break;

           case "FilepickerException":
            target.FilepickerException = FilepickerException;
            break;

           case "version":
            target.version = "0.1.0";
            break;

           case "services":
            target.services = __assign({}, V2_SERVICES);
            break;

           case "base64":
            target.base64 = base64;
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
        for (var i = 0; i < ORDER.length; i++) {
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
          if (!this.apikey) throw new FilepickerException("API Key not found");
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
      var WRITE_CODES = {
        badParams: 122,
        notFound: 121,
        other: 123
      };
      var STORE_URL_CODES = {
        badParams: 152,
        notFound: 151,
        other: 153
      };
      var READ_CODES = {
        badParams: 400,
        notFound: 115,
        other: 118,
        network: 113,
        crossOrigin: 114
      };
      var STAT_CODES = {
        badParams: 400,
        notFound: 161,
        other: 162
      };
      var REMOVE_CODES = {
        badParams: 400,
        notFound: 171,
        other: 172
      };
      var CONVERT_CODES = {
        badParams: 142,
        notFound: 141,
        other: 143
      };
      function codeFor(table, status, crossOrigin) {
        if (status === 400) return table.badParams;
        if (status === 403) return 403;
        if (status === 404) return table.notFound;
        if (status === 0 && table.network !== undefined) return table.network;
        if (crossOrigin && table.crossOrigin !== undefined) return table.crossOrigin;
        return table.other;
      }
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
          out[fileUrl_decode(k)] = fileUrl_decode(v);
        }
        return out;
      }
      function fileUrl_decode(s) {
        try {
          return decodeURIComponent(s.replace(/\+/g, " "));
        } catch (_e) {
          return s;
        }
      }
      function formEncode(params) {
        var out = [];
        for (var i = 0; i < params.length; i++) {
          var v = params[i][1];
          if (v === undefined || v === null) continue;
          out.push(encodeURIComponent(params[i][0]) + "=" + encodeURIComponent(String(v)));
        }
        return out.join("&");
      }
      function withQuery(url, params) {
        var q = formEncode(params);
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
      function inputs_isArray(o) {
        return !!o && Object.prototype.toString.call(o) === "[object Array]";
      }
      function typeOf(value) {
        if (value === null) return "null";
        if (inputs_isArray(value)) return "array";
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
          if (!has(CONVERT_PARAMETERS, key)) throw new FilepickerException("Conversion parameter " + key + " is not a valid parameter.");
          var types = CONVERT_PARAMETERS[key];
          if (types.indexOf(typeOf(options[key])) === -1) {
            throw new FilepickerException("Conversion parameter " + key + " is not the right type: " + show(options[key]) + ". Should be a " + types);
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
        var raw = queryParams(url);
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
      function outcomeFor(ctx, cb) {
        return new Outcome(cb.onSuccess, cb.onError || handleError(ctx.debug), cb.onProgress);
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
            if (total > 0) emit(Math.min(scale, Math.round(loaded * scale / total)));
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
      function explain(req, res) {
        if (res.status === 0 && res.error) return PREFIX + "the browser refused " + req.method + " " + withoutQuery(req.url) + " (" + res.error + ")";
        if (res.status === 0) return PREFIX + "no answer from " + req.method + " " + withoutQuery(req.url) + " (network error, or the server does not allow this origin)";
        var text = res.body || "";
        try {
          var json = JSON.parse(text);
          if (json && typeof json.error === "string") text = json.error; else if (json && typeof json.message === "string") text = json.message;
        } catch (_e) {}
        text = text.replace(/\s+/g, " ").replace(/^\s+|\s+$/g, "");
        if (text.length > 300) text = text.slice(0, 300) + "...";
        return "HTTP " + res.status + (text ? ": " + text : "");
      }
      function perform(call) {
        var req = call.request;
        var progress = call.progress ? percentReporter(call.outcome, 95) : undefined;
        var sent = {
          method: req.method,
          url: req.url,
          headers: req.headers,
          body: req.body,
          binary: req.binary,
          withCredentials: req.withCredentials,
          onProgress: progress ? progress.bytes : undefined
        };
        call.transport(sent, function(res) {
          if (call.outcome.finished) return;
          if (progress) progress.done();
          if (res.status >= 200 && res.status < 300) {
            var value = void 0;
            try {
              value = call.parse(res);
            } catch (e) {
              call.outcome.fail(new FPError(call.codes.other, PREFIX + "unexpected answer from the server: " + (e instanceof Error ? e.message : String(e))));
              return;
            }
            call.outcome.succeed(value);
            return;
          }
          call.outcome.fail(new FPError(codeFor(call.codes, res.status, isCrossOrigin(req.url)), explain(req, res)));
        });
      }
      function request_parseJson(res) {
        try {
          return JSON.parse(res.body);
        } catch (_e) {
          throw new Error("invalid JSON: " + (res.body || "").slice(0, 100));
        }
      }
      function fpFileFromJson(hosts, json) {
        if (!json || typeof json !== "object") throw new Error("expected a JSON object describing the file");
        var url = json.url || (json.handle ? hosts.fileApi + "/" + json.handle : undefined);
        if (!url) throw new Error("the answer has no url or handle");
        return toRestBlob({
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
      function metadataFromJson(json) {
        if (!json || typeof json !== "object") throw new Error("expected a JSON object of metadata");
        var names = [ "uploaded", "modified", "created" ];
        for (var i = 0; i < names.length; i++) {
          var v = json[names[i]];
          if (v) json[names[i]] = new Date(v);
        }
        return json;
      }
      function targetUrl(hosts, fpfile, what, keepConvert) {
        var url;
        if (typeof fpfile === "string") url = toFileApiUrl(hosts, fpfile);
        if (url === undefined) {
          var u = urlOf(fpfile);
          if (u) url = toFileApiUrl(hosts, String(u)) || String(u);
        }
        if (url === undefined) throw new FilepickerException(what + ": " + show(fpfile) + ". Not a filepicker url or FPFile object.");
        return keepConvert ? url : trimConvert(url);
      }
      function sourceUrl(hosts, url) {
        var s = String(url);
        return toFileApiUrl(hosts, s) || s;
      }
      var UNKNOWN_TYPES = [ "application/octet-stream", "application/download", "application/force-download", "octet/stream", "application/unknown", "application/x-download", "application/x-msdownload", "application/x-secure-download" ];
      function convertibleMimetype(mimetype) {
        if (!mimetype) return false;
        var t = String(mimetype).replace(/^\s+|\s+$/g, "").toLowerCase();
        if (UNKNOWN_TYPES.indexOf(t) >= 0) return true;
        var parts = t.split("/");
        return parts[0] === "image" || parts[0] === "application" && parts[1] === "pdf";
      }
      function convert(env, args) {
        env.ctx.requireKey();
        var fpfile = args[0];
        if (!fpfile) throw new FilepickerException("No fpfile given - nothing to convert!");
        var a = shiftAfter(args, 2);
        var options = copyOptions(args[1]);
        var storeOptions = copyOptions(a.options);
        if (storeOptions.location) options.storeLocation = storeOptions.location;
        if (storeOptions.path) options.storePath = storeOptions.path;
        if (storeOptions.container) options.storeContainer = storeOptions.container;
        options.storeAccess = storeOptions.access || "private";
        var outcome = outcomeFor(env.ctx, a);
        var url = targetUrl(env.ctx.hosts, fpfile, "Invalid file to convert", true);
        if (typeof fpfile !== "string") {
          var mimetype = fpfile.mimetype;
          if (!convertibleMimetype(mimetype)) {
            outcome.fail(new FPError(142, "filepicker: only images and PDFs can be converted; this FPFile has mimetype " + (mimetype ? '"' + String(mimetype) + '"' : "none")));
            return;
          }
        }
        var fromUrl = paramsFromConvertUrl(url);
        for (var k in fromUrl) {
          if (Object.prototype.hasOwnProperty.call(fromUrl, k) && options[k] === undefined) options[k] = fromUrl[k];
        }
        checkConvertParameters(options);
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
            url: trimConvert(url) + "/convert",
            headers: {
              "Content-Type": "application/x-www-form-urlencoded; charset=utf-8"
            },
            body: formEncode(params)
          },
          codes: CONVERT_CODES,
          outcome: outcome,
          progress: true,
          parse: function(res) {
            return fpFileFromJson(env.ctx.hosts, request_parseJson(res));
          }
        });
      }
      function failureName(status, body) {
        if (status === 400) return "bad_params";
        if (status === 403) return "not_authorized";
        if (status === 404) return "not_found";
        if (status === 0) return "CORS_not_allowed";
        return body || "error";
      }
      function logout(ctx, transport, args) {
        var options = args[0] && typeof args[0] === "object" ? args[0] : {};
        var onSuccess = isFunction(options.onSuccess) ? options.onSuccess : undefined;
        var onError = isFunction(options.onError) ? options.onError : undefined;
        transport({
          method: "GET",
          url: logoutUrl(ctx.hosts),
          withCredentials: true
        }, function(res) {
          if (res.status >= 200 && res.status < 300) {
            later(onSuccess, res.body);
            return;
          }
          if (onError) {
            setTimeout(function() {
              onError(failureName(res.status, res.body), res.status);
            }, 0);
          }
        });
      }
      var transport_CHUNK = 8192;
      function bufferToBinary(buf) {
        var bytes = new Uint8Array(buf);
        var out = "";
        for (var i = 0; i < bytes.length; i += transport_CHUNK) {
          var end = Math.min(bytes.length, i + transport_CHUNK);
          var part = [];
          for (var j = i; j < end; j++) part.push(bytes[j]);
          out += String.fromCharCode.apply(null, part);
        }
        return out;
      }
      function userDefinedToBinary(text) {
        var out = "";
        for (var i = 0; i < text.length; i += transport_CHUNK) {
          var part = [];
          var end = Math.min(text.length, i + transport_CHUNK);
          for (var j = i; j < end; j++) part.push(text.charCodeAt(j) & 255);
          out += String.fromCharCode.apply(null, part);
        }
        return out;
      }
      function progressHandler(req) {
        var cb = req.onProgress;
        if (!cb) return undefined;
        return function(e) {
          if (e.lengthComputable && e.total > 0) cb(e.loaded, e.total);
        };
      }
      var transport_xhrTransport = function(req, done) {
        try {
          send(req, done);
        } catch (e) {
          var why_1 = e && e.message ? e.name + ": " + e.message : String(e);
          setTimeout(function() {
            done({
              status: 0,
              body: "",
              error: why_1
            });
          }, 0);
        }
      };
      function send(req, done) {
        var xhr = new XMLHttpRequest;
        var finished = false;
        var arrayBuffer = false;
        var finish = function(status) {
          if (finished) return;
          finished = true;
          var body = "";
          try {
            if (status !== 0) {
              if (arrayBuffer) body = xhr.response ? bufferToBinary(xhr.response) : ""; else body = req.binary ? userDefinedToBinary(xhr.responseText || "") : xhr.responseText || "";
            }
          } catch (_e) {
            body = "";
          }
          done({
            status: status,
            body: body
          });
        };
        xhr.open(req.method, req.url, true);
        if (req.binary) {
          try {
            xhr.responseType = "arraybuffer";
            arrayBuffer = xhr.responseType === "arraybuffer";
          } catch (_e) {
            arrayBuffer = false;
          }
          if (!arrayBuffer && xhr.overrideMimeType) xhr.overrideMimeType("text/plain; charset=x-user-defined");
        }
        if (req.withCredentials) xhr.withCredentials = true;
        var headers = req.headers || {};
        for (var name_1 in headers) {
          if (Object.prototype.hasOwnProperty.call(headers, name_1)) xhr.setRequestHeader(name_1, headers[name_1]);
        }
        var onProgress = progressHandler(req);
        if (onProgress) {
          if (req.body != null && xhr.upload) xhr.upload.onprogress = onProgress; else if (req.body == null) xhr.onprogress = onProgress;
        }
        xhr.onreadystatechange = function() {
          if (xhr.readyState === 4) finish(xhr.status);
        };
        xhr.onerror = function() {
          finish(0);
        };
        xhr.send(req.body == null ? null : req.body);
      }
      function readerCode(err) {
        var name = err && err.name;
        if (name === "NotFoundError") return 115;
        if (name === "NotReadableError") return 116;
        if (name === "AbortError") return 117;
        return 118;
      }
      function readLocalFile(file, options, outcome) {
        if (typeof FileReader === "undefined") {
          outcome.fail(new FPError(111, "filepicker: this browser has no FileReader"));
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
          outcome.succeed(options.base64encode ? base64.encode(result, asText) : result);
        };
        reader.onerror = function() {
          outcome.fail(new FPError(readerCode(reader.error), "filepicker: " + (reader.error ? reader.error.name + ": " + reader.error.message : "the file could not be read")));
        };
        if (asText) reader.readAsText(file); else if (binary) reader.readAsArrayBuffer(file); else reader.readAsBinaryString(file);
      }
      function text_utf8Decode(bytes) {
        try {
          return decodeURIComponent(escape(bytes));
        } catch (_e) {
          return bytes;
        }
      }
      function readResult(bytes, options, ourFile) {
        if (options.base64encode === true) return encodeBinary(bytes);
        if (options.asText || options.base64encode === false || !ourFile) return text_utf8Decode(bytes);
        return bytes;
      }
      function readUrl(env, url, ourFile, options, outcome) {
        var params = ourFile ? securityParams(options).concat(cacheBust(options)) : [];
        perform({
          transport: env.transport,
          request: {
            method: "GET",
            url: withQuery(url, params),
            binary: true
          },
          codes: READ_CODES,
          outcome: outcome,
          progress: true,
          parse: function(res) {
            return readResult(res.body, options, ourFile);
          }
        });
      }
      function read(env, args) {
        env.ctx.requireKey();
        var input = args[0];
        if (!input) throw new FilepickerException("No input given - nothing to read!");
        var a = shiftAfter(args, 1);
        var options = copyOptions(a.options);
        var outcome = outcomeFor(env.ctx, a);
        var hosts = env.ctx.hosts;
        if (typeof input === "string") {
          var ours = toFileApiUrl(hosts, input);
          readUrl(env, ours || input, !!ours, options, outcome);
        } else if (isFileInput(input)) {
          var file = firstFile(input);
          if (!file) outcome.fail(new FPError(115, "filepicker: the file input has no file chosen")); else readLocalFile(file, options, outcome);
        } else if (isFile(input)) {
          readLocalFile(input, options, outcome);
        } else if (urlOf(input)) {
          var url = String(urlOf(input));
          readUrl(env, toFileApiUrl(hosts, url) || url, true, options, outcome);
        } else {
          throw new FilepickerException("Cannot read given input: " + show(input) + ". Not a url, file input, DOM File, or FPFile object.");
        }
      }
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
        env.ctx.requireKey();
        var a = shiftAfter(args, 1);
        var options = copyOptions(a.options);
        var target = targetUrl(env.ctx.hosts, args[0], "Invalid file to get metadata for");
        perform({
          transport: env.transport,
          request: {
            method: "GET",
            url: withQuery(target + "/metadata", optionParams(options, [ "cache" ]).concat(cacheBust(options)))
          },
          codes: STAT_CODES,
          outcome: outcomeFor(env.ctx, {
            onSuccess: a.onSuccess,
            onError: a.onError
          }),
          parse: function(res) {
            return metadataFromJson(request_parseJson(res));
          }
        });
      }
      function remove(env, args) {
        var key = env.ctx.requireKey();
        var a = shiftAfter(args, 1);
        var options = copyOptions(a.options);
        var target = targetUrl(env.ctx.hosts, args[0], "Invalid file to remove");
        var onSuccess = a.onSuccess;
        perform({
          transport: env.transport,
          request: {
            method: "POST",
            url: target + "/remove",
            headers: {
              "Content-Type": "application/x-www-form-urlencoded; charset=utf-8"
            },
            body: formEncode(optionParams(options, [ "key" ]).concat([ [ "key", key ] ]))
          },
          codes: REMOVE_CODES,
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
      var ONE_PART = 5 * 1024 * 1024;
      function storeUrlFor(env, options, mimetype) {
        var location = String(options.location || "S3").toLowerCase();
        var params = [ [ "key", env.ctx.requireKey() ], [ "base64decode", options.base64decode ? "true" : undefined ], [ "mimetype", mimetype || undefined ], [ "filename", options.filename || undefined ], [ "path", options.path || undefined ], [ "container", options.container || undefined ], [ "access", options.access || undefined ] ];
        return withQuery(env.ctx.hosts.storeApi + "/" + encodeURIComponent(location), params.concat(securityParams(options)));
      }
      function post(env, request, codes, outcome) {
        perform({
          transport: env.transport,
          request: request,
          codes: codes,
          outcome: outcome,
          progress: true,
          parse: function(res) {
            return fpFileFromJson(env.ctx.hosts, request_parseJson(res));
          }
        });
      }
      function storeData(env, data, options, outcome) {
        var mimetype = options.mimetype || "text/plain";
        post(env, {
          method: "POST",
          url: storeUrlFor(env, options, mimetype),
          headers: {
            "Content-Type": mimetype
          },
          body: data
        }, WRITE_CODES, outcome);
      }
      function storeRemote(env, url, options, outcome) {
        var body = formEncode([ [ "url", sourceUrl(env.ctx.hosts, url) ] ]);
        post(env, {
          method: "POST",
          url: storeUrlFor(env, options, options.mimetype),
          headers: {
            "Content-Type": "application/x-www-form-urlencoded; charset=utf-8"
          },
          body: body
        }, STORE_URL_CODES, outcome);
      }
      function engineError(err) {
        var details = err instanceof Error ? err.message : String(err);
        return new FPError(isNetworkError(err) ? codeFor(WRITE_CODES, err.status, false) : WRITE_CODES.other, details);
      }
      function storeLarge(env, file, options, outcome) {
        var store = {
          location: String(options.location || "s3").toLowerCase(),
          path: options.path || undefined,
          container: options.container || undefined,
          access: options.access || undefined,
          filename: options.filename || undefined
        };
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
            outcome.fail(new FPError(WRITE_CODES.other, "filepicker: unexpected answer from the upload: " + e.message));
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
          url: storeUrlFor(env, options, options.mimetype),
          body: form
        }, WRITE_CODES, outcome);
      }
      function store(env, args) {
        env.ctx.requireKey();
        var input = args[0];
        var a = shiftAfter(args, 1);
        var options = copyOptions(a.options);
        if (typeof input === "string") {
          storeData(env, input, options, outcomeFor(env.ctx, a));
        } else if (isFileInput(input)) {
          var outcome = outcomeFor(env.ctx, a);
          var file = firstFile(input);
          if (!file) outcome.fail(new FPError(115, "filepicker: the file input has no file chosen")); else storeFile(env, file, options, outcome);
        } else if (isFile(input)) {
          storeFile(env, input, options, outcomeFor(env.ctx, a));
        } else if (urlOf(input)) {
          if (!options.filename) options.filename = input.filename;
          storeRemote(env, String(urlOf(input)), options, outcomeFor(env.ctx, a));
        } else {
          throw new FilepickerException("Cannot store given input: " + show(input) + ". Not a string, file input, DOM File, or FPFile object.");
        }
      }
      function storeUrl(env, args) {
        env.ctx.requireKey();
        var input = args[0];
        var a = shiftAfter(args, 1);
        var options = copyOptions(a.options);
        var outcome = outcomeFor(env.ctx, a);
        var url = typeof input === "string" ? input : urlOf(input);
        if (typeof url !== "string" || !url) {
          outcome.fail(new FPError(STORE_URL_CODES.badParams, "filepicker: storeUrl needs a URL string as its first argument, got " + show(input) + " (" + typeof input + ")"));
          return;
        }
        storeRemote(env, url, options, outcome);
      }
      function writeRequest(target, body, options) {
        var mimetype = body.kind === "file" ? body.file.type || undefined : options.mimetype;
        var params = [ [ "base64decode", options.base64decode ? "true" : undefined ], [ "mimetype", mimetype ] ];
        var url = withQuery(target, params.concat(securityParams(options)));
        if (body.kind === "data") return {
          method: "POST",
          url: url,
          headers: {
            "Content-Type": options.mimetype || "text/plain"
          },
          body: body.data
        };
        if (body.kind === "url") return {
          method: "POST",
          url: url,
          headers: {
            "Content-Type": "application/x-www-form-urlencoded; charset=utf-8"
          },
          body: formEncode([ [ "url", body.url ] ])
        };
        var form = new FormData;
        form.append("fileUpload", body.file);
        return {
          method: "POST",
          url: url,
          body: form
        };
      }
      function write_send(env, target, body, options, outcome) {
        perform({
          transport: env.transport,
          request: writeRequest(target, body, options),
          codes: WRITE_CODES,
          outcome: outcome,
          progress: true,
          parse: function(res) {
            return fpFileFromJson(env.ctx.hosts, request_parseJson(res));
          }
        });
      }
      function requireArgs(fpfile, input) {
        if (!fpfile) throw new FilepickerException("No fpfile given - nothing to write to!");
        if (input === undefined || input === null) throw new FilepickerException("No input given - nothing to write!");
      }
      function write(env, args) {
        env.ctx.requireKey();
        var fpfile = args[0];
        var input = args[1];
        requireArgs(fpfile, input);
        var a = shiftAfter(args, 2);
        var options = copyOptions(a.options);
        var target = targetUrl(env.ctx.hosts, fpfile, "Invalid file to write to");
        var outcome = outcomeFor(env.ctx, a);
        if (typeof input === "string") {
          write_send(env, target, {
            kind: "data",
            data: input
          }, options, outcome);
        } else if (isFileInput(input)) {
          var file = firstFile(input);
          if (!file) outcome.fail(new FPError(115, "filepicker: the file input has no file chosen")); else write_send(env, target, {
            kind: "file",
            file: file
          }, options, outcome);
        } else if (isFile(input)) {
          write_send(env, target, {
            kind: "file",
            file: input
          }, options, outcome);
        } else if (urlOf(input)) {
          write_send(env, target, {
            kind: "url",
            url: sourceUrl(env.ctx.hosts, urlOf(input))
          }, options, outcome);
        } else {
          throw new FilepickerException("Cannot read from given input: " + show(input) + ". Not a string, file input, DOM File, or FPFile object.");
        }
      }
      function writeUrl(env, args) {
        env.ctx.requireKey();
        var fpfile = args[0];
        var input = args[1];
        requireArgs(fpfile, input);
        var a = shiftAfter(args, 2);
        var options = copyOptions(a.options);
        var target = targetUrl(env.ctx.hosts, fpfile, "Invalid file to write to");
        var source = typeof input === "string" ? input : urlOf(input) || input;
        write_send(env, target, {
          kind: "url",
          url: sourceUrl(env.ctx.hosts, source)
        }, options, outcomeFor(env.ctx, a));
      }
      function createRestMembers(transport) {
        var on = function(fn) {
          return function(ctx, args) {
            fn({
              ctx: ctx,
              transport: transport
            }, args);
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
            logout(ctx, transport, args);
            return undefined;
          }
        };
      }
      var restMembers = createRestMembers(transport_xhrTransport);
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
        announceAllDone: "All files uploaded"
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
      var scriptBase = findScriptBase();
      function findScriptBase() {
        if (typeof document === "undefined") return undefined;
        var s = document.currentScript;
        var src = s && s.src;
        if (!src) return undefined;
        return src.replace(/[?#].*$/, "").replace(/[^/]*$/, "");
      }
      function setLocaleBase(base) {
        scriptBase = base && base.charAt(base.length - 1) !== "/" ? base + "/" : base;
      }
      function getLocaleBase() {
        return scriptBase;
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
        if (code === "en" || languages_LANGUAGES.indexOf(code) < 0 || !scriptBase || !win) return Promise.resolve(undefined);
        var pending = loading[code];
        if (pending) return pending;
        var url = scriptBase + "locales/" + code + ".js";
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
        addClass(doc.documentElement, "fp-fill");
        addClass(body, "fp-fill");
        if (title && !doc.title) doc.title = title;
        return body;
      }
      function openHost(container, pageDoc, pageWin, title, onGone) {
        var listeners = new Listeners;
        if (container === "window") {
          var popup_1 = pageWin.open("", "filepicker_dialog" + (new Date).getTime(), POPUP_FEATURES);
          if (!popup_1 || !popup_1.document) {
            throw new FilepickerError(PREFIX + 'the popup was blocked: allow pop-ups for this site, or use `container: "modal"`.');
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
          if (!frame || frame.tagName !== "IFRAME") throw new ValidationError("container", PREFIX + containerNotFound(container));
          var doc_1 = null;
          try {
            doc_1 = frame.contentDocument;
          } catch (_e) {
            doc_1 = null;
          }
          if (!doc_1 || !doc_1.defaultView) {
            throw new ValidationError("container", PREFIX + 'the iframe "' + container + '" has no document this page can reach (it must be same-origin, e.g. without `src`).');
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
              for (var i = 0; i < mine_1.length; i++) removeNode(mine_1[i]);
              removeClass(doc_1.documentElement, "fp-fill");
              removeClass(body_1, "fp-fill");
            }
          };
        }
        var overlay = el(pageDoc, "div", {
          class: "fp-overlay"
        });
        var html = pageDoc.documentElement;
        var hadNoScroll = / fp-noscroll /.test(" " + (html.getAttribute("class") || "") + " ");
        (pageDoc.body || html).appendChild(overlay);
        addClass(html, "fp-noscroll");
        function unlock() {
          if (!hadNoScroll) removeClass(html, "fp-noscroll");
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
            removeNode(overlay);
            unlock();
          }
        };
      }
      var FONT = '-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif';
      var FOCUS = "outline:3px solid #1a73e8;outline-offset:2px";
      var RULES = [ ".fp-noscroll{overflow:hidden}", ".fp-overlay{position:fixed;top:0;right:0;bottom:0;left:0;z-index:2147483000;background:rgba(20,24,31,.6);display:flex;align-items:center;justify-content:center;padding:16px;box-sizing:border-box}", ".fp-overlay[hidden],.fp-dialog [hidden]{display:none}", ".fp-dialog{font-family:" + FONT + ";font-size:15px;line-height:1.4;color:#1f2328;background:#fff;border-radius:8px;box-shadow:0 10px 40px rgba(0,0,0,.35);width:760px;max-width:100%;height:520px;max-height:100%;display:flex;flex-direction:column;box-sizing:border-box;text-align:start;overflow:hidden}", ".fp-dialog *,.fp-dialog *:before,.fp-dialog *:after{box-sizing:border-box}", ".fp-fill{margin:0;height:100%}", ".fp-fill .fp-dialog{width:100%;height:100%;border-radius:0;box-shadow:none}", ".fp-header{display:flex;align-items:center;justify-content:space-between;padding:12px 16px;border-bottom:1px solid #d0d7de}", ".fp-title{font-size:18px;font-weight:600;margin:0}", ".fp-btn{font:inherit;cursor:pointer;border:1px solid #8c959f;background:#f6f8fa;color:#1f2328;border-radius:6px;padding:6px 14px}", ".fp-btn:hover{background:#eaeef2}", ".fp-btn:focus,.fp-drop:focus,.fp-source:focus,.fp-input:focus{" + FOCUS + "}", ".fp-btn[disabled]{cursor:default;opacity:.55}", ".fp-primary{background:#1a7f37;border-color:#1a7f37;color:#fff;font-weight:600}", ".fp-primary:hover{background:#116329}", ".fp-close{font-size:22px;line-height:1;padding:2px 10px;background:transparent;border-color:transparent}", ".fp-body{display:flex;flex:1 1 auto;min-height:0}", ".fp-nav{flex:0 0 auto;width:170px;border-inline-end:1px solid #d0d7de;background:#f6f8fa;overflow:auto}", ".fp-sources{list-style:none;margin:0;padding:8px}", ".fp-source{display:block;width:100%;text-align:start;font:inherit;color:#1f2328;background:transparent;border:0;border-radius:6px;padding:8px 10px;margin-bottom:4px;cursor:pointer}", ".fp-source:hover{background:#eaeef2}", ".fp-source[aria-current=true]{background:#ddf4ff;color:#0a3069;font-weight:600}", ".fp-main{flex:1 1 auto;display:flex;flex-direction:column;min-width:0;padding:12px 16px;overflow:auto}", ".fp-drop{display:flex;flex-direction:column;align-items:center;justify-content:center;text-align:center;font:inherit;color:#1f2328;background:#fff;border:2px dashed #8c959f;border-radius:8px;padding:20px;min-height:120px;width:100%;cursor:pointer}", ".fp-drop:hover,.fp-dragover .fp-drop{border-color:#1a73e8;background:#f0f7ff}", ".fp-hint{color:#57606a;font-size:13px;margin:6px 0 0}", ".fp-file-input{position:absolute;width:1px;height:1px;opacity:0;overflow:hidden;clip:rect(0 0 0 0)}", ".fp-row{display:flex;gap:8px;align-items:center;margin-top:10px;flex-wrap:wrap}", ".fp-label{display:block;font-weight:600;margin-bottom:6px}", ".fp-input{font:inherit;flex:1 1 240px;min-width:0;padding:6px 8px;border:1px solid #8c959f;border-radius:6px}", ".fp-errors{color:#b3261e;margin:8px 0 0;padding:0;list-style:none}", ".fp-errors li{margin-top:4px}", ".fp-files-title{font-size:14px;font-weight:600;margin:14px 0 4px}", ".fp-files{list-style:none;margin:0;padding:0}", ".fp-file{display:flex;flex-wrap:wrap;align-items:center;gap:4px 10px;padding:6px 0;border-bottom:1px solid #eaeef2;content-visibility:auto;contain-intrinsic-size:auto 37px}", ".fp-file-name{flex:1 1 200px;min-width:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;font-weight:500}", ".fp-file-size,.fp-file-status{color:#57606a;font-size:13px}", ".fp-file-failed .fp-file-status{color:#b3261e}", ".fp-file-done .fp-file-status{color:#1a7f37}", ".fp-progress{width:120px;height:8px}", ".fp-small{padding:2px 8px;font-size:13px}", ".fp-footer{display:flex;align-items:center;gap:12px;padding:10px 16px;border-top:1px solid #d0d7de}", ".fp-total{flex:1 1 auto;display:flex;align-items:center;gap:10px;color:#57606a;font-size:13px}", ".fp-total .fp-progress{flex:1 1 auto;max-width:280px}", ".fp-sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}", "@media (max-width:560px){.fp-body{flex-direction:column}.fp-nav{width:auto;border-inline-end:0;border-bottom:1px solid #d0d7de}.fp-sources{display:flex}.fp-source{width:auto;margin:0 4px 0 0}.fp-dialog{height:100%}}" ];
      function applyStyles(doc) {
        var win = doc.defaultView;
        var anyDoc = doc;
        if (win && win.CSSStyleSheet && "adoptedStyleSheets" in doc) {
          try {
            var sheet_1 = new win.CSSStyleSheet;
            if (typeof sheet_1.replaceSync === "function") {
              sheet_1.replaceSync(RULES.join("\n"));
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
          for (var i = 0; i < RULES.length; i++) {
            try {
              sheet.insertRule(RULES[i], sheet.cssRules.length);
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
      var SUPPORTED = [ "COMPUTER", "URL" ];
      function planSources(config) {
        var sources = [];
        var unsupported = [];
        var list = config.sources && config.sources.length ? config.sources : [ "COMPUTER" ];
        for (var i = 0; i < list.length; i++) {
          var s = String(list[i]).toUpperCase();
          if (SUPPORTED.indexOf(s) >= 0) {
            if (sources.indexOf(s) < 0) sources.push(s);
          } else if (unsupported.indexOf(s) < 0) unsupported.push(s);
        }
        if (!sources.length) sources.push("COMPUTER");
        var open = config.openTo ? String(config.openTo).toUpperCase() : "";
        var first = sources.indexOf(open) >= 0 ? open : sources[0];
        if (config.crop && (config.crop.ratio !== undefined || config.crop.dim || config.crop.max || config.crop.min || config.crop.force)) unsupported.push("crop options (cropRatio, cropDim, cropMax, cropMin, cropForce)");
        var conv = config.conversions || [];
        if (conv.length && !(conv.length === 1 && conv[0] === "crop")) unsupported.push("conversions");
        if (config.webcam && (config.webcam.dim || config.webcam.videoRes || config.webcam.videoLen || config.webcam.audioLen)) unsupported.push("webcam options");
        if (config.customSourceContainer || config.customSourcePath) unsupported.push("customSourceContainer/customSourcePath");
        return {
          sources: sources,
          first: first,
          unsupported: unsupported
        };
      }
      function unsupportedWarning(unsupported) {
        if (!unsupported.length) return null;
        return "filepicker: the dialog does not support " + unsupported.join(", ") + " yet; left out (only COMPUTER and URL are available).";
      }
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
          this.node = el(doc, "div", {
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
      var counter = 0;
      var SOURCE_KEYS = {
        COMPUTER: "sourceComputer",
        URL: "sourceUrl"
      };
      function buildView(doc, config, binder, listeners, panels, order) {
        var n = ++counter;
        var titleId = "fp-title-" + n;
        var title = el(doc, "h2", {
          class: "fp-title",
          id: titleId
        });
        binder.text(title, config.multiple ? "titleMultiple" : "titleSingle");
        var close = el(doc, "button", {
          type: "button",
          class: "fp-btn fp-close"
        }, [ "×" ]);
        binder.attr(close, "aria-label", "close");
        binder.attr(close, "title", "close");
        var header = el(doc, "div", {
          class: "fp-header"
        }, [ title, close ]);
        var nav = el(doc, "ul", {
          class: "fp-sources"
        });
        var main = el(doc, "div", {
          class: "fp-main"
        });
        var tabs = {};
        for (var i = 0; i < order.length; i++) {
          var s = order[i];
          var button = el(doc, "button", {
            type: "button",
            class: "fp-source",
            "data-fp-source": s.toLowerCase()
          });
          binder.text(button, SOURCE_KEYS[s]);
          nav.appendChild(el(doc, "li", {}, [ button ]));
          main.appendChild(panels[s]);
          tabs[s] = {
            button: button,
            panel: panels[s]
          };
        }
        var errors = el(doc, "ul", {
          class: "fp-errors",
          hidden: ""
        });
        var filesTitle = el(doc, "h3", {
          class: "fp-files-title",
          hidden: ""
        });
        binder.text(filesTitle, "filesLabel");
        var files = el(doc, "ul", {
          class: "fp-files"
        });
        main.appendChild(errors);
        main.appendChild(filesTitle);
        main.appendChild(files);
        var navWrap = el(doc, "nav", {
          class: "fp-nav"
        }, [ nav ]);
        binder.attr(navWrap, "aria-label", "sourcesLabel");
        var body = el(doc, "div", {
          class: "fp-body"
        }, order.length > 1 ? [ navWrap, main ] : [ main ]);
        var total = el(doc, "progress", {
          class: "fp-progress",
          max: "100",
          value: "0"
        });
        var totalText = el(doc, "span", {
          class: "fp-total-text"
        });
        binder.text(totalText, "totalProgress", {
          percent: 0
        });
        total.setAttribute("aria-labelledby", "fp-total-" + n);
        totalText.setAttribute("id", "fp-total-" + n);
        var primary = el(doc, "button", {
          type: "button",
          class: "fp-btn fp-primary",
          disabled: ""
        });
        binder.text(primary, config.backgroundUpload ? "done" : "upload");
        if (!config.multiple) primary.setAttribute("hidden", "");
        var footer = el(doc, "div", {
          class: "fp-footer",
          hidden: ""
        }, [ el(doc, "div", {
          class: "fp-total"
        }, [ total, totalText ]), primary ]);
        var announcer = new Announcer(doc);
        var root = el(doc, "div", {
          class: "fp-dialog",
          role: "dialog",
          "aria-modal": "true",
          "aria-labelledby": titleId,
          tabindex: "-1"
        }, [ header, body, footer, announcer.node ]);
        for (var s in tabs) {
          if (!Object.prototype.hasOwnProperty.call(tabs, s)) continue;
          listeners.on(tabs[s].button, "click", view_select.bind(null, tabs, s));
        }
        return {
          root: root,
          title: title,
          close: close,
          nav: nav,
          main: main,
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
              size: formatSize(file.size),
              max: formatSize(config.maxSize)
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
        var input = el(doc, "input", {
          type: "file",
          class: "fp-file-input",
          hidden: "",
          tabindex: "-1"
        });
        var accept = acceptAttribute(config.accept);
        if (accept) input.setAttribute("accept", accept);
        if (config.multiple) input.multiple = true;
        var dropText = el(doc, "span", {
          class: "fp-drop-text"
        });
        binder.text(dropText, config.multiple ? "dropMultiple" : "dropSingle");
        var drop = el(doc, "button", {
          type: "button",
          class: "fp-drop"
        }, [ dropText ]);
        var hints = [];
        function hint(key, vars) {
          var p = el(doc, "span", {
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
          size: formatSize(config.maxSize)
        });
        if (config.multiple && config.maxFiles !== undefined) hint("maxFilesHint", {
          count: config.maxFiles
        });
        hint("pasteHint");
        for (var i = 0; i < hints.length; i++) drop.appendChild(hints[i]);
        var panel = el(doc, "div", {
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
          var folderInput_1 = el(doc, "input", {
            type: "file",
            class: "fp-file-input",
            hidden: "",
            tabindex: "-1",
            webkitdirectory: "",
            directory: ""
          });
          folderInput_1.multiple = true;
          var folderBtn = el(doc, "button", {
            type: "button",
            class: "fp-btn fp-folder"
          });
          binder.text(folderBtn, "chooseFolder");
          panel.appendChild(el(doc, "div", {
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
        var label = el(doc, "label", {
          class: "fp-label",
          for: id
        });
        binder.text(label, "urlLabel");
        var input = el(doc, "input", {
          type: "url",
          id: id,
          class: "fp-input",
          autocomplete: "url",
          placeholder: "https://",
          spellcheck: "false"
        });
        var submit = el(doc, "button", {
          type: "submit",
          class: "fp-btn"
        });
        binder.text(submit, "urlSubmit");
        var form = el(doc, "form", {
          class: "fp-url-form",
          novalidate: ""
        }, [ label, el(doc, "div", {
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
          panel: el(doc, "div", {
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
      function fileEntry(file) {
        var size = file.size || 0;
        return {
          id: nextId++,
          client: "computer",
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
      function anyFailed(entries) {
        for (var i = 0; i < entries.length; i++) if (entries[i].status === "failed") return true;
        return false;
      }
      function createRow(doc, binder, entry, removable) {
        var name = el(doc, "span", {
          class: "fp-file-name",
          title: entry.name
        }, [ entry.name ]);
        var size = el(doc, "span", {
          class: "fp-file-size"
        }, [ entry.size ? formatSize(entry.size) : "" ]);
        var progress = el(doc, "progress", {
          class: "fp-progress",
          max: "100",
          value: "0"
        });
        binder.attr(progress, "aria-label", "progressOf", {
          filename: entry.name
        });
        var status = el(doc, "span", {
          class: "fp-file-status"
        });
        var retry = el(doc, "button", {
          type: "button",
          class: "fp-btn fp-small",
          hidden: ""
        });
        binder.text(retry, "retry");
        var remove = el(doc, "button", {
          type: "button",
          class: "fp-btn fp-small fp-remove"
        }, [ "×" ]);
        binder.attr(remove, "aria-label", "removeFile", {
          filename: entry.name
        });
        if (!removable) remove.setAttribute("hidden", "");
        var li = el(doc, "li", {
          class: "fp-file",
          "data-fp-id": String(entry.id)
        }, [ name, size, progress, status, retry, remove ]);
        var row = {
          li: li,
          status: status,
          progress: progress,
          retry: retry,
          remove: remove
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
        var showRemove = removable || entry.status === "failed";
        if (showRemove) row.remove.removeAttribute("hidden"); else if (!row.remove.hasAttribute("hidden")) row.remove.setAttribute("hidden", "");
        setText(row.remove, "×");
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
            if (button === _this.rows[id].retry) _this.actions.retry(entry); else if (button === _this.rows[id].remove) _this.actions.remove(entry);
          });
        }
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
            var li = el(this.doc, "li");
            this.binder.text(li, rejected[i].key, rejected[i].vars);
            texts.push(li.textContent || "");
            ul.appendChild(li);
          }
          ul.removeAttribute("hidden");
          this.view.announcer.say("errors", texts.join(" "), true);
        };
        FileList.prototype.canFinish = function() {
          return this.entries.length > 0 && !anyFailed(this.entries) && !this.finishing;
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
          toggle(v.footer, some);
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
      var RESIZABLE = [ "image/jpeg", "image/png", "image/webp", "image/bmp" ];
      function scaleFor(w, h, pair) {
        if (!pair) return null;
        var sw = pair[0] ? pair[0] / w : null;
        var sh = pair[1] ? pair[1] / h : null;
        if (sw !== null && sh !== null) return null;
        return sw !== null ? sw : sh;
      }
      function targetSize(w, h, opts) {
        if (!(w > 0 && h > 0)) return null;
        var scale = 1;
        var dim = opts.dim;
        if (dim && (dim[0] || dim[1])) {
          var one = scaleFor(w, h, dim);
          scale = one !== null ? one : Math.min(dim[0] / w, dim[1] / h);
        } else {
          var max = opts.max;
          if (max && (max[0] || max[1])) {
            var sw = max[0] ? max[0] / w : Infinity;
            var sh = max[1] ? max[1] / h : Infinity;
            scale = Math.min(scale, sw, sh);
          }
          var min = opts.min;
          if (scale === 1 && min && (min[0] || min[1])) {
            var sw = min[0] ? min[0] / w : 0;
            var sh = min[1] ? min[1] / h : 0;
            scale = Math.max(1, sw, sh);
          }
        }
        var width = Math.max(1, Math.round(w * scale));
        var height = Math.max(1, Math.round(h * scale));
        return width === w && height === h ? null : {
          width: width,
          height: height
        };
      }
      function hasImageOptions(opts) {
        return !!opts && (opts.quality !== undefined || !!opts.dim || !!opts.max || !!opts.min);
      }
      function canvasAvailable(doc) {
        try {
          var c = doc.createElement("canvas");
          return !!(c.getContext && c.getContext("2d") && c.toBlob);
        } catch (_e) {
          return false;
        }
      }
      function rename(blob, name, win) {
        var FileCtor = win.File;
        try {
          if (FileCtor && name) return new FileCtor([ blob ], name, {
            type: blob.type
          });
        } catch (_e) {}
        var out = blob;
        if (name) out.name = name;
        return out;
      }
      function prepareImage(file, opts, doc) {
        var win = doc.defaultView;
        var type = (file.type || "").toLowerCase();
        if (RESIZABLE.indexOf(type) < 0 || !win || !win.URL || !canvasAvailable(doc)) return Promise.resolve(file);
        return new Promise(function(resolve) {
          var url = win.URL.createObjectURL(file);
          var img = new win.Image;
          function done(out) {
            win.URL.revokeObjectURL(url);
            resolve(out);
          }
          img.onerror = function() {
            done(file);
          };
          img.onload = function() {
            var w = img.naturalWidth;
            var h = img.naturalHeight;
            var size = targetSize(w, h, opts);
            var recompress = type === "image/jpeg" && opts.quality !== undefined;
            if (!size && !recompress) return done(file);
            var canvas = doc.createElement("canvas");
            canvas.width = size ? size.width : w;
            canvas.height = size ? size.height : h;
            var ctx = canvas.getContext("2d");
            if (!ctx) return done(file);
            ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
            var quality = type === "image/jpeg" && opts.quality !== undefined ? Math.max(0, Math.min(100, opts.quality)) / 100 : undefined;
            canvas.toBlob(function(blob) {
              done(blob ? rename(blob, file.name, win) : file);
            }, type, quality);
          };
          img.src = url;
        });
      }
      var MAX_PARALLEL_FILES = 3;
      function messageOf(e) {
        var m = String(e && e.message || e || "");
        return m.indexOf(PREFIX) === 0 ? m.slice(PREFIX.length) : m;
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
          this.listeners = new Listeners;
          this.cleanups = [];
          this.tokens = {};
          var plan = planSources(config);
          var warning = unsupportedWarning(plan.unsupported);
          var console = env.window.console;
          if (warning && console) console.warn(warning);
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
          this.cleanups.push(applyStyles(doc));
          if (config.customCss) this.cleanups.push(addStylesheetLink(doc, config.customCss));
          var panels = {};
          for (var i = 0; i < sources.length; i++) {
            if (sources[i] === "COMPUTER") {
              this.computer = computerPanel(doc, config, this.binder, L, function(files) {
                _this.addFiles(files);
              });
              panels.COMPUTER = this.computer.panel;
            } else if (sources[i] === "URL") {
              panels.URL = urlPanel(doc, this.binder, L, function(url) {
                _this.addUrl(url);
              }, function() {
                _this.showErrors([ {
                  reason: "type",
                  key: "urlInvalid",
                  vars: {}
                } ]);
              }).panel;
            }
          }
          var view = buildView(doc, config, this.binder, L, panels, sources);
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
            }
          });
          view_select(view.tabs, first);
          host.mount.appendChild(view.root);
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
              _this.userClose();
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
          var target = first === "COMPUTER" && this.computer ? this.computer.drop : focusableWithin(tab.panel)[0] || view.close;
          target.focus();
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
        Session.prototype.addFiles = function(files, folderRefused) {
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
          for (var i = 0; i < got.accepted.length; i++) entries.push(fileEntry(got.accepted[i]));
          this.take(entries);
        };
        Session.prototype.addUrl = function(url) {
          if (this.ended || this.finishing) return;
          var got = admit(__assign(__assign({}, this.config), {
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
            if (entries[i].status === "waiting") {
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
          var prepare = entry.client === "computer" && entry.file && hasImageOptions(image);
          list.update(entry, {
            status: prepare ? "preparing" : "uploading",
            loaded: 0,
            error: undefined,
            retry: undefined
          });
          var ready = prepare ? prepareImage(entry.file, image, this.host.doc) : Promise.resolve(entry.file);
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
              task = entry.client === "url" ? _this.uploader.storeUrl(entry.url, _this.store, events) : _this.uploader.upload(src, _this.store, events);
            } catch (e) {
              _this.fail(e);
              return;
            }
            entry.task = task;
            task.promise.then(function(stored) {
              if (!current()) return;
              entry.task = undefined;
              list.stored(entry, stored);
              _this.pump();
              _this.checkFinish();
            }, function(err) {
              if (!current()) return;
              entry.task = undefined;
              if (_this.hidden) {
                _this.fail(err instanceof Error ? err : new Error(PREFIX + messageOf(err)));
                return;
              }
              _this.finishing = false;
              list.failed(entry, isAbortError(err) ? "" : messageOf(err));
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
          this.list.remove(entry, this.computer ? this.computer.drop : this.view.close);
          this.pump();
          this.checkFinish();
        };
        Session.prototype.checkFinish = function() {
          if (this.ended || !this.list.allDone()) return;
          if (this.config.multiple && !this.finishing) return;
          var files = [];
          var entries = this.list.entries;
          for (var i = 0; i < entries.length; i++) files.push(__assign(__assign({}, entries[i].result), {
            client: entries[i].client
          }));
          this.end();
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
        Session.prototype.end = function() {
          this.ended = true;
          var entries = this.list ? this.list.entries : [];
          for (var i = 0; i < entries.length; i++) {
            var t = entries[i].task;
            entries[i].task = undefined;
            if (t) t.cancel();
          }
          this.listeners.removeAll();
          if (this.view) removeNode(this.view.root);
          if (this.host) this.host.destroy();
          for (var i = 0; i < this.cleanups.length; i++) this.cleanups[i]();
          this.cleanups = [];
          if (!this.hidden) this.restoreFocus();
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
      var styles_RULES = [ ".fp__btn{box-sizing:border-box;display:inline-block;height:34px;padding:4px 24px;margin:0;vertical-align:middle;cursor:pointer;" + 'font-family:"Open Sans",sans-serif;font-size:12px;font-weight:600;line-height:1.42857143;color:#fff;text-align:center;white-space:nowrap;' + "background:#c43a1f;border:1px solid transparent;border-radius:17px}", ".fp__btn:hover{background-color:#a93018}", ".fp__btn:focus-visible{outline:2px solid #1a5fb4;outline-offset:2px}", ".fp-hidden{display:none !important}", ".fp-drag-widget{display:inline-block;padding:1px}", ".fp-drop-zone{display:inline-block;margin:0 0 0 4px;border:1px dashed #aaa;border-radius:3px;background-color:#f3f3f3;color:#333;" + "font-size:14px;line-height:22px;padding:2px 4px;vertical-align:middle;cursor:pointer;overflow:hidden}", ".fp-drop-zone--over{background-color:#e0e0e0;border:1px solid #000}", ".fp-drop-zone--done{cursor:default}", ".fp-drop-zone--busy{padding:0;border:1px solid #aaa;box-shadow:inset 0 1px 2px rgba(0,0,0,.1)}", ".fp-drop-zone__progress{display:block;width:160px;height:22px}", ".fp-drop-zone__clear{float:right;margin-left:6px;padding:0 3px;border:0;background:transparent;color:#600;font-size:14px;cursor:pointer}", ".fp-preview{display:block;width:100%;height:100%;border:0}", ".fp-save-backdrop{position:fixed;top:0;right:0;bottom:0;left:0;z-index:2147483000;background:rgba(0,0,0,.45);display:flex;align-items:center;justify-content:center}", ".fp-save{box-sizing:border-box;min-width:280px;max-width:92vw;padding:20px;border-radius:6px;background:#fff;color:#222;font:14px/1.4 sans-serif;box-shadow:0 8px 30px rgba(0,0,0,.3)}", ".fp-save__title{margin:0 0 8px;font-size:18px}", ".fp-save__file{margin:0 0 16px;word-break:break-all;color:#555}", ".fp-save__actions{display:flex;flex-wrap:wrap;gap:8px;justify-content:flex-end}", ".fp-save__button{padding:8px 14px;border:1px solid #888;border-radius:4px;background:#f5f5f5;color:#222;font:inherit;cursor:pointer}", ".fp-save__button--primary{border-color:#a93018;background:#c43a1f;color:#fff}", ".fp-save__button:focus-visible{outline:2px solid #1a5fb4;outline-offset:2px}" ];
      var MARK = "__fpWidgetSheet";
      function ensureStyles(doc) {
        var holder = doc;
        if (holder[MARK]) return;
        holder[MARK] = true;
        var win = doc.defaultView;
        var anyDoc = doc;
        if (win && typeof win.CSSStyleSheet === "function" && "adoptedStyleSheets" in doc) {
          try {
            var sheet = new win.CSSStyleSheet;
            styles_fill(sheet);
            anyDoc.adoptedStyleSheets = anyDoc.adoptedStyleSheets.concat([ sheet ]);
            return;
          } catch (_e) {}
        }
        var style = doc.createElement("style");
        style.setAttribute("data-fp-widgets", "");
        (doc.head || doc.documentElement).appendChild(style);
        if (style.sheet) styles_fill(style.sheet);
      }
      function styles_fill(sheet) {
        for (var i = 0; i < styles_RULES.length; i++) {
          try {
            sheet.insertRule(styles_RULES[i], sheet.cssRules.length);
          } catch (_e) {}
        }
      }
      function toggleClass(el, name, on) {
        var cur = " " + (el.getAttribute("class") || "") + " ";
        var has = cur.indexOf(" " + name + " ") >= 0;
        if (on && !has) el.setAttribute("class", (cur + name).replace(/^\s+|\s+$/g, "")); else if (!on && has) el.setAttribute("class", cur.replace(" " + name + " ", " ").replace(/^\s+|\s+$/g, ""));
      }
      function hide(el) {
        el.setAttribute("hidden", "");
        toggleClass(el, "fp-hidden", true);
      }
      var saveDialog_counter = 0;
      var saveDialog_FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';
      function openSaveDialog(doc, filename, cb) {
        ensureStyles(doc);
        var id = "fp-save-" + ++saveDialog_counter;
        var backdrop = doc.createElement("div");
        backdrop.className = "fp-save-backdrop";
        var dialog = doc.createElement("div");
        dialog.className = "fp-save";
        dialog.setAttribute("role", "dialog");
        dialog.setAttribute("aria-modal", "true");
        dialog.setAttribute("aria-labelledby", id + "-title");
        dialog.setAttribute("aria-describedby", id + "-file");
        dialog.setAttribute("tabindex", "-1");
        var title = doc.createElement("h2");
        title.className = "fp-save__title";
        title.id = id + "-title";
        title.textContent = "Save file";
        var file = doc.createElement("p");
        file.className = "fp-save__file";
        file.id = id + "-file";
        file.textContent = filename;
        var actions = doc.createElement("div");
        actions.className = "fp-save__actions";
        var download = doc.createElement("button");
        download.setAttribute("type", "button");
        download.className = "fp-save__button fp-save__button--primary";
        download.textContent = "Download to this computer";
        var cancel = doc.createElement("button");
        cancel.setAttribute("type", "button");
        cancel.className = "fp-save__button";
        cancel.textContent = "Cancel";
        actions.appendChild(download);
        actions.appendChild(cancel);
        dialog.appendChild(title);
        dialog.appendChild(file);
        dialog.appendChild(actions);
        backdrop.appendChild(dialog);
        var previous = doc.activeElement;
        var open = true;
        var close = function() {
          if (!open) return;
          open = false;
          doc.removeEventListener("keydown", onKey, true);
          doc.removeEventListener("focusin", onFocusIn, true);
          if (backdrop.parentNode) backdrop.parentNode.removeChild(backdrop);
          if (previous && typeof previous.focus === "function" && doc.documentElement.contains(previous)) previous.focus();
        };
        var finish = function(fn) {
          return function(e) {
            if (e) e.preventDefault();
            if (!open) return;
            close();
            fn();
          };
        };
        var doDownload = finish(function() {
          return cb.onDownload();
        });
        var doCancel = finish(function() {
          return cb.onCancel();
        });
        function focusables() {
          var list = dialog.querySelectorAll(saveDialog_FOCUSABLE);
          var out = [];
          for (var i = 0; i < list.length; i++) out.push(list[i]);
          return out;
        }
        function onKey(e) {
          if (e.key === "Escape" || e.key === "Esc" || e.keyCode === 27) {
            e.stopPropagation();
            doCancel(e);
            return;
          }
          if (e.key === "Tab" || e.keyCode === 9) {
            var items = focusables();
            if (!items.length) return;
            var first = items[0];
            var last = items[items.length - 1];
            var active = doc.activeElement;
            if (e.shiftKey && (active === first || !dialog.contains(active))) {
              e.preventDefault();
              last.focus();
            } else if (!e.shiftKey && (active === last || !dialog.contains(active))) {
              e.preventDefault();
              first.focus();
            }
          }
        }
        function onFocusIn(e) {
          if (e.target && !dialog.contains(e.target)) download.focus();
        }
        download.addEventListener("click", doDownload, false);
        cancel.addEventListener("click", doCancel, false);
        backdrop.addEventListener("click", function(e) {
          if (e.target === backdrop) doCancel(e);
        }, false);
        doc.addEventListener("keydown", onKey, true);
        doc.addEventListener("focusin", onFocusIn, true);
        (doc.body || doc.documentElement).appendChild(backdrop);
        download.focus();
        return {
          close: close,
          root: backdrop
        };
      }
      var URL_RE = /^(http|https):.*\/\//i;
      function downloadUrl(url) {
        var hash = url.indexOf("#");
        var base = hash >= 0 ? url.slice(0, hash) : url;
        return base + (base.indexOf("?") >= 0 ? "&" : "?") + "dl=true";
      }
      function lastSegment(url) {
        var path = url.replace(/[?#].*$/, "").replace(/\/+$/, "");
        var seg = path.slice(path.lastIndexOf("/") + 1);
        try {
          return decodeURIComponent(seg);
        } catch (_e) {
          return seg;
        }
      }
      function requestedServices(options, table) {
        var list = options.services;
        if (list !== undefined && Object.prototype.toString.call(list) !== "[object Array]") list = [ list ];
        if (list === undefined && options.service !== undefined) list = [ options.service ];
        var out = [];
        var arr = list || [];
        for (var i = 0; i < arr.length; i++) {
          var name_1 = String(arr[i]).replace(" ", "");
          if (typeof arr[i] === "number" && table) {
            for (var k in table) if (table[k] === arr[i]) name_1 = k;
          }
          out.push(name_1.toUpperCase());
        }
        return out;
      }
      function exportFile(ctx, args) {
        ctx.requireKey();
        var a = shiftAfter(args, 1);
        var input = a.fixed[0];
        var options = {};
        var given = a.options;
        if (given && typeof given === "object") for (var k in given) options[k] = given[k];
        var onError = a.onError || handleError(ctx.debug);
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
          throw new FilepickerException("Invalid file to export: " + input + ". Not a valid url or FPFile object. You may want to use filepicker.store() to get an FPFile to export");
        }
        if ((options.mimetype || options.mimetypes) && (options.extension || options.extensions)) {
          throw new FilepickerException("Error: Cannot pass in both mimetype and extension parameters to the export function");
        }
        var api = apiOf(ctx);
        var left = requestedServices(options, api.services).filter(function(s) {
          return s !== "COMPUTER";
        });
        if (left.length) {
          ctx.warnOnce("export:services:" + left.join(","), 'filepicker: export offers only "Download to this computer" in this version; these services are left out: ' + left.join(", "));
        }
        var filename = String(options.suggestedFilename || lastSegment(url) || "file");
        var outcome = new Outcome(a.onSuccess, onError);
        var doc = windowOf(ctx).document;
        var deliver = function(meta) {
          var blob = {
            url: url,
            filename: options.suggestedFilename ? filename : String(meta && meta.filename || filename),
            mimetype: String(options.mimetype || meta && meta.mimetype || ""),
            size: size !== undefined ? size : meta && typeof meta.size === "number" ? meta.size : undefined,
            client: "computer",
            isWriteable: true
          };
          outcome.succeed(blob);
        };
        var clickLink = function(href) {
          var link = doc.createElement("a");
          link.setAttribute("href", href);
          link.setAttribute("download", filename);
          link.setAttribute("rel", "noopener");
          link.className = "fp-hidden";
          (doc.body || doc.documentElement).appendChild(link);
          try {
            link.click();
          } finally {
            if (link.parentNode) link.parentNode.removeChild(link);
          }
        };
        var directDownload = function() {
          clickLink(downloadUrl(url));
          if (size !== undefined || typeof api.stat !== "function") {
            deliver(null);
            return;
          }
          try {
            api.stat(url, {}, function(meta) {
              return deliver(meta || null);
            }, function() {
              return deliver(null);
            });
          } catch (_e) {
            deliver(null);
          }
        };
        var renamedDownload = function(win) {
          win.fetch(downloadUrl(url)).then(function(res) {
            if (!res.ok) throw new Error("HTTP " + res.status);
            return res.blob();
          }).then(function(data) {
            var objectUrl = win.URL.createObjectURL(data);
            clickLink(objectUrl);
            setTimeout(function() {
              return win.URL.revokeObjectURL(objectUrl);
            }, 6e4);
            deliver({
              size: data.size,
              mimetype: data.type
            });
          }, function() {
            return directDownload();
          });
        };
        var dialog = openSaveDialog(doc, filename, {
          onDownload: function() {
            var win = windowOf(ctx);
            if (renamed && typeof win.fetch === "function" && win.URL && typeof win.URL.createObjectURL === "function") renamedDownload(win); else directDownload();
          },
          onCancel: function() {
            outcome.fail(new FPError(131));
          }
        });
        return {
          close: function() {
            outcome.close();
            dialog.close();
          }
        };
      }
      function pickFolder(ctx, args) {
        ctx.requireKey();
        var a = shiftOptions(args);
        var outcome = new Outcome(a.onSuccess, a.onError || handleError(ctx.debug));
        setTimeout(function() {
          return outcome.fail(new FPError(102, "pickFolder needs a cloud source, which this version does not provide"));
        }, 0);
        return {
          close: function() {
            return outcome.close();
          }
        };
      }
      function processImage(ctx, args) {
        ctx.requireKey();
        var a = shiftAfter(args, 1);
        var input = a.fixed[0];
        if (!(typeof input === "string" || input && typeof input === "object" && input.url)) {
          throw new FilepickerException("Invalid file to convert: " + input + ". Not a valid url or FPFile object or not filepicker url. You can convert only filepicker url images.");
        }
        var outcome = new Outcome(a.onSuccess, a.onError || handleError(ctx.debug), a.onProgress);
        setTimeout(function() {
          return outcome.fail(new FPError(102, "processImage needs the crop/convert view, which this version does not provide yet"));
        }, 0);
        return {
          close: function() {
            return outcome.close();
          }
        };
      }
      function readAttributes(el) {
        var out = {};
        var attrs = el.attributes;
        for (var i = 0; i < attrs.length; i++) {
          var name_1 = attrs[i].name.toLowerCase();
          if (name_1.indexOf("data-fp-") === 0 && !Object.prototype.hasOwnProperty.call(out, name_1)) out[name_1] = attrs[i].value;
        }
        return out;
      }
      function attr(map, name) {
        var v = map[name.toLowerCase()];
        return v ? v : undefined;
      }
      var GENERAL = [ [ "container", "container" ], [ "mimetype", "mimetype" ], [ "extension", "extension" ], [ "opento", "openTo" ], [ "signature", "signature" ], [ "policy", "policy" ], [ "language", "language" ], [ "background-upload", "backgroundUpload" ], [ "hide", "hide" ], [ "custom-css", "customCss" ], [ "crop-force", "cropForce" ], [ "crop-ratio", "cropRatio" ], [ "crop-dim", "cropDim" ], [ "crop-max", "cropMax" ], [ "crop-min", "cropMin" ], [ "show-close", "showClose" ], [ "conversions", "conversions" ], [ "custom-text", "customText" ], [ "custom-source-container", "customSourceContainer" ], [ "custom-source-path", "customSourcePath" ] ];
      var PICK_ONLY = [ [ "mimetypes", "mimetypes" ], [ "extensions", "extensions" ], [ "maxsize", "maxSize" ], [ "maxfiles", "maxFiles" ], [ "store-location", "storeLocation" ], [ "store-path", "storePath" ], [ "store-container", "storeContainer" ], [ "store-region", "storeRegion" ], [ "store-access", "storeAccess" ], [ "image-quality", "imageQuality" ], [ "image-dim", "imageDim" ], [ "image-max", "imageMax" ], [ "image-min", "imageMin" ] ];
      var WEBCAM = [ [ "video-recording-resolution", "videoRes" ], [ "webcam-dim", "webcamDim" ], [ "video-length", "videoLen" ], [ "audio-length", "audioLen" ] ];
      var SPLIT = [ "extensions", "mimetypes", "imageDim", "imageMin", "imageMax", "cropDim", "cropMax", "cropMin", "conversions" ];
      var V1_GENERAL = [ [ "option-container", "container" ], [ "option-services", "services" ] ];
      var V1_PICK = [ [ "option-maxsize", "maxSize" ], [ "option-location", "storeLocation" ] ];
      function copy(options, map, table) {
        for (var i = 0; i < table.length; i++) {
          var v = attr(map, "data-fp-" + table[i][0]);
          if (v !== undefined && options[table[i][1]] === undefined) options[table[i][1]] = v;
        }
      }
      function mapService(api, name) {
        var key = name.replace(" ", "");
        var table = api.services || {};
        return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : name;
      }
      function splitNumbers(value) {
        var parts = value.split(",");
        var out = [];
        for (var i = 0; i < parts.length; i++) {
          var p = parts[i].replace(/^\s+|\s+$/g, "");
          out.push(/^\d+(\.\d+)?$/.test(p) ? Number(p) : p);
        }
        return out;
      }
      function debugFlag(value) {
        return !/^\s*(false|0|no|off)\s*$/i.test(value);
      }
      function constructOptions(el, mode, api) {
        var map = readAttributes(el);
        var options = {};
        copy(options, map, GENERAL);
        var debug = attr(map, "data-fp-debug");
        if (debug !== undefined) options.debug = debugFlag(debug);
        if (mode === "export") {
          var name_2 = attr(map, "data-fp-suggestedfilename") || attr(map, "data-fp-option-defaultsaveasname");
          if (name_2 !== undefined) options.suggestedFilename = name_2;
        } else if (mode === "pick") {
          copy(options, map, PICK_ONLY);
          copy(options, map, V1_PICK);
          var webcam = {};
          copy(webcam, map, WEBCAM);
          if (typeof webcam.webcamDim === "string") webcam.webcamDim = splitNumbers(webcam.webcamDim);
          options.webcam = webcam;
        }
        var services = attr(map, "data-fp-services") || attr(map, "data-fp-option-services");
        if (services !== undefined) {
          var list = services.split(",");
          var mapped = [];
          for (var i = 0; i < list.length; i++) mapped.push(mapService(api, list[i]));
          options.services = mapped;
        }
        var service = attr(map, "data-fp-service");
        if (service !== undefined) options.service = mapService(api, service);
        copy(options, map, V1_GENERAL);
        if (options.container === undefined) {
          var modal = attr(map, "data-fp-option-modal");
          if (modal !== undefined) options.container = modal === "false" ? "window" : "modal";
        }
        for (var i = 0; i < SPLIT.length; i++) {
          var v = options[SPLIT[i]];
          if (typeof v === "string") options[SPLIT[i]] = v.split(",");
        }
        var apikey = attr(map, "data-fp-apikey");
        if (apikey !== undefined) api.setKey(apikey);
        options.folders = attr(map, "data-fp-folders") === "true";
        return options;
      }
      function isMultiple(el) {
        var map = readAttributes(el);
        var v2 = attr(map, "data-fp-multiple");
        if (v2 !== undefined) return v2.toLowerCase() === "true";
        var v1 = attr(map, "data-fp-option-multiple");
        return v1 !== undefined && v1 !== "false";
      }
      function cloneOptions(options) {
        var out = {};
        for (var k in options) {
          if (!Object.prototype.hasOwnProperty.call(options, k)) continue;
          var v = options[k];
          if (Object.prototype.toString.call(v) === "[object Array]") out[k] = v.slice(); else if (v && typeof v === "object") out[k] = cloneOptions(v); else out[k] = v;
        }
        return out;
      }
      function makeButton(input, defaultText, ownClassOnly) {
        var doc = input.ownerDocument;
        var map = readAttributes(input);
        var button = doc.createElement("button");
        button.setAttribute("type", "button");
        button.textContent = attr(map, "data-fp-button-text") || attr(map, "data-fp-text") || defaultText;
        var cls = attr(map, "data-fp-button-class") || (ownClassOnly ? "" : input.getAttribute("class") || "") || "fp__btn";
        button.className = cls;
        return button;
      }
      function insertAfter(ref, node) {
        if (ref.parentNode) ref.parentNode.insertBefore(node, ref.nextSibling);
      }
      function fireChange(input, fpfiles) {
        var doc = input.ownerDocument;
        var e = doc.createEvent("Event");
        e.initEvent("change", true, false);
        e.fpfile = fpfiles ? fpfiles[0] : undefined;
        e.fpfiles = fpfiles;
        input.dispatchEvent(e);
      }
      function urlsOf(fpfiles) {
        var urls = [];
        for (var i = 0; i < fpfiles.length; i++) urls.push(String(fpfiles[i] && fpfiles[i].url));
        return urls.join(",");
      }
      function filenamesOf(fpfiles) {
        var names = [];
        for (var i = 0; i < fpfiles.length; i++) names.push(String(fpfiles[i] && fpfiles[i].filename || ""));
        return names.join(", ");
      }
      function buildConvertWidget(api, input) {
        var url = attr(readAttributes(input), "data-fp-url");
        if (!url) return null;
        var button = makeButton(input, "Convert File", false);
        var options = constructOptions(input, "convert", api);
        hide(input);
        button.addEventListener("click", function(e) {
          e.preventDefault();
          button.blur();
          api.processImage(url, cloneOptions(options), function(blob) {
            input.value = String(blob && blob.url);
            fireChange(input, [ blob ]);
          });
        }, false);
        insertAfter(input, button);
        return button;
      }
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
      function trimLower(s) {
        return String(s).replace(/^\s+|\s+$/g, "").toLowerCase();
      }
      function isVague(type) {
        return VAGUE.indexOf(type) >= 0;
      }
      function dropFilter_typeOf(file) {
        var type = trimLower(file.type || "");
        if (type && !isVague(type)) return type;
        var m = /\.\w*$/.exec(file.name || file.fileName || "");
        if (m) return BY_EXTENSION[m[0].toLowerCase()] || "";
        return type;
      }
      function mimetypeMatches(type, pattern) {
        var against = trimLower(pattern);
        if (!type) return against === "*/*";
        var test = trimLower(type);
        if (isVague(test)) return true;
        var t = test.split("/");
        var a = against.split("/");
        if (a[0] === "*") return true;
        if (a[0] !== t[0]) return false;
        if (a[1] === "*") return true;
        return a[1] === t[1];
      }
      function endsWith(s, suffix) {
        return s.length >= suffix.length && s.slice(s.length - suffix.length) === suffix;
      }
      function checkDrop(files, rules) {
        if (!files.length) return {
          type: "NoFilesFound",
          message: "No files uploaded"
        };
        if (files.length > 1 && !rules.multiple) return {
          type: "TooManyFiles",
          message: "Only one file at a time"
        };
        if (rules.maxFiles && rules.maxFiles > 0 && files.length > rules.maxFiles) {
          return {
            type: "TooManyFiles",
            message: "Only " + rules.maxFiles + " files at a time"
          };
        }
        for (var i = 0; i < files.length; i++) {
          var file = files[i];
          var name_1 = file.name || file.fileName || "Unknown file";
          var type = dropFilter_typeOf(file);
          var ok = false;
          for (var j = 0; j < rules.mimetypes.length && !ok; j++) ok = mimetypeMatches(type, rules.mimetypes[j]);
          if (ok && rules.extensions) {
            ok = false;
            var lower = name_1.toLowerCase();
            for (var j = 0; j < rules.extensions.length && !ok; j++) ok = endsWith(lower, rules.extensions[j]);
          }
          if (!ok) return {
            type: "WrongType",
            message: name_1 + " isn't the right type of file"
          };
          if (file.size && rules.maxSize && file.size > rules.maxSize) {
            return {
              type: "WrongSize",
              message: name_1 + " is too large (" + file.size + " Bytes)"
            };
          }
        }
        return null;
      }
      function toList(value, stripSpaces) {
        if (value === undefined || value === null || value === "") return undefined;
        if (Object.prototype.toString.call(value) === "[object Array]") return value.map(function(v) {
          return String(v);
        });
        var s = String(value);
        return (stripSpaces ? s.replace(/ /g, "") : s).split(",");
      }
      function rulesFrom(options) {
        var mimetypes = toList(options.mimetypes, false) || toList(options.mimetype, false) || [ "*/*" ];
        var ext = toList(options.extensions, true) || toList(options.extension, true);
        var maxSize = Number(options.maxSize);
        var maxFiles = Number(options.maxFiles);
        return {
          multiple: !!options.multiple && options.multiple !== "false",
          maxSize: maxSize > 0 ? maxSize : undefined,
          maxFiles: maxFiles > 0 ? maxFiles : undefined,
          mimetypes: mimetypes,
          extensions: ext ? ext.map(function(e) {
            return e.toLowerCase();
          }) : undefined
        };
      }
      var dropPane_noop = function() {};
      function canDragDrop(win) {
        var w = win;
        var ua = w.navigator && w.navigator.userAgent || "";
        return (!!w.FileReader || ua.indexOf("Safari") >= 0) && "draggable" in win.document.createElement("span");
      }
      var dropPane_URL_RE = /^(http|https):.*\/\//i;
      function droppedUrl(dt) {
        if (!dt || typeof dt.getData !== "function") return null;
        var get = function(type) {
          try {
            return dt.getData(type) || "";
          } catch (_e) {
            return "";
          }
        };
        var url = get("text") || get("text/uri-list").split(/\r?\n/)[0] || get("text/html");
        if (url && !dropPane_URL_RE.test(url)) {
          var m = /<img[^>]*?src="(.*?)"/i.exec(url);
          url = m ? m[1] : "";
        }
        return url ? url.replace(/^\s+|\s+$/g, "") : null;
      }
      function folderDropped(dt) {
        var items = dt && dt.items;
        if (!items) return false;
        for (var i = 0; i < items.length; i++) {
          var item = items[i];
          var entry = item && item.webkitGetAsEntry ? item.webkitGetAsEntry() : null;
          if (entry && entry.isDirectory) return true;
        }
        return false;
      }
      function fn(x) {
        return typeof x === "function" ? x : dropPane_noop;
      }
      function defined(o) {
        var out = {};
        for (var k in o) if (o[k] !== undefined && o[k] !== null && o[k] !== "") out[k] = o[k];
        return out;
      }
      function makeDropPane(ctx, args) {
        var div = args[0];
        var missing = "No DOM element found to create drop pane";
        if (!div) throw new FilepickerException(missing);
        if (div.jquery) {
          if (!div.length) throw new FilepickerException(missing);
          div = div[0];
        }
        if (typeof div.addEventListener !== "function" || typeof div.setAttribute !== "function") throw new FilepickerException(missing);
        var el = div;
        var win = windowOf(ctx);
        if (!canDragDrop(win)) {
          consoleError("Your browser doesn't support drag-drop functionality");
          return false;
        }
        var options = args[1] && typeof args[1] === "object" ? args[1] : {};
        var cb = {
          dragEnter: fn(options.dragEnter),
          dragLeave: fn(options.dragLeave),
          onStart: fn(options.onStart),
          onSuccess: fn(options.onSuccess),
          onError: fn(options.onError),
          onProgress: fn(options.onProgress)
        };
        var rules = rulesFrom(options);
        var storeOptions = defined({
          location: options.location,
          path: options.path,
          container: options.container,
          access: options.access,
          policy: options.policy,
          signature: options.signature
        });
        var security = defined({
          policy: options.policy,
          signature: options.signature
        });
        var enabled = function() {
          return (el.getAttribute("disabled") || "enabled") !== "disabled";
        };
        var disable = function() {
          return el.setAttribute("disabled", "disabled");
        };
        var enable = function() {
          return el.removeAttribute("disabled");
        };
        el.addEventListener("dragenter", function(e) {
          if (enabled()) cb.dragEnter();
          e.stopPropagation();
          e.preventDefault();
        }, false);
        el.addEventListener("dragleave", function(e) {
          if (enabled()) cb.dragLeave();
          e.stopPropagation();
          e.preventDefault();
        }, false);
        el.addEventListener("dragover", function(e) {
          var dt = e.dataTransfer;
          if (dt) {
            try {
              dt.dropEffect = "copy";
            } catch (_e) {}
          }
          e.preventDefault();
        }, false);
        el.addEventListener("drop", function(e) {
          e.stopPropagation();
          e.preventDefault();
          if (!enabled()) return;
          var dt = e.dataTransfer;
          if (dt && folderDropped(dt)) {
            cb.onError("WrongType", "Uploading a folder is not allowed");
            return;
          }
          var files = dt && dt.files;
          var url = files && files.length ? null : droppedUrl(dt);
          if (files && files.length) storeFiles(files); else if (url) storeDroppedUrl(url); else cb.onError("NoFilesFound", "No files uploaded");
        }, false);
        function storeFiles(files) {
          var problem = checkDrop(files, rules);
          if (problem) {
            cb.onError(problem.type, problem.message);
            return;
          }
          cb.onStart(files);
          disable();
          var total = files.length;
          var percent = [];
          var results = [];
          var settled = 0;
          var firstError = null;
          var report = function() {
            var sum = 0;
            for (var i = 0; i < total; i++) sum += percent[i] || 0;
            cb.onProgress(sum / total);
          };
          var settle = function() {
            settled++;
            if (settled < total) return;
            enable();
            if (firstError !== null) cb.onError("UploadError", String(firstError)); else cb.onSuccess(results);
          };
          var one = function(i) {
            var done = false;
            var ok = function(blob) {
              if (done) return;
              done = true;
              results[i] = blob;
              percent[i] = 100;
              if (total > 1) report();
              settle();
            };
            var fail = function(err) {
              if (done) return;
              done = true;
              if (firstError === null) firstError = err;
              settle();
            };
            var progress = function(p) {
              if (done || typeof p !== "number") return;
              percent[i] = p;
              report();
            };
            try {
              apiOf(ctx).store(files[i], storeOptions, ok, fail, progress);
            } catch (err) {
              fail(err);
            }
          };
          for (var i = 0; i < total; i++) one(i);
        }
        function storeDroppedUrl(url) {
          disable();
          var api = apiOf(ctx);
          var ok = function(blob) {
            enable();
            var problem = checkDrop([ {
              name: blob && blob.filename,
              type: blob && blob.mimetype,
              size: blob && blob.size
            } ], rules);
            if (problem) {
              cb.onError(problem.type, problem.message);
              try {
                api.remove(blob, security, dropPane_noop, dropPane_noop);
              } catch (_e) {}
              return;
            }
            cb.onSuccess([ blob ]);
          };
          var fail = function(err) {
            enable();
            cb.onError("UploadError", String(err));
          };
          try {
            api.storeUrl(url, storeOptions, ok, fail, function(p) {
              if (typeof p === "number") cb.onProgress(p);
            });
          } catch (err) {
            fail(err);
          }
        }
        return true;
      }
      function pickInto(api, input, options, multiple, after) {
        var done = function(blobs) {
          input.value = urlsOf(blobs);
          if (after) after(blobs);
          fireChange(input, blobs);
        };
        if (multiple) api.pickMultiple(cloneOptions(options), function(blobs) {
          return done(blobs);
        }); else api.pick(cloneOptions(options), function(blob) {
          return done([ blob ]);
        });
      }
      function buildPickWidget(api, input) {
        var button = makeButton(input, "Pick File", false);
        var options = constructOptions(input, "pick", api);
        var multiple = isMultiple(input);
        hide(input);
        button.addEventListener("click", function(e) {
          e.preventDefault();
          button.blur();
          pickInto(api, input, options, multiple);
        }, false);
        insertAfter(input, button);
        return button;
      }
      var DROP_TEXT = "Or drop files here";
      function buildDragWidget(ctx, api, input) {
        var doc = input.ownerDocument;
        var map = readAttributes(input);
        var pane = doc.createElement("div");
        pane.className = ((attr(map, "data-fp-class") || input.getAttribute("class") || "") + " fp-drag-widget").replace(/^\s+/, "");
        var button = makeButton(input, "Pick File", true);
        var zone = doc.createElement("div");
        zone.className = ("fp-drop-zone " + (attr(map, "data-fp-drag-class") || "")).replace(/\s+$/, "");
        var dropText = attr(map, "data-fp-drag-text") || DROP_TEXT;
        var options = constructOptions(input, "pick", api);
        var multiple = isMultiple(input);
        var droppable = canDragDrop(windowOf(ctx));
        hide(input);
        pane.appendChild(button);
        pane.appendChild(zone);
        insertAfter(input, pane);
        var setState = function(state) {
          toggleClass(zone, "fp-drop-zone--over", state === "over");
          toggleClass(zone, "fp-drop-zone--busy", state === "busy");
          toggleClass(zone, "fp-drop-zone--done", state === "done");
        };
        var showText = function(text) {
          zone.textContent = text;
        };
        var reset = function() {
          setState("idle");
          showText(droppable ? dropText : " ");
        };
        var showFiles = function(blobs) {
          setState("done");
          showText(filenamesOf(blobs));
          var clear = doc.createElement("button");
          clear.setAttribute("type", "button");
          clear.className = "fp-drop-zone__clear";
          clear.setAttribute("aria-label", "Remove");
          clear.textContent = "X";
          clear.addEventListener("click", function(e) {
            e.stopPropagation();
            e.preventDefault();
            reset();
            input.value = "";
            fireChange(input);
          }, false);
          zone.appendChild(clear);
        };
        reset();
        var progress = null;
        if (droppable) {
          var restText_1 = dropText;
          makeDropPane(ctx, [ zone, {
            multiple: multiple,
            maxSize: options.maxSize,
            mimetypes: options.mimetypes,
            mimetype: options.mimetype,
            extensions: options.extensions,
            extension: options.extension,
            location: options.storeLocation,
            path: options.storePath,
            container: options.storeContainer,
            access: options.storeAccess,
            policy: options.policy,
            signature: options.signature,
            dragEnter: function() {
              restText_1 = zone.textContent || dropText;
              setState("over");
              showText("Drop to upload");
            },
            dragLeave: function() {
              setState("idle");
              showText(restText_1);
            },
            onError: function(type, message) {
              setState("idle");
              progress = null;
              showText(type === "UploadError" ? "Oops! Had trouble uploading." : message);
            },
            onStart: function() {
              setState("busy");
              showText("");
              progress = doc.createElement("progress");
              progress.className = "fp-drop-zone__progress";
              progress.setAttribute("max", "100");
              progress.setAttribute("value", "2");
              progress.setAttribute("aria-label", "Upload progress");
              zone.appendChild(progress);
            },
            onProgress: function(pct) {
              if (progress) progress.setAttribute("value", String(Math.max(0, Math.min(100, Math.round(pct)))));
            },
            onSuccess: function(blobs) {
              progress = null;
              input.value = urlsOf(blobs);
              showFiles(blobs);
              fireChange(input, blobs);
            }
          } ]);
        }
        var open = function(e) {
          e.preventDefault();
          button.blur();
          pickInto(api, input, options, multiple, showFiles);
        };
        button.addEventListener("click", open, false);
        zone.addEventListener("click", function(e) {
          if (zone.getAttribute("disabled") === "disabled") return;
          open(e);
        }, false);
        return pane;
      }
      function buildExportWidget(api, el) {
        el.addEventListener("click", function(e) {
          var url = attr(readAttributes(el), "data-fp-url");
          if (!url) return;
          e.preventDefault();
          api.exportFile(url, constructOptions(el, "export", api));
        }, false);
      }
      function handles_startsWith(s, prefix) {
        return s.slice(0, prefix.length) === prefix;
      }
      function firstSegment(rest) {
        var m = /^([^/?#]+)/.exec(rest);
        return m ? m[1] : null;
      }
      function handleOf(url, hosts) {
        if (typeof url !== "string" || !url) return null;
        if (handles_startsWith(url, hosts.fileApi + "/")) return firstSegment(url.slice(hosts.fileApi.length + 1));
        var api = /\/api\/file\/([^/?#]+)/.exec(url);
        if (api) return api[1];
        var path = url.replace(/[?#].*$/, "");
        if (handles_startsWith(url, hosts.cdn + "/") || /^https?:\/\/cdn\.(filestackcontent\.com|filepicker\.io)\//i.test(url)) {
          var m = /\/([^/]{20,})$/.exec(path) || /\/([^/]+)$/.exec(path);
          return m ? m[1] : null;
        }
        return null;
      }
      function buildPreview(ctx, el) {
        var map = readAttributes(el);
        var url = attr(map, "data-fp-url");
        var handle = url ? handleOf(url, ctx.hosts) : null;
        if (!handle) return null;
        if (attr(map, "data-fp-custom-css")) {
          ctx.warnOnce("widget:preview-css", "filepicker: `data-fp-custom-css` on a preview is not supported (there is no hosted viewer to style); it is ignored");
        }
        var doc = el.ownerDocument;
        var iframe = doc.createElement("iframe");
        iframe.setAttribute("src", ctx.hosts.fileApi + "/" + handle);
        iframe.setAttribute("width", "100%");
        iframe.setAttribute("height", "100%");
        iframe.setAttribute("title", "File preview");
        iframe.className = "fp-preview";
        el.appendChild(iframe);
        return iframe;
      }
      var RESIZE_DEBOUNCE_MS = 200;
      function fpAttr(img, name) {
        return img.getAttribute("data-fp-" + name);
      }
      function windowWidth(doc) {
        return doc.documentElement && doc.documentElement.clientWidth || doc.body && doc.body.clientWidth || 1024;
      }
      function displayWidth(img) {
        var doc = img.ownerDocument;
        var node = img;
        var first = true;
        while (node) {
          var skip = first && !!node.alt;
          if (!skip && node.offsetWidth) return node.offsetWidth;
          first = false;
          node = node.parentNode && node.parentNode.nodeType === 1 ? node.parentNode : null;
        }
        return windowWidth(doc);
      }
      function roundUp(value, step) {
        var s = step > 0 ? step : 1;
        return Math.ceil(value / s) * s;
      }
      function currentWidth(src) {
        var m = src ? /\/resize=(?:[^/]*,)?width:(\d+)/.exec(src) : null;
        return m ? Number(m[1]) : undefined;
      }
      function shouldUpdate(ctx, img) {
        var src = img.getAttribute("src");
        var mode = fpAttr(img, "on-resize") || stateOf(ctx).responsiveOptions.onResize || "all";
        if (!src || mode === "all") return true;
        if (mode === "none") return false;
        var cur = currentWidth(src);
        var bigger = cur === undefined || cur < displayWidth(img);
        return bigger && mode === "up" || !bigger && mode === "down";
      }
      function resizeUrl(ctx, img) {
        var opts = stateOf(ctx).responsiveOptions;
        var original = fpAttr(img, "src") || img.getAttribute("src") || "";
        var own = fpAttr(img, "apikey");
        if (!ctx.getKey() && own) ctx.setKey(own);
        var key = own || ctx.getKey();
        if (!key) return null;
        var roundAttr = fpAttr(img, "pixel-round");
        var round = Number(roundAttr || opts.pixelRound || 10);
        var url = ctx.hosts.process + "/" + key + "/resize=width:" + roundUp(displayWidth(img), isFinite(round) ? round : 10);
        var signature = opts.signature || fpAttr(img, "signature");
        if (signature) url += "/security=signature:" + signature + ",policy:" + (opts.policy || fpAttr(img, "policy"));
        return url + "/" + original;
      }
      function updateImage(ctx, img) {
        var url = resizeUrl(ctx, img);
        if (!url) {
          var s = stateOf(ctx);
          if (!s.keyErrorShown) {
            s.keyErrorShown = true;
            consoleError("filepicker: responsive images need an API key: call `filepicker.setKey(key)` or give the image a `data-fp-apikey` attribute");
          }
          return;
        }
        var previous = img.getAttribute("src") || fpAttr(img, "src");
        if (previous === url) return;
        img.setAttribute("src", url);
        if (previous) {
          var restore_1 = function() {
            img.removeEventListener("error", restore_1, false);
            img.setAttribute("src", previous);
          };
          img.addEventListener("error", restore_1, false);
          img.addEventListener("load", function loaded() {
            img.removeEventListener("load", loaded, false);
            img.removeEventListener("error", restore_1, false);
          }, false);
        }
      }
      function updateAll(ctx, force) {
        var imgs = windowOf(ctx).document.querySelectorAll("img[data-fp-src]");
        for (var i = 0; i < imgs.length; i++) {
          var img = imgs[i];
          if (force || shouldUpdate(ctx, img)) updateImage(ctx, img);
        }
      }
      function activateResponsive(ctx) {
        updateAll(ctx, false);
        var s = stateOf(ctx);
        if (s.resizeHooked) return;
        s.resizeHooked = true;
        var win = windowOf(ctx);
        var timer;
        win.addEventListener("resize", function() {
          if (timer !== undefined) clearTimeout(timer);
          timer = setTimeout(function() {
            timer = undefined;
            updateAll(ctx, false);
          }, RESIZE_DEBOUNCE_MS);
        }, false);
      }
      function responsive(ctx, args) {
        if (args.length === 0 || args[0] === undefined) {
          updateAll(ctx, true);
          return;
        }
        var el = args[0];
        if (!el || typeof el !== "object" || String(el.nodeName).toUpperCase() !== "IMG") throw new FilepickerException("Passed object is not an image");
        updateImage(ctx, el);
      }
      function setResponsiveOptions(ctx, args) {
        var options = args[0] || {};
        if (typeof options !== "object") throw new FilepickerException("Responsive options must be an object.");
        stateOf(ctx).responsiveOptions = options;
      }
      var BUILT = "__fpWidgetBuilt";
      function claim(el) {
        var holder = el;
        if (holder[BUILT]) return false;
        Object.defineProperty(el, BUILT, {
          value: true,
          enumerable: false,
          configurable: true,
          writable: true
        });
        return true;
      }
      function typeAttr(el) {
        return (el.getAttribute("type") || "").toLowerCase();
      }
      function buildOne(ctx, api, el) {
        var type = typeAttr(el);
        if (el.getAttribute("data-fp-src") && String(el.nodeName).toUpperCase() === "IMG") {
          updateImage(ctx, el);
          return;
        }
        if (!claim(el)) return;
        ensureStyles(el.ownerDocument);
        if (type === "filepicker") buildPickWidget(api, el); else if (type === "filepicker-dragdrop") buildDragWidget(ctx, api, el); else if (type === "filepicker-convert") buildConvertWidget(api, el); else if (type === "filepicker-preview") buildPreview(ctx, el); else buildExportWidget(api, el);
      }
      var SELECTORS = [ 'input[type="filepicker"]', 'input[type="filepicker-dragdrop"]', 'input[type="filepicker-convert"]', "button[data-fp-url]", "a[data-fp-url]", 'input[type="button"][data-fp-url]', '[type="filepicker-preview"][data-fp-url]' ];
      function buildWidgets(ctx) {
        var doc = windowOf(ctx).document;
        if (!doc.querySelectorAll) return;
        var api = apiOf(ctx);
        for (var s = 0; s < SELECTORS.length; s++) {
          var found = doc.querySelectorAll(SELECTORS[s]);
          for (var i = 0; i < found.length; i++) {
            try {
              buildOne(ctx, api, found[i]);
            } catch (e) {
              consoleError(String(e));
            }
          }
        }
      }
      function constructWidget(ctx, args) {
        var el = args[0];
        if (el && el.jquery) el = el[0];
        if (!el || typeof el.getAttribute !== "function") {
          throw new FilepickerException("filepicker: `constructWidget` needs a DOM element or a jQuery object holding one, got " + (el === null ? "null" : typeof el));
        }
        buildOne(ctx, apiOf(ctx), el);
      }
      function startWidgets(api, ctx, win) {
        var s = stateOf(ctx);
        s.api = api;
        s.win = win;
        var run = function() {
          try {
            buildWidgets(ctx);
          } catch (e) {
            consoleError(String(e));
          }
          try {
            activateResponsive(ctx);
          } catch (e) {
            consoleError(String(e));
          }
        };
        var doc = win.document;
        if (doc.readyState === "loading") {
          doc.addEventListener("DOMContentLoaded", run, false);
        } else {
          run();
        }
        if (doc.readyState !== "complete") win.addEventListener("load", run, false);
      }
      var widgetMembers = {
        setResponsiveOptions: function(ctx, args) {
          return setResponsiveOptions(ctx, args);
        },
        pickFolder: function(ctx, args) {
          return pickFolder(ctx, args);
        },
        export: function(ctx, args) {
          return exportFile(ctx, args);
        },
        exportFile: function(ctx, args) {
          return exportFile(ctx, args);
        },
        processImage: function(ctx, args) {
          return processImage(ctx, args);
        },
        constructWidget: function(ctx, args) {
          return constructWidget(ctx, args);
        },
        makeDropPane: function(ctx, args) {
          return makeDropPane(ctx, args);
        },
        responsive: function(ctx, args) {
          return responsive(ctx, args);
        }
      };
      var win = typeof window !== "undefined" ? window : undefined;
      var existing = win && win.filepicker && typeof win.filepicker === "object" ? win.filepicker : undefined;
      var api = existing || {};
      var currentScript = win && win.document && win.document.currentScript;
      var workerUrl = currentScript && currentScript.src ? currentScript.src : undefined;
      var dialog;
      var ctx = new LegacyContext({
        dialog: function() {
          return dialog = dialog || createPickerDialog();
        },
        uploader: function(opts) {
          return createUploader(__assign(__assign({}, opts), {
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
        return init(apikey, security, __assign({
          hosts: ctx.hosts,
          workerUrl: workerUrl
        }, options || {}));
      };
      if (existing) replayQueue(api);
      if (win && win.document) startWidgets(api, ctx, win);
      var src_0 = api;
      if (typeof WorkerGlobalScope !== "undefined" && typeof self !== "undefined" && self instanceof WorkerGlobalScope) {
        installMd5Worker(self);
      }
      var umd = src_0;
    }();
    __webpack_exports__ = __webpack_exports__["default"];
    return __webpack_exports__;
  }();
});
//# sourceMappingURL=filepicker.js.map