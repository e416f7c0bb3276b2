// The API app: middleware first, then routes, then the 404 and error handlers (one error body everywhere).
import { LANGS } from '@plansync/shared';
import { bodyLimit } from 'hono/body-limit';
import { except } from 'hono/combine';
import { languageDetector } from 'hono/language';
import { secureHeaders } from 'hono/secure-headers';
import { requireToken } from './auth/require-token';
import { ApiFailure } from './http/api-failure';
import { addinCors } from './http/cors';
import { kvPerRequest } from './http/kv-ops';
import { renderError } from './http/render-error';
import { createRouter } from './http/router';
import { assessmentRoutes } from './routes/assessment';
import { docsRoutes } from './routes/docs';
import { historyRoutes } from './routes/history';
import { meRoutes } from './routes/me';
import { plansRoutes } from './routes/plans';
import { progressRoutes } from './routes/progress';
import { repairRoutes } from './routes/repair';
import { scheduleRoutes } from './routes/schedule';

/** Largest request body: a 1,000-target plan is ~0.5 MB; a full batch of long reports stays under this. */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

const PUBLIC_PATHS = ['/api/openapi.json', '/api/docs', '/api/docs/*'];

export function createApp() {
  const app = createRouter();
  app.use(
    languageDetector({ order: ['header'], supportedLanguages: [...LANGS], fallbackLanguage: 'zh', caches: false }),
  );
  app.use(addinCors);
  // The API is read cross-origin by the add-in, so resources must not be same-origin only.
  app.use(secureHeaders({ crossOriginResourcePolicy: 'cross-origin' }));
  app.use(kvPerRequest);
  app.use(
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new ApiFailure(413, 'payload_too_large', undefined, { maxBytes: MAX_BODY_BYTES });
      },
    }),
  );
  app.use('/api/*', except(PUBLIC_PATHS, requireToken));

  const routes = app
    .route('/api/me', meRoutes)
    .route('/api/plans', plansRoutes)
    .route('/api/plans', progressRoutes)
    .route('/api/plans', historyRoutes)
    .route('/api/plans', repairRoutes)
    .route('/api/plans', scheduleRoutes)
    .route('/api/plans', assessmentRoutes);

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  // OpenAPI 3.1: JSON Schema's own null type, so the error details schema compiles in validators (Ajv).
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'plansync API',
      version: '1.0.0',
      description: 'Work-plan progress: plans, figures, reports, history, reporting schedule and assessment.',
    },
    security: [{ bearer: [] }],
  });
  app.route('/api/docs', docsRoutes);

  app.notFound((c) => renderError(new ApiFailure(404, 'not_found'), c));
  app.onError(renderError);
  return routes;
}
