// Starts Swagger UI (served from the swagger-ui-dist package, no CDN) on the simulator's own document.
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({ url: '/api/v1/openapi.json', dom_id: '#swagger-ui', deepLinking: true, tryItOutEnabled: false });
});
