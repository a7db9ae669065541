/** Small helpers of the docs and landing pages: escaping and the shared page frame. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * Content-Security-Policy of these pages: scripts and styles from this server only (Swagger UI sets
 * inline styles on elements, hence 'unsafe-inline' for styles), no outside requests at all.
 */
export const DOCS_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export function page(title: string, body: string, head = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="/docs/assets/swagger-ui/favicon-32x32.png">
<link rel="stylesheet" href="/docs/assets/docs.css">
${head}
</head>
<body>
${body}
</body>
</html>
`;
}
