// Where an error belongs in the indicator form: a server field error ("body.indicator.targets.0.value")
// or a validation finding ("targets[2024]") mapped onto the form field that shows it.
import type { Finding } from '../../../domain/roadmap/types.ts';
import type { IndicatorForm } from './indicator-form.ts';

/** The form fields a server field error belongs to ("body.indicator.targets.0.value.value" → "targets.0.value"). */
export function formFieldOfServerField(field: string, knownFields: ReadonlySet<string>): string | null {
  const parts = field
    .replace(/^(body\.)?indicator\.?/, '')
    .split('.')
    .filter(Boolean);
  // baseline.value / baseline.year / baseline.reason map one to one; deeper paths are trimmed.
  while (parts.length > 0) {
    const key = parts.join('.');
    if (knownFields.has(key)) return key;
    parts.pop();
  }
  return null;
}

/** Form field a validation finding is about: "targets[2024]" → the row of that year. */
export function formFieldOfFinding(f: Finding, form: IndicatorForm): string | null {
  if (!f.field) return null;
  if (f.field === 'baseline') return form.baselineStatus === 'value' ? 'baseline.value' : 'baseline.reason';
  const m = /^targets\[(\d+)\]$/.exec(f.field);
  if (m) {
    const i = form.targets.findIndex((t) => t.year.trim() === m[1]);
    if (i < 0) return 'targets';
    return form.targets[i]?.type === 'band' ? `targets.${i}.min` : `targets.${i}.value`;
  }
  if (['name', 'unit', 'scaleCode', 'polarity', 'sourceAgency'].includes(f.field)) return f.field;
  if (f.field.startsWith('responsible')) return 'responsible';
  return null;
}
