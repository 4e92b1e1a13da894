// Checks that the Kupang 2024 seed is a complete, internally consistent reading of Perbup 17/2024:
// counts from the regulation's tables, every cross-reference resolvable, the reconstructed rows
// of Tabel 2 in the right place, and the regulation's own defects kept (not silently repaired).
// Also guards the catalogues the seed points into, since a broken catalogue breaks the seed.
import { describe, expect, it } from 'vitest';
import { kupang2024, NA_REASON } from './kupang-2024.ts';
import { findScale, SCALES } from '../../domain/catalogue/scales.ts';
import {
  findNationalIndicator,
  findNationalKegiatanUtama,
  NATIONAL_KEGIATAN_UTAMA,
} from '../../domain/catalogue/national-kegiatan-utama.ts';
import { DIGITAL_POLICIES, findDigitalPolicy } from '../../domain/catalogue/digital-policies.ts';
import type { Indikator, ResultNode, RoadMapDocument, Target } from '../../domain/roadmap/types.ts';

const doc: RoadMapDocument = kupang2024();

function byKind(kind: ResultNode['kind']): ResultNode[] {
  return doc.nodes.filter((n) => n.kind === kind);
}

function node(key: string): ResultNode {
  const n = doc.nodes.find((x) => x.key === key);
  if (!n) throw new Error(`no node ${key}`);
  return n;
}

function indicator(key: string): Indikator {
  const i = doc.indicators.find((x) => x.key === key);
  if (!i) throw new Error(`no indicator ${key}`);
  return i;
}

function target2024(ind: Indikator): Target {
  const t = ind.targets.find((x) => x.year === 2024);
  if (!t) throw new Error(`no 2024 target for ${ind.key}`);
  return t;
}

/** The sasaran general a Tabel 2 indicator is printed under (through its kegiatan utama). */
function tabel2Sasaran(indicatorKey: string): string[] {
  return doc.placements
    .filter((p) => p.tableCode === 'tabel2' && p.indicatorKey === indicatorKey)
    .map((p) => node(p.nodeKey).parentKey ?? '');
}

