// Builds the Fastify application (routes, validation, error mapping, OpenAPI, static web app)
// without listening, so tests can drive it with inject() and main.ts can serve it.
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply } from 'fastify';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
// Indonesian first: zod's messages for every schema in the process (the browser imports the same).
import '../domain/contracts/zod-locale.ts';
import type { Database } from '../db/client.ts';
import { AppError, appError, type ErrorBody } from './errors.ts';
import { ERROR_CODES, type ErrorCode } from '../domain/contracts/errors.ts';
import { contractSerializerCompiler, serializationDetail } from './contract-route.ts';
import { roadmapRoutes } from './features/roadmap/roadmap.routes.ts';
import { roadmapStructureRoutes } from './features/roadmap/roadmap-structure.routes.ts';
import { roadmapPeriodRoutes } from './features/roadmap/roadmap-period.routes.ts';
import { perangkatDaerahRoutes } from './features/perangkat-daerah/perangkat-daerah.routes.ts';
import { roadmapXlsxRoutes } from './features/roadmap-xlsx/roadmap-xlsx.routes.ts';
import { roadmapPdfRoutes } from './features/roadmap-pdf/roadmap-pdf.routes.ts';
import { auditRoutes } from './features/audit/audit.routes.ts';
import { metaRoutes } from './features/meta/meta.routes.ts';
import tenantGuard from './tenant-guard.ts';
import authPlugin from './features/auth/auth.plugin.ts';
import { authRoutes } from './features/auth/auth.routes.ts';
import { usersRoutes } from './features/users/users.routes.ts';
import { monitoringRoutes } from './features/monitoring/monitoring.routes.ts';
import { rencanaAksiRoutes } from './features/rencana-aksi/rencana-aksi.routes.ts';
import { evaluasiRoutes } from './features/evaluasi/evaluasi.routes.ts';
import { rekomendasiRoutes } from './features/evaluasi/rekomendasi.routes.ts';
import { timEvaluasiRoutes } from './features/evaluasi/tim.routes.ts';
import { reviuRoutes } from './features/evaluasi/reviu.routes.ts';
import { lheiRoutes } from './features/evaluasi/lhei.routes.ts';
import { operationsRoutes } from './features/operations/operations.routes.ts';
import { instansiRoutes } from './features/instansi/instansi.routes.ts';
import { pembinaanRoutes } from './features/pembinaan/pembinaan.routes.ts';
import { pengaduanRoutes } from './features/pengaduan/pengaduan.routes.ts';
import { stuRoutes } from './features/stu/stu.routes.ts';
import { rapatRoutes } from './features/rapat/rapat.routes.ts';
import { terlambatRoutes } from './features/terlambat/terlambat.routes.ts';
import { laporanRoutes } from './features/laporan/laporan.routes.ts';
import { EvidenceStore } from './features/monitoring/evidence.store.ts';
import { sweepEvidence } from './features/monitoring/realisasi.service.ts';
import { EmailDispatcher } from './features/email/email-dispatcher.ts';
import { configureEmail } from './features/email/email-settings.ts';
import { auditRefusedLogin } from './features/auth/auth.service.ts';
import { hostileTextHook } from './hostile-text.ts';
import { jsonEtagHook } from './etag.ts';

export interface RouteEntry {
  method: string;
  url: string;
  permission: string | undefined;
  /** The route's request schemas (zod), for tests that generate requests from them. */
  schema?: { body?: unknown; querystring?: unknown; params?: unknown };
}

export interface AppOptions {
  database: Database;
  logLevel?: string;
  maxUploadBytes?: number;
  /** Directory of the built web app (vite build output); not served when absent. */
  webDir?: string | null;
  /** Whether demo accounts may sign in (refused in production unless enabled). */
  allowDemoAccounts?: boolean;
  /** Sign-in attempts per IP per minute. */
  loginRateLimit?: number;
  /** Behind a reverse proxy: trust X-Forwarded-* headers. */
  trustProxy?: boolean;
  /** Where evidence files are stored (content-addressed). */
  evidenceDir: string;
  /** How often unreferenced evidence files are removed (ms); 0 disables the timer. Default daily. */
  evidenceSweepIntervalMs?: number;
  /**
   * Answers with a field their contract does not name fail (500) instead of being stripped, and a
   * 500 body says why. On in tests; off in production, where unnamed fields are dropped.
   */
  strictResponses?: boolean;
  /** Mail notifications over SMTP; in-app only when absent. */
  email?: { smtpUrl: string; from: string; publicUrl: string | null; intervalMs?: number } | null;
}

