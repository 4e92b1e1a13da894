// The action-plan form as typed text, and the step to the API body: required fields, numbers the
// Indonesian way typed by the plan's unit (whole counts and Rupiah, percentages 0–100), dates inside
// the year, the cumulative last-period target, fokus intervensi for RB Tematik. The target rules are
// the server's own (src/domain/rencana-aksi/targets.ts), with its Indonesian messages, checked as typed.
import type { PeriodCode } from '../../../domain/periods/periods.ts';
import { formatNumber } from '../../../domain/format/number.ts';
import { readNumberId } from '../../../domain/roadmap/values.ts';
import { rupiahFieldText } from '../../shared/money-text.ts';
import {
  finalTargetProblem,
  targetProblem,
  unitKind,
  type TargetProblem,
  type UnitKind,
} from '../../../domain/rencana-aksi/targets.ts';
import type { MessageKey, Vars } from '../../i18n/i18n.tsx';
import { type FokusIntervensi, type RencanaAksi, type RencanaAksiBody } from './rencana-aksi-api.ts';

export type Scheme = 'semester' | 'quarter';
export const SCHEME_PERIODS: Record<Scheme, PeriodCode[]> = {
  semester: ['S1', 'S2'],
  quarter: ['TW1', 'TW2', 'TW3', 'TW4'],
};

export interface PlanForm {
  nodeKey: string;
  rincianKegiatan: string;
  indikatorOutput: string;
  satuan: string;
  targetTotal: string;
  scheme: Scheme;
  targets: Partial<Record<PeriodCode, string>>;
  startDate: string;
  endDate: string;
  pagu: string;
  pelaksanaPdKey: string;
  koordinatorPdKey: string;
  penanggungJawab: string;
  permasalahan: string;
  fokus: FokusIntervensi[];
}

/** A message of the catalogue, or a domain rule's own text (the same the server answers). */
export type FormMessage = { key: MessageKey; vars?: Vars } | { text: { id: string; en: string } };

const ruleMessage = (p: TargetProblem): FormMessage => ({ text: { id: p.message, en: p.messageEn } });

export type FormErrors = Partial<Record<string, FormMessage>>;

const numText = (n: number | null | undefined) =>
  n === null || n === undefined ? '' : formatNumber(n, 'id', { maxDecimals: 6 });

/** "1250000" → "1.250.000": how the Rupiah field shows an amount once typed. */

export function emptyForm(year: number, opts: { pelaksanaPdKey?: string; scheme?: Scheme } = {}): PlanForm {
  return {
    nodeKey: '',
    rincianKegiatan: '',
    indikatorOutput: '',
    satuan: '',
    targetTotal: '',
    scheme: opts.scheme ?? 'semester',
    targets: {},
    startDate: `${year}-01-01`,
    endDate: `${year}-12-31`,
    pagu: '',
    pelaksanaPdKey: opts.pelaksanaPdKey ?? '',
    koordinatorPdKey: '',
    penanggungJawab: '',
    permasalahan: '',
    fokus: [],
  };
}

export function formOf(p: RencanaAksi): PlanForm {
  const quarter = p.targets.some((t) => t.periodCode.startsWith('TW'));
  return {
    nodeKey: p.nodeKey,
    rincianKegiatan: p.rincianKegiatan,
    indikatorOutput: p.indikatorOutput,
    satuan: p.satuan,
    targetTotal: numText(p.targetTotal),
    scheme: quarter ? 'quarter' : 'semester',
    targets: Object.fromEntries(p.targets.map((t) => [t.periodCode, numText(t.target)])),
    startDate: p.startDate,
    endDate: p.endDate,
    pagu: rupiahFieldText(p.pagu),
    pelaksanaPdKey: p.pelaksanaPdKey,
    koordinatorPdKey: p.koordinatorPdKey ?? '',
    penanggungJawab: p.penanggungJawab,
    permasalahan: p.permasalahan ?? '',
    fokus: [...p.fokusIntervensi],
  };
}

/** How targets of this unit are typed: the hint under the target fields says it. */
export { unitKind };

