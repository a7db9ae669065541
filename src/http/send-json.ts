import type { Response } from 'express';
import { takeHeldHeaders } from './answer-headers';

/**
 * Answers `body` as JSON with `status`: the bytes and headers express's `res.status().json()` gives
 * an answer to a POST or a GET here (no ETag: the app turns it off), without res.send's type lookup
 * and freshness check, which the message routes' answers never need. The text goes out with the
 * headers in one write; headers held back (answer-headers.ts) go in one writeHead with them.
 */
export function sendJson(res: Response, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  const held = takeHeldHeaders(res);
  if (held) {
    held.push('Content-Type', 'application/json; charset=utf-8', 'Content-Length', String(Buffer.byteLength(text)));
    res.writeHead(status, held);
    res.end(text);
    return;
  }
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
}
