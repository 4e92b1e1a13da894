// Checks of one indicator: its values against its scale, its targets against its baseline and
// polarity (the national evaluator scores targets that are logical and improvement-oriented), the
// target years against the period, what the tables print against the indicator record, its unit
// against its scale, and name clashes with other indicators.

import { formatIndicatorValue } from '../../format/value.ts';
import { targetFor, type Position } from '../locate.ts';
import type { Baseline, IndicatorValue, Indikator, LocalizedText, Placement, Scale, Target } from '../types.ts';
import { unitScaleMismatch } from '../units.ts';
import { scaleCodeInYear } from '../year-scope.ts';
import { findNationalIndicator } from '../../catalogue/national-kegiatan-utama.ts';
import { findScale } from '../../catalogue/scales.ts';
import {
  bandOf,
  checkNumberInScale,
  checkValueInScale,
  compareValues,
  levelOf,
  scaleRangeText,
  valuesEqual,
} from '../values.ts';
import type { CheckContext } from './context.ts';
import { bothBaseline, bothTarget, normaliseName, type FindingBody } from './context.ts';

interface Spot {
  position: Position;
  where: LocalizedText;
}

type Emit = (
  code: Parameters<CheckContext['add']>[0],
  spot: Spot,
  body: Omit<FindingBody, 'entityType' | 'entityKey' | 'where'>,
) => void;

function emitter(ctx: CheckContext, ind: Indikator): Emit {
  return (code, spot, body) =>
    ctx.add(code, spot.position, { entityType: 'indicator', entityKey: ind.key, where: spot.where, ...body });
}

// ——— values against the scale ———

function fixForScale(scale: Scale): LocalizedText {
  const range = scaleRangeText(scale);
  return scale.kind === 'ordinal'
    ? {
        id: `Pilih salah satu tingkat skala ${scale.name} (${range.id}), atau ganti skala indikator bila keliru.`,
        en: `Choose one of the levels of ${scale.name} (${range.en}), or change the indicator's scale if it is wrong.`,
      }
    : {
        id: `Perbaiki nilai agar berada dalam rentang ${range.id} sesuai sumber resminya, atau ganti skala indikator bila keliru.`,
        en: `Correct the value to lie within ${range.en} as published by its source, or change the indicator's scale if it is wrong.`,
      };
}

const SCALE_CODE = {
  KIND_MISMATCH: 'VALUE_KIND_MISMATCH',
  LEVEL_NOT_IN_SCALE: 'LEVEL_NOT_IN_SCALE',
  VALUE_OUT_OF_SCALE: 'VALUE_OUT_OF_SCALE',
  NOT_AN_INTEGER: 'VALUE_NOT_INTEGER',
} as const;

function checkOnScale(
  emit: Emit,
  spot: Spot,
  scale: Scale,
  value: IndicatorValue,
  field: string,
  what: LocalizedText,
): boolean {
  const r = checkValueInScale(value, scale);
  if (r.ok) return true;
  emit(SCALE_CODE[r.code], spot, {
    field,
    why: { id: `${what.id}: ${r.message.id}`, en: `${what.en}: ${r.message.en}` },
    fix: fixForScale(scale),
  });
  return false;
}

