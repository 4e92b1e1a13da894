import { describe, expect, it } from 'vitest';
import type { CapaianResult } from '../capaian/capaian.ts';
import {
  capaianSummary,
  indeksSeries,
  periodeToRead,
  reportingTotal,
  sortComparison,
  verifiedShare,
  type SortableRow,
} from './comparison.ts';

const pct = (percent: number): CapaianResult => ({
  kind: 'dinilai',
  percent,
  raw: percent,
  capped: false,
  formula: { id: '', en: '' },
});
const none: CapaianResult = { kind: 'tidak_dinilai', code: 'NO_REALISASI', reason: { id: '', en: '' } };

describe('province comparison rules', () => {
  it('takes one Indeks RB per year, the national result first, newest first', () => {
    const series = indeksSeries([
      { year: 2023, indeks: 52.94, predikat: 'CC', source: 'regulasi' },
      { year: 2023, indeks: 55.1, predikat: 'CC', source: 'nasional' },
      { year: 2024, indeks: 60, predikat: 'B', source: 'internal' },
    ]);
    expect(series.map((s) => [s.year, s.indeks])).toEqual([
      [2024, 60],
      [2023, 55.1],
    ]);
  });

  it('averages capaian over verified values only, mandatory ones apart', () => {
    const out = capaianSummary([
      { mandatory: true, capaian: pct(80), verified: true },
      { mandatory: true, capaian: pct(100), verified: false },
      { mandatory: false, capaian: pct(60), verified: true },
      { mandatory: true, capaian: none, verified: true },
    ]);
    expect(out.mandatory).toEqual({ total: 3, capaian: { percent: 80, counted: 1, excluded: 1 } });
    expect(out.capaian.percent).toBe(70);
  });

  it('adds reporting over PDs and gives the verified share', () => {
    const r = reportingTotal([
      { expected: 3, entered: 2, submitted: 1, verified: 1, returned: 0 },
      { expected: 1, entered: 1, submitted: 0, verified: 1, returned: 0 },
    ]);
    expect(r).toEqual({ expected: 4, entered: 3, submitted: 1, verified: 2, returned: 0 });
    expect(verifiedShare(r)).toBe(50);
    expect(verifiedShare({ ...r, expected: 0 })).toBeNull();
  });

  it('reads the asked period, else the latest begun, else the first', () => {
    const ps = [
      { code: 'S2', startDate: '2026-07-01' },
      { code: 'S1', startDate: '2026-01-01' },
    ];
    expect(periodeToRead(ps, 'S1', '2026-12-03')?.code).toBe('S1');
    expect(periodeToRead(ps, undefined, '2026-12-03')?.code).toBe('S2');
    expect(periodeToRead(ps, undefined, '2025-12-31')?.code).toBe('S1');
    expect(periodeToRead([], undefined, '2026-12-03')).toBeNull();
    expect(periodeToRead(ps, 'TW1', '2026-12-03')).toBeNull();
  });

  it('sorts by a column with missing values last either way, ties by name', () => {
    const row = (name: string, percent: number | null): SortableRow => ({
      name,
      indeks: [],
      mandatory: { capaian: { percent } },
      capaian: { percent },
      reporting: { expected: 0, entered: 0, submitted: 0, verified: 0, returned: 0 },
      earlyWarnings: 0,
    });
    const rows = [row('Alor', 50), row('Kupang', null), row('Belu', 90), row('Sabu', 50)];
    expect(sortComparison(rows, 'capaian', 'desc').map((r) => r.name)).toEqual(['Belu', 'Alor', 'Sabu', 'Kupang']);
    expect(sortComparison(rows, 'capaian', 'asc').map((r) => r.name)).toEqual(['Alor', 'Sabu', 'Belu', 'Kupang']);
    expect(sortComparison(rows, 'name', 'asc').map((r) => r.name)).toEqual(['Alor', 'Belu', 'Kupang', 'Sabu']);
  });
});
