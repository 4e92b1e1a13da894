// A user's own workbook in the Lampiran layout, without our Metadata sheet: built here with exceljs
// the way the regulation prints it (single- and two-row headers, merged or blank repeated cells,
// numbers typed as Indonesian text). The import infers keys, scales and polarity, and says so.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Indikator, RoadMapDocument } from '../../../domain/roadmap/types.ts';
import { exportRoadMapXlsx } from './roadmap-xlsx.export.ts';
import { lampiranWithoutMetadata } from './roadmap-xlsx.fixture.ts';
import { parseRoadMapXlsx, type XlsxImportResult } from './roadmap-xlsx.import.ts';

describe('a Lampiran workbook without Metadata', () => {
  let result: XlsxImportResult;
  let refused: XlsxImportResult;
  let doc: RoadMapDocument;
  const ind = (name: string): Indikator => {
    const found = doc.indicators.find((i) => i.name === name);
    if (!found) throw new Error(`no indicator ${name}`);
    return found;
  };
  beforeAll(async () => {
    const buf = await lampiranWithoutMetadata();
    // Without Metadata no PD is known: every PD name is refused until the import lists it as new.
    refused = await parseRoadMapXlsx(buf);
    result = await parseRoadMapXlsx(buf, { newPd: refused.unknownPd ?? [] });
    doc = result.document!;
  });

  it('refuses unknown PDs without an explicit "new PD" choice', () => {
    expect(refused.ok).toBe(false);
    expect(refused.unknownPd).toContain('BP4D');
    expect(new Set(refused.problems.filter((p) => p.severity === 'error').map((p) => p.code))).toEqual(
      new Set(['UNKNOWN_PD']),
    );
  });

  it('imports without errors and says what it inferred', () => {
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
    const codes = new Set(result.problems.map((p) => p.code));
    for (const c of ['METADATA_MISSING', 'SCALE_INFERRED', 'POLARITY_INFERRED', 'NEW_PD', 'PRINTED_DIFFERS'])
      expect(codes).toContain(c);
    expect(result.problems.every((p) => p.severity === 'warning')).toBe(true);
    expect(result.problems).toContainEqual(
      expect.objectContaining({ sheet: 'Tabel 3', row: 6, column: 'D', code: 'POLARITY_INFERRED' }),
    );
  });

  it('infers the scale of each indicator from its unit and values', () => {
    expect(ind('Indeks SPBE').scaleCode).toBe('angka');
    expect(ind('Capaian Akuntabilitas Kinerja').scaleCode).toBe('predikat_akip');
    expect(ind('Capaian Akuntabilitas Keuangan')).toMatchObject({
      scaleCode: 'opini_bpk',
      baseline: { status: 'value', value: { kind: 'level', code: 'WTP' } },
    });
    expect(ind('Persentase Penduduk Miskin').scaleCode).toBe('persen');
    expect(ind('Kebutuhan Investasi')).toMatchObject({
      scaleCode: 'rupiah',
      baseline: { year: 2023, status: 'value', value: { kind: 'number', value: 527562744023 } },
      targets: [{ year: 2024, type: 'point', value: { kind: 'number', value: 220000000000 } }],
    });
    expect(ind('Indeks reformasi hukum').scaleCode).toBe('kategori_irh');
    expect(ind('Maturitas SPIP')).toMatchObject({
      scaleCode: 'level_spip',
      baseline: { value: { kind: 'level', code: '2' } },
    });
    expect(ind('Jumlah Perangkat Daerah dengan Predikat WBK/WBBM')).toMatchObject({
      scaleCode: 'jumlah_unit_kerja',
      baseline: { year: 2023, status: 'not_available' },
    });
    expect(doc.scales.map((s) => s.code).sort()).toEqual(
      [
        'angka',
        'jumlah_unit_kerja',
        'kategori_irh',
        'level_spip',
        'opini_bpk',
        'persen',
        'predikat_akip',
        'rupiah',
      ].sort(),
    );
  });

  it('infers polarity: ordinal for levels, lower is better when the target is below the baseline', () => {
    expect(ind('Capaian Akuntabilitas Kinerja').polarity).toBe('ordinal');
    expect(ind('Persentase Penduduk Miskin').polarity).toBe('lower_is_better');
    expect(ind('Indeks SPBE').polarity).toBe('higher_is_better');
    expect(ind('Inflasi').polarity).toBe('higher_is_better');
  });

  it('builds the results tree from merged and blank repeated cells, with slug keys', () => {
    expect(doc.instansi).toMatchObject({ name: 'Kabupaten Kupang', kind: 'kabupaten' });
    expect(doc.roadMap).toMatchObject({ periodEnd: 2024, status: 'draft' });
    const kinds = (k: string) => doc.nodes.filter((n) => n.kind === k).map((n) => n.name);
    expect(kinds('tujuan')).toHaveLength(1);
    expect(kinds('sasaran_strategis')).toHaveLength(2);
    expect(kinds('sasaran_general')).toEqual([
      'Meningkatnya kualitas pengawasan',
      'Meningkatnya kualitas kebijakan dan regulasi',
      'Meningkatnya kepatuhan terhadap sistem merit',
    ]);
    const pengawasan = doc.nodes.find((n) => n.name === 'Meningkatnya kualitas pengawasan')!;
    expect(pengawasan).toMatchObject({ key: 'meningkatnya-kualitas-pengawasan', number: '6', parentKey: null });
    expect(doc.nodes.filter((n) => n.parentKey === pengawasan.key)).toHaveLength(3);
    expect(ind('Persentase Penduduk Miskin').key).toBe('persentase-penduduk-miskin');
    expect(doc.placements.filter((p) => p.tableCode === 'tabel2')).toHaveLength(5);
  });

  it('places an indicator named in two tables once, keeping what the second table printed differently', () => {
    const skm = ind('Nilai Survei Kepuasan Masyarakat');
    expect(skm.baseline).toMatchObject({ value: { kind: 'number', value: 78.9 } });
    const placements = doc.placements.filter((p) => p.indicatorKey === skm.key);
    expect(placements.map((p) => p.tableCode)).toEqual(['tabel1', 'tabel2']);
    expect(placements[1]!.printedBaseline).toEqual({
      year: 2023,
      status: 'value',
      value: { kind: 'number', value: 76.49 },
    });
    const spi = doc.placements.filter((p) => p.indicatorKey === ind('Nilai Survei Penilaian Integritas').key);
    expect(spi.map((p) => p.printedName ?? null)).toEqual([null, 'Nilai survei penilaian integritas']);
  });

  it('splits PD lists whose names contain "dan" and commas, creating unknown PDs with warnings', () => {
    const names = (i: Indikator) => i.responsible.map((r) => doc.perangkatDaerah.find((p) => p.key === r.pdKey)!.name);
    expect(names(ind('Persentase Penduduk Miskin'))).toEqual([
      'Dinas Kesehatan',
      'Dinas Pendidikan dan Kebudayaan',
      'Dinas Pariwisata dan Ekraf',
      'BP4D',
    ]);
    expect(names(ind('Prevalensi Stunting'))).toEqual([
      'Dinas Pertanian dan Ketahanan Pangan',
      'Dinas Perumahan, Kawasan Permukiman dan Pertanahan',
      'Dinas Komunikasi dan Informatika',
      'BP4D',
    ]);
    expect(ind('Prevalensi Stunting').responsible.map((r) => r.role)).toEqual([
      'lead',
      'supporting',
      'supporting',
      'supporting',
    ]);
    expect(doc.perangkatDaerah.find((p) => p.name === 'Dinas Kesehatan')).toMatchObject({
      key: 'dinas-kesehatan',
      kind: 'dinas',
    });
    expect(result.problems.filter((p) => p.code === 'NEW_PD' && p.message.id.includes('"BP4D"'))).toHaveLength(1);
  });

  it('round-trips once exported with Metadata', async () => {
    const again = await parseRoadMapXlsx(await exportRoadMapXlsx(doc));
    expect(again.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(again.document).toStrictEqual(doc);
  });
});