function checkBandOnScale(
  emit: Emit,
  spot: Spot,
  scale: Scale,
  t: Extract<Target, { type: 'band' }>,
  field: string,
  what: LocalizedText,
): void {
  if (scale.kind === 'ordinal') {
    emit('VALUE_KIND_MISMATCH', spot, {
      field,
      why: {
        id: `${what.id}: rentang angka tidak bisa dipakai pada skala bertingkat ${scale.name}.`,
        en: `${what.en}: a numeric band cannot be used on the ordinal scale ${scale.name}.`,
      },
      fix: fixForScale(scale),
    });
    return;
  }
  if (t.min > t.max) {
    emit('BAND_INVALID', spot, {
      field,
      why: {
        id: `${what.id}: batas bawah rentang (${formatIndicatorValue({ kind: 'number', value: t.min }, scale, 'id')}) melebihi batas atasnya (${formatIndicatorValue({ kind: 'number', value: t.max }, scale, 'id')}).`,
        en: `${what.en}: the band's lower bound (${formatIndicatorValue({ kind: 'number', value: t.min }, scale, 'en')}) exceeds its upper bound (${formatIndicatorValue({ kind: 'number', value: t.max }, scale, 'en')}).`,
      },
      fix: {
        id: 'Tukar batas bawah dan batas atas rentang target.',
        en: 'Swap the lower and upper bounds of the target band.',
      },
    });
  }
  for (const n of t.min === t.max ? [t.min] : [t.min, t.max]) {
    const r = checkNumberInScale(n, scale);
    if (!r.ok) {
      emit(SCALE_CODE[r.code], spot, {
        field,
        why: { id: `${what.id}: ${r.message.id}`, en: `${what.en}: ${r.message.en}` },
        fix: fixForScale(scale),
      });
    }
  }
}

const targetWhat = (t: Target, printed = false): LocalizedText => ({
  id: `${printed ? 'Target tercetak' : 'Target'} ${t.year}`,
  en: `${printed ? 'Printed target' : 'Target'} ${t.year}`,
});

function checkTargetOnScale(emit: Emit, spot: Spot, scale: Scale, t: Target, field: string, printed = false): void {
  if (t.type === 'point') checkOnScale(emit, spot, scale, t.value, field, targetWhat(t, printed));
  else checkBandOnScale(emit, spot, scale, t, field, targetWhat(t, printed));
}

// ——— targets against baseline and polarity ———

const POLARITY_TEXT = {
  higher_is_better: { id: 'makin tinggi makin baik', en: 'higher is better' },
  lower_is_better: { id: 'makin rendah makin baik', en: 'lower is better' },
  ordinal: { id: 'bertingkat (tingkat lebih tinggi lebih baik)', en: 'ordinal (a higher level is better)' },
  target_band: { id: 'rentang sasaran', en: 'target band' },
} as const;

/** The point of a target that counts for direction: a band's best end under the polarity. */
function bestOf(t: Target, lowerIsBetter: boolean): IndicatorValue {
  if (t.type === 'point') return t.value;
  return { kind: 'number', value: lowerIsBetter ? t.min : t.max };
}

/** Baseline already at the best end of the scale: keeping it is a legitimate target (100% → 100%). */
function atBest(baseline: IndicatorValue, scale: Scale, lowerIsBetter: boolean): boolean {
  if (scale.kind === 'ordinal') {
    const level = baseline.kind === 'level' ? levelOf(scale, baseline.code) : undefined;
    return level !== undefined && level.rank >= Math.max(...scale.levels.map((l) => l.rank));
  }
  if (baseline.kind !== 'number') return false;
  const bound = lowerIsBetter ? scale.min : scale.max;
  if (bound === null) return false;
  return lowerIsBetter ? baseline.value <= bound : baseline.value >= bound;
}

