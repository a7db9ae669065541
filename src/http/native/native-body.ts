import express, { type NextFunction, type Request, type Response } from 'express';
import type { BodyFormat } from '../../core/adapter';
import { UnsupportedMediaTypeError } from '../../core/errors';
import { withShapeCheck } from '../body-shape';

const TYPES: Record<BodyFormat, string[]> = {
  json: ['application/json', 'application/*+json', 'text/json'],
  xml: ['application/xml', 'text/xml', 'application/*+xml'],
  form: ['application/x-www-form-urlencoded'],
  text: ['text/plain'],
};

/**
 * Parses a native request body in one of the formats the route accepts. JSON and forms become
 * objects; XML and text stay strings for the adapter to read. A body of another type is 415.
 */
export function nativeBody(accepts: readonly BodyFormat[], limit: number) {
  const json = withShapeCheck(express.json({ limit, type: TYPES.json, strict: false }));
  const form = express.urlencoded({ limit, extended: true, type: TYPES.form });
  const text = express.text({ limit, type: [...TYPES.xml, ...TYPES.text] });
  return (req: Request, res: Response, next: NextFunction): void => {
    const length = req.headers['content-length'];
    const hasBody = length !== undefined ? length !== '0' : req.headers['transfer-encoding'] !== undefined;
    if (!hasBody) return next();
    const format = accepts.find((f) => req.is(TYPES[f]));
    if (!format) {
      const wanted = accepts.flatMap((f) => TYPES[f].slice(0, 1)).join(' or ');
      return next(new UnsupportedMediaTypeError(`Content-Type ${req.get('content-type') ?? '(none)'} is not accepted here; send ${wanted}`));
    }
    if (format === 'json') return json(req, res, next);
    if (format === 'form') return form(req, res, next);
    return text(req, res, next);
  };
}
