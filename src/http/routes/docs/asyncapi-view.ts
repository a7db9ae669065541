/**
 * The AsyncAPI document as a readable page, rendered here on the server: one section per operation
 * (its channel address, message, signature headers and payload), then every schema the payloads
 * reference. No script, so it works anywhere the document does.
 */
import { escapeHtml, page } from './html';

type Json = Record<string, unknown>;

function resolve(doc: Json, ref: string): Json {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>((node, key) => (node as Json | undefined)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], doc) as Json;
}

/** Names of the component schemas `node` refers to, following refs transitively. */
function referencedSchemas(doc: Json, node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => referencedSchemas(doc, n, found));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')) {
        const name = value.slice('#/components/schemas/'.length);
        if (!found.has(name)) {
          found.add(name);
          referencedSchemas(doc, resolve(doc, value), found);
        }
      } else referencedSchemas(doc, value, found);
    }
  }
  return found;
}

function json(value: unknown): string {
  const text = escapeHtml(JSON.stringify(value, null, 2));
  // Refs become links to the schema's section below.
  return text.replace(
    /&quot;#\/components\/schemas\/([^&]+)&quot;/g,
    (_m, name: string) => `&quot;<a href="#schema-${name}">#/components/schemas/${name}</a>&quot;`,
  );
}

export function renderAsyncApiPage(doc: Json): string {
  const info = doc.info as { title: string; version: string; description?: string };
  const sections: string[] = [];
  for (const [id, raw] of Object.entries((doc.operations ?? {}) as Record<string, Json>)) {
    const channel = resolve(doc, (raw.channel as { $ref: string }).$ref);
    for (const ref of (raw.messages ?? []) as { $ref: string }[]) {
      let message = resolve(doc, ref.$ref);
      if (message.$ref) message = resolve(doc, String(message.$ref));
      sections.push(`<section class="op" id="op-${escapeHtml(id)}">
<h2><span class="badge">${escapeHtml(String(raw.action))}</span>${escapeHtml(String(message.title ?? id))}</h2>
<p>${escapeHtml(String(message.summary ?? raw.summary ?? ''))}</p>
<table><tr><th>POST to</th><td><code>${escapeHtml(String(channel.address))}</code> — ${escapeHtml(String(channel.description ?? ''))}</td></tr>
<tr><th>Content type</th><td><code>${escapeHtml(String(message.contentType ?? doc.defaultContentType ?? ''))}</code></td></tr></table>
${message.headers ? `<h3>Headers</h3><pre>${json(message.headers)}</pre>` : ''}
<h3>Payload</h3><pre>${json(message.payload)}</pre>
</section>`);
    }
  }
  const names = [...referencedSchemas(doc, (doc.components as Json | undefined)?.messages)].sort();
  const schemas = names.map(
    (name) =>
      `<section id="schema-${escapeHtml(name)}"><h3>${escapeHtml(name)}</h3><pre>${json(resolve(doc, `#/components/schemas/${name}`))}</pre></section>`,
  );
  return page(
    `${info.title} — AsyncAPI`,
    `<header class="top"><strong>lgsp-sim</strong><a href="/">Home</a><a href="/docs">Docs</a><a href="/docs/openapi">HTTP API</a><a href="/docs/asyncapi">What we send</a><a href="/api/v1/asyncapi.json">asyncapi.json</a></header>
<main>
<h1>${escapeHtml(info.title)}</h1>
<p>AsyncAPI ${escapeHtml(String(doc.asyncapi))} · version ${escapeHtml(info.version)}</p>
<p>${escapeHtml(info.description ?? '')}</p>
${sections.join('\n')}
<h2>Schemas</h2>
${schemas.join('\n')}
</main>`,
  );
}
