/* The API's documentation page: Swagger UI (vendored) over /openapi.json. No validator badge
   (it would call a server elsewhere). */
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  window.SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    validatorUrl: null,
    deepLinking: true,
    tryItOutEnabled: false,
  });
});
