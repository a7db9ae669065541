import winston from 'winston';
import type { LogFields, Logger } from '../core/logger';
import { maskError, maskText, maskValue } from './mask';

/** Serialises an error under `err` and masks personal data in every field. */
const scrub = winston.format((info) => {
  for (const key of Object.keys(info)) {
    if (key === 'level' || key === 'timestamp') continue;
    const value = info[key];
    if (value instanceof Error) {
      info[key] = maskError(value);
    } else if (key === 'message' && typeof value === 'string') {
      info.message = maskText(value);
    } else {
      info[key] = maskValue(value, key);
    }
  }
  return info;
});

class WinstonLogger implements Logger {
  constructor(private readonly inner: winston.Logger) {}
  debug(message: string, fields?: LogFields): void {
    this.inner.debug(message, fields);
  }
  info(message: string, fields?: LogFields): void {
    this.inner.info(message, fields);
  }
  warn(message: string, fields?: LogFields): void {
    this.inner.warn(message, fields);
  }
  error(message: string, fields?: LogFields): void {
    this.inner.error(message, fields);
  }
  child(fields: LogFields): Logger {
    return new WinstonLogger(this.inner.child(fields));
  }
}

/** JSON lines for machines; a readable colourised line when `pretty` (a terminal). */
export function createWinstonLogger(options: { level: string; format: 'json' | 'pretty'; stream?: NodeJS.WritableStream }): Logger {
  const pretty = winston.format.printf(({ level, message, timestamp, ...rest }) => {
    const extra = Object.keys(rest).length ? ` ${JSON.stringify(rest)}` : '';
    return `${String(timestamp)} ${level} ${String(message)}${extra}`;
  });
  const format =
    options.format === 'json'
      ? winston.format.combine(scrub(), winston.format.timestamp(), winston.format.json())
      : winston.format.combine(scrub(), winston.format.timestamp(), winston.format.colorize(), pretty);
  const transport = options.stream ? new winston.transports.Stream({ stream: options.stream }) : new winston.transports.Console();
  return new WinstonLogger(winston.createLogger({ level: options.level, format, transports: [transport] }));
}
