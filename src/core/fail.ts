import { PREFIX, ValidationError } from './errors';
import { describeValue } from './describe';

/** Throws the library's standard validation message: ``filepicker: `name` must be <expected>, got <value>``. */
export function fail(name: string, expected: string, value: unknown): never {
  throw new ValidationError(name, PREFIX + '`' + name + '` must be ' + expected + ', got ' + describeValue(value));
}
