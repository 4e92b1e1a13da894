// Version comparison on the sample road map: targets, PDs, kegiatan, placements, header, summary counts.
import { describe, expect, it } from 'vitest';
import { diffRoadMaps, mergeOrder, sameData } from './diff.ts';
import { sampleRoadMap } from './fixtures.ts';
import type { Indikator, RoadMapDocument } from './types.ts';

function ind(doc: RoadMapDocument, key: string): Indikator {
  const found = doc.indicators.find((i) => i.key === key);
  if (!found) throw new Error(`no indicator ${key}`);
  return found;
}

describe('diffRoadMaps', () => {
  it('finds nothing between identical versions', () => {
    const d = diffRoadMaps(sampleRoadMap(), sampleRoadMap());
    expect(d.summary.identical).toBe(true);
    expect(d.summary.totalChanges).toBe(0);
    expect([d.header, d.nodes, d.indicators, d.placements, d.perangkatDaerah, d.narrative]).toEqual([
      [],
      [],
      [],
      [],
      [],
      [],
    ]);
  });

  it('reports a changed target year by year, with before and after', () => {
    const a = sampleRoadMap();
    const b = sampleRoadMap();
    ind(b, 'spbe').targets = [
      { year: 2024, type: 'point', value: { kind: 'number', value: 3 } },
      { year: 2025, type: 'point', value: { kind: 'number', value: 3.5 } },
    ];
    const d = diffRoadMaps(a, b);
    expect(d.indicators).toHaveLength(1);
    const change = d.indicators[0]!;
    expect(change.key).toBe('spbe');
    expect(change.change).toBe('changed');
    expect(change.fields).toEqual([
      {
        field: 'target',
        year: 2024,
        before: { year: 2024, type: 'point', value: { kind: 'number', value: 2.6 } },
        after: { year: 2024, type: 'point', value: { kind: 'number', value: 3 } },
      },
      {
        field: 'target',
        year: 2025,
        before: null,
        after: { year: 2025, type: 'point', value: { kind: 'number', value: 3.5 } },
      },
    ]);
    expect(d.summary.indicators).toEqual({ added: 0, removed: 0, changed: 1 });
    expect(d.summary.totalChanges).toBe(1);
  });

  it('reports scalar fields, the baseline and responsible PDs added, removed or with a new role', () => {
    const a = sampleRoadMap();
    const b = sampleRoadMap();
    const opini = ind(b, 'opini');
    opini.name = 'Opini BPK atas LKPD';
    opini.baseline = { year: 2023, status: 'value', value: { kind: 'level', code: 'WDP' } };
    opini.responsible = [
      { pdKey: 'bpkad', role: 'supporting' },
      { pdKey: 'bp4d', role: 'lead' },
    ];
    const fields = diffRoadMaps(a, b).indicators[0]!.fields;
    expect(fields).toEqual([
      { field: 'name', before: 'Opini BPK', after: 'Opini BPK atas LKPD' },
      {
        field: 'baseline',
        before: { year: 2023, status: 'value', value: { kind: 'level', code: 'WTP' } },
        after: { year: 2023, status: 'value', value: { kind: 'level', code: 'WDP' } },
      },
      { field: 'responsible', pdKey: 'bpkad', before: 'lead', after: 'supporting' },
      { field: 'responsible', pdKey: 'inspektorat', before: 'supporting', after: null },
      { field: 'responsible', pdKey: 'bp4d', before: null, after: 'lead' },
    ]);
  });

  it('reports a PD added and one renamed', () => {
    const a = sampleRoadMap();
    const b = sampleRoadMap();
    b.perangkatDaerah.push({ key: 'bkpsdm', name: 'Badan Kepegawaian dan PSDM', shortName: 'BKPSDM', kind: 'badan' });
    b.perangkatDaerah[1]!.name = 'Dinas Kominfo';
    const d = diffRoadMaps(a, b);
    expect(d.perangkatDaerah.map((c) => [c.key, c.change, c.fields])).toEqual([
      ['kominfo', 'changed', [{ field: 'name', before: 'Dinas Komunikasi dan Informatika', after: 'Dinas Kominfo' }]],
      ['bkpsdm', 'added', []],
    ]);
    expect(d.perangkatDaerah[1]!.after?.shortName).toBe('BKPSDM');
    expect(d.summary.perangkatDaerah).toEqual({ added: 1, removed: 0, changed: 1 });
  });

  it('reports a removed kegiatan with its placement, where it used to be, and counts it by kind', () => {
    const a = sampleRoadMap();
    const b = sampleRoadMap();
    b.nodes = b.nodes.filter((n) => n.key !== 'ku-opini');
    b.placements = b.placements.filter((p) => p.nodeKey !== 'ku-opini');
    b.nodes.find((n) => n.key === 'sg-2')!.name = 'Meningkatnya kualitas pengawasan dan akuntabilitas';
    const d = diffRoadMaps(a, b);
    expect(d.nodes.map((c) => [c.key, c.kind, c.change])).toEqual([
      ['sg-2', 'sasaran_general', 'changed'],
      ['ku-opini', 'kegiatan_utama', 'removed'],
    ]);
    expect(d.nodes[1]!.before?.name).toBe('Penguatan pengelolaan keuangan');
    expect(d.nodes[1]!.after).toBeNull();
    expect(d.placements.map((c) => [c.key, c.change])).toEqual([['tabel2/ku-opini/opini', 'removed']]);
    expect(d.summary.nodesByKind.kegiatan_utama).toEqual({ added: 0, removed: 1, changed: 0 });
    expect(d.summary.nodesByKind.sasaran_general).toEqual({ added: 0, removed: 0, changed: 1 });
    expect(d.summary.nodesByKind.tema).toEqual({ added: 0, removed: 0, changed: 0 });
    expect(d.summary.totalChanges).toBe(3);
  });

  it('reports added indicators and nodes in the newer Lampiran order', () => {
    const a = sampleRoadMap();
    const b = sampleRoadMap();
    b.nodes.push({
      key: 'ku-new',
      kind: 'kegiatan_utama',
      parentKey: 'sg-1',
      number: '',
      order: 0,
      name: 'Kegiatan baru',
    });
    b.indicators.push({ ...ind(b, 'wbk'), key: 'new', name: 'Indikator baru' });
    b.placements.push({ tableCode: 'tabel2', nodeKey: 'ku-new', indicatorKey: 'new', order: 1 });
    const d = diffRoadMaps(a, b);
    expect(d.nodes.map((c) => [c.key, c.change])).toEqual([['ku-new', 'added']]);
    expect(d.indicators.map((c) => [c.key, c.change])).toEqual([['new', 'added']]);
    expect(d.placements.map((c) => [c.key, c.change])).toEqual([['tabel2/ku-new/new', 'added']]);
  });

  it('reports printed values on placements, the header and the narrative', () => {
    const a = sampleRoadMap();
    const b = sampleRoadMap();
    b.placements[1]!.printedBaseline = { year: 2023, status: 'value', value: { kind: 'number', value: 78.9 } };
    b.roadMap.versionLabel = 'Perbup 3/2025';
    b.roadMap.status = 'draft';
    b.narrative[0]!.body = 'Teks baru.';
    const d = diffRoadMaps(a, b);
    expect(d.placements[0]!.fields).toEqual([
      {
        field: 'printedBaseline',
        before: null,
        after: { year: 2023, status: 'value', value: { kind: 'number', value: 78.9 } },
      },
    ]);
    expect(d.header).toEqual([
      { field: 'status', before: 'active', after: 'draft' },
      { field: 'versionLabel', before: 'Perbup 2/2024', after: 'Perbup 3/2025' },
    ]);
    expect(d.narrative[0]!.fields).toEqual([{ field: 'body', before: 'Teks.', after: 'Teks baru.' }]);
    expect(d.summary.headerChanged).toBe(true);
    expect(d.summary.totalChanges).toBe(3);
  });

  it('ignores pure reordering', () => {
    const a = sampleRoadMap();
    const b = sampleRoadMap();
    b.nodes.reverse();
    b.indicators.reverse();
    b.nodes.find((n) => n.key === 'ku-zi')!.order = 7;
    expect(diffRoadMaps(a, b).summary.identical).toBe(true);
  });
});

describe('helpers', () => {
  it('mergeOrder keeps removed keys after their surviving predecessor', () => {
    expect(mergeOrder(['a', 'b', 'c', 'd'], ['a', 'x', 'c'])).toEqual(['a', 'b', 'x', 'c', 'd']);
    expect(mergeOrder(['z', 'a'], ['a'])).toEqual(['z', 'a']);
  });

  it('sameData treats a missing key as undefined', () => {
    expect(sameData({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameData({ a: [1, 2] }, { a: [1, 2] })).toBe(true);
    expect(sameData({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameData({ a: 1 }, { a: '1' })).toBe(false);
  });
});
