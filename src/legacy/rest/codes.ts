/**
 * FPError codes by HTTP outcome, per function, as v2 gave them. 403 is always 403. `network` is the code for
 * no answer at all (status 0).
 */
export interface CodeTable {
  badParams: number;
  notFound: number;
  other: number;
  network?: number;
  /** Read only: a non-2xx answer (other than 400/403/404) from another origin. */
  crossOrigin?: number;
}

/** store of data / File / input, write, writeUrl. */
export const WRITE_CODES: CodeTable = { badParams: 122, notFound: 121, other: 123 };
/** storeUrl and store of an FPFile. */
export const STORE_URL_CODES: CodeTable = { badParams: 152, notFound: 151, other: 153 };
/** read: 113 when no answer came (v2: CORS refused), 114 for another origin's error, 118 for anything else. */
export const READ_CODES: CodeTable = { badParams: 400, notFound: 115, other: 118, network: 113, crossOrigin: 114 };
export const STAT_CODES: CodeTable = { badParams: 400, notFound: 161, other: 162 };
export const REMOVE_CODES: CodeTable = { badParams: 400, notFound: 171, other: 172 };
export const CONVERT_CODES: CodeTable = { badParams: 142, notFound: 141, other: 143 };

/** The code for an HTTP status (0 = no answer) under `table`. */
export function codeFor(table: CodeTable, status: number, crossOrigin: boolean): number {
  if (status === 400) return table.badParams;
  if (status === 403) return 403;
  if (status === 404) return table.notFound;
  if (status === 0 && table.network !== undefined) return table.network;
  if (crossOrigin && table.crossOrigin !== undefined) return table.crossOrigin;
  return table.other;
}