function readAmount(
  text: string,
  field: string,
  errors: FormErrors,
  opts: { required?: boolean; kind?: UnitKind; satuan?: string },
): number | null {
  const s = text.trim();
  if (!s) {
    if (opts.required) errors[field] = { key: 'ra.err.required' };
    return null;
  }
  const whole = opts.kind === 'whole';
  const r = readNumberId(s, { wholeNumbers: whole });
  if (!r.ok) {
    errors[field] = { key: r.reason === 'ambiguous' ? 'ra.err.ambiguous' : 'ra.err.number', vars: { text: s } };
    return null;
  }
  if (r.value < 0) {
    errors[field] = { key: 'ra.err.negative' };
    return r.value;
  }
  // The unit's rule as the server states it (whole counts and Rupiah, percentages 0–100).
  const problem = opts.satuan !== undefined ? targetProblem(opts.satuan, r.value) : null;
  if (problem) errors[field] = ruleMessage(problem);
  else if (whole && !Number.isInteger(r.value)) errors[field] = { key: 'ra.err.whole' };
  return r.value;
}

/** The body for the API, or the first problem of every field (keys are the form's field names). */
export function readPlanForm(
  form: PlanForm,
  ctx: { year: number; tematik: boolean },
): { body: RencanaAksiBody | null; errors: FormErrors } {
  const errors: FormErrors = {};
  const required = (field: keyof PlanForm) => {
    if (!String(form[field]).trim()) errors[field] = { key: 'ra.err.required' };
  };
  (['nodeKey', 'rincianKegiatan', 'indikatorOutput', 'satuan', 'pelaksanaPdKey', 'penanggungJawab'] as const).forEach(
    required,
  );
  const kind = unitKind(form.satuan);
  const satuan = form.satuan.trim();
  const total = readAmount(form.targetTotal, 'targetTotal', errors, { required: true, kind, satuan });
  const targets: { periodCode: PeriodCode; target: number }[] = [];
  for (const code of SCHEME_PERIODS[form.scheme]) {
    const n = readAmount(form.targets[code] ?? '', `targets.${code}`, errors, { kind, satuan });
    if (n !== null) targets.push({ periodCode: code, target: n });
  }
  const last = SCHEME_PERIODS[form.scheme].at(-1)!;
  const final = total === null ? null : finalTargetProblem(targets, total);
  if (final && !errors[`targets.${last}`]) errors[`targets.${last}`] = ruleMessage(final);
  const pagu = readAmount(form.pagu, 'pagu', errors, { kind: 'whole' });

  const inYear = (d: string) => d.startsWith(`${ctx.year}-`);
  if (!form.startDate) errors.startDate = { key: 'ra.err.required' };
  else if (!inYear(form.startDate)) errors.startDate = { key: 'ra.err.outsideYear', vars: { year: ctx.year } };
  if (!form.endDate) errors.endDate = { key: 'ra.err.required' };
  else if (!inYear(form.endDate)) errors.endDate = { key: 'ra.err.outsideYear', vars: { year: ctx.year } };
  else if (form.startDate && form.endDate < form.startDate) errors.endDate = { key: 'ra.err.endBeforeStart' };
  if (ctx.tematik && form.fokus.length === 0) errors.fokusIntervensi = { key: 'ra.err.fokusRequired' };

  if (Object.keys(errors).length) return { body: null, errors };
  return {
    body: {
      year: ctx.year,
      nodeKey: form.nodeKey,
      rincianKegiatan: form.rincianKegiatan.trim(),
      indikatorOutput: form.indikatorOutput.trim(),
      satuan: form.satuan.trim(),
      targetTotal: total!,
      targets,
      startDate: form.startDate,
      endDate: form.endDate,
      pagu,
      pelaksanaPdKey: form.pelaksanaPdKey,
      koordinatorPdKey: form.koordinatorPdKey || null,
      penanggungJawab: form.penanggungJawab.trim(),
      // RB General plans carry neither: the server refuses them there.
      permasalahan: ctx.tematik ? form.permasalahan.trim() || null : null,
      fokusIntervensi: ctx.tematik && form.fokus.length ? form.fokus : null,
    },
    errors,
  };
}

/** The form field a server error names: "body.targets.1.target" → "targets", "pagu" → "pagu". */
export function formFieldOfServer(field: string): string {
  const parts = field.replace(/^body\./, '').split('.');
  return parts[0] ?? field;
}
