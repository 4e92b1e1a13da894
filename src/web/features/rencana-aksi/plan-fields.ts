// What the fieldsets of the action-plan form share: the form being typed, field ids, and each
// field's error and ARIA wiring (the form card owns the state; the fieldsets only render it).
import type { ReactNode } from 'react';
import type { PlanForm } from './rencana-aksi-form-state.ts';

export interface PlanFields {
  form: PlanForm;
  /** The form's useId() prefix (for ids of radio groups and datalists). */
  uid: string;
  /** The element id of a field ("targets.S1" → "…-targets-S1"). */
  fid(field: string): string;
  /** Changes the form and marks the field touched. */
  set(field: string, patch: Partial<PlanForm>): void;
  invalid(field: string): boolean;
  describedBy(field: string, hint?: string): string | undefined;
  /** The field's error paragraph, or nothing. */
  err(field: string): ReactNode;
}