function checkDirection(emit: Emit, spot: Spot, ind: Indikator, scale: Scale): void {
  const b = ind.baseline;
  if (b.status !== 'value') return;
  if (ind.polarity === 'target_band') return;
  const ordinal = scale.kind === 'ordinal';
  if (!ordinal && ind.polarity === 'ordinal') return; // reported as POLARITY_SCALE_MISMATCH
  const lower = !ordinal && ind.polarity === 'lower_is_better';
  const polarity = ordinal ? POLARITY_TEXT.ordinal : POLARITY_TEXT[ind.polarity];
  for (const t of ind.targets) {
    if (t.year <= b.year) continue;
    const cmp = compareValues(bestOf(t, lower), b.value, scale);
    if (cmp === null) continue;
    const better = lower ? -cmp : cmp;
    if (better > 0 || (better === 0 && atBest(b.value, scale, lower))) continue;
    const base = bothBaseline(b, scale, ind.unit);
    const tt = bothTarget(t, scale, ind.unit);
    const field = `targets[${t.year}]`;
    if (better < 0) {
      emit('TARGET_CONTRADICTS_POLARITY', spot, {
        field,
        why: {
          id: `Indikator ini ${polarity.id}, tetapi target ${t.year} (${tt.id}) lebih buruk dari baseline ${base.id}.`,
          en: `This indicator is "${polarity.en}", but the ${t.year} target (${tt.en}) is worse than the baseline ${base.en}.`,
        },
        fix: {
          id: 'Periksa polaritas indikator (mungkin makin rendah makin baik) atau perbaiki targetnya agar menunjukkan perbaikan.',
          en: 'Check the indicator polarity (lower may be better) or correct the target so that it shows improvement.',
        },
      });
    } else {
      emit('TARGET_NOT_ABOVE_BASELINE', spot, {
        field,
        why: {
          id: `Target ${t.year} (${tt.id}) sama dengan baseline ${base.id}: tidak ada perbaikan yang ditargetkan, dan evaluator nasional menilai target yang tidak berorientasi peningkatan sebagai tidak logis.`,
          en: `The ${t.year} target (${tt.en}) equals the baseline ${base.en}: no improvement is planned, and the national evaluator marks targets without improvement as not logical.`,
        },
        fix: {
          id: 'Tetapkan target yang lebih baik dari baseline, berdasarkan realisasi tahun lalu dan target nasional.',
          en: 'Set a target better than the baseline, based on last year’s result and the national target.',
        },
      });
    }
  }
}

/**
 * A final target still in the lowest predikat of its scale (Kupang's sistem merit: 107 → 125, both
 * category I "Buruk" on the 100–400 KASN scale) may raise the number but not the standing the
 * evaluator reports. Earlier years of a multi-year plan may pass through it; the last one should not.
 * Only for banded scales read higher-is-better.
 */
function checkWorstBand(emit: Emit, spot: Spot, ind: Indikator, scale: Scale): void {
  if (scale.kind !== 'numeric' || ind.polarity !== 'higher_is_better' || !scale.bands?.length) return;
  const ladder = [...scale.bands].sort((a, b) => a.min - b.min);
  const worst = ladder[0];
  const next = ladder.find((b) => b.min > (worst?.min ?? 0) && b.code !== worst?.code);
  if (!worst) return;
  const lastYear = Math.max(...ind.targets.map((t) => t.year));
  for (const t of ind.targets) {
    if (t.year !== lastYear || t.type !== 'point' || t.value.kind !== 'number') continue;
    if (bandOf(scale, t.value.value)?.code !== worst.code) continue;
    const tt = bothTarget(t, scale, ind.unit);
    const range = (b: typeof worst, locale: 'id' | 'en') =>
      `${formatIndicatorValue({ kind: 'number', value: b.min }, scale, locale)}–${formatIndicatorValue({ kind: 'number', value: b.max }, scale, locale)}`;
    emit('TARGET_IN_WORST_BAND', spot, {
      field: `targets[${t.year}]`,
      why: {
        id: `Target ${t.year} (${tt.id}) masih berada pada predikat terendah skala ${scale.name}: ${worst.code} "${worst.label}" (${range(worst, 'id')}); evaluator melihat predikat, bukan hanya angkanya.`,
        en: `The ${t.year} target (${tt.en}) still lies in the lowest grade of ${scale.name}: ${worst.code} "${worst.label}" (${range(worst, 'en')}); the evaluator looks at the grade, not only the number.`,
      },
      fix: next
        ? {
            id: `Pertimbangkan target yang mencapai predikat berikutnya (${next.code} "${next.label}", mulai ${formatIndicatorValue({ kind: 'number', value: next.min }, scale, 'id')}), atau jelaskan di catatan target mengapa belum realistis.`,
            en: `Consider a target that reaches the next grade (${next.code} "${next.label}", from ${formatIndicatorValue({ kind: 'number', value: next.min }, scale, 'en')}), or explain in the target note why that is not yet realistic.`,
          }
        : { id: 'Tinjau kembali target ini.', en: 'Review this target.' },
    });
  }
}

