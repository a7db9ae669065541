/**
 * Runs one step of a case against the simulator: reset, clock, scenario, send, wait, callback or
 * journal. Each answers with its result (what `expect`, `save` and `${steps.NAME…}` read) or the
 * failures that end the case.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { XMLParser } from 'fast-xml-parser';
import { INIT_FIELDS, LOOKUP_FIELDS, joinFields, signJoined } from '../../adapters/paygov/signature';
import { verifyCallbackSignature } from '../core/signature';
import type { Step } from '../generated/schema-types';
import type { OutboundResponse } from '../outbound/http-client';
import { parseDuration } from '../sim/duration';
import type { StepResult } from './assertions';
import type { CallbackReceiver, ReceivedDelivery } from './callback-receiver';
import { verifyIpnSignature } from './ipn-signature';
import { readPath } from './json-path';
import { match, show } from './matchers';
import type { Failure } from './report';
import type { ClientCredentials, SimulatorSession } from './simulator-target';
import type { StepAction } from './suite-file';

export interface StepContext {
  session: SimulatorSession;
  receiver: CallbackReceiver;
  clients: Readonly<Record<string, ClientCredentials>>;
  runId: string;
  where: string;
}

export type StepOutcome = { result: StepResult; failures: Failure[] };

const xml = new XMLParser({ ignoreAttributes: false, parseTagValue: false });
const TERMINAL = new Set(['completed', 'failed', 'dead']);

export class StepFailed extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
  }
}

function fail(where: string, message: string, extra: Partial<Failure> = {}): never {
  throw new StepFailed({ where, message, ...extra });
}

export function parseBody(response: OutboundResponse): unknown {
  const type = response.headers['content-type'] ?? '';
  if (response.text === '') return undefined;
  if (/json/.test(type)) {
    try {
      return JSON.parse(response.text) as unknown;
    } catch {
      return response.text;
    }
  }
  if (/xml/.test(type)) {
    try {
      return xml.parse(response.text) as unknown;
    } catch {
      return response.text;
    }
  }
  return response.text;
}

function resultOf(response: OutboundResponse, extra: Partial<StepResult> = {}): StepResult {
  return { status: response.status, headers: response.headers, body: parseBody(response), durationMs: response.durationMs, ...extra };
}

/** A map of form fields, query parameters or headers as text; absent members are left out. */
function textEntries(map: Readonly<Record<string, string | number | boolean | undefined>> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(map ?? {})) if (value !== undefined) out[key] = String(value);
  return out;
}

function clientNamed(ctx: StepContext, name = 'dev'): ClientCredentials {
  const client = ctx.clients[name];
  if (!client) fail(ctx.where, `no client named "${name}"; name it under clients: in the suite (known: ${Object.keys(ctx.clients).join(', ')})`);
  return client;
}

/** Admin calls (reset, clock, scenario) must succeed; a refusal ends the case with the reason. */
async function adminCall(ctx: StepContext, method: string, path: string, body?: unknown): Promise<StepOutcome> {
  const response = await ctx.session.admin(method, path, body);
  const result = resultOf(response);
  if (response.status >= 300) {
    const problem = result.body as { detail?: string; errors?: { path: string; message: string }[] } | undefined;
    const why = problem?.errors?.map((e) => `${e.path}: ${e.message}`).join('; ') ?? problem?.detail ?? response.text.slice(0, 300);
    fail(ctx.where, `${method} ${path} was refused (${response.status}): ${why}`);
  }
  return { result, failures: [] };
}

