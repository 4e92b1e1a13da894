// Binds a route contract (src/domain/contracts) to Fastify: the contract's schemas become the
// route's validation, its response serializer and its OpenAPI entry, so the server cannot answer
// something the contract (and so the web client's types) does not describe.
import type { FastifyError } from 'fastify';
import { ResponseSerializationError } from 'fastify-type-provider-zod';
import { safeEncode, type $ZodType } from 'zod/v4/core';
import type { Readable } from 'node:stream';
import type { z } from 'zod';
import { errorBodySchema, type RouteContract } from '../domain/contracts/http.ts';

export interface RouteDoc {
  tags: string[];
  summary: string;
  description?: string;
  /** Permission the route needs (action:resource), or 'public' / 'session'. */
  permission: string;
}

/** The success status a handler may set (`reply.status(201)` for a contract with `status: 201`). */
type SuccessStatus<C extends RouteContract> = C['status'] extends 201 | 204 ? C['status'] : 200;
/** A download (`binaryFile`, a string schema) is sent as a Buffer or a stream, which Fastify never serializes. */
type SuccessBody<C extends RouteContract> = C['response'] extends z.ZodString
  ? z.ZodType<string | Buffer | Readable>
  : C['response'];

/** Route options for `app.route({ ...contractRoute(c, doc), handler })`. */
export function contractRoute<C extends RouteContract>(c: C, doc: RouteDoc) {
  const schema = {
    tags: doc.tags,
    summary: doc.summary,
    ...(doc.description ? { description: doc.description } : {}),
    ...(c.params ? { params: c.params } : {}),
    ...(c.querystring ? { querystring: c.querystring } : {}),
    ...(c.body ? { body: c.body } : {}),
    ...(c.multipart ? { consumes: ['multipart/form-data'] } : {}),
    response: { [c.status ?? 200]: c.response, '4xx': errorBodySchema, '5xx': errorBodySchema },
  };
  return {
    method: c.method,
    url: c.path,
    config: { permission: doc.permission },
    // Typed as the success answer only, so a handler's return value is checked against it.
    schema: schema as unknown as {
      tags: string[];
      summary: string;
      params: C['params'] extends object ? C['params'] : undefined;
      querystring: C['querystring'] extends object ? C['querystring'] : undefined;
      body: C['body'] extends object ? C['body'] : undefined;
      response: { [K in SuccessStatus<C>]: SuccessBody<C> };
    },
  };
}

const toJson = (x: unknown): unknown => (x === undefined ? undefined : JSON.parse(JSON.stringify(x)));

/** Paths of object keys that `data` has and `encoded` lost (the contract does not name them). */
export function droppedKeys(data: unknown, encoded: unknown, at = '', out: string[] = []): string[] {
  if (out.length > 20 || data === null || typeof data !== 'object') return out;
  if (Array.isArray(data)) {
    if (Array.isArray(encoded)) data.forEach((d, i) => droppedKeys(d, encoded[i], `${at}[${i}]`, out));
    return out;
  }
  const e = (encoded ?? {}) as Record<string, unknown>;
  for (const [k, v] of Object.entries(data as Record<string, unknown>)) {
    if (!(k in e)) out.push(`${at}.${k}`);
    else droppedKeys(v, e[k], `${at}.${k}`, out);
  }
  return out;
}

/**
 * Serializes answers through their contract. Strict (tests): an answer with a field the contract
 * does not name fails instead of being silently stripped, so contracts stay complete.
 */
export function contractSerializerCompiler(opts: { strict: boolean }) {
  return ({ schema, method, url }: { schema: unknown; method: string; url: string }) =>
    (data: unknown): string => {
      const result = safeEncode(schema as $ZodType, data);
      if (result.error) throw new ResponseSerializationError(method, url, { cause: result.error });
      if (opts.strict) {
        const dropped = droppedKeys(toJson(data), toJson(result.data));
        if (dropped.length)
          throw new ResponseSerializationError(method, url, {
            cause: new Error(`fields not in the contract: ${dropped.join(', ')}`) as never,
          });
      }
      return JSON.stringify(result.data);
    };
}

/** A readable account of a failed response serialization (shown in strict mode only). */
export function serializationDetail(err: FastifyError): string | null {
  if (!(err instanceof ResponseSerializationError)) return null;
  const cause = (err as { cause?: unknown }).cause;
  const issues = (cause as { issues?: { path: unknown[]; message: string }[] } | undefined)?.issues;
  const what = issues
    ? issues
        .slice(0, 10)
        .map((i) => `${i.path.join('.')}: ${i.message}`)
        .join('; ')
    : String((cause as Error | undefined)?.message ?? cause);
  return `${err.method} ${err.url}: ${what}`;
}
