// `/api/docs`: Swagger UI served by the worker itself, so the docs load on a network without public CDNs (issue
// 10.9). The page, its script and its style all come from this origin, under a content security policy that
// allows nothing else.
import { secureHeaders } from 'hono/secure-headers';
import swaggerUiBundle from 'swagger-ui-dist/swagger-ui-bundle.js';
import swaggerUiCss from 'swagger-ui-dist/swagger-ui.css';
import { createRouter } from '../http/router';

const SELF = ["'self'"];

/** The OpenAPI document the page shows. `validatorUrl: null`: Swagger UI would otherwise call validator.swagger.io. */
const INIT_SCRIPT = `window.ui = SwaggerUIBundle({
  url: '/api/openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  validatorUrl: null,
});
`;

const PAGE = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>plansync API</title>
    <link rel="stylesheet" href="/api/docs/swagger-ui.css" />
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="/api/docs/swagger-ui-bundle.js"></script>
    <script src="/api/docs/init.js"></script>
  </body>
</html>
`;

/** The bundled files change only with the pinned swagger-ui-dist version, so browsers may keep them a day. */
const ASSET_CACHE = 'public, max-age=86400';
const textType = (type: string) => ({ 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': ASSET_CACHE });

/**
 * Mounted at `/api/docs`, public. CSP: scripts, styles, images and requests from this origin only, plus `data:`
 * images (the icons in Swagger UI's stylesheet); no inline script or style, no frames, no plugins. Chromium
 * renders the page and opens an operation under it with no violation (addin/e2e/api-docs.e2e.test.ts).
 */
export const docsRoutes = createRouter();
docsRoutes
  .use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        scriptSrc: SELF,
        styleSrc: SELF,
        imgSrc: [...SELF, 'data:'],
        connectSrc: SELF,
        formAction: SELF,
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
      },
    }),
  )
  .get('/', (c) => c.html(PAGE))
  .get('/swagger-ui.css', (c) => c.body(swaggerUiCss, 200, textType('text/css')))
  .get('/swagger-ui-bundle.js', (c) => c.body(swaggerUiBundle, 200, textType('text/javascript')))
  .get('/init.js', (c) => c.body(INIT_SCRIPT, 200, textType('text/javascript')));
