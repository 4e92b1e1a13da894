// Second import pass: reads each indicator's cells on its scale and merges them with the metadata.
// The first row that has no printed override is canonical for the indicator; rows with an override
// (or, without metadata, rows that differ) keep their own printed name, baseline or targets.
import { withCarriedFacts } from '../../../domain/roadmap/carried-facts.ts';
import { isDeepStrictEqual } from 'node:util';
import { judgeValueOnScale } from '../../../domain/roadmap/indicator-rules.ts';
import type {
  Baseline,
  IndicatorValue,
  Indikator,
  Placement,
  Responsibility,
  Scale,
  Target,
} from '../../../domain/roadmap/types.ts';
import { inferPolarity, inferScale, parseCellValue, type CellValueParse } from './roadmap-xlsx.parse-value.ts';
import type { TableCellRef } from './roadmap-xlsx.read-table.ts';
import { splitPdNames } from './roadmap-xlsx.values.ts';
import { keepIfSame, sameSpacing, type Observation, type Workspace } from './roadmap-xlsx.workspace.ts';

const NA_REASON = 'Tidak tersedia (N/A) pada tabel';

interface ReadCells {
  o: Observation;
  baseline: CellValueParse;
  targets: { year: number; value: CellValueParse }[];
}

function readCell(
  ws: Workspace,
  o: Observation,
  cell: TableCellRef,
  scale: Scale,
  what: 'baseline' | 'target',
  held: IndicatorValue[],
): CellValueParse {
  const sheet = o.table.layout.sheet;
  const v = parseCellValue(cell.raw, scale);
  if (v.kind === 'error') {
    ws.error(sheet, o.row.row, cell.column, v.code, v.id, v.en);
  } else if (v.kind === 'band' && what === 'baseline') {
    ws.error(
      sheet,
      o.row.row,
      cell.column,
      'NOT_A_NUMBER',
      'Baseline harus satu nilai, bukan rentang.',
      'A baseline must be one value, not a range.',
    );
    return { kind: 'error', code: 'NOT_A_NUMBER', id: '', en: '' };
  } else if (v.kind === 'value') {
    // As in the indicator form: out of scale is an error unless the version already holds this value
    // here (the regulation's printed figure, kept and flagged).
    const judged = judgeValueOnScale(v.value, scale, held);
    if (judged.severity === 'error') {
      ws.error(sheet, o.row.row, cell.column, judged.code, judged.message.id, judged.message.en);
      return { kind: 'error', code: judged.code, id: judged.message.id, en: judged.message.en };
    }
    if (judged.severity === 'finding')
      ws.warn(sheet, o.row.row, cell.column, judged.code, judged.message.id, judged.message.en);
  }
  return v;
}

const valueOf = (b: Baseline | undefined): IndicatorValue[] => (b?.status === 'value' ? [b.value] : []);
const targetOf = (targets: Target[] | undefined, year: number): IndicatorValue[] =>
  (targets ?? []).flatMap((t) => (t.year === year && t.type === 'point' ? [t.value] : []));

/** What the version holds at a row's cells: the indicator's values, and the row's printed ones. */
function heldAt(meta: Indikator | undefined, o: Observation) {
  return {
    baseline: [...valueOf(meta?.baseline), ...valueOf(o.fromMeta?.printedBaseline)],
    target: (year: number) => [...targetOf(meta?.targets, year), ...targetOf(o.fromMeta?.printedTargets, year)],
  };
}

function baselineFrom(ws: Workspace, o: Observation, v: CellValueParse, ref: Baseline | undefined): Baseline | null {
  const exported = ws.base.format?.baselineYears[o.table.layout.code];
  const year = ref && ref.year !== exported ? ref.year : o.table.baselineYear;
  if (v.kind === 'na')
    return ref?.status === 'not_available' && ref.year === year
      ? ref
      : { year, status: 'not_available', reason: ref?.status === 'not_available' ? ref.reason : NA_REASON };
  if (v.kind !== 'value') return null;
  if (ref?.status === 'value')
    return isDeepStrictEqual(ref.value, v.value) && ref.year === year ? ref : { ...ref, year, value: v.value };
  return { year, status: 'value', value: v.value };
}

