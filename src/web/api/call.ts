// Calls a route by its contract (src/domain/contracts): the URL is built from the contract's path,
// and the answer is typed by its response schema, so the browser never restates a server type.
import { contractUrl, type RouteContract, type RouteInput, type RouteOutput } from '../../domain/contracts/http.ts';
import { apiGet, apiSend, apiUpload } from './client.ts';

type Loose = Record<string, string | number>;

/** JSON call: GET with the query, or POST/PUT/DELETE with the JSON body. */
export function apiCall<C extends RouteContract>(
  c: C,
  input: RouteInput<C>,
  signal?: AbortSignal,
): Promise<RouteOutput<C>> {
  const url = contractUrl(c, input.params as Loose | undefined, input.query as Record<string, unknown> | undefined);
  if (c.method === 'GET') return apiGet<RouteOutput<C>>(url, signal);
  return apiSend<RouteOutput<C>>(c.method, url, input.body);
}

/** multipart/form-data call (file uploads) to a contract marked `multipart`. */
export function apiUploadCall<C extends RouteContract & { multipart: true }>(
  c: C,
  input: Omit<RouteInput<C>, 'body'>,
  form: FormData,
): Promise<RouteOutput<C>> {
  return apiUpload<RouteOutput<C>>(
    contractUrl(c, input.params as Loose | undefined, input.query as Record<string, unknown> | undefined),
    form,
  );
}

/** The address of a download (a plain link: the browser saves the file itself). */
export function downloadUrl<C extends RouteContract>(c: C, input: Omit<RouteInput<C>, 'body'>): string {
  return contractUrl(c, input.params as Loose | undefined, input.query as Record<string, unknown> | undefined);
}
