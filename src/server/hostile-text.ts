// One edge check for every request: text PostgreSQL cannot store, NUL (U+0000) and lone UTF-16
// surrogates (which JSON.stringify writes as "\ud800", refused by jsonb), is answered with 400
// INVALID_TEXT naming the field, in the JSON body, the query string and the path parameters alike,
// before any schema or handler sees it. Without it such text reached the database and answered 500.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';

// Without the u flag, so the pattern sees UTF-16 code units and can tell a lone surrogate half from a pair.
// eslint-disable-next-line no-control-regex -- matching NUL is the point
const hostile = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const isHostileText = (s: string) => hostile.test(s);

/** The dotted path of the first string (or object key) holding hostile text, or null. */
export function findHostileText(value: unknown, root: string): string | null {
  // Iterative, so a deeply nested body cannot overflow the stack.
  const stack: [unknown, string][] = [[value, root]];
  while (stack.length) {
    const [v, where] = stack.pop()!;
    if (typeof v === 'string') {
      if (isHostileText(v)) return where;
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], `${where}.${i}`]);
    } else if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v);
      for (const [k] of entries) if (isHostileText(k)) return where;
      for (let i = entries.length - 1; i >= 0; i--) stack.push([entries[i]![1], `${where}.${entries[i]![0]}`]);
    }
  }
  return null;
}

/** Hostile text made visible and storable ("\u0000", "\ud800" as six characters), for audit rows. */
export const escapeHostileText = (s: string) =>
  s.replace(new RegExp(hostile.source, 'g'), (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

export const invalidText = (field: string) =>
  new AppError(
    'INVALID_TEXT',
    `Isian "${field}" mengandung karakter yang tidak diizinkan (NUL atau surrogate tunggal).`,
    `Field "${field}" contains a character that is not allowed (NUL or a lone surrogate).`,
    [{ field, code: 'INVALID_TEXT', message: 'Karakter NUL atau surrogate tunggal tidak diizinkan.' }],
  );

/**
 * The preValidation hook; `onRefused` runs before the 400 is sent (the sign-in route audits the
 * attempt there, so a refused login still leaves its row).
 */
export function hostileTextHook(onRefused: (req: FastifyRequest, field: string) => Promise<void>) {
  return async (req: FastifyRequest, _reply: FastifyReply) => {
    const field =
      findHostileText(req.params, 'params') ??
      findHostileText(req.query, 'querystring') ??
      findHostileText(req.body, 'body');
    if (field === null) return;
    await onRefused(req, field);
    throw invalidText(field);
  };
}