// ——— what the tables print against the record ———

function baselinesEqual(a: Baseline, b: Baseline): boolean {
  if (a.year !== b.year || a.status !== b.status) return false;
  return a.status === 'value' && b.status === 'value' ? valuesEqual(a.value, b.value) : true;
}

function targetsEqual(a: Target, b: Target): boolean {
  if (a.year !== b.year) return false;
  if (a.type === 'point' && b.type === 'point') return valuesEqual(a.value, b.value);
  if (a.type === 'band' && b.type === 'band') return a.min === b.min && a.max === b.max;
  return false;
}

function tablesText(placements: Placement[]): LocalizedText {
  const labels = [...new Set(placements.map((p) => p.tableCode))].map((t) => t.replace('tabel', ''));
  if (labels.length === 0) return { id: 'data indikator', en: 'the indicator record' };
  return { id: `Tabel ${labels.join(' dan ')}`, en: `Table ${labels.join(' and ')}` };
}

function checkPrinted(ctx: CheckContext, emit: Emit, ind: Indikator, scale: Scale | undefined): void {
  const placements = ctx.placementsOf(ind.key);
  const faithful = placements.filter((p) => !p.printedBaseline || baselinesEqual(p.printedBaseline, ind.baseline));
  for (const p of placements) {
    const spot: Spot = {
      position: ctx.indicatorPosition(ind, p),
      get where() {
        return ctx.wherePlacement(p);
      },
    };
    const here = tablesText([p]);
    if (p.printedName !== undefined && normaliseName(p.printedName) !== normaliseName(ind.name)) {
      emit('NAME_CONFLICT', spot, {
        field: 'name',
        why: {
          id: `${here.id} mencetak nama "${p.printedName}", berbeda dari nama indikator "${ind.name}".`,
          en: `${here.en} prints the name "${p.printedName}", unlike the indicator name "${ind.name}".`,
        },
        fix: {
          id: 'Pastikan keduanya indikator yang sama lalu seragamkan namanya; jika berbeda, pisahkan menjadi dua indikator.',
          en: 'Make sure both are the same indicator and use one name; if they differ, split them into two indicators.',
        },
      });
    }
    if (p.printedUnit !== undefined && normaliseName(p.printedUnit) !== normaliseName(ind.unit)) {
      emit('UNIT_CONFLICT', spot, {
        field: 'unit',
        why: {
          id: `${here.id} mencetak satuan "${p.printedUnit}", berbeda dari satuan indikator "${ind.unit}"; pembaca bisa salah menafsirkan nilainya.`,
          en: `${here.en} prints the unit "${p.printedUnit}", unlike the indicator's unit "${ind.unit}"; readers may misread its values.`,
        },
        fix: {
          id: 'Tetapkan satu satuan sesuai skala resminya dan seragamkan di semua tabel.',
          en: 'Settle one unit from the official scale and print it the same in every table.',
        },
      });
    }
    if (p.printedBaseline && !baselinesEqual(p.printedBaseline, ind.baseline)) {
      const printed = bothBaseline(p.printedBaseline, scale, ind.unit);
      const canonical = bothBaseline(ind.baseline, scale, ind.unit);
      const others = tablesText(faithful);
      emit('BASELINE_CONFLICT', spot, {
        field: 'baseline',
        why: {
          id: `Baseline dicetak berbeda: ${here.id} mencetak ${printed.id}, sedangkan ${others.id} mencetak ${canonical.id}.`,
          en: `The baseline is printed differently: ${here.en} prints ${printed.en}, while ${others.en} prints ${canonical.en}.`,
        },
        fix: {
          id: `Tetapkan satu baseline dari sumber resminya${ind.sourceAgency ? ` (${ind.sourceAgency})` : ''} dan samakan di semua tabel.`,
          en: `Settle one baseline from its official source${ind.sourceAgency ? ` (${ind.sourceAgency})` : ''} and print it the same in every table.`,
        },
      });
      if (scale && p.printedBaseline.status === 'value') {
        checkOnScale(emit, spot, scale, p.printedBaseline.value, 'printedBaseline', {
          id: 'Baseline tercetak',
          en: 'Printed baseline',
        });
      }
    }
    for (const pt of p.printedTargets ?? []) {
      const own = targetFor(ind.targets, pt.year);
      if (own && targetsEqual(own, pt)) continue;
      const printed = bothTarget(pt, scale, ind.unit);
      emit('TARGET_CONFLICT', spot, {
        field: `targets[${pt.year}]`,
        why: own
          ? {
              id: `Target ${pt.year} dicetak berbeda: ${here.id} mencetak ${printed.id}, sedangkan target indikator ${bothTarget(own, scale, ind.unit).id}.`,
              en: `The ${pt.year} target is printed differently: ${here.en} prints ${printed.en}, while the indicator's target is ${bothTarget(own, scale, ind.unit).en}.`,
            }
          : {
              id: `${here.id} mencetak target ${pt.year} (${printed.id}) yang tidak ada pada data indikator.`,
              en: `${here.en} prints a ${pt.year} target (${printed.en}) that the indicator record does not have.`,
            },
        fix: {
          id: 'Tetapkan satu target per tahun dan samakan di semua tabel.',
          en: 'Settle one target per year and print it the same in every table.',
        },
      });
      if (scale) checkTargetOnScale(emit, spot, scale, pt, `printedTargets[${pt.year}]`, true);
    }
  }
}

