// Export → import must give back the very document: the hand-built one (every field shape) and
// the real Kupang 2024 road map. Also covers edits made in Excel on the visible tables.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { kupang2024 } from '../../seed/kupang-2024.ts';
import type { RoadMapDocument } from '../../../domain/roadmap/types.ts';
import { exportRoadMapXlsx } from './roadmap-xlsx.export.ts';
import { handBuiltRoadMap } from './roadmap-xlsx.fixture.ts';
import { parseRoadMapXlsx } from './roadmap-xlsx.import.ts';

const errorsOf = (r: { problems: { severity: string }[] }) => r.problems.filter((p) => p.severity === 'error');

async function roundTrip(doc: RoadMapDocument, opts?: Parameters<typeof exportRoadMapXlsx>[1]) {
  const buf = await exportRoadMapXlsx(doc, opts);
  const result = await parseRoadMapXlsx(buf);
  expect(errorsOf(result)).toEqual([]);
  expect(result.ok).toBe(true);
  return result;
}

async function edit(buf: Buffer, change: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  change(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('export → import round trip', () => {
  it('reproduces a hand-built road map exactly', async () => {
    const doc = handBuiltRoadMap();
    const result = await roundTrip(doc);
    expect(result.document).toStrictEqual(doc);
  });

  it('reproduces it with English headers and with only some tables shown', async () => {
    const doc = handBuiltRoadMap();
    expect((await roundTrip(doc, { locale: 'en' })).document).toStrictEqual(doc);
    expect((await roundTrip(doc, { tables: ['tabel2'] })).document).toStrictEqual(doc);
  });

  it('reproduces the Kupang 2024 road map exactly, and reports the regulation’s out-of-scale values as warnings', async () => {
    const doc = kupang2024();
    const t0 = performance.now();
    const buf = await exportRoadMapXlsx(doc);
    const t1 = performance.now();
    const result = await parseRoadMapXlsx(buf);
    const t2 = performance.now();
    console.info(
      `Kupang workbook: ${buf.length} bytes, export ${(t1 - t0).toFixed(0)} ms, import ${(t2 - t1).toFixed(0)} ms`,
    );
    expect(errorsOf(result)).toEqual([]);
    expect(result.document).toStrictEqual(doc);
    // Indeks SPBE target 5,05 on a 1–5 index is printed by the regulation; the import keeps and flags it.
    expect(result.problems).toContainEqual(
      expect.objectContaining({ sheet: 'Tabel 1', code: 'VALUE_OUT_OF_SCALE', severity: 'warning' }),
    );
  });
});

describe('a unit printed differently in one table (Indeks BerAKHLAK: "Angka" in Tabel 1, "Persen" in Tabel 2)', () => {
  it('prints each table’s own unit and keeps it as printed, with and without the Metadata sheet', async () => {
    const doc = kupang2024();
    const buf = await exportRoadMapXlsx(doc);
    const units = async (b: Buffer) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(b as unknown as ArrayBuffer);
      return ['Tabel 1', 'Tabel 2'].map((sheet) => {
        const ws = wb.getWorksheet(sheet)!;
        const row = ws.getRows(1, ws.rowCount)!.find((r) => String(r.getCell(4).value ?? '').includes('BerAKHLAK'))!;
        return String(row.getCell(5).value);
      });
    };
    expect(await units(buf)).toEqual(['Angka', 'Persen']);
    const placedUnits = (d: RoadMapDocument) =>
      d.placements
        .filter((p) => p.indicatorKey === 'indeks-berakhlak')
        .map((p) => [p.tableCode, p.printedUnit ?? null]);
    const back = (await parseRoadMapXlsx(buf)).document!;
    expect(placedUnits(back)).toEqual([
      ['tabel1', null],
      ['tabel2', 'Persen'],
    ]);
    // Typing the indicator's own unit over the printed one in Excel drops the printed unit.
    const retyped = await edit(buf, (wb) => {
      const ws = wb.getWorksheet('Tabel 2')!;
      ws
        .getRows(1, ws.rowCount)!
        .find((r) => String(r.getCell(4).value ?? '').includes('BerAKHLAK'))!
        .getCell(5).value = 'Angka';
    });
    const edited = await parseRoadMapXlsx(retyped);
    expect(errorsOf(edited)).toEqual([]);
    expect(placedUnits(edited.document!)).toEqual([
      ['tabel1', null],
      ['tabel2', null],
    ]);
  });
});

describe('edits made in Excel', () => {
  it('takes names, units, values and PDs from the visible cells and keeps keys from the metadata', async () => {
    const doc = kupang2024();
    const buf = await edit(await exportRoadMapXlsx(doc), (wb) => {
      const t3 = wb.getWorksheet('Tabel 3')!;
      expect(t3.getCell('D6').value).toBe('Persentase Penduduk Miskin');
      t3.getCell('D6').value = 'Persentase penduduk miskin (P0)';
      t3.getCell('F6').value = '20,5'; // Indonesian decimal comma as text
      t3.getCell('G6').value = '18,25 – 19';
      expect(t3.getCell('D7').value).toBe('Kebutuhan Investasi');
      t3.getCell('G7').value = '300.000.000.000';
      t3.getCell('H7').value = 'BPKAD dan Dinas Baru Sekali';
      const t2 = wb.getWorksheet('Tabel 2')!;
      t2.getCell('B16').value = 'Meningkatnya kualitas kebijakan publik'; // master of the merged B16:B17
    });
    // A name no PD has is refused unless the request lists it as new.
    const refused = await parseRoadMapXlsx(buf);
    expect(refused.ok).toBe(false);
    expect(refused.unknownPd).toEqual(['Dinas Baru Sekali']);
    expect(errorsOf(refused)).toEqual([
      expect.objectContaining({ sheet: 'Tabel 3', row: 7, column: 'H', code: 'UNKNOWN_PD' }),
    ]);
    const result = await parseRoadMapXlsx(buf, { newPd: ['Dinas Baru Sekali'] });
    expect(errorsOf(result)).toEqual([]);
    const out = result.document!;
    const before = doc.indicators.find((i) => i.name === 'Persentase Penduduk Miskin')!;
    const after = out.indicators.find((i) => i.key === before.key)!;
    expect(after.name).toBe('Persentase penduduk miskin (P0)');
    expect(after.baseline).toEqual({ ...before.baseline, value: { kind: 'number', value: 20.5 } });
    expect(after.targets).toEqual([{ year: 2024, type: 'band', min: 18.25, max: 19 }]);
    const inv = out.indicators.find((i) => i.name === 'Kebutuhan Investasi')!;
    expect(inv.targets[0]).toMatchObject({ type: 'point', value: { kind: 'number', value: 300_000_000_000 } });
    const newPd = out.perangkatDaerah.find((p) => p.name === 'Dinas Baru Sekali')!;
    expect(newPd).toMatchObject({ kind: 'dinas' });
    expect(inv.responsible.map((r) => r.pdKey)).toEqual(['bpkad', newPd.key]);
    expect(result.problems).toContainEqual(
      expect.objectContaining({ sheet: 'Tabel 3', row: 7, column: 'H', code: 'NEW_PD', severity: 'warning' }),
    );
    const sasaran7 = doc.nodes.find((n) => n.name === 'Meningkatnya kualitas kebijakan dan regulasi')!;
    expect(out.nodes.find((n) => n.key === sasaran7.key)!.name).toBe('Meningkatnya kualitas kebijakan publik');
    // Nothing else moved.
    expect(out.nodes.length).toBe(doc.nodes.length);
    expect(out.placements.length).toBe(doc.placements.length);
  });

  it('carries re-basings, carried baselines, target-year baselines and theme years, and drops an origin whose baseline was typed over', async () => {
    const doc = kupang2024();
    const origin = { kind: 'carried_realisasi' as const, fromRoadMap: 'Road Map RB 2015–2019', periode: 'S2 2019' };
    const miskin = doc.indicators.find((i) => i.name === 'Persentase Penduduk Miskin')!;
    const investasi = doc.indicators.find((i) => i.name === 'Kebutuhan Investasi')!;
    miskin.baselineOrigin = origin;
    investasi.baselineOrigin = origin;
    investasi.scaleChanges = [
      { fromYear: 2026, scaleCode: investasi.scaleCode, name: 'Baru', mapping: { kind: 'identity' } },
    ];
    investasi.targets = investasi.targets.map((t) => ({ ...t, baseline: { kind: 'number', value: 1000 } }));
    const tema = doc.nodes.find((n) => n.kind === 'tema')!;
    tema.validFrom = 2022;
    tema.validTo = 2024;
    expect((await roundTrip(doc)).document).toStrictEqual(doc);

    const buf = await edit(await exportRoadMapXlsx(doc), (wb) => {
      const t3 = wb.getWorksheet('Tabel 3')!;
      expect(t3.getCell('D6').value).toBe('Persentase Penduduk Miskin');
      t3.getCell('F6').value = '20,5';
    });
    const out = (await parseRoadMapXlsx(buf)).document!;
    // The typed baseline is no longer the carried realisasi; the untouched one still is.
    expect(out.indicators.find((i) => i.key === miskin.key)!.baselineOrigin).toBeUndefined();
    const inv = out.indicators.find((i) => i.key === investasi.key)!;
    expect(inv.baselineOrigin).toEqual(origin);
    expect(inv.scaleChanges).toEqual(investasi.scaleChanges);
    expect(inv.targets.map((t) => t.baseline)).toEqual(investasi.targets.map(() => ({ kind: 'number', value: 1000 })));
    expect(out.nodes.find((n) => n.key === tema.key)).toMatchObject({ validFrom: 2022, validTo: 2024 });
  });

  it('refuses a PD typo with the closest known name as a suggestion', async () => {
    const buf = await edit(await exportRoadMapXlsx(kupang2024()), (wb) => {
      wb.getWorksheet('Tabel 3')!.getCell('H7').value = 'Badan Pengelola Keuangan dan Aset Daerh';
    });
    const result = await parseRoadMapXlsx(buf);
    expect(result.ok).toBe(false);
    const [err] = result.problems.filter((p) => p.severity === 'error');
    expect(err).toMatchObject({ code: 'UNKNOWN_PD' });
    expect(err!.message.id).toContain('Maksud Anda "Badan Pengelolaan Keuangan dan Aset Daerah"?');
  });

  it('refuses a changed value outside its scale, as the indicator form does, and keeps the printed one', async () => {
    const doc = kupang2024();
    const exported = await exportRoadMapXlsx(doc);
    const kept = (await parseRoadMapXlsx(exported)).problems.find((p) => p.code === 'VALUE_OUT_OF_SCALE')!;
    expect(kept).toMatchObject({ sheet: 'Tabel 1', severity: 'warning' });
    const at = (v: string) =>
      edit(exported, (wb) => (wb.getWorksheet(kept.sheet)!.getCell(`${kept.column}${kept.row}`).value = v));
    const changed = await parseRoadMapXlsx(await at('5,5'));
    expect(changed.ok).toBe(false);
    expect(errorsOf(changed)).toEqual([
      expect.objectContaining({ sheet: kept.sheet, row: kept.row, column: kept.column, code: 'VALUE_OUT_OF_SCALE' }),
    ]);
    const fixed = await parseRoadMapXlsx(await at('4,5'));
    expect(errorsOf(fixed)).toEqual([]);
    expect(fixed.problems.some((p) => p.row === kept.row && p.code === 'VALUE_OUT_OF_SCALE')).toBe(false);
  });

  it('moves baselines with a changed header year and drops a deleted row with a warning', async () => {
    const doc = handBuiltRoadMap();
    const buf = await edit(await exportRoadMapXlsx(doc), (wb) => {
      const t1 = wb.getWorksheet('Tabel 1')!;
      t1.getCell('F4').value = 'Baseline 2023';
      const t2 = wb.getWorksheet('Tabel 2')!;
      t2.spliceRows(8, 1); // the "zi" row under ku-1
    });
    const result = await parseRoadMapXlsx(buf);
    expect(errorsOf(result)).toEqual([]);
    const out = result.document!;
    expect(out.indicators.find((i) => i.key === 'sakip')!.baseline).toEqual({
      ...doc.indicators[0]!.baseline,
      year: 2023,
    });
    expect(out.indicators.find((i) => i.key === 'kemiskinan')!.baseline.year).toBe(2023);
    // Rows of the other tables keep their years: Tabel 2's header still says 2024.
    const printed = out.placements.find((p) => p.tableCode === 'tabel2' && p.indicatorKey === 'sakip')!;
    expect(printed.printedBaseline?.year).toBe(2024);
    expect(out.indicators.find((i) => i.key === 'spip')!.baseline.year).toBe(2024);
    expect(out.placements.some((p) => p.tableCode === 'tabel2' && p.indicatorKey === 'zi')).toBe(false);
    expect(result.problems).toContainEqual(expect.objectContaining({ sheet: 'Tabel 2', code: 'PLACEMENT_REMOVED' }));
  });
});
