/** The logging port. Implementations: winston (src/logging), silent (tests). */
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  /** Something unusual that did not stop the work. */
  warn(message: string, fields?: LogFields): void;
  /** Somebody must act. Pass the error object as `err`. */
  error(message: string, fields?: LogFields): void;
  child(fields: LogFields): Logger;
}

export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => silentLogger,
};
