// After a conflict (someone saved the indicator first): my change re-applied on top of theirs, field
// by field and target year by target year, with the fields they changed and those we both changed.
import type { Indikator, Target } from '../../../domain/roadmap/types.ts';
import type { IndicatorDraft } from './indicator-form.ts';

const FIELDS = [
  'name',
  'unit',
  'scaleCode',
  'polarity',
  'sourceAgency',
  'baseline',
  'nationalIndicatorCode',
  'note',
] as const;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Re-applies my change on top of someone else's: every field (and every target year) I changed
 * takes my value, everything else takes the current one. Returns the merged indicator and the
 * fields the other person changed, so the form can point them out.
 */
export function reapply(
  original: IndicatorDraft,
  mine: IndicatorDraft,
  current: IndicatorDraft,
): { merged: IndicatorDraft; theirs: string[]; conflicts: string[] } {
  const merged: Record<string, unknown> = { ...current };
  const theirs: string[] = [];
  const conflicts: string[] = [];
  const o = original as unknown as Record<string, unknown>;
  const m = mine as unknown as Record<string, unknown>;
  const c = current as unknown as Record<string, unknown>;
  for (const f of FIELDS) {
    const iChanged = !same(o[f], m[f]);
    const theyChanged = !same(o[f], c[f]);
    if (theyChanged) theirs.push(f);
    if (iChanged) {
      if (theyChanged && !same(m[f], c[f])) conflicts.push(f);
      if (m[f] === undefined) delete merged[f];
      else merged[f] = m[f];
    }
  }
  // Targets year by year.
  const years = new Set([...original.targets, ...mine.targets, ...current.targets].map((t) => t.year));
  const targets: Target[] = [];
  for (const y of [...years].sort((a, b) => a - b)) {
    const ot = original.targets.find((t) => t.year === y);
    const mt = mine.targets.find((t) => t.year === y);
    const ct = current.targets.find((t) => t.year === y);
    const iChanged = !same(ot, mt);
    const theyChanged = !same(ot, ct);
    if (theyChanged) theirs.push(`targets[${y}]`);
    if (iChanged && theyChanged && !same(mt, ct)) conflicts.push(`targets[${y}]`);
    const pick = iChanged ? mt : ct;
    if (pick) targets.push(pick);
  }
  merged.targets = targets;
  const respChangedByMe = !same(original.responsible, mine.responsible);
  if (!same(original.responsible, current.responsible)) theirs.push('responsible');
  if (
    respChangedByMe &&
    !same(original.responsible, current.responsible) &&
    !same(mine.responsible, current.responsible)
  ) {
    conflicts.push('responsible');
  }
  merged.responsible = respChangedByMe ? mine.responsible : current.responsible;
  return { merged: merged as unknown as IndicatorDraft, theirs, conflicts };
}

export function withoutKey(ind: Indikator): IndicatorDraft {
  const { key: _key, ...rest } = ind;
  return rest;
}