function duplicates(values: string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

describe('kupang2024 — structure of the regulation', () => {
  it('has the header, instansi and period of Perbup 17/2024', () => {
    expect(doc.schemaVersion).toBe(1);
    expect(doc.instansi).toEqual({
      code: 'kab-kupang',
      name: 'Kabupaten Kupang',
      kind: 'kabupaten',
      region: 'Nusa Tenggara Timur',
    });
    expect(doc.roadMap).toEqual({
      title: 'Road Map Reformasi Birokrasi Pemerintah Kabupaten Kupang Tahun 2020-2024',
      periodStart: 2020,
      periodEnd: 2024,
      regulasiKey: 'perbup-kupang-17-2024',
      status: 'active',
      versionLabel: 'Perbup 17/2024',
    });
  });

  it('has one tujuan with its pre-sharpening name and two sasaran strategis (hard, soft)', () => {
    const [tujuan, ...rest] = byKind('tujuan');
    expect(rest).toHaveLength(0);
    expect(tujuan?.formerName).toBe('Pemerintahan yang baik dan bersih');
    const ss = byKind('sasaran_strategis');
    expect(ss.map((n) => n.element)).toEqual(['hard', 'soft']);
    expect(ss.every((n) => n.parentKey === tujuan?.key)).toBe(true);
  });

  it('keeps 14 sasaran RB General numbered 1..14, each with at least one kegiatan utama', () => {
    const sg = byKind('sasaran_general');
    expect(sg).toHaveLength(14);
    expect(sg.map((n) => n.number)).toEqual(Array.from({ length: 14 }, (_, i) => String(i + 1)));
    for (const s of sg) {
      const kegiatan = doc.nodes.filter((n) => n.kind === 'kegiatan_utama' && n.parentKey === s.key);
      expect(kegiatan.length, `sasaran ${s.number}`).toBeGreaterThanOrEqual(1);
    }
    expect(byKind('kegiatan_utama')).toHaveLength(25);
  });

  it('has 4 themes and 5 sasaran tematik, the fourth theme holding PDN and inflasi', () => {
    const tema = byKind('tema');
    expect(tema.map((t) => t.number)).toEqual(['1', '2', '3', '4']);
    const st = byKind('sasaran_tematik');
    expect(st).toHaveLength(5);
    const fourth = tema[3];
    expect(st.filter((s) => s.parentKey === fourth?.key).map((s) => s.name)).toEqual([
      'Meningkatnya penggunaan produk dalam negeri',
      'Terkendalinya Tingkat Inflasi Daerah',
    ]);
  });

  it('has the expected totals of nodes, indicators, placements and perangkat daerah', () => {
    expect(doc.nodes).toHaveLength(51);
    expect(doc.indicators).toHaveLength(33);
    expect(doc.placements).toHaveLength(38);
    expect(doc.placements.filter((p) => p.tableCode === 'tabel1')).toHaveLength(6);
    expect(doc.placements.filter((p) => p.tableCode === 'tabel2')).toHaveLength(27);
    expect(doc.placements.filter((p) => p.tableCode === 'tabel3')).toHaveLength(5);
    expect(doc.perangkatDaerah).toHaveLength(22);
  });

  it('places indicators only under the node kind of their table', () => {
    const expected = { tabel1: 'sasaran_strategis', tabel2: 'kegiatan_utama', tabel3: 'sasaran_tematik' } as const;
    for (const p of doc.placements) expect(node(p.nodeKey).kind, p.indicatorKey).toBe(expected[p.tableCode]);
  });

  it('has the BAB I–V narrative sections in document order', () => {
    const keys = doc.narrative.map((n) => n.key);
    for (const k of [
      'latar-belakang',
      'tujuan-penajaman',
      'isu-strategis-hulu',
      'isu-strategis-hilir',
      'hal-sudah-dicapai',
      'hal-harus-diperbaiki',
      'harapan-pemangku-kepentingan',
      'permasalahan',
      'manajemen-pelaksanaan',
      'monitoring-evaluasi',
      'penutup',
    ]) {
      expect(keys).toContain(k);
    }
    expect(doc.narrative.map((n) => n.order)).toEqual(doc.narrative.map((_, i) => i + 1));
    expect(keys.at(-1)).toBe('penutup');
    for (const n of doc.narrative) expect(n.body.length, n.key).toBeGreaterThan(200);
    // PDF page catchwords ("manfaatnya manfaatnya", "3. Mendapatkan ...") must not survive.
    const all = doc.narrative.map((n) => n.body).join('\n');
    expect(all).not.toMatch(/\.\.\.|\*A\*|manfaatnya\s+manfaatnya/);
  });
});

describe('kupang2024 — keys and references', () => {
  it('has unique keys everywhere', () => {
    expect(duplicates(doc.nodes.map((n) => n.key))).toEqual([]);
    expect(duplicates(doc.indicators.map((i) => i.key))).toEqual([]);
    expect(duplicates(doc.perangkatDaerah.map((p) => p.key))).toEqual([]);
    expect(duplicates(doc.regulasi.map((r) => r.key))).toEqual([]);
    expect(duplicates(doc.narrative.map((n) => n.key))).toEqual([]);
    expect(duplicates(doc.scales.map((s) => s.code))).toEqual([]);
    expect(duplicates(doc.placements.map((p) => `${p.tableCode}|${p.nodeKey}|${p.indicatorKey}`))).toEqual([]);
  });

  it('uses kebab-case slugs for keys', () => {
    const slug = /^[a-z0-9]+(-[a-z0-9]+)*$/;
    for (const k of [
      ...doc.nodes.map((n) => n.key),
      ...doc.indicators.map((i) => i.key),
      ...doc.perangkatDaerah.map((p) => p.key),
      ...doc.regulasi.map((r) => r.key),
    ]) {
      expect(k).toMatch(slug);
    }
  });

  it('resolves every node, indicator, PD, scale and regulasi reference', () => {
    const nodeKeys = new Set(doc.nodes.map((n) => n.key));
    const indicatorKeys = new Set(doc.indicators.map((i) => i.key));
    const pdKeys = new Set(doc.perangkatDaerah.map((p) => p.key));
    const regKeys = new Set(doc.regulasi.map((r) => r.key));
    const docScales = new Set(doc.scales.map((s) => s.code));

    for (const n of doc.nodes) if (n.parentKey !== null) expect(nodeKeys, n.key).toContain(n.parentKey);
    for (const p of doc.placements) {
      expect(nodeKeys).toContain(p.nodeKey);
      expect(indicatorKeys).toContain(p.indicatorKey);
    }
    for (const i of doc.indicators) {
      expect(findScale(i.scaleCode), i.key).toBeDefined();
      expect(docScales, i.key).toContain(i.scaleCode);
      for (const r of i.responsible) expect(pdKeys, i.key).toContain(r.pdKey);
    }
    expect(regKeys).toContain(doc.roadMap.regulasiKey);
    for (const k of doc.legalBasis) expect(regKeys).toContain(k);
    for (const r of doc.regulasi) {
      if (r.amendsKey !== undefined) expect(regKeys, r.key).toContain(r.amendsKey);
      if (r.replacesKey !== undefined) expect(regKeys, r.key).toContain(r.replacesKey);
    }
  });

  it('links nodes and indicators to existing national catalogue entries', () => {
    for (const n of doc.nodes) {
      if (n.nationalKegiatanCode !== undefined) {
        expect(n.kind).toBe('kegiatan_utama');
        expect(findNationalKegiatanUtama(n.nationalKegiatanCode), n.key).toBeDefined();
      }
      if (n.digitalPolicyCode !== undefined) {
        expect(n.kind).toBe('sasaran_general');
        expect(findDigitalPolicy(n.digitalPolicyCode), n.key).toBeDefined();
      }
    }
    for (const i of doc.indicators) {
      if (i.nationalIndicatorCode !== undefined)
        expect(findNationalIndicator(i.nationalIndicatorCode), i.key).toBeDefined();
    }
    // Every one of the 21 mandatory kegiatan utama is adopted by at least one node.
    const adopted = new Set(doc.nodes.map((n) => n.nationalKegiatanCode).filter((c) => c !== undefined));
    expect([...adopted].sort()).toEqual(NATIONAL_KEGIATAN_UTAMA.map((k) => k.code));
  });

  it('carries exactly the registry scales its indicators use, as independent copies', () => {
    const used = new Set(doc.indicators.map((i) => i.scaleCode));
    expect(new Set(doc.scales.map((s) => s.code))).toEqual(used);
    for (const s of doc.scales) {
      expect(s).toEqual(findScale(s.code));
      expect(s).not.toBe(findScale(s.code));
    }
  });

  it('stores values of the kind their scale expects', () => {
    for (const i of doc.indicators) {
      const scale = findScale(i.scaleCode);
      const values = [
        ...(i.baseline.status === 'value' ? [i.baseline.value] : []),
        ...i.targets.flatMap((t) => (t.type === 'point' ? [t.value] : [])),
      ];
      for (const v of values) {
        if (scale?.kind === 'ordinal') {
          expect(v.kind, i.key).toBe('level');
          if (v.kind === 'level')
            expect(
              scale.levels.map((l) => l.code),
              i.key,
            ).toContain(v.code);
        } else {
          expect(v.kind, i.key).toBe('number');
        }
      }
      const ordinal = scale?.kind === 'ordinal';
      expect(i.polarity === 'ordinal', i.key).toBe(ordinal);
    }
  });

  it('survives a JSON round trip unchanged (plain, serialisable document)', () => {
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('returns a fresh document on every call', () => {
    const a = kupang2024();
    a.indicators[0]!.name = 'changed';
    a.scales[0]!.name = 'changed';
    const b = kupang2024();
    expect(b.indicators[0]!.name).not.toBe('changed');
    expect(b.scales[0]!.name).not.toBe('changed');
    expect(SCALES.some((s) => s.name === 'changed')).toBe(false);
  });
});

describe('kupang2024 — indicators and placements', () => {
  it('places every indicator at least once', () => {
    const placed = new Set(doc.placements.map((p) => p.indicatorKey));
    for (const i of doc.indicators) expect(placed.has(i.key), i.key).toBe(true);
  });

  it('keeps one indicator for each measure printed in both Tabel 1 and Tabel 2', () => {
    for (const key of [
      'nilai-survei-penilaian-integritas',
      'capaian-akuntabilitas-kinerja',
      'indeks-berakhlak',
      'nilai-survei-kepuasan-masyarakat',
      'opini-bpk',
    ]) {
      const tables = doc.placements.filter((p) => p.indicatorKey === key).map((p) => p.tableCode);
      expect(tables, key).toEqual(['tabel1', 'tabel2']);
    }
    const berakhlakT1 = doc.placements.find((p) => p.tableCode === 'tabel1' && p.indicatorKey === 'indeks-berakhlak');
    expect(berakhlakT1?.printedName).toBe('Nilai Survei Indeks BerAKHLAK');
  });

  it('keeps SKM twice with the conflicting printed baseline of Tabel 2', () => {
    const skm = indicator('nilai-survei-kepuasan-masyarakat');
    expect(skm.baseline).toMatchObject({ year: 2023, status: 'value', value: { kind: 'number', value: 78.9 } });
    const [t1, t2, ...more] = doc.placements.filter((p) => p.indicatorKey === skm.key);
    expect(more).toHaveLength(0);
    expect(t1?.tableCode).toBe('tabel1');
    expect(t1?.printedBaseline).toBeUndefined();
    expect(t2?.tableCode).toBe('tabel2');
    expect(t2?.printedBaseline).toEqual({ year: 2023, status: 'value', value: { kind: 'number', value: 76.49 } });
  });

  it('splits the merged Tabel 1 cell: SPBE and akuntabilitas under hard, BerAKHLAK/SPI/SKM under soft', () => {
    const under = (nodeKey: string): string[] =>
      doc.placements.filter((p) => p.tableCode === 'tabel1' && p.nodeKey === nodeKey).map((p) => p.indicatorKey);
    const [hard, soft] = byKind('sasaran_strategis');
    expect(under(hard!.key)).toEqual(['indeks-spbe', 'capaian-akuntabilitas-kinerja', 'opini-bpk']);
    expect(under(soft!.key)).toEqual([
      'indeks-berakhlak',
      'nilai-survei-penilaian-integritas',
      'nilai-survei-kepuasan-masyarakat',
    ]);
  });

  it('reconstructs the shifted rows 8–11 of Tabel 2', () => {
    const sg = (n: string): string => byKind('sasaran_general').find((s) => s.number === n)!.key;
    expect(tabel2Sasaran('tingkat-digitalisasi-arsip')).toEqual([sg('8')]);
    expect(tabel2Sasaran('tingkat-kematangan-statistik-sektoral')).toEqual([sg('8')]);
    for (const k of [
      'indeks-kelola-pengadaan',
      'opini-bpk',
      'persentase-tindak-lanjut-hasil-pemeriksaan-keuangan',
      'indeks-pengelolaan-aset',
    ]) {
      expect(tabel2Sasaran(k), k).toEqual([sg('9')]);
    }
    expect(tabel2Sasaran('persentase-penyetaraan-jabatan-fungsional')).toEqual([sg('10')]);
    expect(tabel2Sasaran('tingkat-pengelolaan-manajemen-talenta-asn')).toEqual([sg('11')]);
    // SKM, IPP and standar pelayanan stay under sasaran 14 as printed: no 15th sasaran.
    for (const k of [
      'nilai-survei-kepuasan-masyarakat',
      'indeks-pelayanan-publik',
      'tingkat-kepatuhan-standar-pelayanan-publik',
    ]) {
      expect(tabel2Sasaran(k), k).toEqual([sg('14')]);
    }
  });

  it('loads the Rupiah amounts of "Kebutuhan Investasi" exactly', () => {
    const inv = indicator('kebutuhan-investasi');
    expect(inv.scaleCode).toBe('rupiah');
    expect(inv.unit).toBe('Rp.');
    expect(inv.baseline).toMatchObject({ status: 'value', value: { kind: 'number', value: 527562744023 } });
    expect(target2024(inv)).toMatchObject({ type: 'point', value: { kind: 'number', value: 220000000000 } });
    expect(Number.isSafeInteger(527562744023)).toBe(true);
  });

  it('keeps the regulation’s out-of-scale and contradictory values as printed', () => {
    expect(target2024(indicator('indeks-spbe'))).toMatchObject({ value: { kind: 'number', value: 5.05 } });
    expect(findScale('indeks_spbe')).toMatchObject({ max: 5 });
    expect(indicator('indeks-sistem-merit').baseline).toMatchObject({ value: { value: 107 } });
    expect(indicator('tingkat-kematangan-statistik-sektoral')).toMatchObject({
      scaleCode: 'ips_epss_statistik',
      unit: 'Persen',
    });
    expect(indicator('indeks-kualitas-kebijakan')).toMatchObject({ scaleCode: 'ikk_lan', unit: 'Persen' });
    expect(indicator('indeks-berakhlak').responsible).toEqual([]);
  });

  it('records N/A baselines as not available with the standard reason', () => {
    const na = doc.indicators.filter((i) => i.baseline.status === 'not_available');
    expect(na.map((i) => i.key).sort()).toEqual(
      [
        'tingkat-capaian-sistem-kerja',
        'tingkat-implementasi-arsitektur-spbe',
        'persentase-implementasi-transformasi-mpp-digital',
        'jumlah-pd-predikat-wbk-wbbm',
        'indeks-pengelolaan-aset',
        'tingkat-pengelolaan-manajemen-talenta-asn',
        'tingkat-kepatuhan-rekrutmen-asn',
        'persentase-implementasi-pengelolaan-kinerja-asn',
        'tingkat-penggunaan-produk-dalam-negeri',
      ].sort(),
    );
    for (const i of na) expect(i.baseline).toEqual({ year: 2023, status: 'not_available', reason: NA_REASON });
    expect(NA_REASON).toBe('Tertulis N/A dalam Perbup 17/2024');
  });

  it('uses baseline year 2023 and a single 2024 target for every indicator', () => {
    for (const i of doc.indicators) {
      expect(i.baseline.year, i.key).toBe(2023);
      expect(
        i.targets.map((t) => t.year),
        i.key,
      ).toEqual([2024]);
    }
  });

  it('sets polarity for the tematik indicators', () => {
    expect(indicator('persentase-penduduk-miskin').polarity).toBe('lower_is_better');
    expect(indicator('prevalensi-stunting').polarity).toBe('lower_is_better');
    expect(indicator('inflasi').polarity).toBe('target_band');
    expect(target2024(indicator('inflasi'))).toMatchObject({ type: 'point', value: { value: 2.04 } });
  });

  it('uses ordinal levels for predikat, opini, IRH category and SPIP level', () => {
    const levelPair = (key: string): [string, string] => {
      const i = indicator(key);
      const b = i.baseline.status === 'value' && i.baseline.value.kind === 'level' ? i.baseline.value.code : '';
      const t = target2024(i);
      return [b, t.type === 'point' && t.value.kind === 'level' ? t.value.code : ''];
    };
    expect(levelPair('capaian-akuntabilitas-kinerja')).toEqual(['CC', 'A']);
    expect(levelPair('opini-bpk')).toEqual(['WTP', 'WTP']);
    expect(levelPair('indeks-reformasi-hukum')).toEqual(['C', 'B']);
    expect(levelPair('maturitas-spip')).toEqual(['2', '5']);
    expect(indicator('maturitas-spip').scaleCode).toBe('level_spip');
    expect(indicator('indeks-reformasi-hukum').scaleCode).toBe('kategori_irh');
  });

  it('names the first PD as lead and the others as supporting', () => {
    expect(indicator('capaian-akuntabilitas-kinerja').responsible).toEqual([
      { pdKey: 'bp4d', role: 'lead' },
      { pdKey: 'inspektorat', role: 'supporting' },
      { pdKey: 'bagian-organisasi', role: 'supporting' },
    ]);
    // "Bagian Organisasi dan BKPSDM" is two PDs.
    expect(indicator('persentase-penyetaraan-jabatan-fungsional').responsible.map((r) => r.pdKey)).toEqual([
      'bagian-organisasi',
      'bkpsdm',
    ]);
    for (const i of doc.indicators)
      expect(i.responsible.filter((r) => r.role === 'lead').length, i.key).toBeLessThanOrEqual(1);
    // Every PD is responsible for something: the list holds only PDs named in the tables.
    const named = new Set(doc.indicators.flatMap((i) => i.responsible.map((r) => r.pdKey)));
    for (const pd of doc.perangkatDaerah) expect(named.has(pd.key), pd.key).toBe(true);
  });

  it('records "Dinas Pendidikan" of the stunting row as Dinas Pendidikan dan Kebudayaan', () => {
    const pendidikan = doc.perangkatDaerah.filter((p) => p.name.startsWith('Dinas Pendidikan'));
    expect(pendidikan).toHaveLength(1);
    expect(indicator('prevalensi-stunting').responsible.map((r) => r.pdKey)).toContain(pendidikan[0]!.key);
  });
});

describe('kupang2024 — regulasi', () => {
  const reg = (key: string) => doc.regulasi.find((r) => r.key === key);

  it('records Perbup 17/2024 as enacted and promulgated in Oelamasi on 8 May 2024', () => {
    expect(reg('perbup-kupang-17-2024')).toMatchObject({
      type: 'perbup',
      number: '17',
      year: 2024,
      enactedAt: '2024-05-08',
      promulgatedAt: '2024-05-08',
      place: 'Oelamasi',
    });
    expect(reg('perbup-kupang-20-2023')?.gazette).toBe('Berita Daerah Kabupaten Kupang Tahun 2023 Nomor 115');
  });

  it('follows the amends chains of the Perbup and its legal basis', () => {
    const chain = (key: string): string[] => {
      const out = [key];
      for (let r = reg(key); r?.amendsKey !== undefined; r = reg(r.amendsKey)) {
        expect(out).not.toContain(r.amendsKey);
        out.push(r.amendsKey);
      }
      return out;
    };
    expect(chain('perbup-kupang-17-2024')).toEqual(['perbup-kupang-17-2024', 'perbup-kupang-20-2023']);
    expect(chain('permenpanrb-3-2023')).toEqual(['permenpanrb-3-2023', 'permenpanrb-25-2020']);
    expect(chain('uu-1-2022')).toEqual(['uu-1-2022', 'uu-23-2014']);
    expect(chain('perda-kupang-6-2020')).toEqual(['perda-kupang-6-2020', 'perda-kupang-6-2016']);
  });

  it('lists the Mengingat legal basis in order and includes PermenPANRB 9/2023', () => {
    expect(doc.legalBasis).toEqual([
      'uu-69-1958',
      'uu-23-2014',
      'uu-1-2022',
      'permenpanrb-3-2023',
      'perda-kupang-6-2016',
      'perda-kupang-6-2020',
      'perbup-kupang-20-2023',
    ]);
    expect(reg('permenpanrb-9-2023')?.title).toBe('Evaluasi Reformasi Birokrasi');
  });
});

describe('catalogues used by the seed', () => {
  it('registers every scale the brief names, with unique codes', () => {
    const codes = SCALES.map((s) => s.code);
    expect(duplicates(codes)).toEqual([]);
    for (const c of [
      'indeks_rb_2023',
      'indeks_rb_portal_2024',
      'sakip_predikat',
      'opini_bpk',
      'ombudsman_kepatuhan',
      'ipp',
      'indeks_spbe',
      'arsitektur_spbe_implementasi',
      'ips_epss_statistik',
      'spip_maturitas',
      'sistem_merit_kasn',
      'sistem_merit_2025',
      'skm_ikm',
      'spi_kpk',
      'indeks_berakhlak',
      'irh',
      'ikk_lan',
      'itkp_lkpp',
      'digitalisasi_arsip',
      'penyederhanaan_struktur',
      'sistem_kerja_penyederhanaan',
      'zona_integritas_lke',
      'sp4n_lapor_tindak_lanjut',
      'capaian_iki_skp',
      'predikat_akip',
      'kategori_irh',
      'level_spip',
      'persen',
      'persen_bebas',
      'angka',
      'poin',
      'skor',
      'rupiah',
      'jumlah_unit_kerja',
      'jumlah',
    ]) {
      expect(findScale(c), c).toBeDefined();
    }
    expect(findScale('lke_renaksi_grade')).toBeUndefined();
    for (const s of SCALES) expect(s.source, s.code).toBeTruthy();
  });

  it('ranks ordinal levels 1..n worst first', () => {
    for (const s of SCALES) {
      if (s.kind !== 'ordinal') continue;
      expect(
        s.levels.map((l) => l.rank),
        s.code,
      ).toEqual(s.levels.map((_, i) => i + 1));
    }
    const opini = findScale('opini_bpk');
    expect(opini?.kind === 'ordinal' && opini.levels.map((l) => l.code)).toEqual(['TMP', 'TW', 'WDP', 'WTP']);
  });

  it('keeps numeric bands ordered, inside the scale range and without overlaps', () => {
    for (const s of SCALES) {
      if (s.kind !== 'numeric' || !s.bands) continue;
      s.bands.forEach((b, i) => {
        expect(b.min, `${s.code} ${b.code}`).toBeLessThanOrEqual(b.max);
        if (s.min !== null) expect(b.min, `${s.code} ${b.code}`).toBeGreaterThanOrEqual(s.min);
        if (s.max !== null) expect(b.max, `${s.code} ${b.code}`).toBeLessThanOrEqual(s.max);
        const prev = s.bands?.[i - 1];
        if (prev) {
          expect(prev.max, `${s.code} ${b.code}`).toBeLessThanOrEqual(b.min);
          if (prev.max === b.min) expect(prev.maxInclusive && b.minInclusive, `${s.code} ${b.code}`).toBe(false);
        }
      });
    }
    // SKM 76.49 is "Kurang Baik", 78.9 is "Baik" — the basis of the canonical SKM baseline.
    const skm = findScale('skm_ikm');
    const band = (v: number) =>
      skm?.kind === 'numeric'
        ? skm.bands?.find((b) => (b.minInclusive ? v >= b.min : v > b.min) && (b.maxInclusive ? v <= b.max : v < b.max))
            ?.code
        : undefined;
    expect(band(76.49)).toBe('C');
    expect(band(78.9)).toBe('B');
  });

  it('has the 21 national kegiatan utama KU01..KU21 with resolvable scales', () => {
    expect(NATIONAL_KEGIATAN_UTAMA.map((k) => k.code)).toEqual(
      Array.from({ length: 21 }, (_, i) => `KU${String(i + 1).padStart(2, '0')}`),
    );
    const indicatorCodes = NATIONAL_KEGIATAN_UTAMA.flatMap((k) => k.indicators.map((i) => i.code));
    expect(duplicates(indicatorCodes)).toEqual([]);
    for (const k of NATIONAL_KEGIATAN_UTAMA) {
      expect(k.indicators.length, k.code).toBeGreaterThanOrEqual(1);
      for (const i of k.indicators) expect(findScale(i.scaleCode), i.code).toBeDefined();
    }
    expect(findNationalIndicator('KU04-1')?.indicator.appliesToKabupaten).toBe(false);
    expect(findNationalIndicator('KU15-4')?.indicator.appliesToKabupaten).toBe(false);
    expect(findNationalIndicator('KU19-1')?.kegiatan.code).toBe('KU19');
  });

  it('has the nine digital-bureaucracy policies KBD1..KBD9 with their sasaran', () => {
    expect(DIGITAL_POLICIES.map((p) => p.code)).toEqual(Array.from({ length: 9 }, (_, i) => `KBD${i + 1}`));
    expect(findDigitalPolicy('KBD8')?.sasaran).toBe('Meningkatnya Kualitas Pengawasan');
    const linked = byKind('sasaran_general').filter((s) => s.digitalPolicyCode !== undefined);
    expect(linked.map((s) => s.digitalPolicyCode).sort()).toEqual(DIGITAL_POLICIES.map((p) => p.code).sort());
  });
});
