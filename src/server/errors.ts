// The one error shape of the API: a stable machine code, an Indonesian message (English beside
// it), and for invalid input the list of fields with their own codes and messages.
export interface FieldError {
  field: string;
  code: string;
  message: string;
}

export interface ErrorBody {
  error: {
    code: string;
    message: string;
    messageEn: string;
    fields?: FieldError[];
    details?: unknown;
  };
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageId: string,
    readonly messageEn: string,
    readonly fields?: FieldError[],
    readonly details?: unknown,
  ) {
    super(messageEn);
    this.name = 'AppError';
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

export const notFound = (what: { id: string; en: string }, ref: string) =>
  new AppError(404, 'NOT_FOUND', `${what.id} "${ref}" tidak ditemukan.`, `${what.en} "${ref}" was not found.`);

export const validationFailed = (fields: FieldError[], details?: unknown) =>
  new AppError(
    422,
    'VALIDATION_FAILED',
    'Data tidak valid: periksa isian yang ditandai.',
    'Invalid data: check the marked fields.',
    fields,
    details,
  );

export const staleWrite = (current: unknown) =>
  new AppError(
    409,
    'STALE_WRITE',
    'Data ini sudah diubah orang lain sejak Anda membukanya. Muat ulang atau terapkan ulang perubahan Anda.',
    'This record was changed by someone else since you opened it. Reload or re-apply your change.',
    undefined,
    { current },
  );
