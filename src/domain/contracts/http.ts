// The contract of one HTTP route, written once and read by three parties: the server route (its
// validation, its response serializer and the OpenAPI document), and the web client (its types and
// the URL it calls). A contract is plain data: method, path below /api, and zod schemas.
import { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface RouteContract {
  method: HttpMethod;
  /** Path below /api, with :params, e.g. '/perangkat-daerah/:key'. */
  path: string;
  params?: z.ZodObject;
  querystring?: z.ZodObject;
  /** JSON body; absent for GET and for multipart uploads. */
  body?: z.ZodType;
  /** multipart/form-data (file uploads): the body is read from the parts by the route. */
  multipart?: true;
  /** The success answer: a JSON schema, or `binaryFile` for downloads. */
  response: z.ZodType;
  /** Status of the success answer (default 200). */
  status?: 200 | 201 | 204;
}

/** Identity with the literal types kept: `defineRoute({ method: 'GET', … })`. */
export const defineRoute = <const C extends RouteContract>(c: C): C => c;

/** A downloaded file (xlsx, pdf, json attachment): the route sends a Buffer, never serialized. */
export const binaryFile = z.string().meta({ format: 'binary', description: 'Berkas (unduhan)' });

/** An answer without a body. */
export const noContent = z.null().meta({ description: 'Tanpa isi' });

/** The one error answer of the API (see src/domain/contracts/errors.ts for the codes). */
export const fieldErrorSchema = z.object({ field: z.string(), code: z.string(), message: z.string() });
export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string().meta({ description: 'Pesan dalam bahasa Indonesia' }),
      messageEn: z.string(),
      fields: z.array(fieldErrorSchema).optional(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'ErrorBody' });

export type FieldError = z.infer<typeof fieldErrorSchema>;
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** What a contract's caller sends: params, query and body typed by the contract's schemas. */
export type RouteInput<C extends RouteContract> = (C['params'] extends z.ZodObject
  ? { params: z.input<C['params']> }
  : { params?: undefined }) &
  (C['querystring'] extends z.ZodObject ? { query?: z.input<C['querystring']> } : { query?: undefined }) &
  (C['body'] extends z.ZodType ? { body: z.input<C['body']> } : { body?: undefined });

/** What a contract's caller receives (JSON as it arrives: the schema's output after encoding). */
export type RouteOutput<C extends RouteContract> = z.output<C['response']>;

/** The URL of a call: path params substituted (encoded) and the query string appended. */
export function contractUrl(
  c: Pick<RouteContract, 'path'>,
  params?: Record<string, string | number>,
  query?: Record<string, unknown>,
): string {
  const path = c.path.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    const v = params?.[name];
    if (v === undefined) throw new Error(`Missing path parameter ${name} for ${c.path}`);
    return encodeURIComponent(String(v));
  });
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v === undefined || v === null || v === '') continue;
    qs.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  const q = qs.toString();
  return `/api${path}${q ? `?${q}` : ''}`;
}
