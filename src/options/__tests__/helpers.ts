import { isValidationError, ValidationError } from '../../core/errors';

/** Runs `fn`, expects a ValidationError naming `option`, and returns its message for further checks. */
export function validationError(fn: () => unknown, option: string): string {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  if (!isValidationError(caught)) throw new Error('expected a ValidationError, got ' + String(caught));
  const e = caught as ValidationError;
  if (e.option !== option) throw new Error('expected option `' + option + '`, got `' + e.option + '` (' + e.message + ')');
  return e.message;
}