async function send(spec: NonNullable<Step['send']>, ctx: StepContext): Promise<StepOutcome> {
  const client = clientNamed(ctx, spec.as);
  const headers: Record<string, string> = textEntries(spec.headers);
  const lower = new Set(Object.keys(headers).map((h) => h.toLowerCase()));
  const auth = spec.auth ?? 'bearer';
  if (auth === 'bearer' && !lower.has('authorization')) headers.authorization = `Bearer ${await ctx.session.token(client)}`;
  if (auth === 'admin') headers.authorization = `Bearer ${ctx.session.target.adminToken}`;
  let body: string | undefined;
  let contentType: string | undefined;
  let messageId: string | undefined;
  const sign = (fields: Record<string, unknown>): Record<string, unknown> => {
    if (!spec.paygovSign) return fields;
    const keys = ctx.session.target.paygov;
    const list = spec.paygovSign === 'init' ? INIT_FIELDS : LOOKUP_FIELDS;
    return { ...fields, MaXacThuc: signJoined(joinFields(fields, list), keys.secret, keys.signing ?? 'sha256') };
  };
  if (spec.message) {
    const m = spec.message;
    if (!m.body || typeof m.body !== 'object' || Array.isArray(m.body))
      fail(ctx.where, 'message.body must be an object (a ${name} must name one)', { got: show(m.body) });
    messageId = m.messageId ?? `${ctx.runId}-${randomUUID().slice(0, 8)}`;
    const header = {
      messageId,
      messageType: m.type,
      from: m.from ?? client.agency,
      ...(m.correlationId ? { correlationId: m.correlationId } : {}),
      ...(m.callback ? { callbackUrl: `${ctx.receiver.url}/callbacks` } : {}),
    };
    body = JSON.stringify({ header, body: sign(m.body) });
    contentType = 'application/json';
    if (m.wait) headers.prefer = `wait=${m.wait}`;
  } else if (spec.json !== undefined) {
    const json = spec.json && typeof spec.json === 'object' && !Array.isArray(spec.json) ? sign(spec.json as Record<string, unknown>) : spec.json;
    body = JSON.stringify(json);
    contentType = 'application/json';
  } else if (spec.xml !== undefined) {
    body = spec.xml;
    contentType = 'application/xml';
  } else if (spec.form !== undefined) {
    body = new URLSearchParams(textEntries(spec.form)).toString();
    contentType = 'application/x-www-form-urlencoded';
  } else if (spec.text !== undefined) body = spec.text;
  if (contentType && !lower.has('content-type')) headers['content-type'] = contentType;
  const path = spec.path ?? (spec.message ? '/api/v1/messages' : fail(ctx.where, 'send needs a path (or a message)'));
  const query = spec.query ? `?${new URLSearchParams(textEntries(spec.query)).toString()}` : '';
  const method = spec.method ?? (body !== undefined ? 'POST' : 'GET');
  const response = await ctx.session.http.send({
    method,
    url: `${ctx.session.target.baseUrl}${path}${query}`,
    headers,
    ...(body !== undefined ? { body } : {}),
    timeoutMs: spec.timeout !== undefined ? parseDuration(spec.timeout) : 30_000,
  });
  const result = resultOf(response, messageId ? { messageId } : {});
  if (!result.messageId) {
    const id = readPath(result.body, '$.messageId');
    if (typeof id.value === 'string') result.messageId = id.value;
  }
  return { result, failures: [] };
}

async function wait(spec: NonNullable<Step['wait']>, ctx: StepContext): Promise<StepOutcome> {
  const wanted = new Set<string>(spec.status === undefined ? ['completed'] : Array.isArray(spec.status) ? spec.status : [spec.status]);
  const timeoutMs = spec.timeout !== undefined ? parseDuration(spec.timeout) : 10_000;
  const token = await ctx.session.token(clientNamed(ctx, spec.as));
  const started = Date.now();
  let last: OutboundResponse | undefined;
  let status: string | undefined;
  for (;;) {
    last = await ctx.session.http.send({
      method: 'GET',
      url: `${ctx.session.target.baseUrl}/api/v1/messages/${encodeURIComponent(spec.message)}`,
      headers: { authorization: `Bearer ${token}` },
      timeoutMs: 10_000,
    });
    const body = parseBody(last) as { status?: string } | undefined;
    status = last.status === 200 ? body?.status : undefined;
    if (status && wanted.has(status))
      return { result: { ...resultOf(last), durationMs: Date.now() - started, messageId: spec.message }, failures: [] };
    if (status && TERMINAL.has(status)) break;
    if (last.status !== 200 && last.status !== 404) break;
    if (Date.now() - started >= timeoutMs) break;
    await delay(100);
  }
  fail(
    ctx.where,
    status && TERMINAL.has(status)
      ? `message ${spec.message} ended ${status}`
      : `message ${spec.message} did not reach the status within ${timeoutMs} ms`,
    {
      path: 'status',
      expected: [...wanted].join(' or '),
      got: status ?? `HTTP ${last.status} ${last.text.slice(0, 200)}`,
    },
  );
}

