import type { RequestHandler } from 'express';
import helmet from 'helmet';
import { escapeHtml } from '../../core/escape-html';

/**
 * The admin pages' Content-Security-Policy: our own script and stylesheet only, no inline code, no
 * external origin (the simulator often runs with no network), no framing.
 */
export function adminPageCsp(): RequestHandler {
  return helmet.contentSecurityPolicy({
    useDefaults: false,
    directives: {
      defaultSrc: ["'none'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
    },
  });
}

/** The frame every admin page shares: title, stylesheet, optional script, body. */
export function adminPage(options: { title: string; body: string; script?: string; meta?: Record<string, string> }): string {
  const meta = Object.entries(options.meta ?? {})
    .map(([name, content]) => `<meta name="${escapeHtml(name)}" content="${escapeHtml(content)}">`)
    .join('\n    ');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    ${meta}
    <title>${escapeHtml(options.title)} · lgsp-sim</title>
    <link rel="icon" href="data:,">
    <link rel="stylesheet" href="/admin/assets/admin.css">
    ${options.script ? `<script src="${escapeHtml(options.script)}" defer></script>` : ''}
  </head>
  <body>
${options.body}
  </body>
</html>
`;
}