declare module 'fastify' {
  interface FastifyInstance {
    database: Database;
    maxUploadBytes: number;
    /** Every registered route with its declared permission (tests check that none lacks one). */
    routeTable: RouteEntry[];
    allowDemoAccounts: boolean;
    loginRateLimit: number;
    evidenceStore: EvidenceStore;
    /** Sends the email outbox; null when SMTP is not configured. */
    emailDispatcher: EmailDispatcher | null;
  }
  interface FastifyContextConfig {
    /** Permission the route needs (action:resource); every route declares one. */
    permission?: string;
  }
}

const JSON_BODY_LIMIT = 1024 * 1024;

function fieldsFromValidation(err: FastifyError & { validationContext?: string }) {
  if (!hasZodFastifySchemaValidationErrors(err)) return [];
  const where = err.validationContext ?? 'body';
  return err.validation.map((v) => ({
    field: [where, ...v.instancePath.split('/').filter(Boolean)].join('.'),
    code: `INVALID_${String(v.keyword).toUpperCase()}`,
    message: v.message ?? 'Tidak valid',
  }));
}

function mapError(err: FastifyError): { status: number; body: ErrorBody } {
  if (err instanceof AppError) return { status: err.status, body: err.toBody() };
  if (hasZodFastifySchemaValidationErrors(err)) {
    return {
      status: 400,
      body: new AppError(
        'VALIDATION_FAILED',
        'Permintaan tidak valid: periksa isian yang ditandai.',
        'Invalid request: check the listed fields.',
        fieldsFromValidation(err),
      ).toBody(),
    };
  }
  // Fastify's own errors, mapped onto the vocabulary (status and messages come from there).
  const byCode: Record<string, ErrorCode> = {
    FST_ERR_CTP_INVALID_JSON_BODY: 'INVALID_JSON',
    FST_ERR_CTP_EMPTY_JSON_BODY: 'EMPTY_BODY',
    FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
    FST_REQ_FILE_TOO_LARGE: 'FILE_TOO_LARGE',
    FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
    FST_INVALID_MULTIPART_CONTENT_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
    FST_FILES_LIMIT: 'TOO_MANY_FILES',
    FST_PARTS_LIMIT: 'TOO_MANY_PARTS',
    FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'INVALID_CONTENT_LENGTH',
    FST_ERR_MAX_PARAM_LENGTH: 'URL_TOO_LONG',
    FST_ERR_BAD_URL: 'BAD_URL',
    FST_ERR_RATE_LIMIT_EXCEEDED: 'RATE_LIMITED',
  };
  const known = err.code ? byCode[err.code] : undefined;
  if (known) return { status: ERROR_CODES[known].status, body: appError(known).toBody() };
  if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) {
    return {
      status: err.statusCode,
      body: new AppError('BAD_REQUEST', undefined, err.message).toBody(),
    };
  }
  return {
    status: 500,
    body: new AppError(
      'INTERNAL_ERROR',
      'Terjadi kesalahan pada server. Silakan coba lagi.',
      'Internal server error.',
    ).toBody(),
  };
}

