// The 201 answer of a contract route. contractRoute types a handler's answer under 200 whatever the
// contract's status, so the typed reply refuses 201; the status is set here, untyped, in one place
// (a change to contractRoute that keys the answer by the contract's status would make this moot).

export function created<T>(reply: unknown, out: T): T {
  (reply as { code(c: number): unknown }).code(201);
  return out;
}
