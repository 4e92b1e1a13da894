import { describe, expect, it } from 'vitest';
import { sampleRoadMap } from '../../../domain/roadmap/fixtures.ts';
import {
  amendFormErrors,
  amendmentBodyOf,
  initialAmendForm,
  suggestedLabel,
  type AmendForm,
} from './amendment-form-state.ts';

const VERSION = '00000000-0000-4000-8000-000000000001';
const text = (key: string) => `[${key}]`;

function filled(patch: Partial<AmendForm> = {}): AmendForm {
  return { ...initialAmendForm(VERSION, sampleRoadMap(), 2025), number: '5', title: 'Perubahan Road Map', ...patch };
}

describe('amendment form state', () => {
  it('starts from the current regulation type and suggests the label from it', () => {
    const f = initialAmendForm(VERSION, sampleRoadMap(), 2025);
    expect(f.type).toBe('perbup');
    expect(suggestedLabel(f)).toBe('');
    expect(suggestedLabel(filled())).toBe('Perbup 5/2025');
    expect(suggestedLabel(filled({ type: 'uu' }))).toMatch(/5\/2025$/);
  });

  it('builds the body with trimmed fields and optional dates only when given', () => {
    const body = amendmentBodyOf(filled({ number: ' 5 ', place: '  ' }));
    expect(body).toEqual({
      basedOnVersionId: VERSION,
      versionLabel: 'Perbup 5/2025',
      regulasi: { type: 'perbup', number: '5', year: 2025, title: 'Perubahan Road Map' },
    });
    expect(amendmentBodyOf(filled({ labelTouched: true, versionLabel: ' Label ' })).versionLabel).toBe('Label');
  });

  it('reports the form errors, and what the contract refuses with its own message', () => {
    expect(amendFormErrors(filled(), text)).toEqual({});
    const e = amendFormErrors(
      filled({ number: '', year: '20x5', enactedAt: '2025-02-01', promulgatedAt: '2025-01-01' }),
      text,
    );
    expect(e).toMatchObject({
      number: '[amend.errNumber]',
      year: '[amend.errYear]',
      promulgatedAt: '[amend.errDates]',
    });
    const long = amendFormErrors(filled({ labelTouched: true, versionLabel: 'x'.repeat(201) }), text);
    expect(long.versionLabel).toBeTruthy();
    expect(long.versionLabel).not.toBe('[amend.errLabel]');
  });
});
