import { describe, expect, it } from 'vitest';
import type { LkeLine } from '../../../domain/evaluasi/lke-types.ts';
import type { WorksheetLine } from './evaluasi-api.ts';
import { fieldsOf, isDirty, lineBody, serverMessage, topField } from './line-form.ts';
import { readLineValue } from './lke-inputs.ts';

const line: LkeLine = { kind: 'line', code: '1A', name: 'Indeks', weight: 5, min: 0, max: 100 };
const saved: WorksheetLine = {
  lineCode: '1A',
  raw: { kind: 'number', value: 55.5 },
  applicable: null,
  source: 'manual',
  sourceDocument: null,
  notes: '',
  status: 'draft',
  updatedBy: 'evaluator',
  updatedAt: '2026-01-01T00:00:00.000Z',
  rowVersion: 3,
};

describe('line form state', () => {
  it('starts from the saved line and is clean until an input changes', () => {
    const f = fieldsOf(line, saved);
    expect(f).toEqual({ text: '55,5', applicable: true, sourceDocument: '', notes: '', status: 'draft' });
    expect(isDirty(line, f, saved)).toBe(false);
    expect(isDirty(line, { ...f, text: '55,50' }, saved)).toBe(false);
    expect(isDirty(line, { ...f, text: '60' }, saved)).toBe(true);
    expect(isDirty(line, { ...f, notes: 'cek' }, saved)).toBe(true);
    expect(isDirty(line, { ...f, text: 'x' }, saved)).toBe(true);
  });

  it('builds the body with applicability only when it departs from the default', () => {
    const f = { ...fieldsOf(line, saved), text: '60', sourceDocument: '  LHE 2025 ' };
    expect(lineBody(line, f, readLineValue(line, f.text), 3)).toEqual({
      raw: { kind: 'number', value: 60 },
      applicable: null,
      sourceDocument: 'LHE 2025',
      notes: '',
      status: 'draft',
      rowVersion: 3,
    });
    expect(lineBody(line, { ...f, applicable: false }, readLineValue(line, f.text), 3).applicable).toBe(false);
    expect(() => lineBody(line, f, readLineValue(line, '120'), 3)).toThrow();
  });

  it('finds the server messages of a field', () => {
    const fields = [
      { field: 'body.raw', message: 'A.' },
      { field: 'raw.value', message: 'B.' },
      { field: 'status', message: 'C.' },
    ];
    expect(topField('body.raw.value')).toBe('raw');
    expect(serverMessage(fields, 'raw')).toBe('A. B.');
    expect(serverMessage(fields, 'notes')).toBeNull();
  });
});
