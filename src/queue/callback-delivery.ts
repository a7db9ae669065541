import type { AdapterContext, CallbackReply } from '../core/adapter';
import type { CallbackRequest, ClientDirectory } from '../core/ports';
import type { AdapterRegistry } from '../core/registry';
import { createOutboundClient, OutboundError, type LgspSigning, type OutboundClient, type OutboundResponse } from '../outbound/http-client';

/** The outcome of one POST of a callback. */
export interface DeliveryResult {
  delivered: boolean;
  /** No retry can help (the receiver refused with a 4xx, or we cannot sign). */
  permanent: boolean;
  status?: number;
  detail: string;
}

/** Statuses of a refusal worth retrying: the receiver is busy or slow, not saying no. */
const RETRYABLE_4XX = new Set([408, 425, 429]);
/** Enough of a reply to judge it and show it; the rest is not read. */
const MAX_REPLY_CHARS = 64 * 1024;

function readReply(response: OutboundResponse): unknown {
  const text = response.text.slice(0, MAX_REPLY_CHARS);
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * A 3xx is never followed (a callback goes only to the URL that was allowed), so sending the same
 * POST again would get the same answer: it ends the callback like a refusal, saying where it pointed.
 */
function redirected(response: OutboundResponse): DeliveryResult {
  const location = response.headers.location;
  const target = location ? `a redirect to ${location.length > 200 ? `${location.slice(0, 200)}…` : location}` : 'a redirect without a Location';
  return { delivered: false, permanent: true, status: response.status, detail: `receiver answered ${response.status} (${target}, not followed)` };
}

/**
 * POSTs one callback once: signs it (`X-LGSP-Signature`, DESIGN.md "Callbacks") when asked, bounds it
 * with a timeout, and judges the reply — by the adapter's named verifier when the request names one
 * (PayGov wants `MaLoi: "00"`), else 2xx means delivered. Redirects are not followed: a callback goes
 * to the URL that was allowed, nowhere else.
 */
export class CallbackDelivery {
  private readonly http: OutboundClient;

  constructor(
    private readonly deps: {
      clients: ClientDirectory;
      registry: AdapterRegistry;
      contextFor(service: string): AdapterContext;
      timeoutMs: number;
      /** The outbound client; default one of its own (closed by `close`). */
      http?: OutboundClient;
    },
  ) {
    this.http = deps.http ?? createOutboundClient({ maxReplyBytes: MAX_REPLY_CHARS });
  }

  /** Closes the kept-alive connections of its own client. */
  close(): void {
    if (!this.deps.http) this.http.close();
  }

  async deliver(request: CallbackRequest, attempt: number): Promise<DeliveryResult> {
    const raw = JSON.stringify(request.body);
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'x-lgsp-callback-id': request.id,
      'x-lgsp-attempt': String(attempt),
    };
    let signing: LgspSigning | undefined;
    if (request.signing === 'lgsp') {
      const secret = request.clientId ? this.deps.clients.find(request.clientId)?.secret : undefined;
      if (!secret)
        return {
          delivered: false,
          permanent: true,
          detail: `no secret known for client ${request.clientId ?? '(none)'}; the callback cannot be signed`,
        };
      signing = { secret };
    }
    let response: OutboundResponse;
    try {
      response = await this.http.send({ url: request.url, headers, body: raw, timeoutMs: this.deps.timeoutMs, ...(signing ? { signing } : {}) });
    } catch (error) {
      if (error instanceof OutboundError) return { delivered: false, permanent: false, detail: error.message };
      throw error;
    }
    const body = readReply(response);
    if (response.status >= 300 && response.status < 400 && !request.verifier) return redirected(response);
    return this.judge(request, { status: response.status, body });
  }

  private async judge(request: CallbackRequest, reply: CallbackReply): Promise<DeliveryResult> {
    const verifier = request.verifier ? this.deps.registry.adapter(request.service)?.callbackVerifiers?.[request.verifier] : undefined;
    if (verifier) {
      const verdict = await verifier(reply, request.body, this.deps.contextFor(request.service));
      return {
        delivered: verdict.accepted,
        permanent: false,
        status: reply.status,
        detail: verdict.detail ?? (verdict.accepted ? 'accepted by the receiver' : 'the receiver did not acknowledge it'),
      };
    }
    if (reply.status >= 200 && reply.status < 300)
      return { delivered: true, permanent: false, status: reply.status, detail: `receiver answered ${reply.status}` };
    const permanent = reply.status >= 400 && reply.status < 500 && !RETRYABLE_4XX.has(reply.status);
    return { delivered: false, permanent, status: reply.status, detail: `receiver answered ${reply.status}` };
  }
}