// ——— the indicator as a whole ———

export type DuplicateNameMode = 'earlier' | 'all';

/**
 * All indicator-level findings except responsibility. `duplicates`: 'earlier' reports a name clash on
 * the later of two indicators only (whole-document run); 'all' reports it from this indicator's side
 * whatever the order (inline check of one indicator in an edit form).
 */
/** A "target band" indicator printed with a single value: its achievement cannot be judged as a band. */
function checkBandTargets(emit: Emit, spot: Spot, ind: Indikator): void {
  if (ind.polarity !== 'target_band') return;
  for (const t of ind.targets)
    if (t.type === 'point')
      emit('TARGET_NOT_A_BAND', spot, {
        field: `targets[${t.year}]`,
        why: {
          id: `Indikator ini bersasaran rentang, tetapi target ${t.year} ditulis sebagai satu angka; capaian terhadap rentang tidak dapat dinilai.`,
          en: `This indicator aims at a band, but the ${t.year} target is a single value; achievement against a band cannot be judged.`,
        },
        fix: {
          id: 'Tuliskan target sebagai rentang (batas bawah dan atas), misalnya sesuai sasaran nasional.',
          en: 'Write the target as a band (lower and upper bound), e.g. the national one.',
        },
      });
}

/** An ordinal target more than one level a year above the baseline: not a logical target (PermenPANRB 9/2023). */
function checkLeap(emit: Emit, spot: Spot, ind: Indikator, scale: Scale): void {
  if (scale.kind !== 'ordinal' || ind.baseline.status !== 'value' || ind.baseline.value.kind !== 'level') return;
  const from = levelOf(scale, ind.baseline.value.code);
  for (const t of ind.targets) {
    if (t.type !== 'point' || t.value.kind !== 'level' || t.year <= ind.baseline.year) continue;
    const to = levelOf(scale, t.value.code);
    if (!from || !to) continue;
    const levels = to.rank - from.rank;
    const years = t.year - ind.baseline.year;
    if (levels > years)
      emit('TARGET_LEAP', spot, {
        field: `targets[${t.year}]`,
        why: {
          id: `Target ${t.year} naik ${levels} tingkat (${from.code} → ${to.code}) dalam ${years} tahun; lebih dari satu tingkat per tahun jarang logis dan sulit dibuktikan.`,
          en: `The ${t.year} target rises ${levels} levels (${from.code} → ${to.code}) in ${years} year(s); more than one level a year is rarely logical or provable.`,
        },
        fix: {
          id: 'Tetapkan target bertahap, satu tingkat per tahun, atau jelaskan dasar lompatannya.',
          en: 'Set a stepwise target, one level a year, or state the basis of the leap.',
        },
      });
  }
}

