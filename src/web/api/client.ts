// The one way the browser talks to the server: fetch with JSON in and out, and every error answer
// ({ error: { code, message, messageEn, fields?, details? } }, src/domain/contracts/http.ts) turned
// into a typed ApiError whose code is one of the vocabulary's (src/domain/contracts/errors.ts).
import type { ErrorCode } from '../../domain/contracts/errors.ts';
import type { FieldError } from '../../domain/contracts/http.ts';

export type { FieldError };

/** A server code, or the client's own: no answer at all, or an answer that is not an error body. */
export type ApiErrorCode = ErrorCode | 'NETWORK' | `HTTP_${number}`;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    /** Indonesian message from the server (or from the client for network failures). */
    readonly messageId: string,
    readonly messageEn: string,
    readonly fields: FieldError[] = [],
    readonly details?: unknown,
  ) {
    super(messageId);
    this.name = 'ApiError';
  }

  /** The message in the reader's language. */
  text(locale: 'id' | 'en'): string {
    return locale === 'en' ? this.messageEn || this.messageId : this.messageId;
  }
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; messageEn?: unknown; fields?: unknown; details?: unknown };
}

function isFieldError(x: unknown): x is FieldError {
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof (x as FieldError).field === 'string' &&
    typeof (x as FieldError).message === 'string'
  );
}

async function toApiError(res: Response): Promise<ApiError> {
  let body: ErrorBody | null = null;
  try {
    body = (await res.json()) as ErrorBody;
  } catch {
    body = null;
  }
  const e = body?.error;
  if (e && typeof e.code === 'string' && typeof e.message === 'string') {
    const fields = Array.isArray(e.fields) ? e.fields.filter(isFieldError) : [];
    return new ApiError(
      res.status,
      e.code as ErrorCode,
      e.message,
      typeof e.messageEn === 'string' ? e.messageEn : e.message,
      fields,
      e.details,
    );
  }
  return new ApiError(
    res.status,
    `HTTP_${res.status}`,
    `Server menjawab dengan kesalahan ${res.status}. Silakan coba lagi.`,
    `The server answered with error ${res.status}. Please try again.`,
  );
}

let csrfToken: string | null = null;

/** The signed-in session's CSRF token, sent with every state-changing request. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

async function send(path: string, init: RequestInit): Promise<Response> {
  let res: Response;
  const method = (init.method ?? 'GET').toUpperCase();
  const csrf: Record<string, string> =
    csrfToken && method !== 'GET' && method !== 'HEAD' ? { 'x-csrf-token': csrfToken } : {};
  try {
    res = await fetch(path, {
      credentials: 'same-origin',
      ...init,
      headers: { accept: 'application/json', ...csrf, ...(init.headers as Record<string, string> | undefined) },
    });
  } catch {
    throw new ApiError(
      0,
      'NETWORK',
      'Tidak dapat terhubung ke server. Periksa koneksi internet Anda lalu coba lagi.',
      'Cannot reach the server. Check your connection and try again.',
    );
  }
  if (!res.ok) throw await toApiError(res);
  return res;
}

async function json<T>(res: Response): Promise<T> {
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

export async function apiGet<T>(path: string, signal?: AbortSignal): Promise<T> {
  return json<T>(await send(path, signal ? { signal } : {}));
}

/** POST/PUT with a JSON body; without a body no content-type is sent (the server rejects empty JSON). */
export async function apiSend<T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const init: RequestInit =
    body === undefined
      ? { method }
      : { method, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } };
  return json<T>(await send(path, init));
}

/** POST multipart/form-data (file uploads); the browser sets the boundary header itself. */
export async function apiUpload<T>(path: string, form: FormData): Promise<T> {
  return json<T>(await send(path, { method: 'POST', body: form }));
}
