// Weak ETags on the API's JSON reads: a screen that asks again for data that has not changed gets
// 304 with no body instead of the whole answer again (issue #13, low bandwidth). The tag is a hash
// of the serialized body, so it needs no version column and is right for every read at once.
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Weak, because compression may change the bytes on the wire while the content stays the same. */
export function weakEtag(body: string | Buffer): string {
  return `W/"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** Whether an If-None-Match header names this tag (weak comparison, lists and "*" included). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch
    .split(',')
    .map((t) => t.trim())
    .some((t) => t === '*' || t.replace(/^W\//, '') === bare);
}

/**
 * onSend hook: a successful GET under /api/ with a JSON body gets an ETag and, when the browser's
 * copy is still right, 304. Runs before compression (route-level hooks come after app-level ones),
 * so the tag is of the JSON itself. Private: every answer depends on who is signed in.
 */
export async function jsonEtagHook(req: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return payload;
  if (reply.statusCode !== 200 || !req.url.startsWith('/api/')) return payload;
  if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
  const type = String(reply.getHeader('content-type') ?? '');
  if (!type.startsWith('application/json')) return payload;
  const etag = weakEtag(payload);
  void reply.header('etag', etag);
  // Without it a browser may reuse the answer without asking; with it, it always asks (cheaply).
  if (!reply.hasHeader('cache-control')) void reply.header('cache-control', 'private, no-cache');
  if (!etagMatches(req.headers['if-none-match'], etag)) return payload;
  void reply.code(304);
  reply.removeHeader('content-length');
  return '';
}