function targetsFrom(cells: ReadCells, ref: Target[] | undefined): Target[] | null {
  if (cells.targets.some((t) => t.value.kind === 'error')) return null;
  const shown = new Map(cells.targets.map((t) => [t.year, t.value]));
  const fromCell = (year: number, v: CellValueParse, old: Target | undefined): Target | null => {
    const note = old?.note !== undefined ? { note: old.note } : {};
    if (v.kind === 'value') {
      return old?.type === 'point' && isDeepStrictEqual(old.value, v.value)
        ? old
        : { year, type: 'point', value: v.value, ...note };
    }
    if (v.kind === 'band') {
      return old?.type === 'band' && old.min === v.min && old.max === v.max
        ? old
        : { year, type: 'band', min: v.min, max: v.max, ...note };
    }
    return null;
  };
  const out: Target[] = [];
  for (const t of ref ?? []) {
    const v = shown.get(t.year);
    if (v === undefined)
      out.push(t); // a year the sheet has no column for
    else {
      const merged = fromCell(t.year, v, t);
      if (merged) out.push(merged);
    }
  }
  for (const t of cells.targets) {
    if (out.some((x) => x.year === t.year) || (ref ?? []).some((x) => x.year === t.year)) continue;
    const created = fromCell(t.year, t.value, undefined);
    if (created) out.push(created);
  }
  return out;
}

/** Keys of the PDs named in a row's PD cell (unknown names create PDs, with a warning). */
export function resolvePdCell(ws: Workspace, o: Observation): string[] {
  const cell = o.row.pd;
  if (!cell || cell.raw === null) return [];
  const keys: string[] = [];
  for (const name of splitPdNames(String(cell.raw), ws.pdNames())) {
    const pd = ws.resolvePd(name, o.table.layout.sheet, o.row.row, cell.column);
    if (!keys.includes(pd.key)) keys.push(pd.key);
  }
  return keys;
}

function responsibleFrom(ws: Workspace, o: Observation, ref: Responsibility[] | undefined): Responsibility[] {
  const keys = resolvePdCell(ws, o);
  if (ref && ref.length === keys.length && keys.every((k) => ref.some((r) => r.pdKey === k))) return ref;
  const roles = keys.map((k) => ref?.find((r) => r.pdKey === k)?.role);
  let hasLead = roles.includes('lead');
  return keys.map((pdKey, i) => {
    let role = roles[i];
    if (!role) {
      role = hasLead ? 'supporting' : 'lead';
      hasLead = true;
    }
    return { pdKey, role };
  });
}

const finalTarget = (targets: Target[]): IndicatorValue | null => {
  const last = [...targets].sort((a, b) => b.year - a.year)[0];
  return last?.type === 'point' ? last.value : null;
};

