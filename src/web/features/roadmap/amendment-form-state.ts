// The amendment form ("Buat versi perubahan") as plain data: the fields as typed, the version label
// suggested from the regulation, the body for the API, and the field errors. Beyond the form's own
// checks, the body is read by the contract's schema (src/domain/contracts/roadmap.ts), so a value the
// server would refuse is refused here with the server's Indonesian message.
import { amendmentBody, type AmendmentBody } from '../../../domain/contracts/roadmap.ts';
import type { RegulasiType, RoadMapDocument } from '../../../domain/roadmap/types.ts';
import { REGULASI_TYPES } from '../../shared/regulasi.ts';

export interface AmendForm {
  basedOnVersionId: string;
  versionLabel: string;
  labelTouched: boolean;
  type: RegulasiType;
  number: string;
  year: string;
  title: string;
  enactedAt: string;
  promulgatedAt: string;
  place: string;
}

const SHORT_TYPE: Partial<Record<RegulasiType, string>> = {
  perbup: 'Perbup',
  perwali: 'Perwali',
  pergub: 'Pergub',
  perda: 'Perda',
};

/** An amendment of this version, set by a regulation of the same type and place as its own. */
export function initialAmendForm(versionId: string, doc: RoadMapDocument, year: number): AmendForm {
  const current = doc.regulasi.find((r) => r.key === doc.roadMap.regulasiKey);
  return {
    basedOnVersionId: versionId,
    versionLabel: '',
    labelTouched: false,
    type: current?.type ?? 'perbup',
    number: '',
    year: String(year),
    title: '',
    enactedAt: '',
    promulgatedAt: '',
    place: current?.place ?? '',
  };
}

/** "Perbup 5/2025" from the regulation, until the user types a label of their own. */
export function suggestedLabel(f: AmendForm): string {
  if (!f.number.trim() || !f.year.trim()) return '';
  return `${SHORT_TYPE[f.type] ?? REGULASI_TYPES[f.type].id} ${f.number.trim()}/${f.year.trim()}`;
}

export const versionLabelOf = (f: AmendForm) => (f.labelTouched ? f.versionLabel : suggestedLabel(f));

export function amendmentBodyOf(f: AmendForm): AmendmentBody {
  return {
    basedOnVersionId: f.basedOnVersionId,
    versionLabel: versionLabelOf(f).trim(),
    regulasi: {
      type: f.type,
      number: f.number.trim(),
      year: Number(f.year),
      title: f.title.trim(),
      ...(f.enactedAt ? { enactedAt: f.enactedAt } : {}),
      ...(f.promulgatedAt ? { promulgatedAt: f.promulgatedAt } : {}),
      ...(f.place.trim() ? { place: f.place.trim() } : {}),
    },
  };
}

export type AmendErrorKey =
  'amend.errNumber' | 'amend.errYear' | 'amend.errTitle' | 'amend.errLabel' | 'amend.errDates';

/** Field errors by form field (the form's own wording first, else the contract's). */
export function amendFormErrors(f: AmendForm, text: (key: AmendErrorKey) => string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!f.number.trim()) errors.number = text('amend.errNumber');
  if (!/^\d{4}$/.test(f.year.trim()) || Number(f.year) < 1945 || Number(f.year) > 2100)
    errors.year = text('amend.errYear');
  if (!f.title.trim()) errors.title = text('amend.errTitle');
  if (!versionLabelOf(f).trim()) errors.versionLabel = text('amend.errLabel');
  if (f.enactedAt && f.promulgatedAt && f.promulgatedAt < f.enactedAt) errors.promulgatedAt = text('amend.errDates');
  const parsed = amendmentBody.safeParse(amendmentBodyOf(f));
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const field = String(issue.path.at(-1) ?? '');
    errors[field] ??= issue.message;
  }
  return errors;
}
