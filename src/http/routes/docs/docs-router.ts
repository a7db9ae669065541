/**
 * `/` (a landing page: docs, admin, services, health checks) and `/docs`: the OpenAPI document in
 * Swagger UI, served from the swagger-ui-dist package (no CDN: users are often offline or behind a
 * ministry proxy), and the AsyncAPI document as a page rendered here.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Router, type Request, type Response } from 'express';
import { projectRoot } from '../../../project-root';
import { renderAsyncApiPage } from './asyncapi-view';
import { DOCS_CSP, escapeHtml, page } from './html';

/** The only files of swagger-ui-dist the page loads. */
export const SWAGGER_FILES: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
};
export const OWN_FILES: Record<string, string> = {
  'docs.css': 'text/css; charset=utf-8',
  'openapi-init.js': 'text/javascript; charset=utf-8',
};

const NAV = `<header class="top"><strong>lgsp-sim</strong><a href="/">Home</a><a href="/docs">Docs</a><a href="/docs/openapi">HTTP API</a><a href="/docs/asyncapi">What we send</a><a href="/admin">Admin</a></header>`;

function card(href: string, title: string, text: string): string {
  return `<div class="card"><a href="${escapeHtml(href)}">${escapeHtml(title)}</a><p>${text}</p></div>`;
}

function landing(services: readonly { service: string; name: string }[]): string {
  return page(
    'lgsp-sim',
    `${NAV}
<main>
<h1>lgsp-sim</h1>
<p>A local simulator of a provincial integration platform (LGSP) and its national backends. Get a token with
<code>POST /token</code> (<code>grant_type=client_credentials</code>), then send messages to <code>POST /api/v1/messages</code> or the native paths.</p>
<h2>Documentation</h2>
<div class="cards">
${card('/docs/openapi', 'HTTP API (OpenAPI)', 'Every path: the unified API, native paths, simulation controls, administration.')}
${card('/docs/asyncapi', 'What the platform sends (AsyncAPI)', 'Result callbacks, status pushes and PayGov IPNs, with their signatures.')}
${card('/api/v1/openapi.json', 'openapi.json', 'The OpenAPI 3.1 document.')}
${card('/api/v1/asyncapi.json', 'asyncapi.json', 'The AsyncAPI 3.0 document.')}
${card('/api/v1/schemas/contract-suite', 'Contract suite schema', 'For <code>lgsp-sim test</code> suites, and editors that complete them.')}
</div>
<h2>Services</h2>
<div class="cards">
${card('/api/v1/services', 'Service catalogue', 'Message types, schemas and native paths of every backend.')}
${services.map((s) => card(`/api/v1/services#${s.service}`, s.service, escapeHtml(s.name))).join('\n')}
</div>
<h2>Operations</h2>
<div class="cards">
${card('/admin', 'Administration', 'Queue health per backend, pause, resume, redrive (admin credential).')}
${card('/livez', 'Liveness', '<code>/livez</code>: the process answers.')}
${card('/readyz', 'Readiness', '<code>/readyz</code>: Redis answers and workers run.')}
${card('/metrics', 'Metrics', 'Prometheus text format.')}
</div>
</main>`,
  );
}

function docsIndex(): string {
  return page(
    'lgsp-sim — docs',
    `${NAV}
<main>
<h1>Documentation</h1>
<div class="cards">
${card('/docs/openapi', 'HTTP API (OpenAPI)', 'What the simulator answers: browse every path, its parameters, bodies and answers.')}
${card('/docs/asyncapi', 'What the platform sends (AsyncAPI)', 'What arrives at your callback and IPN URLs, and how it is signed.')}
</div>
</main>`,
  );
}

function openApiPage(): string {
  return page(
    'lgsp-sim — HTTP API',
    `${NAV}
<div id="swagger-ui"></div>
<script src="/docs/assets/swagger-ui/swagger-ui-bundle.js"></script>
<script src="/docs/assets/openapi-init.js"></script>`,
    '<link rel="stylesheet" href="/docs/assets/swagger-ui/swagger-ui.css">',
  );
}

export function docsRouter(deps: { asyncApi: Record<string, unknown>; services: () => readonly { service: string; name: string }[] }): Router {
  const router = Router();
  const swaggerDir = dirname(require.resolve('swagger-ui-dist/package.json'));
  const html = (res: Response, text: string): void => {
    res.set('content-security-policy', DOCS_CSP).type('text/html; charset=utf-8').send(text);
  };
  // Read at start from beside the sources (as the admin page's assets), so dist/ needs no copy.
  const own = new Map(Object.keys(OWN_FILES).map((file) => [file, readFileSync(join(projectRoot(), 'src/http/routes/docs/assets', file))]));
  const landingPage = landing(deps.services());
  const asyncApiPage = renderAsyncApiPage(deps.asyncApi);
  router.get('/', (_req: Request, res: Response) => html(res, landingPage));
  router.get('/docs', (_req: Request, res: Response) => html(res, docsIndex()));
  router.get('/docs/openapi', (_req: Request, res: Response) => html(res, openApiPage()));
  router.get('/docs/asyncapi', (_req: Request, res: Response) => html(res, asyncApiPage));
  router.get('/docs/assets/swagger-ui/:file', (req: Request, res: Response, next) => {
    const file = String(req.params.file);
    const type = SWAGGER_FILES[file];
    if (!type) return next();
    res
      .set('cache-control', 'public, max-age=3600')
      .type(type)
      .send(readFileSync(join(swaggerDir, file)));
  });
  router.get('/docs/assets/:file', (req: Request, res: Response, next) => {
    const file = String(req.params.file);
    const type = OWN_FILES[file];
    if (!type) return next();
    res.set('cache-control', 'public, max-age=300').type(type).send(own.get(file));
  });
  return router;
}
