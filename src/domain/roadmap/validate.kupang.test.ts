// The validator on the real Kupang road map (Perbup 17/2024): the regulation's genuine problems,
// listed in shared/domain/reference.md §1, must be found, and the seed itself must hold together.
import { describe, expect, it } from 'vitest';
import { kupang2024 } from '../../server/seed/kupang-2024.ts';
import { REFERENCE_INTEGRITY_CODES } from './finding-codes.ts';
import { tableRows } from './locate.ts';
import { roadMapDocumentSchema } from './schema.ts';
import type { Finding } from './types.ts';
import { validateIndicator, validateRoadMap } from './validate.ts';

const doc = kupang2024();
const findings = validateRoadMap(doc);

function of(indicatorKey: string, code: string): Finding[] {
  return findings.filter((f) => f.entityKey === indicatorKey && f.code === code);
}

describe('validateRoadMap on Perbup Kupang 17/2024', () => {
  it('finds the Indeks SPBE target 5,05 above the 1–5 scale', () => {
    const [f] = of('indeks-spbe', 'VALUE_OUT_OF_SCALE');
    expect(f?.field).toBe('targets[2024]');
    expect(f?.severity).toBe('error');
    expect(f?.why.id).toContain('5,05');
    expect(f?.why.id).toContain('(1–5)');
    expect(f?.where.id).toBe('Tabel 1 › Tujuan 1 › Indeks SPBE');
  });

  it('finds the SKM baseline printed as 78,9 in Tabel 1 and 76,49 in Tabel 2', () => {
    const conflicts = of('nilai-survei-kepuasan-masyarakat', 'BASELINE_CONFLICT');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]?.why.id).toContain('78,9');
    expect(conflicts[0]?.why.id).toContain('76,49');
    expect(conflicts[0]?.why.en).toContain('78.9');
  });

  it('finds the statistik sektoral index printed in "Persen"', () => {
    const [f] = of('tingkat-kematangan-statistik-sektoral', 'UNIT_SCALE_MISMATCH');
    expect(f?.why.id).toContain('Persen');
    expect(f?.why.id).toContain('1–5');
  });

  it('finds the sistem merit target still in category I "Buruk"', () => {
    // The seed prints "Skor", which is the KASN scale's own unit word, so the unit is consistent;
    // what is wrong with 107 → 125 on the 100–400 scale is that both stay in category I.
    const [f] = of('indeks-sistem-merit', 'TARGET_IN_WORST_BAND');
    expect(f?.why.id).toContain('Buruk');
    expect(of('indeks-sistem-merit', 'UNIT_SCALE_MISMATCH')).toEqual([]);
  });

  it('flags every N/A baseline and nothing else as not available', () => {
    const na = doc.indicators.filter((i) => i.baseline.status === 'not_available').map((i) => i.key);
    expect(na.length).toBeGreaterThanOrEqual(8);
    const flagged = findings.filter((f) => f.code === 'BASELINE_NOT_AVAILABLE').map((f) => f.entityKey);
    expect([...flagged].sort()).toEqual([...na].sort());
  });

  it('flags indicators the national catalogue does not evaluate for a kabupaten', () => {
    const flagged = findings.filter((f) => f.code === 'NOT_APPLICABLE_TO_INSTANSI').map((f) => f.entityKey);
    expect(flagged).toContain('indeks-perencanaan-pembangunan');
    expect(flagged).toContain('persentase-implementasi-transformasi-mpp-digital');
    // The same indicators in a provinsi's road map would be evaluated.
    const asProvinsi = validateRoadMap({ ...doc, instansi: { ...doc.instansi, kind: 'provinsi' } });
    expect(asProvinsi.filter((f) => f.code === 'NOT_APPLICABLE_TO_INSTANSI').map((f) => f.entityKey)).not.toContain(
      'indeks-perencanaan-pembangunan',
    );
  });

  it('finds the "kebutuhan investasi" target below its baseline and BerAKHLAK without a PD', () => {
    expect(of('kebutuhan-investasi', 'TARGET_CONTRADICTS_POLARITY')).toHaveLength(1);
    expect(of('indeks-berakhlak', 'NO_RESPONSIBLE_PD')).toHaveLength(1);
  });

  it('finds the three printed names that differ between tables, and nothing for the Tabel 1 Indeks SPBE PD', () => {
    // docs/data/kupang-2024.md P15 and P10: what that table claims the check finds, it finds.
    const named = findings.filter((f) => f.code === 'NAME_CONFLICT').map((f) => f.entityKey);
    expect([...named].sort()).toEqual(['indeks-berakhlak', 'opini-bpk', 'tingkat-penggunaan-produk-dalam-negeri']);
    expect(of('indeks-spbe', 'NO_RESPONSIBLE_PD')).toEqual([]);
    expect(of('tingkat-kematangan-statistik-sektoral', 'TARGET_IN_WORST_BAND')).toHaveLength(1);
  });

  it('does not treat inflation rising towards its band as a regression, but asks for a band target', () => {
    expect(findings.filter((f) => f.entityKey === 'inflasi').map((f) => f.code)).toEqual(['TARGET_NOT_A_BAND']);
  });

  it('keeps "Dinas Pendidikan" as the stunting row prints it and flags it (loaded as Dinas P dan K)', () => {
    expect(of('prevalensi-stunting', 'PD_NAME_DIFFERS').map((f) => f.field)).toEqual([
      'responsible[dinas-pendidikan-kebudayaan]',
    ]);
    expect(findings.filter((f) => f.code === 'PD_NAME_DIFFERS')).toHaveLength(1);
  });

  it('keeps the unit Tabel 2 prints for Indeks BerAKHLAK ("Persen", Tabel 1 "Angka") and flags it', () => {
    expect(of('indeks-berakhlak', 'UNIT_CONFLICT').map((f) => f.field)).toEqual(['unit']);
  });

  it('finds the genuine problems an evaluator would raise (docs/data/kupang-2024.md P4, P7, P12, P14, P16–P18)', () => {
    expect(of('indeks-kualitas-kebijakan', 'UNIT_SCALE_MISMATCH')).toHaveLength(1);
    expect(
      findings
        .filter((f) => f.code === 'SCALE_DIFFERS_FROM_NATIONAL')
        .map((f) => f.entityKey)
        .sort(),
    ).toEqual([
      'tingkat-capaian-sistem-kerja',
      'tingkat-implementasi-arsitektur-spbe',
      'tingkat-tindak-lanjut-pengaduan-lapor',
    ]);
    expect(
      findings
        .filter((f) => f.code === 'TARGET_LEAP')
        .map((f) => f.entityKey)
        .sort(),
    ).toEqual(['capaian-akuntabilitas-kinerja', 'indeks-reformasi-hukum', 'maturitas-spip']);
    expect(findings.filter((f) => f.code === 'MANDATORY_INDICATOR_MISSING').map((f) => f.field)).toEqual(
      ['KU04-4', 'KU04-5', 'KU06-1', 'KU16-1', 'KU17-1', 'KU18-1', 'KU20-2'].map((c) => `nationalIndicatorCode:${c}`),
    );
  });

  it('has no reference-integrity errors, and its only errors are values off their scale or the SKM conflict', () => {
    expect(findings.filter((f) => (REFERENCE_INTEGRITY_CODES as readonly string[]).includes(f.code))).toEqual([]);
    const errorCodes = findings.filter((f) => f.severity === 'error').map((f) => f.code);
    for (const code of errorCodes) expect(['BASELINE_CONFLICT', 'VALUE_OUT_OF_SCALE']).toContain(code);
  });

  it('lists findings in Lampiran order', () => {
    const tables = findings.map((f) => Number(/^Tabel (\d)/.exec(f.where.id)?.[1] ?? 0));
    expect(tables).toEqual([...tables].sort((a, b) => a - b));
  });

  it('agrees with the per-indicator check', () => {
    for (const ind of doc.indicators) {
      const own = findings.filter((f) => f.entityType === 'indicator' && f.entityKey === ind.key);
      expect(validateIndicator(doc, ind.key), ind.key).toEqual(own);
    }
  });
});

describe('the Kupang document through the other domain helpers', () => {
  it('passes the document schema unchanged', () => {
    const r = roadMapDocumentSchema.safeParse(doc);
    expect(r.success).toBe(true);
    expect(r.data).toEqual(doc);
  });

  it('flattens Tabel 2 with its 14 sasaran in order', () => {
    const numbers = [...new Set(tableRows(doc, 'tabel2').map((r) => r.number))];
    expect(numbers).toEqual(Array.from({ length: 14 }, (_, i) => String(i + 1)));
  });
});
