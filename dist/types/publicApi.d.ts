/**
 * The published types (dist/types): `Filepicker`, the type of `window.filepicker` and of what `require` returns,
 * and every type a caller meets through it. The v2 part is src/legacy/v2Api.ts, the modern part src/client.
 * The modern errors are classes inside the library; the bundle does not export them, so they are types here:
 * tell them apart by `name` (`'ValidationError'`, `'NetworkError'`, `'AbortError'`), as the library's own guards do.
 */
import type { ModernApi } from './client';
import type { LegacyApi } from './legacy/v2Api';
export type Filepicker = LegacyApi & ModernApi;
export type { Base64, ConvertOptions, ConvertStoreOptions, DialogHandle, DropPaneErrorType, DropPaneOptions, ElementLike, ExportOptions, FileInput, FileTarget, FPFile, FPMetadata, FPProgress, LegacyApi, LogoutOptions, OnError, OnRestProgress, PickerOptions, ReadOptions, ResponsiveOptions, SecurityOptions, Services, StatOptions, StoreOptions, WriteOptions, } from './legacy/v2Api';
export type { FPError, FPErrorConstructor } from './legacy/FPError';
export type { FilepickerException, FilepickerExceptionConstructor } from './legacy/FilepickerException';
export type { Client, ClientProgressEvent, InitOptions, ModernApi, StoreOptionsInput as ClientStoreOptions, UploadOptions, UploadToken } from './client';
export type { Hosts, Security, StoredFile, StoreAccess, StoreLocation } from './core/contracts';
export type { AbortError, FilepickerError, NetworkError, ValidationError } from './core/errors';
