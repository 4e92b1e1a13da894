// Navigation, printed order, table rows and human locations on the sample road map.
import { describe, expect, it } from 'vitest';
import { sampleRoadMap } from './fixtures.ts';
import {
  childrenOf,
  indicatorsInTableOrder,
  indicatorsOfNode,
  nodePath,
  placementKey,
  placementsOfIndicator,
  rootNodes,
  shortName,
  tableRows,
  whereIndicator,
  whereNode,
  wherePlacement,
} from './locate.ts';

describe('tree navigation', () => {
  it('lists roots and children in printed order, whatever the array order', () => {
    const doc = sampleRoadMap();
    doc.nodes.reverse();
    expect(rootNodes(doc, 'tabel2').map((n) => n.key)).toEqual(['sg-1', 'sg-2']);
    expect(childrenOf(doc, 'sg-2').map((n) => n.key)).toEqual(['ku-opini', 'ku-zi']);
    expect(nodePath(doc, 'ku-zi').map((n) => n.key)).toEqual(['sg-2', 'ku-zi']);
  });

  it('survives a parent cycle', () => {
    const doc = sampleRoadMap();
    const a = doc.nodes.find((n) => n.key === 'sg-1')!;
    a.parentKey = 'ku-skm';
    expect(nodePath(doc, 'ku-skm').map((n) => n.key)).toEqual(['sg-1', 'ku-skm']);
  });

  it('gives the indicators of a node and the placements of an indicator in table order', () => {
    const doc = sampleRoadMap();
    expect(indicatorsOfNode(doc, 'ss-hard').map((i) => i.key)).toEqual(['spbe', 'skm']);
    doc.placements.reverse();
    expect(placementsOfIndicator(doc, 'skm').map((p) => p.tableCode)).toEqual(['tabel1', 'tabel2']);
    expect(indicatorsInTableOrder(doc).map((i) => i.key)).toEqual([
      'spbe',
      'skm',
      'opini',
      'wbk',
      'miskin',
      'investasi',
      'inflasi',
    ]);
  });

  it('names placements by table, node and indicator', () => {
    expect(placementKey({ tableCode: 'tabel2', nodeKey: 'ku-skm', indicatorKey: 'skm' })).toBe('tabel2/ku-skm/skm');
  });
});

describe('tableRows', () => {
  it('flattens Tabel 2 in Lampiran order with the printed values and PD names', () => {
    const doc = sampleRoadMap();
    doc.placements[2]!.printedBaseline = { year: 2023, status: 'value', value: { kind: 'number', value: 78.9 } };
    const rows = tableRows(doc, 'tabel2');
    expect(
      rows.map((r) => [
        r.number,
        r.level1.key,
        r.level2?.key,
        r.indicatorName,
        r.unit,
        r.firstOfLevel1,
        r.firstOfLevel2,
      ]),
    ).toEqual([
      ['1', 'sg-1', 'ku-skm', 'Nilai Survei Kepuasan Masyarakat', 'Angka', true, true],
      ['2', 'sg-2', 'ku-opini', 'Opini BPK', 'Opini', true, true],
      ['2', 'sg-2', 'ku-zi', 'Jumlah unit kerja berpredikat WBK', 'Unit Kerja', false, true],
    ]);
    expect(rows[0]!.baseline).toEqual({ year: 2023, status: 'value', value: { kind: 'number', value: 78.9 } });
    expect(rows[1]!.pdNames).toEqual(['Badan Pengelolaan Keuangan dan Aset Daerah', 'Inspektorat Daerah']);
    expect(rows[1]!.scale?.code).toBe('opini_bpk');
  });

  it('puts the lead PD first and keeps dangling PD keys visible', () => {
    const doc = sampleRoadMap();
    doc.indicators.find((i) => i.key === 'opini')!.responsible = [
      { pdKey: 'ghost', role: 'supporting' },
      { pdKey: 'bpkad', role: 'lead' },
    ];
    const row = tableRows(doc, 'tabel2').find((r) => r.indicator?.key === 'opini')!;
    expect(row.pdNames).toEqual(['Badan Pengelolaan Keuangan dan Aset Daerah', 'ghost']);
  });

  it('keeps nodes without indicators as empty rows and skips dangling placements', () => {
    const doc = sampleRoadMap();
    doc.placements = doc.placements.filter((p) => p.indicatorKey !== 'wbk');
    doc.placements.push({ tableCode: 'tabel2', nodeKey: 'ku-opini', indicatorKey: 'ghost', order: 2 });
    const rows = tableRows(doc, 'tabel2');
    expect(rows.map((r) => [r.level2?.key, r.indicator?.key ?? null])).toEqual([
      ['ku-skm', 'skm'],
      ['ku-opini', 'opini'],
      ['ku-zi', null],
    ]);
  });

  it('lists Tabel 1 rows under the tujuan number and Tabel 3 under the tema', () => {
    const doc = sampleRoadMap();
    expect(tableRows(doc, 'tabel1').map((r) => [r.number, r.level2?.key, r.indicator?.key])).toEqual([
      ['1', 'ss-hard', 'spbe'],
      ['1', 'ss-hard', 'skm'],
    ]);
    expect(tableRows(doc, 'tabel3').map((r) => [r.number, r.indicator?.key])).toEqual([
      ['1', 'miskin'],
      ['2', 'investasi'],
      ['2', 'inflasi'],
    ]);
  });
});

describe('human locations', () => {
  it('says where a row, a node and an indicator are', () => {
    const doc = sampleRoadMap();
    const zi = doc.placements.find((p) => p.indicatorKey === 'wbk')!;
    expect(wherePlacement(doc, zi)).toEqual({
      id: 'Tabel 2 › Sasaran 2 › Jumlah unit kerja berpredikat WBK',
      en: 'Table 2 › Objective 2 › Jumlah unit kerja berpredikat WBK',
    });
    expect(
      whereNode(
        doc,
        doc.nodes.find((n) => n.key === 'ku-zi')!,
      ).id,
    ).toBe('Tabel 2 › Sasaran 2 › Kegiatan utama «Pembangunan zona integritas»');
    expect(
      whereIndicator(
        doc,
        doc.indicators.find((i) => i.key === 'skm')!,
      ).id,
    ).toBe('Tabel 1 › Tujuan 1 › Nilai Survei Kepuasan Masyarakat');
    doc.placements = [];
    expect(whereIndicator(doc, doc.indicators[0]!).id).toBe('Indikator › Indeks SPBE');
  });

  it('shortens long names at a word boundary', () => {
    expect(shortName('Terciptanya tata kelola pemerintahan digital yang efektif, lincah, dan kolaboratif')).toBe(
      'Terciptanya tata kelola pemerintahan…',
    );
    expect(shortName('Pendek')).toBe('Pendek');
  });
});