/** Measured on another range than the national catalogue's official value (e.g. percent for a 0–5 level). */
function checkNationalScale(ctx: CheckContext, emit: Emit, spot: Spot, ind: Indikator, scale: Scale): void {
  const national = ind.nationalIndicatorCode ? findNationalIndicator(ind.nationalIndicatorCode)?.indicator : undefined;
  const official = national ? (ctx.scales.get(national.scaleCode) ?? findScale(national.scaleCode)) : undefined;
  if (!national || !official || official.kind === 'ordinal' || scale.kind === 'ordinal') return;
  if (official.min === scale.min && official.max === scale.max) return;
  const [mine, theirs] = [scaleRangeText(scale), scaleRangeText(official)];
  emit('SCALE_DIFFERS_FROM_NATIONAL', spot, {
    field: 'scaleCode',
    why: {
      id: `Indikator nasional "${national.name}" (${national.code}) dinilai pada ${theirs.id}, sedangkan road map mengukurnya pada ${mine.id}; nilai road map tidak dapat dibandingkan dengan nilai resmi.`,
      en: `The national indicator "${national.name}" (${national.code}) is scored on ${theirs.en}, but the road map measures it on ${mine.en}; its values cannot be compared with the official ones.`,
    },
    fix: {
      id: `Gunakan skala resmi (${official.name}) untuk baseline dan target.`,
      en: `Use the official scale (${official.name}) for baseline and targets.`,
    },
  });
}

