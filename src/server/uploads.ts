// Reading one uploaded file (multipart field "file") and the text fields of a form, with the size
// limit enforced while streaming and clear errors for a missing, oversized or malformed upload.
import type { FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';
import { findHostileText, invalidText } from './hostile-text.ts';

export interface Upload {
  buf: Buffer;
  fileName: string;
  fields: Record<string, string>;
}

async function collectParts(req: FastifyRequest, maxBytes: number, fields: Record<string, string>) {
  let buf: Buffer | null = null;
  let fileName = '';
  for await (const part of req.parts({ limits: { fileSize: maxBytes } })) {
    if (part.type === 'file') {
      if (part.fieldname !== 'file' || buf) {
        part.file.resume();
        throw new AppError(
          'UNEXPECTED_FILE',
          'Hanya satu berkas pada kolom "file" yang diterima.',
          'Only one file, in field "file", is accepted.',
        );
      }
      fileName = part.filename;
      buf = await part.toBuffer();
      if (part.file.truncated) {
        throw new AppError(
          'FILE_TOO_LARGE',
          `Berkas melebihi batas ${Math.round(maxBytes / 1024 / 1024)} MB.`,
          'The file exceeds the size limit.',
        );
      }
    } else if (typeof part.value === 'string') {
      fields[part.fieldname] = part.value;
    }
  }
  return { buf, fileName };
}

export async function readUpload(req: FastifyRequest, maxBytes: number): Promise<Upload> {
  if (!req.isMultipart()) {
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      'Unggah berkas sebagai multipart/form-data dengan kolom "file".',
      'Upload the file as multipart/form-data, field "file".',
    );
  }
  const fields: Record<string, string> = {};
  let got: { buf: Buffer | null; fileName: string };
  try {
    got = await collectParts(req, maxBytes, fields);
  } catch (err) {
    const status = (err as { statusCode?: number }).statusCode;
    if (err instanceof AppError) throw err;
    if (status === 413) {
      throw new AppError(
        'FILE_TOO_LARGE',
        `Berkas melebihi batas ${Math.round(maxBytes / 1024 / 1024)} MB.`,
        'The file exceeds the size limit.',
      );
    }
    // busboy reports a malformed body (bad boundary, truncated part) as a plain Error.
    throw new AppError(
      'MULTIPART_INVALID',
      'Isi unggahan rusak atau tidak lengkap. Unggah ulang berkasnya.',
      'The upload is malformed or incomplete.',
    );
  }
  if (!got.buf || got.buf.length === 0) {
    throw new AppError('FILE_REQUIRED', 'Pilih berkas untuk diunggah.', 'Choose a file to upload.', [
      { field: 'file', code: 'FILE_REQUIRED', message: 'Berkas wajib diisi.' },
    ]);
  }
  // Form fields and the file name bypass the JSON edge check (src/server/hostile-text.ts): same rule here.
  const hostile = findHostileText(fields, 'fields') ?? findHostileText(got.fileName, 'file');
  if (hostile) throw invalidText(hostile);
  return { buf: got.buf, fileName: got.fileName, fields };
}