function verifyDelivery(delivery: ReceivedDelivery, spec: NonNullable<Step['callback']>, ctx: StepContext): void {
  const header = delivery.headers['x-lgsp-signature'];
  const body = delivery.body as Record<string, unknown> | undefined;
  const kind = spec.kind ?? (typeof header === 'string' ? 'lgsp' : body && 'MaXacThuc' in body ? 'paygov-ipn' : 'lgsp');
  if (kind === 'any') return;
  if (kind === 'lgsp') {
    const client = clientNamed(ctx, spec.as);
    if (typeof header !== 'string')
      fail(ctx.where, 'the callback carries no X-LGSP-Signature', {
        path: 'headers.x-lgsp-signature',
        expected: 't=<unix>,v1=<hex>',
        got: '(nothing)',
      });
    if (!verifyCallbackSignature(header, delivery.raw, client.secret, Math.floor(Date.now() / 1000))) {
      fail(ctx.where, `X-LGSP-Signature does not verify with the secret of client ${client.id}`, { path: 'headers.x-lgsp-signature', got: header });
    }
    return;
  }
  const problem = verifyIpnSignature(body, ctx.session.target.paygov);
  if (problem) fail(ctx.where, problem, { path: '$.MaXacThuc', got: show(body?.MaXacThuc) });
}

async function callback(spec: NonNullable<Step['callback']>, ctx: StepContext): Promise<StepOutcome> {
  const timeoutMs = spec.timeout !== undefined ? parseDuration(spec.timeout) : 10_000;
  const started = Date.now();
  const conditions = Object.entries(spec.match ?? {});
  const delivery = await ctx.receiver.take((d) => conditions.every(([path, m]) => !match(m, readPath(d.body, path))), timeoutMs);
  if (!delivery) {
    const seen = ctx.receiver
      .received()
      .map((d) => show(d.body))
      .slice(-3);
    fail(ctx.where, `no callback matching ${show(spec.match ?? {})} arrived within ${timeoutMs} ms`, {
      expected: 'a callback',
      got: seen.length
        ? `${ctx.receiver.received().length} other(s), the last: ${seen.join(' | ')}`
        : `no callback at all reached ${ctx.receiver.url} (a simulator at --url sends PayGov IPNs there only when started with DEV_PAYGOV_IPN_URL=${ctx.receiver.url}/paygov-ipn, and callbacks only to hosts in CALLBACK_ALLOWED_HOSTS)`,
    });
  }
  verifyDelivery(delivery, spec, ctx);
  const headers = Object.fromEntries(Object.entries(delivery.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : String(v)]));
  return { result: { headers, body: delivery.body, durationMs: Date.now() - started }, failures: [] };
}

async function journal(spec: NonNullable<Step['journal']>, ctx: StepContext): Promise<StepOutcome> {
  const response = await ctx.session.admin('POST', '/sim/journal/verify', { match: spec.match, count: spec.count ?? { gte: 1 } });
  const body = parseBody(response) as
    { matched?: number; detail?: string; nearMisses?: { entry: { messageType: string; messageId: string }; failed: string[] }[] } | undefined;
  if (response.status === 200) return { result: resultOf(response), failures: [] };
  if (response.status === 422) {
    const misses = (body?.nearMisses ?? []).map((m) => `${m.entry.messageType} ${m.entry.messageId}: ${m.failed.join(', ')}`);
    fail(ctx.where, `journal: ${body?.detail ?? 'count not met'}`, {
      path: 'journal',
      expected: show(spec.count ?? { gte: 1 }),
      got: `${body?.matched ?? 0} matching${misses.length ? `; near misses: ${misses.join(' | ')}` : ''}`,
    });
  }
  fail(ctx.where, `POST /sim/journal/verify answered ${response.status}: ${response.text.slice(0, 300)}`);
}

export async function runStep(step: Step, action: StepAction, ctx: StepContext): Promise<StepOutcome> {
  switch (action) {
    case 'reset': {
      ctx.session.forgetTokens();
      ctx.receiver.clear();
      return adminCall(ctx, 'POST', '/sim/reset', step.reset === true ? undefined : { service: step.reset });
    }
    case 'clock': {
      const c = step.clock ?? {};
      if (c.freeze !== undefined) return adminCall(ctx, 'POST', '/sim/clock/freeze', c.freeze === true ? undefined : { at: c.freeze });
      if (c.set !== undefined) return adminCall(ctx, 'POST', '/sim/clock/set', { at: c.set });
      if (c.advance !== undefined) return adminCall(ctx, 'POST', '/sim/clock/advance', { by: c.advance });
      return adminCall(ctx, 'POST', c.resume ? '/sim/clock/resume' : '/sim/clock/real');
    }
    case 'scenario':
      return adminCall(ctx, 'POST', '/sim/scenarios', Array.isArray(step.scenario) ? { rules: step.scenario } : step.scenario);
    case 'send':
      return send(step.send as NonNullable<Step['send']>, ctx);
    case 'wait':
      return wait(step.wait as NonNullable<Step['wait']>, ctx);
    case 'callback':
      return callback(step.callback as NonNullable<Step['callback']>, ctx);
    case 'journal':
      return journal(step.journal as NonNullable<Step['journal']>, ctx);
  }
}