export const defaultWebDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: opts.logLevel ?? 'info' },
    bodyLimit: JSON_BODY_LIMIT,
    genReqId: () => randomUUID(),
    trustProxy: opts.trustProxy ?? false,
    // Errors raised by the router itself (over-long or malformed URL parameters) get the same body.
    frameworkErrors: (err, _req, reply) => {
      const { status, body } = mapError(err as FastifyError);
      void (reply as unknown as FastifyReply).status(status).send(body);
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.decorate('database', opts.database);
  app.decorate('maxUploadBytes', opts.maxUploadBytes ?? 10 * 1024 * 1024);
  app.decorate('allowDemoAccounts', opts.allowDemoAccounts ?? true);
  app.decorate('loginRateLimit', opts.loginRateLimit ?? 10);
  app.decorate('evidenceStore', new EvidenceStore(opts.evidenceDir));
  // Files no row refers to any more (deleted realisasi, an upload that failed after the write) are
  // removed daily; the sweep deletes a file row only while nothing links to it, so it is safe to run
  // beside uploads and from several processes.
  const sweepEvery = opts.evidenceSweepIntervalMs ?? 24 * 3600_000;
  if (sweepEvery > 0) {
    const sweep = () =>
      void sweepEvidence(opts.database.db, app.evidenceStore).catch((err: unknown) =>
        app.log.error({ err }, 'evidence sweep failed'),
      );
    const timer = setInterval(sweep, sweepEvery);
    timer.unref();
    app.addHook('onClose', async () => clearInterval(timer));
  }
  const dispatcher = opts.email
    ? new EmailDispatcher(opts.database.db, {
        smtpUrl: opts.email.smtpUrl,
        from: opts.email.from,
        ...(opts.email.intervalMs ? { intervalMs: opts.email.intervalMs } : {}),
        onError: (err) => app.log.error({ err }, 'email dispatch failed'),
      })
    : null;
  app.decorate('emailDispatcher', dispatcher);
  if (dispatcher && opts.email) {
    configureEmail({ publicUrl: opts.email.publicUrl });
    dispatcher.start();
    // A change may have queued notification emails: send them now rather than at the next tick.
    app.addHook('onResponse', async (req) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') void dispatcher.flush().catch(() => {});
    });
    app.addHook('onClose', async () => {
      configureEmail(null);
      await dispatcher.stop();
    });
  }
  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (r) => {
    // Static files of the web app and the API documentation pages are public by nature.
    const config = (r.config ?? {}) as { permission?: string };
    if (!config.permission && (!r.url.startsWith('/api/') || r.url.startsWith('/api/docs'))) {
      r.config = { ...config, permission: 'public' };
    }
    for (const method of [r.method].flat()) {
      if (method === 'HEAD') continue;
      routeTable.push({
        method,
        url: r.url,
        permission: (r.config as { permission?: string } | undefined)?.permission,
        schema: r.schema as RouteEntry['schema'],
      });
    }
  });
  // NUL and lone surrogates are refused before any schema (400 INVALID_TEXT); a refused sign-in is audited.
  app.addHook(
    'preValidation',
    hostileTextHook(async (req) => {
      if (req.routeOptions.url !== '/api/auth/login') return;
      const meta = { ip: req.ip, userAgent: req.headers['user-agent'] ?? null, requestId: String(req.id) };
      await auditRefusedLogin(opts.database.db, (req.body as { username?: unknown } | null)?.username, meta);
    }),
  );
  app.setValidatorCompiler(validatorCompiler);
  const strict = opts.strictResponses ?? false;
  app.setSerializerCompiler(contractSerializerCompiler({ strict }));

  app.setErrorHandler((err: FastifyError, req, reply) => {
    const { status, body } = mapError(err);
    const detail = strict ? serializationDetail(err) : null;
    if (detail) body.error.details = { serialization: detail };
    if (status >= 500) req.log.error({ err }, 'unhandled error');
    void reply.status(status).send(body);
  });
  app.setNotFoundHandler((req, reply) => {
    const pathname = req.url.split('?')[0] ?? '';
    // API calls and missing files (anything with an extension, e.g. a stale /assets/x.js) are real
    // 404s; every other path is a client-side route of the single-page app.
    if (pathname.startsWith('/api/') || /\.[A-Za-z0-9]{1,8}$/.test(pathname) || !opts.webDir) {
      void reply
        .status(404)
        .send(
          new AppError(
            'ROUTE_NOT_FOUND',
            `Alamat ${req.method} ${req.url.split('?')[0]} tidak dikenal.`,
            'Unknown route.',
          ).toBody(),
        );
      return;
    }
    // Client-side routes of the single-page app.
    void reply.type('text/html').sendFile('index.html');
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        frameAncestors: ["'none'"],
        // Offices reach the app over plain http on the LAN: upgrading would break every asset.
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  // Offices on slow links (issue #13): JSON is compressed per answer (brotli at a cheap quality, or
  // gzip); the web app's files are compressed once at build time (vite.config.ts) and served as they
  // are, so the server spends no CPU on them. Registered before the routes: it hooks each route.
  await app.register(compress, { global: true, encodings: ['br', 'gzip'] });
  app.addHook('onSend', jsonEtagHook);
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_req, ctx) =>
      new AppError(
        'RATE_LIMITED',
        `Terlalu banyak percobaan. Coba lagi dalam ${Math.ceil(ctx.ttl / 1000)} detik.`,
        'Too many attempts; try again later.',
      ),
  });
  await app.register(authPlugin);
  await app.register(tenantGuard);
  await app.register(multipart, { limits: { fileSize: app.maxUploadBytes, files: 1, fields: 20, parts: 25 } });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Peta RB API',
        description: 'API Peta RB: road map reformasi birokrasi, indikator, versi, impor/ekspor Excel.',
        version: '0.1.0',
      },
    },
    transform: jsonSchemaTransform,
    // Schemas with a meta id (ErrorBody) become components, which the routes reference.
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    // The UI loads its own assets; allow them under the strict CSP above.
    staticCSP: true,
  });

  await app.register(metaRoutes, { prefix: '/api' });
  await app.register(authRoutes, { prefix: '/api' });
  await app.register(usersRoutes, { prefix: '/api' });
  await app.register(rencanaAksiRoutes, { prefix: '/api' });
  await app.register(monitoringRoutes, { prefix: '/api' });
  await app.register(roadmapRoutes, { prefix: '/api' });
  await app.register(roadmapStructureRoutes, { prefix: '/api' });
  await app.register(roadmapPeriodRoutes, { prefix: '/api' });
  await app.register(perangkatDaerahRoutes, { prefix: '/api' });
  await app.register(roadmapXlsxRoutes, { prefix: '/api' });
  await app.register(roadmapPdfRoutes, { prefix: '/api' });
  await app.register(auditRoutes, { prefix: '/api' });
  await app.register(evaluasiRoutes, { prefix: '/api' });
  await app.register(rekomendasiRoutes, { prefix: '/api' });
  await app.register(timEvaluasiRoutes, { prefix: '/api' });
  await app.register(reviuRoutes, { prefix: '/api' });
  await app.register(lheiRoutes, { prefix: '/api' });
  await app.register(operationsRoutes, { prefix: '/api' });
  await app.register(instansiRoutes, { prefix: '/api' });
  await app.register(pembinaanRoutes, { prefix: '/api' });
  await app.register(pengaduanRoutes, { prefix: '/api' });
  await app.register(stuRoutes, { prefix: '/api' });
  await app.register(rapatRoutes, { prefix: '/api' });
  await app.register(terlambatRoutes, { prefix: '/api' });
  await app.register(laporanRoutes, { prefix: '/api' });

  if (opts.webDir && fs.existsSync(path.join(opts.webDir, 'index.html'))) {
    // Files are looked up on each request (wildcard), so a rebuilt web app is served without a restart.
    await app.register(fastifyStatic, {
      root: opts.webDir,
      wildcard: true,
      schemaHide: true,
      // The .br/.gz siblings vite wrote next to each file, chosen by Accept-Encoding.
      preCompressed: true,
      setHeaders: (res, filePath) => {
        // Hashed asset names never change content: cache them long; index.html must stay fresh.
        // (@fastify/static 10 passes the Fastify reply here, older versions the raw response.)
        const value = filePath.includes(`${path.sep}assets${path.sep}`)
          ? 'public, max-age=31536000, immutable'
          : 'no-cache';
        const r = res as unknown as {
          header?: (k: string, v: string) => void;
          setHeader?: (k: string, v: string) => void;
        };
        if (typeof r.header === 'function') r.header('cache-control', value);
        else r.setHeader?.('cache-control', value);
      },
    });
  }
  return app;
}
