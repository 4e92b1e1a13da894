// The one error shape of the API: a stable code from the closed vocabulary of
// src/domain/contracts/errors.ts (which fixes its HTTP status and default messages), an Indonesian
// message (English beside it), and for invalid input the list of fields with their own codes.
import { ERROR_CODES, type ErrorCode } from '../domain/contracts/errors.ts';
import type { ErrorBody, FieldError } from '../domain/contracts/http.ts';

export type { ErrorBody, FieldError };

export class AppError extends Error {
  readonly status: number;
  readonly messageId: string;
  constructor(
    readonly code: ErrorCode,
    messageId?: string,
    readonly messageEn: string = ERROR_CODES[code].en,
    readonly fields?: FieldError[],
    readonly details?: unknown,
  ) {
    super(messageEn);
    this.name = 'AppError';
    this.status = ERROR_CODES[code].status;
    this.messageId = messageId ?? ERROR_CODES[code].id;
  }

  toBody(): ErrorBody {
    return {
      error: {
        code: this.code,
        message: this.messageId,
        messageEn: this.messageEn,
        ...(this.fields ? { fields: this.fields } : {}),
        ...(this.details !== undefined ? { details: this.details } : {}),
      },
    };
  }
}

/** The error of a code with its default messages. */
export const appError = (code: ErrorCode, opts: { fields?: FieldError[]; details?: unknown } = {}) =>
  new AppError(code, undefined, undefined, opts.fields, opts.details);

export const unauthenticated = () => appError('UNAUTHENTICATED');
export const forbidden = () => appError('FORBIDDEN');

export const notFound = (what: { id: string; en: string }, ref: string) =>
  new AppError('NOT_FOUND', `${what.id} "${ref}" tidak ditemukan.`, `${what.en} "${ref}" was not found.`);

/** Well-formed input that breaks a domain rule (422), with the fields that do. */
export const invalidData = (fields: FieldError[], details?: unknown) => appError('INVALID_DATA', { fields, details });

export const staleWrite = (current: unknown) => appError('STALE_WRITE', { details: { current } });
