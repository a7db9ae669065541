/**
 * `lgsp-sim verify receiver`: checks an agency's receiver of callbacks, status pushes or PayGov IPNs
 * the way the platform will use it. Rules, each a case of the report:
 * - accepts a valid signed delivery (2xx; an IPN also `MaLoi "00"` and its MaXacThuc echoed);
 * - rejects a bad signature, and (X-LGSP-Signature) a stale timestamp;
 * - is idempotent: the same event again (same X-LGSP-Callback-Id, attempt 2) is answered as a success,
 *   and, with `stateUrl`, leaves the receiver's state as the first delivery left it;
 * - answers within the timeout;
 * - copes with out-of-order events: a later status first, then the earlier one, both accepted.
 */
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { OutboundError, type OutboundClient, type OutboundResponse } from '../outbound/http-client';
import { sameSignature } from '../../adapters/paygov/signature';
import { eventId, sampleEvent, type ReceiverKind } from './receiver-samples';
import { LiveCases, type Failure, type Progress, type SuiteResult } from './report';
import type { PaygovPartnerKeys } from './simulator-target';

export interface ReceiverCheckOptions {
  url: string;
  kind: ReceiverKind;
  /** The client's secret for X-LGSP-Signature (default dev-secret). */
  secret?: string;
  /** The PayGov partner for IPNs (default the development partner). */
  partner?: PaygovPartnerKeys;
  /** Default 10 000 ms. */
  timeoutMs?: number;
  /** A URL answering the receiver's state as JSON; compared around a redelivery. */
  stateUrl?: string;
  http: OutboundClient;
  /** Told of each rule as it is checked (some wait for a timeout). */
  progress?: Progress;
}

type Reply = { response?: OutboundResponse; error?: OutboundError };

const STALE_SECONDS = 3600;
/** The rules below, each one `check`. */
const RULES = 6;

