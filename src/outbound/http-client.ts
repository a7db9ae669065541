/**
 * The one outbound HTTP client (DESIGN.md "Contract kit"; issue 13): every call the simulator makes
 * on its own — result callbacks, PayGov IPNs, status pushes, and the receiver and provider checks of
 * `lgsp-sim verify` — goes through it. Built on axios with keep-alive agents (a busy callback queue
 * reuses its connections), a timeout per call that bounds the whole exchange, no redirects (a
 * callback goes to the URL that was allowed, nowhere else) and one signing interceptor.
 */
import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import axios, { AxiosError, type AxiosInstance, type InternalAxiosRequestConfig } from 'axios';
import { signCallback } from '../core/signature';

/** Asks the signing interceptor for `X-LGSP-Signature` over the raw body, keyed with `secret`. */
export interface LgspSigning {
  secret: string;
  /** Unix seconds to sign with; default now. A verifier sends a stale one on purpose. */
  unixSeconds?: number;
}

declare module 'axios' {
  interface AxiosRequestConfig {
    /** Read by the one signing interceptor of the outbound client. */
    lgspSigning?: LgspSigning;
  }
}

export interface OutboundRequest {
  method?: string;
  url: string;
  headers?: Record<string, string>;
  /** The raw body, sent byte for byte (signatures are computed over it). */
  body?: string;
  /** Bounds the whole exchange, connection to last byte. */
  timeoutMs: number;
  signing?: LgspSigning;
}

export interface OutboundResponse {
  status: number;
  headers: Record<string, string>;
  /** The reply's text, cut at `maxReplyBytes`. */
  text: string;
  durationMs: number;
}

/** The call got no answer: `timeout` (none within the bound) or `connection` (refused, reset, DNS). */
export class OutboundError extends Error {
  constructor(
    readonly kind: 'timeout' | 'connection',
    message: string,
    readonly durationMs: number,
  ) {
    super(message);
    this.name = 'OutboundError';
  }
}

export interface OutboundClientOptions {
  /** Default 'lgsp-sim'. */
  userAgent?: string;
  /** Replies longer than this are cut (not refused). Default 1 MiB. */
  maxReplyBytes?: number;
}

export interface OutboundClient {
  send(request: OutboundRequest): Promise<OutboundResponse>;
  /** Closes the kept-alive connections. */
  close(): void;
}

function signingInterceptor(config: InternalAxiosRequestConfig): InternalAxiosRequestConfig {
  const signing = config.lgspSigning;
  if (!signing) return config;
  const raw = typeof config.data === 'string' ? config.data : '';
  config.headers.set('x-lgsp-signature', signCallback(raw, signing.secret, signing.unixSeconds ?? Math.floor(Date.now() / 1000)));
  return config;
}

/**
 * Reads a reply body up to `maxBytes` and stops there: the rest is never read into memory (the
 * socket is let go), so a receiver that answers 200 with an endless or huge body costs at most the
 * cut. Rejects when `signal` aborts first (the whole exchange is bounded) or the stream breaks.
 */
function readCapped(stream: Readable, maxBytes: number, signal: AbortSignal): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (error?: unknown): void => {
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', onError);
      signal.removeEventListener('abort', onAbort);
      if (error) {
        stream.destroy();
        reject(error instanceof Error ? error : new Error(String(error)));
      } else resolve(Buffer.concat(chunks).subarray(0, maxBytes));
    };
    const onData = (chunk: Buffer): void => {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= maxBytes) {
        // Enough to judge and show; whatever follows is not ours to hold.
        finish();
        stream.destroy();
      }
    };
    const onEnd = (): void => finish();
    const onError = (error: unknown): void => finish(error);
    const onAbort = (): void => finish(Object.assign(new Error('aborted'), { name: 'TimeoutError' }));
    if (signal.aborted) return onAbort();
    stream.on('data', onData);
    stream.once('end', onEnd);
    stream.once('error', onError);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function flatHeaders(headers: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined && value !== null) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  return out;
}

export function createOutboundClient(options: OutboundClientOptions = {}): OutboundClient {
  const httpAgent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 64 });
  const maxReplyBytes = options.maxReplyBytes ?? 1024 * 1024;
  const instance: AxiosInstance = axios.create({
    httpAgent,
    httpsAgent,
    maxRedirects: 0,
    proxy: false,
    // A stream, read up to the cut by readCapped: never the whole of an endless or huge reply.
    responseType: 'stream',
    // Every status is an answer to judge, not an exception.
    validateStatus: () => true,
    headers: { 'user-agent': options.userAgent ?? 'lgsp-sim' },
  });
  instance.interceptors.request.use(signingInterceptor);

  return {
    async send(request) {
      const started = performance.now();
      const elapsed = (): number => Math.round(performance.now() - started);
      const signal = AbortSignal.timeout(request.timeoutMs);
      try {
        const response = await instance.request<Readable>({
          method: request.method ?? 'POST',
          url: request.url,
          headers: request.headers ?? {},
          data: request.body,
          timeout: request.timeoutMs,
          signal,
          ...(request.signing ? { lgspSigning: request.signing } : {}),
        });
        // A longer reply is cut, not refused: the status is the receiver's answer.
        const buffer = await readCapped(response.data, maxReplyBytes, signal);
        return {
          status: response.status,
          headers: flatHeaders(response.headers),
          text: buffer.toString('utf8'),
          durationMs: elapsed(),
        };
      } catch (error) {
        const err = error as AxiosError;
        const timedOut = axios.isCancel(error) || err.code === 'ECONNABORTED' || err.code === 'ETIMEDOUT' || err.name === 'TimeoutError';
        if (timedOut) throw new OutboundError('timeout', `no answer within ${request.timeoutMs} ms`, elapsed());
        const cause = (err.cause as { code?: string } | undefined)?.code ?? err.code ?? err.message;
        // Node's HTTP parser codes (HPE_…): the peer answered, but not in HTTP.
        if (cause.startsWith('HPE_')) throw new OutboundError('connection', `the answer is not valid HTTP (${cause})`, elapsed());
        throw new OutboundError('connection', `connection failed: ${cause}`, elapsed());
      }
    },
    close() {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  };
}