export function checkIndicator(ctx: CheckContext, ind: Indikator, duplicates: DuplicateNameMode): void {
  const emit = emitter(ctx, ind);
  // The location text is only built when a finding needs it.
  const spot: Spot = {
    position: ctx.indicatorPosition(ind),
    get where() {
      return ctx.whereIndicator(ind);
    },
  };
  const { periodStart, periodEnd } = ctx.doc.roadMap;
  const scale = ctx.scales.get(ind.scaleCode);

  if (!scale) {
    emit('UNKNOWN_SCALE', spot, {
      field: 'scaleCode',
      why: {
        id: `Skala "${ind.scaleCode}" tidak ada di daftar skala dokumen; nilai indikator tidak dapat diperiksa maupun ditampilkan dengan benar.`,
        en: `Scale "${ind.scaleCode}" is not among the document's scales; the indicator's values can be neither checked nor shown properly.`,
      },
      fix: {
        id: 'Pilih skala yang ada atau tambahkan skala tersebut.',
        en: 'Choose an existing scale or add that scale.',
      },
    });
  } else {
    if ((scale.kind === 'ordinal') !== (ind.polarity === 'ordinal')) {
      emit('POLARITY_SCALE_MISMATCH', spot, {
        field: 'polarity',
        why:
          scale.kind === 'ordinal'
            ? {
                id: `Skala ${scale.name} bertingkat, tetapi polaritas indikator "${POLARITY_TEXT[ind.polarity].id}"; pada skala bertingkat, tingkat yang lebih tinggi selalu lebih baik.`,
                en: `Scale ${scale.name} is ordinal, but the polarity is "${POLARITY_TEXT[ind.polarity].en}"; on an ordinal scale a higher level is always better.`,
              }
            : {
                id: `Polaritas "bertingkat" hanya untuk skala bertingkat, sedangkan ${scale.name} berupa angka; arah target tidak dapat diperiksa.`,
                en: `The "ordinal" polarity is only for ordinal scales, but ${scale.name} is numeric; the target direction cannot be checked.`,
              },
        fix: {
          id:
            scale.kind === 'ordinal'
              ? 'Ubah polaritas menjadi "ordinal".'
              : 'Pilih polaritas makin tinggi/makin rendah makin baik atau rentang sasaran.',
          en:
            scale.kind === 'ordinal'
              ? 'Set the polarity to "ordinal".'
              : 'Choose higher-is-better, lower-is-better or target band.',
        },
      });
    }
    const baselineOk =
      ind.baseline.status !== 'value' ||
      checkOnScale(emit, spot, scale, ind.baseline.value, 'baseline', {
        id: `Baseline ${ind.baseline.year}`,
        en: `Baseline ${ind.baseline.year}`,
      });
    // A re-based indicator's targets from the change on are on the new scale.
    for (const t of ind.targets) {
      const onScale = ctx.scales.get(scaleCodeInYear(ind, t.year)) ?? scale;
      checkTargetOnScale(emit, spot, onScale, t, `targets[${t.year}]`);
    }
    if (baselineOk) checkDirection(emit, spot, ind, scale);
    checkWorstBand(emit, spot, ind, scale);
    checkBandTargets(emit, spot, ind);
    checkLeap(emit, spot, ind, scale);
    checkNationalScale(ctx, emit, spot, ind, scale);
    const unit = unitScaleMismatch(ind.unit, scale);
    if (unit) {
      emit('UNIT_SCALE_MISMATCH', spot, {
        field: 'unit',
        why: {
          id: `Satuan tidak sesuai skala: ${unit.reason.id}. Pembaca bisa salah menafsirkan baseline dan target.`,
          en: `The unit does not fit the scale: ${unit.reason.en}. Readers may misread the baseline and targets.`,
        },
        fix: {
          id: `Gunakan satuan skala${scale.kind !== 'ordinal' && scale.unitLabel ? ` ("${scale.unitLabel}")` : ''}, atau periksa apakah indikator memakai skala dan nilai yang benar.`,
          en: `Use the scale's unit${scale.kind !== 'ordinal' && scale.unitLabel ? ` ("${scale.unitLabel}")` : ''}, or check that the indicator uses the right scale and values.`,
        },
      });
    }
  }

  // The national catalogue evaluates some indicators only for K/L or provinsi: a kabupaten/kota road
  // map that lists one carries an indicator no evaluator will score.
  const national = ind.nationalIndicatorCode ? findNationalIndicator(ind.nationalIndicatorCode)?.indicator : undefined;
  const kind = ctx.doc.instansi.kind;
  if (national && !national.appliesToKabupaten && (kind === 'kabupaten' || kind === 'kota')) {
    emit('NOT_APPLICABLE_TO_INSTANSI', spot, {
      field: 'nationalIndicatorCode',
      why: {
        id: `Dalam katalog kegiatan utama nasional, indikator "${national.name}" (${national.code}) tidak dinilai untuk kabupaten/kota; evaluator tidak akan memberi nilai untuk indikator ini.`,
        en: `In the national kegiatan utama catalogue, "${national.name}" (${national.code}) is not evaluated for kabupaten/kota; no evaluator will score it.`,
      },
      fix: {
        id: 'Ganti dengan indikator nasional yang berlaku untuk kabupaten/kota, atau pertahankan sebagai indikator lokal dengan alasan yang jelas.',
        en: 'Replace it with a national indicator that applies to kabupaten/kota, or keep it as a local indicator with a stated reason.',
      },
    });
  }

  const years = new Set<number>();
  for (const t of ind.targets) {
    const field = `targets[${t.year}]`;
    if (years.has(t.year)) {
      emit('DUPLICATE_TARGET_YEAR', spot, {
        field,
        why: {
          id: `Ada lebih dari satu target untuk tahun ${t.year}.`,
          en: `There is more than one target for ${t.year}.`,
        },
        fix: { id: 'Sisakan satu target per tahun.', en: 'Keep one target per year.' },
      });
    }
    years.add(t.year);
    if (periodStart <= periodEnd && (t.year < periodStart || t.year > periodEnd)) {
      emit('TARGET_YEAR_OUTSIDE_PERIOD', spot, {
        field,
        why: {
          id: `Target tahun ${t.year} berada di luar periode road map ${periodStart}–${periodEnd}.`,
          en: `The ${t.year} target lies outside the road-map period ${periodStart}–${periodEnd}.`,
        },
        fix: {
          id: 'Perbaiki tahun target atau hapus target tersebut.',
          en: 'Correct the target year or remove the target.',
        },
      });
    }
    if (t.year <= ind.baseline.year) {
      emit('TARGET_YEAR_NOT_AFTER_BASELINE', spot, {
        field,
        why: {
          id: `Target tahun ${t.year} tidak berada setelah tahun baseline ${ind.baseline.year}.`,
          en: `The ${t.year} target is not after the baseline year ${ind.baseline.year}.`,
        },
        fix: { id: 'Periksa tahun baseline dan tahun target.', en: 'Check the baseline and target years.' },
      });
    }
  }
  if (periodStart <= periodEnd && !years.has(periodEnd)) {
    emit('MISSING_TARGET', spot, {
      field: `targets[${periodEnd}]`,
      why: {
        id: `Tidak ada target untuk tahun akhir road map (${periodEnd}); capaian akhir periode tidak dapat dinilai.`,
        en: `There is no target for the road map's final year (${periodEnd}); end-of-period achievement cannot be assessed.`,
      },
      fix: { id: `Tambahkan target tahun ${periodEnd}.`, en: `Add a ${periodEnd} target.` },
    });
  }

  if (ind.baseline.status === 'not_available') {
    const reason = ind.baseline.reason.trim();
    emit('BASELINE_NOT_AVAILABLE', spot, {
      field: 'baseline',
      why: {
        id: `Baseline ${ind.baseline.year} tidak tersedia (N/A)${reason ? `: ${reason}` : ''}. Tren capaian terhadap baseline tidak dapat dihitung, dan evaluator tidak dapat menilai apakah target berorientasi peningkatan.`,
        en: `The ${ind.baseline.year} baseline is not available (N/A)${reason ? `: ${reason}` : ''}. The trend against the baseline cannot be computed, and the evaluator cannot judge whether the target plans an improvement.`,
      },
      fix: {
        id: `Isi nilai terukur pertama sebagai baseline, beserta tahunnya${ind.sourceAgency ? ` (hasil penilaian ${ind.sourceAgency})` : ''}.`,
        en: `Enter the first measured value as the baseline, with its year${ind.sourceAgency ? ` (as assessed by ${ind.sourceAgency})` : ''}.`,
      },
    });
  }

  checkPrinted(ctx, emit, ind, scale);

  if (ctx.placementsOf(ind.key).length === 0) {
    emit('INDICATOR_NOT_PLACED', spot, {
      why: {
        id: 'Indikator tidak ditempatkan di tabel mana pun, sehingga tidak tercetak di Lampiran.',
        en: 'The indicator is placed in no table, so it is not printed in the Lampiran.',
      },
      fix: {
        id: 'Tempatkan indikator di bawah sasaran, kegiatan utama atau tema yang sesuai, atau hapus bila tidak dipakai.',
        en: 'Place the indicator under the right objective, main activity or theme, or delete it if unused.',
      },
    });
  }

  for (const other of ctx.indicatorsNamed(ind.name)) {
    if (other === ind) {
      if (duplicates === 'earlier') break;
      continue;
    }
    const there = ctx.whereIndicator(other);
    emit('DUPLICATE_INDICATOR_NAME', spot, {
      field: 'name',
      why: {
        id: `Nama indikator sama dengan indikator lain (${there.id}); capaian bisa tercatat ganda atau berbeda untuk ukuran yang sama.`,
        en: `The name equals another indicator's (${there.en}); the same measure may be recorded twice or differently.`,
      },
      fix: {
        id: 'Jika keduanya ukuran yang sama, gabungkan menjadi satu indikator yang ditempatkan di beberapa tabel; jika berbeda, bedakan namanya.',
        en: 'If both are the same measure, merge them into one indicator placed in several tables; otherwise give them distinct names.',
      },
    });
  }
}