export async function checkReceiver(options: ReceiverCheckOptions): Promise<SuiteResult> {
  const started = Date.now();
  const secret = options.secret ?? 'dev-secret';
  const partner = options.partner ?? { partner: 'dev-partner', secret: 'dev-paygov-secret' };
  const timeoutMs = options.timeoutMs ?? 10_000;
  const ipn = options.kind === 'paygov-ipn';
  const runId = randomUUID().slice(0, 8);

  const deliver = async (
    body: Record<string, unknown>,
    sign: { secret?: string; unixSeconds?: number; badIpn?: boolean } = {},
    attempt = 1,
  ): Promise<Reply> => {
    let payload = body;
    if (ipn && sign.badIpn) payload = { ...body, MaXacThuc: '0'.repeat(64) };
    const headers = { 'content-type': 'application/json', 'x-lgsp-callback-id': eventId(options.kind, body), 'x-lgsp-attempt': String(attempt) };
    try {
      const response = await options.http.send({
        url: options.url,
        headers,
        body: JSON.stringify(payload),
        timeoutMs,
        ...(ipn ? {} : { signing: { secret: sign.secret ?? secret, ...(sign.unixSeconds !== undefined ? { unixSeconds: sign.unixSeconds } : {}) } }),
      });
      return { response };
    } catch (error) {
      if (error instanceof OutboundError) return { error };
      throw error;
    }
  };

  /** Why a reply is not an acceptance; undefined when it is one. */
  const refusal = (reply: Reply, sent: Record<string, unknown>): string | undefined => {
    if (reply.error) return reply.error.kind === 'timeout' ? `no answer within ${timeoutMs} ms` : reply.error.message;
    const res = reply.response as OutboundResponse;
    if (res.status < 200 || res.status > 299) return `HTTP ${res.status} ${res.text.slice(0, 200)}`;
    if (!ipn) return undefined;
    let answer: Record<string, unknown> | undefined;
    try {
      answer = JSON.parse(res.text) as Record<string, unknown>;
    } catch {
      return `the reply is not JSON: ${res.text.slice(0, 200)}`;
    }
    if (answer?.MaLoi !== '00') return `MaLoi ${JSON.stringify(answer?.MaLoi)} (expected "00")`;
    if (!sameSignature(answer.MaXacThuc, String(sent.MaXacThuc))) return 'the reply does not echo the IPN’s MaXacThuc';
    return undefined;
  };

  const state = async (): Promise<unknown> => {
    if (!options.stateUrl) return undefined;
    const res = await options.http.send({ method: 'GET', url: options.stateUrl, timeoutMs });
    return res.text;
  };

  const name = `receiver ${options.kind} at ${options.url}`;
  const cases = new LiveCases(name, RULES, options.progress);
  const check = async (name: string, rule: string, run: () => Promise<Omit<Failure, 'where'>[] | 'skip'>): Promise<void> => {
    const at = Date.now();
    let found: Omit<Failure, 'where'>[] | 'skip';
    try {
      found = await run();
    } catch (error) {
      found = [{ message: (error as Error).message }];
    }
    if (found === 'skip') return void cases.add({ name, status: 'skipped', durationMs: 0, failures: [] });
    cases.add({
      name,
      status: found.length ? 'failed' : 'passed',
      durationMs: Date.now() - at,
      failures: found.map((f) => ({ where: `rule "${rule}"`, ...f })),
    });
  };

  await check('accepts a valid signed delivery', 'accepts a valid signed delivery', async () => {
    const body = sampleEvent(options.kind, `${runId}-valid`, 'later', partner);
    const why = refusal(await deliver(body), body);
    return why
      ? [
          {
            message: 'a valid, correctly signed delivery was not accepted',
            expected: ipn ? '2xx with MaLoi "00" and the IPN’s MaXacThuc' : '2xx',
            got: why,
          },
        ]
      : [];
  });

  await check('rejects a bad signature', 'rejects a bad signature', async () => {
    const body = sampleEvent(options.kind, `${runId}-badsig`, 'later', partner);
    const reply = await deliver(body, { secret: `not-${secret}`, badIpn: true });
    if (reply.error) return [{ message: `the receiver did not answer: ${reply.error.message}` }];
    return refusal(reply, body)
      ? []
      : [
          {
            message: 'a delivery with a wrong signature was accepted: the receiver does not check signatures',
            expected: ipn ? 'a refusal (MaLoi not "00", or a non-2xx status)' : 'a 4xx refusal',
            got: `HTTP ${reply.response?.status}`,
          },
        ];
  });

  await check('rejects a stale timestamp', 'rejects a stale timestamp', async () => {
    if (ipn) return 'skip'; // A PayGov IPN's MaXacThuc carries no signing time.
    const body = sampleEvent(options.kind, `${runId}-stale`, 'later', partner);
    const reply = await deliver(body, { unixSeconds: Math.floor(Date.now() / 1000) - STALE_SECONDS });
    if (reply.error) return [{ message: `the receiver did not answer: ${reply.error.message}` }];
    return refusal(reply, body)
      ? []
      : [
          {
            message: `a delivery signed ${STALE_SECONDS / 60} minutes ago was accepted: the receiver does not bound t= of X-LGSP-Signature (replays are possible)`,
            expected: 'a 4xx refusal',
            got: `HTTP ${reply.response?.status}`,
          },
        ];
  });

  await check('is idempotent on redelivery', 'is idempotent on redelivery', async () => {
    const body = sampleEvent(options.kind, `${runId}-twice`, 'later', partner);
    const first = refusal(await deliver(body), body);
    if (first) return [{ message: 'the first delivery was not accepted', got: first }];
    const before = await state();
    const second = refusal(await deliver(body, {}, 2), body);
    const failures: Omit<Failure, 'where'>[] = [];
    if (second)
      failures.push({
        message: 'the same event delivered again was not answered as a success (the platform would retry it until it goes dead)',
        expected: ipn ? 'MaLoi "00" again' : '2xx again',
        got: second,
      });
    if (options.stateUrl && !isDeepStrictEqual(before, await state()))
      failures.push({
        message: 'the same event delivered again changed the receiver’s state: it was treated as a new event',
        path: options.stateUrl,
      });
    return failures;
  });

  await check(`answers within ${timeoutMs} ms`, 'answers within the timeout', async () => {
    const body = sampleEvent(options.kind, `${runId}-timely`, 'later', partner);
    const reply = await deliver(body);
    if (reply.error?.kind === 'timeout')
      return [
        {
          message: `no answer within ${timeoutMs} ms: the platform counts this attempt as failed and delivers again`,
          expected: `an answer within ${timeoutMs} ms`,
          got: `none after ${reply.error.durationMs} ms`,
        },
      ];
    // A connection closed or refused is no answer either, however quickly it comes.
    if (reply.error)
      return [{ message: `no answer: ${reply.error.message}`, expected: `an answer within ${timeoutMs} ms`, got: reply.error.message }];
    return [];
  });

  await check('copes with out-of-order events', 'copes with out-of-order events', async () => {
    const id = `${runId}-order`;
    const later = sampleEvent(options.kind, id, 'later', partner);
    const earlier = sampleEvent(options.kind, id, 'earlier', partner);
    const failures: Omit<Failure, 'where'>[] = [];
    const a = refusal(await deliver(later), later);
    if (a) failures.push({ message: 'the later event, sent first, was not accepted', got: a });
    const b = refusal(await deliver(earlier), earlier);
    if (b)
      failures.push({
        message: 'an earlier event arriving after a later one was not accepted (callbacks travel through a queue and may arrive in any order)',
        expected: ipn ? 'MaLoi "00"' : '2xx',
        got: b,
      });
    return failures;
  });

  return { name, durationMs: Date.now() - started, cases: cases.cases };
}
