import type { AppError } from '../../src/core/errors';

/** Violations as one readable line for a backend envelope; paths lose the `body.` prefix of messages. */
export function nativeErrorText(error: AppError): string {
  const strip = (text: string): string => text.replace(/\bbody\./g, '');
  if (error.errors?.length) return error.errors.map((e) => strip(e.message)).join('; ');
  return strip(error.message);
}

/** Violations with native paths (no `body.` prefix), for envelopes that list them. */
export function nativeViolations(error: AppError): { path: string; message: string }[] {
  return (error.errors ?? []).map((e) => ({ path: e.path.replace(/^body\.?/, ''), message: e.message.replace(/\bbody\./g, '') }));
}
