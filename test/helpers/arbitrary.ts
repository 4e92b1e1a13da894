// Request values generated from a route's own zod schema: mostly well-formed, so that they pass
// the schema and reach the services and the database, with hostile text, dates and numbers mixed
// into the leaves. Used by the hostile-input property tests.
import fc from 'fast-check';

interface Def {
  type: string;
  format?: string;
  shape?: Record<string, { _zod: { def: Def } }>;
  element?: { _zod: { def: Def } };
  options?: { _zod: { def: Def } }[];
  innerType?: { _zod: { def: Def } };
  in?: { _zod: { def: Def } };
  valueType?: { _zod: { def: Def } };
  keyType?: { _zod: { def: Def } };
  entries?: Record<string, string>;
  values?: unknown[];
  items?: { _zod: { def: Def } }[];
  getter?: () => { _zod: { def: Def } };
  checks?: { _zod: { def: { check: string; value?: number; inclusive?: boolean } } }[];
}

/** Text that breaks careless servers: NUL, lone surrogates, impossible dates, huge input. */
export const hostileText = fc.constantFrom(
  'a\u0000b',
  '\u0000',
  'x\ud800y',
  '\udfff',
  '2024-02-30',
  '2023-02-29',
  '2024-13-01',
  "'; drop table audit_event; --",
  '../../etc/passwd',
  '__proto__',
  '\u202eabc',
  'x'.repeat(12_000),
  '',
  '   ',
);

const hostileNumber = fc.constantFrom(-1, 0, 2 ** 31, 2 ** 53 + 1, -(2 ** 63), 1e308, 0.5, 1945, 2101, 99999);

/** Ids that exist in the seeded database, used where a schema asks for a uuid or a key. */
export interface KnownIds {
  uuids: string[];
  keys: string[];
}

function sensibleString(def: Def, known: KnownIds): fc.Arbitrary<string> {
  switch (def.format) {
    case 'uuid':
    case 'guid':
      return fc.oneof(fc.constantFrom(...known.uuids), fc.uuid());
    case 'date':
      return fc.constantFrom('2024-05-08', '2024-06-30', '2024-12-31', '2025-01-01');
    case 'datetime':
      return fc.constantFrom('2024-05-08T08:00:00.000Z', '2024-07-01T00:00:00Z');
    case 'email':
      return fc.constantFrom('a@b.go.id', 'operator@kupangkab.go.id');
    default:
      return fc.oneof(fc.constantFrom(...known.keys), fc.constantFrom('Teks uji', 'S1', 'persen', 'bkpsdm', 'x'));
  }
}

function numberArb(def: Def): fc.Arbitrary<number> {
  const min = def.checks?.find((c) => c._zod.def.check === 'greater_than')?._zod.def.value;
  const max = def.checks?.find((c) => c._zod.def.check === 'less_than')?._zod.def.value;
  const lo = min ?? 0;
  const hi = max ?? Math.max(lo + 10, 2030);
  const sensible =
    def.format === 'safeint' || def.format === 'int32'
      ? fc.oneof(fc.constantFrom(1, lo, Math.min(hi, 2024)), fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) }))
      : fc.oneof(fc.constant(1), fc.double({ min: lo, max: hi, noNaN: true }));
  return sensible;
}

/** An arbitrary for a zod schema; `hostility` is the weight of a hostile leaf against 10 sensible. */
export function arbitraryOf(schema: unknown, known: KnownIds, hostility = 3, depth = 0): fc.Arbitrary<unknown> {
  const def = (schema as { _zod?: { def: Def } } | undefined)?._zod?.def;
  if (!def || depth > 8) return fc.constant(undefined);
  const next = (s: unknown) => arbitraryOf(s, known, hostility, depth + 1);
  const withHostile = <T>(sensible: fc.Arbitrary<T>, hostile: fc.Arbitrary<unknown>) =>
    fc.oneof({ arbitrary: sensible, weight: 10 }, { arbitrary: hostile, weight: hostility });
  switch (def.type) {
    case 'string':
      return withHostile(sensibleString(def, known), hostileText);
    case 'number':
      return withHostile(numberArb(def), hostileNumber);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'literal':
      return fc.constantFrom(...(def.values ?? [null]));
    case 'enum':
      return withHostile(fc.constantFrom(...Object.values(def.entries ?? { x: 'x' })), hostileText);
    case 'object': {
      const shape = def.shape ?? {};
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, v] of Object.entries(shape)) record[k] = next(v);
      return fc.record(record, { requiredKeys: Object.keys(shape) });
    }
    case 'array':
      return fc.array(next(def.element), { maxLength: 3 });
    case 'tuple':
      return fc.tuple(...(def.items ?? []).map(next));
    case 'union':
      return fc.oneof(...(def.options ?? []).map(next));
    case 'optional':
      return fc.option(next(def.innerType), { nil: undefined, freq: 4 });
    case 'nullable':
      return fc.option(next(def.innerType), { nil: null, freq: 4 });
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return next(def.innerType);
    case 'pipe':
      return next(def.in);
    case 'record':
      return fc.dictionary(sensibleString({ type: 'string' }, known), next(def.valueType), { maxKeys: 3 });
    case 'lazy':
      return def.getter ? next(def.getter()) : fc.constant(undefined);
    default:
      return fc.oneof(hostileText, hostileNumber, fc.constant(null));
  }
}