/** Builds one indicator from its rows; sets the printed overrides on the rows' placements. */
export function assembleIndicator(
  ws: Workspace,
  key: string,
  meta: Indikator | undefined,
  obs: Observation[],
  out: Map<Observation, Placement>,
): Indikator | null {
  const first = obs[0]!;
  const sheetOf = (o: Observation) => o.table.layout.sheet;
  // The canonical unit comes from a row that does not print its own (a printed unit is kept per row).
  const unitCell = obs.find((o) => o.row.unit !== '' && o.fromMeta?.printedUnit === undefined);
  const scale = meta
    ? ws.scale(meta.scaleCode)
    : inferScale(
        unitCell?.row.unit ?? '',
        obs.flatMap((o) => [o.row.baseline.raw, ...o.row.targets.map((t) => t.cell.raw)]),
      );
  if (!scale) {
    ws.error(
      'Metadata',
      ws.base.rowOf.get(`indicators/${key}`) ?? null,
      'E',
      'METADATA_INVALID',
      `Skala "${meta?.scaleCode}" tidak dikenal.`,
      `Unknown scale "${meta?.scaleCode}".`,
    );
    return null;
  }
  ws.useScale(scale);
  const cells: ReadCells[] = obs.map((o) => {
    const held = heldAt(meta, o);
    return {
      o,
      baseline: readCell(ws, o, o.row.baseline, scale, 'baseline', held.baseline),
      targets: o.row.targets.map((t) => ({
        year: t.year,
        value: readCell(ws, o, t.cell, scale, 'target', held.target(t.year)),
      })),
    };
  });
  for (const c of cells) {
    if (c.o.row.unit === '')
      ws.error(sheetOf(c.o), c.o.row.row, 'E', 'CELL_REQUIRED', 'Satuan kosong.', 'The unit is empty.');
    if (c.baseline.kind === 'empty')
      ws.error(
        sheetOf(c.o),
        c.o.row.row,
        c.o.row.baseline.column,
        'CELL_REQUIRED',
        'Baseline kosong; tulis nilainya atau "N/A".',
        'The baseline is empty; write a value or "N/A".',
      );
  }

  // Name and unit: the first canonical row wins; other rows differing keep a printed name.
  const canonName = obs.find((o) => o.fromMeta?.printedName === undefined);
  const name = canonName ? keepIfSame(meta?.name, canonName.row.indicatorName) : meta!.name;
  const unit = unitCell ? keepIfSame(meta?.unit, unitCell.row.unit) : (meta?.unit ?? '');

  const canonBaseline = cells.find((c) => c.o.fromMeta?.printedBaseline === undefined);
  const baseline = (canonBaseline && baselineFrom(ws, canonBaseline.o, canonBaseline.baseline, meta?.baseline)) ??
    meta?.baseline ?? { year: first.table.baselineYear, status: 'not_available', reason: NA_REASON };
  const canonTargets = cells.find((c) => c.o.fromMeta?.printedTargets === undefined);
  const targets = (canonTargets && targetsFrom(canonTargets, meta?.targets)) ?? meta?.targets ?? [];

  for (const c of cells) {
    const { o } = c;
    const { printedName: _n, printedUnit: _u, printedBaseline: _b, printedTargets: _t, ...rest } = o.placement;
    const placement: Placement = { ...rest };
    // A row printing another unit than the indicator's keeps it as printed (flagged UNIT_CONFLICT).
    const metaUnit = o.fromMeta?.printedUnit;
    const rowUnit = metaUnit !== undefined ? keepIfSame(metaUnit, o.row.unit) : o.row.unit;
    if (rowUnit !== '' && !sameSpacing(rowUnit, unit)) placement.printedUnit = rowUnit;
    const metaName = o.fromMeta?.printedName;
    if (metaName !== undefined) placement.printedName = keepIfSame(metaName, o.row.indicatorName);
    else if (o !== canonName && !sameSpacing(o.row.indicatorName, name)) placement.printedName = o.row.indicatorName;
    const metaBaseline = o.fromMeta?.printedBaseline;
    const b = baselineFrom(ws, o, c.baseline, metaBaseline ?? baseline);
    if (metaBaseline) placement.printedBaseline = b ?? metaBaseline;
    else if (c !== canonBaseline && b && !isDeepStrictEqual(b, baseline)) placement.printedBaseline = b;
    const metaTargets = o.fromMeta?.printedTargets;
    const t = targetsFrom(c, metaTargets ?? targets);
    if (metaTargets) placement.printedTargets = t ?? metaTargets;
    else if (c !== canonTargets && t && !isDeepStrictEqual(t, targets)) placement.printedTargets = t;
    if (
      !o.fromMeta &&
      (placement.printedName || placement.printedUnit || placement.printedBaseline || placement.printedTargets)
    ) {
      ws.warn(
        sheetOf(o),
        o.row.row,
        'D',
        'PRINTED_DIFFERS',
        `Indikator "${name}" tercetak berbeda di baris ini; perbedaannya disimpan sebagai nilai tercetak baris ini.`,
        `Indicator "${name}" is printed differently on this row; the difference is kept as this row's printed value.`,
      );
    }
    out.set(o, placement);
  }

  // Responsible PDs: the first row of a table with a PD column; Tabel 1 has none.
  const pdRows = obs.filter((o) => o.row.pd !== null);
  let responsible = meta?.responsible ?? [];
  pdRows.forEach((o, i) => {
    const r = responsibleFrom(ws, o, meta?.responsible);
    if (i === 0) responsible = r;
    else if (
      !isDeepStrictEqual(
        r.map((x) => x.pdKey),
        responsible.map((x) => x.pdKey),
      )
    ) {
      ws.warn(
        sheetOf(o),
        o.row.row,
        o.row.pd!.column,
        'VALUE_CONFLICT',
        'Perangkat daerah berbeda dengan baris lain indikator ini; dipakai yang pertama.',
        'The perangkat daerah differ from another row of this indicator; the first is used.',
      );
    }
  });

  // The metadata keeps what the layout cannot show; a typed-over baseline loses its carried origin.
  if (meta) {
    // The Lampiran shows one baseline; a target year's own baseline lives in the metadata.
    const kept = targets.map((t) => {
      const b = meta.targets.find((m) => m.year === t.year)?.baseline;
      return b && !t.baseline ? { ...t, baseline: b } : t;
    });
    return withCarriedFacts(meta, { ...meta, name, unit, baseline, targets: kept, responsible }, meta.key);
  }
  const baseValue = baseline.status === 'value' ? baseline.value : null;
  const polarity = inferPolarity(scale, baseValue, finalTarget(targets));
  ws.warn(
    sheetOf(first),
    first.row.row,
    'E',
    'SCALE_INFERRED',
    `Skala "${scale.code}" disimpulkan dari satuan "${unit}"; periksa.`,
    `Scale "${scale.code}" inferred from the unit "${unit}"; please review.`,
  );
  if (polarity !== 'ordinal') {
    ws.warn(
      sheetOf(first),
      first.row.row,
      'D',
      'POLARITY_INFERRED',
      `Polaritas "${polarity}" disimpulkan dari baseline dan target; periksa (mis. inflasi bisa berupa rentang sasaran).`,
      `Polarity "${polarity}" inferred from baseline and target; please review (e.g. inflation may be a target band).`,
    );
  }
  return { key, name, scaleCode: scale.code, unit, polarity, baseline, targets, responsible };
}
