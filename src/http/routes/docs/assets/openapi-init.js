// Starts Swagger UI (served from the swagger-ui-dist package, no CDN) on the simulator's own document.
// Tags start folded (with every backend's operations open at once the
// page took tens of seconds to render); a tag opens on a click, a deep link opens its operation, and
// the schema list starts folded too.
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: '/api/v1/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    tryItOutEnabled: false,
    docExpansion: 'none',
    defaultModelsExpandDepth: 0,
  });
});
