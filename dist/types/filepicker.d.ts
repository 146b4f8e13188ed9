/**
 * filepicker-shim: the object the bundle exports (CommonJS `module.exports`, AMD `define`) and sets as
 * `window.filepicker` when loaded with a script tag: the v2 API and the modern `init` / `configure`.
 * Written by scripts/declarations.js.
 */
import type * as T from './publicApi';

declare const filepicker: T.Filepicker;
declare namespace filepicker {
  export type Filepicker = T.Filepicker;
  export type Base64 = T.Base64;
  export type ConvertOptions = T.ConvertOptions;
  export type ConvertStoreOptions = T.ConvertStoreOptions;
  export type DialogHandle = T.DialogHandle;
  export type DropPaneErrorType = T.DropPaneErrorType;
  export type DropPaneOptions = T.DropPaneOptions;
  export type ElementLike<E extends Element = HTMLElement> = T.ElementLike<E>;
  export type ExportOptions = T.ExportOptions;
  export type FileInput = T.FileInput;
  export type FileTarget = T.FileTarget;
  export type FPFile = T.FPFile;
  export type FPMetadata = T.FPMetadata;
  export type FPProgress = T.FPProgress;
  export type LegacyApi = T.LegacyApi;
  export type LogoutOptions = T.LogoutOptions;
  export type OnError = T.OnError;
  export type OnRestProgress = T.OnRestProgress;
  export type PickerOptions = T.PickerOptions;
  export type ReadOptions = T.ReadOptions;
  export type ResponsiveOptions = T.ResponsiveOptions;
  export type SecurityOptions = T.SecurityOptions;
  export type Services = T.Services;
  export type StatOptions = T.StatOptions;
  export type StoreOptions = T.StoreOptions;
  export type WriteOptions = T.WriteOptions;
  export type FPError = T.FPError;
  export type FPErrorConstructor = T.FPErrorConstructor;
  export type FilepickerException = T.FilepickerException;
  export type FilepickerExceptionConstructor = T.FilepickerExceptionConstructor;
  export type Client = T.Client;
  export type ClientProgressEvent = T.ClientProgressEvent;
  export type InitOptions = T.InitOptions;
  export type ModernApi = T.ModernApi;
  export type ClientStoreOptions = T.ClientStoreOptions;
  export type UploadOptions = T.UploadOptions;
  export type UploadToken = T.UploadToken;
  export type Hosts = T.Hosts;
  export type Security = T.Security;
  export type StoredFile = T.StoredFile;
  export type StoreAccess = T.StoreAccess;
  export type StoreLocation = T.StoreLocation;
  export type AbortError = T.AbortError;
  export type FilepickerError = T.FilepickerError;
  export type NetworkError = T.NetworkError;
  export type ValidationError = T.ValidationError;
}

export = filepicker;
export as namespace filepicker;
