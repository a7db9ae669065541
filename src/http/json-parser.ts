import express, { type NextFunction, type Request, type Response } from 'express';
import { BodyBudget } from './body-budget';

export interface JsonParserOptions {
  /** Largest body, in bytes. */
  limit: number;
  /** Media types read as JSON (express's `type` option). */
  type: string[];
  /** Only objects and arrays at the top (body-parser's `strict`, default true). */
  strict?: boolean;
  /** Turns of large bodies; default the process-wide LARGE_BODIES. */
  budget?: BodyBudget;
}

/**
 * The process's budget for reading large JSON bodies: 8 MiB of bodies over 64 KiB at a time. Real
 * messages are a few kilobytes and never wait; only bodies near the limit take turns.
 */
export const LARGE_BODIES = new BodyBudget(8 * 1024 * 1024, 64 * 1024);

/** A refusal shaped as body-parser's own errors (`type`, `status`), so one mapping serves both. */
function parserError(status: number, type: string, message: string): Error {
  return Object.assign(new Error(message), { status, statusCode: status, type, expose: true });
}

const CHARSET = /;\s*charset\s*=\s*"?([^";\s]*)/i;

/**
 * Parses a JSON body as express.json does — same limit, content-codings, error types, empty body
 * read as `{}` — but reads it into one Buffer and decodes it once. express.json decodes chunk by
 * chunk into a concatenated string, which left a megabyte-sized body costing several times its size
 * while it was read; under many large or malformed bodies at once, that was most of the gateway's
 * growth. And large bodies take turns (BodyBudget), so how many are read at once is bounded too.
 * JSON must be UTF-8 (RFC 8259 §8.1): another charset is 415, as before. A syntax error
 * keeps the parser's message only (never the body: body-parser puts it on its error).
 */
export function jsonParser(options: JsonParserOptions) {
  const raw = express.raw({ type: options.type, limit: options.limit });
  const strict = options.strict !== false;
  const budget = options.budget ?? LARGE_BODIES;
  return (req: Request, res: Response, next: NextFunction): void => {
    const charset = CHARSET.exec(req.get('content-type') ?? '')?.[1]?.toLowerCase();
    if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
      return next(parserError(415, 'charset.unsupported', `unsupported charset "${charset.toUpperCase()}"`));
    }
    // What reading this body may cost: its declared length (within the limit), or the limit.
    const declared = Number(req.headers['content-length']);
    const bytes = Number.isSafeInteger(declared) && declared >= 0 ? Math.min(declared, options.limit) : options.limit;
    budget.acquire(bytes).then((release) => {
      req.once('close', release);
      read(req, res, (error?: unknown) => {
        release();
        next(error);
      });
    }, next);
  };

  function read(req: Request, res: Response, next: NextFunction): void {
    raw(req, res, (error?: unknown) => {
      if (error) return next(error);
      if (!Buffer.isBuffer(req.body)) return next();
      const bytes: Buffer = req.body;
      req.body = undefined;
      // A byte-order mark is no part of the document (iconv-lite, under express.json, dropped it too).
      const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
      // An empty body is read as {}, a common client-side slip (as express.json does).
      if (text.length === 0) {
        req.body = {};
        return next();
      }
      const first = strict ? /\S/.exec(text) : null;
      if (first && first[0] !== '{' && first[0] !== '[') {
        return next(parserError(400, 'entity.parse.failed', `Unexpected token in JSON at position ${first.index}`));
      }
      try {
        req.body = JSON.parse(text);
      } catch (syntax) {
        return next(parserError(400, 'entity.parse.failed', String((syntax as Error).message)));
      }
      next();
    });
  }
}
