// The action-plan form's pure state: typed text to the API body, and the checks made as typed —
// the unit's target rules with the server's own Indonesian messages.
import { describe, expect, it } from 'vitest';
import { emptyForm, formFieldOfServer, formOf, readPlanForm, type PlanForm } from './rencana-aksi-form-state.ts';

const YEAR = 2026;

function filled(patch: Partial<PlanForm> = {}): PlanForm {
  return {
    ...emptyForm(YEAR),
    nodeKey: 'ku-1',
    rincianKegiatan: ' Menyusun SOP ',
    indikatorOutput: 'SOP tersusun',
    satuan: 'Dokumen',
    targetTotal: '4',
    targets: { S1: '2', S2: '4' },
    pelaksanaPdKey: 'bkpsdm',
    penanggungJawab: 'Kepala Bidang',
    pagu: '1.250.000',
    ...patch,
  };
}

describe('readPlanForm', () => {
  it('builds the body of a complete RB General plan (trimmed, Indonesian numbers read)', () => {
    const { body, errors } = readPlanForm(filled(), { year: YEAR, tematik: false });
    expect(errors).toEqual({});
    expect(body).toMatchObject({
      year: YEAR,
      rincianKegiatan: 'Menyusun SOP',
      targetTotal: 4,
      targets: [
        { periodCode: 'S1', target: 2 },
        { periodCode: 'S2', target: 4 },
      ],
      pagu: 1250000,
      koordinatorPdKey: null,
      permasalahan: null,
      fokusIntervensi: null,
    });
  });

  it('asks for the required fields', () => {
    const { body, errors } = readPlanForm(emptyForm(YEAR), { year: YEAR, tematik: false });
    expect(body).toBeNull();
    expect(errors.rincianKegiatan).toEqual({ key: 'ra.err.required' });
    expect(errors.targetTotal).toEqual({ key: 'ra.err.required' });
  });

  it('refuses a fraction of a whole unit with the server message', () => {
    const { errors } = readPlanForm(filled({ targetTotal: '2,5', targets: {} }), { year: YEAR, tematik: false });
    expect(errors.targetTotal).toEqual({
      text: {
        id: 'Satuan "Dokumen" dihitung utuh: target harus bilangan bulat, bukan 2,5.',
        en: expect.any(String),
      },
    });
  });

  it('refuses a percentage above 100 with the server message', () => {
    const { errors } = readPlanForm(filled({ satuan: 'Persen', targetTotal: '120', targets: {} }), {
      year: YEAR,
      tematik: false,
    });
    expect(errors.targetTotal).toMatchObject({
      text: { id: 'Target dalam persen harus antara 0 dan 100, bukan 120.' },
    });
  });

  it('wants the last period equal to the total, with the server message, on the last period', () => {
    const { errors } = readPlanForm(filled({ targets: { S1: '2', S2: '3' } }), { year: YEAR, tematik: false });
    expect(errors['targets.S2']).toMatchObject({
      text: { id: 'Target periode terakhir (kumulatif) harus sama dengan target total.' },
    });
  });

  it('keeps dates inside the year and after the start, and asks RB Tematik for a fokus', () => {
    const { errors } = readPlanForm(filled({ startDate: '2026-05-01', endDate: '2026-04-01' }), {
      year: YEAR,
      tematik: true,
    });
    expect(errors.endDate).toEqual({ key: 'ra.err.endBeforeStart' });
    expect(errors.fokusIntervensi).toEqual({ key: 'ra.err.fokusRequired' });
    const outside = readPlanForm(filled({ startDate: '2025-12-31' }), { year: YEAR, tematik: false });
    expect(outside.errors.startDate).toEqual({ key: 'ra.err.outsideYear', vars: { year: YEAR } });
  });
});

describe('formOf', () => {
  it('shows a saved plan the Indonesian way and picks the quarter scheme from its targets', () => {
    const form = formOf({
      id: '00000000-0000-4000-8000-000000000001',
      year: YEAR,
      nodeKey: 'ku-1',
      rincianKegiatan: 'r',
      indikatorOutput: 'o',
      satuan: 'Indeks',
      targetTotal: 2.5,
      targets: [{ periodCode: 'TW4', target: 2.5 }],
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      pagu: 1500000,
      pelaksanaPdKey: 'bkpsdm',
      koordinatorPdKey: null,
      penanggungJawab: 'pj',
      permasalahan: null,
      fokusIntervensi: [],
      rowVersion: 1,
    });
    expect(form).toMatchObject({ scheme: 'quarter', targetTotal: '2,5', targets: { TW4: '2,5' }, pagu: '1.500.000' });
  });
});

describe('formFieldOfServer', () => {
  it('maps a server field path to the form field', () => {
    expect(formFieldOfServer('body.targets.1.target')).toBe('targets');
    expect(formFieldOfServer('pagu')).toBe('pagu');
  });
});
