// A small road map for integration tests whose assertions do not depend on the Kupang regulation's
// content: one sasaran general with one kegiatan utama, two indicators (a percentage and an ordinal
// predikat) and two PDs (BKPSDM and BP4D, the PDs the demo accounts are tied to). Seeded the way the
// real seed is — through the services, with the 2024 semesters and the demo accounts — so a test
// pays for a few rows instead of the full Kupang document.
import type { Database } from '../../src/db/client.ts';
import { findScale } from '../../src/domain/catalogue/scales.ts';
import type { RoadMapDocument, Scale } from '../../src/domain/roadmap/types.ts';
import { importDocumentTx } from '../../src/server/features/roadmap/roadmap.service.ts';
import { demoReopenYearTx, ensureYearTx } from '../../src/server/features/monitoring/periode.service.ts';
import { ensureShippedConfigs } from '../../src/server/features/evaluasi/lke-config.service.ts';
import { createDemoUsers } from '../../src/server/seed/demo-users.ts';
import { SYSTEM_ACTOR } from '../../src/server/request-context.ts';

/** The year the small road map's targets are for; its semesters are set up and open. */
export const SMALL_YEAR = 2024;

export type Fixture = 'kupang' | 'small' | 'none';

const scale = (code: string): Scale => {
  const s = findScale(code);
  if (!s) throw new Error(`the small road map needs scale ${code}`);
  return s;
};

/** The small road map: keys are short and stable so tests can name them. */
export function smallRoadMap(): RoadMapDocument {
  return {
    schemaVersion: 1,
    instansi: { code: 'kab-contoh', name: 'Kabupaten Contoh', kind: 'kabupaten', region: 'Provinsi Contoh' },
    roadMap: {
      title: 'Road Map Reformasi Birokrasi Kabupaten Contoh 2020–2024',
      periodStart: 2020,
      periodEnd: SMALL_YEAR,
      regulasiKey: 'perbup-contoh-1-2024',
      status: 'active',
      versionLabel: 'Perbup 1/2024',
    },
    regulasi: [
      {
        key: 'perbup-contoh-1-2024',
        type: 'perbup',
        number: '1',
        year: 2024,
        title: 'Road Map Reformasi Birokrasi Kabupaten Contoh',
      },
    ],
    legalBasis: [],
    perangkatDaerah: [
      {
        key: 'bkpsdm',
        name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
        shortName: 'BKPSDM',
        kind: 'badan',
      },
      { key: 'bp4d', name: 'Badan Perencanaan Pembangunan Daerah', shortName: 'BP4D', kind: 'badan' },
    ],
    scales: [scale('persen'), scale('predikat_akip')],
    nodes: [
      { key: 'sg-1', kind: 'sasaran_general', parentKey: null, number: '1', order: 1, name: 'Manajemen ASN' },
      { key: 'ku-1', kind: 'kegiatan_utama', parentKey: 'sg-1', number: '', order: 1, name: 'Penataan ASN' },
    ],
    indicators: [
      {
        key: 'asn-kompeten',
        name: 'Persentase ASN kompeten',
        scaleCode: 'persen',
        unit: 'Persen',
        polarity: 'higher_is_better',
        baseline: { year: 2023, status: 'value', value: { kind: 'number', value: 40 } },
        targets: [{ year: SMALL_YEAR, type: 'point', value: { kind: 'number', value: 60 } }],
        responsible: [{ pdKey: 'bkpsdm', role: 'lead' }],
      },
      {
        key: 'predikat-sakip',
        name: 'Predikat SAKIP',
        scaleCode: 'predikat_akip',
        unit: 'Predikat',
        polarity: 'ordinal',
        baseline: { year: 2023, status: 'value', value: { kind: 'level', code: 'CC' } },
        targets: [{ year: SMALL_YEAR, type: 'point', value: { kind: 'level', code: 'B' } }],
        responsible: [
          { pdKey: 'bp4d', role: 'lead' },
          { pdKey: 'bkpsdm', role: 'supporting' },
        ],
      },
    ],
    placements: [
      { tableCode: 'tabel2', nodeKey: 'ku-1', indicatorKey: 'asn-kompeten', order: 1 },
      { tableCode: 'tabel2', nodeKey: 'ku-1', indicatorKey: 'predikat-sakip', order: 2 },
    ],
    narrative: [],
  };
}

/** Loads the small road map with the 2024 semesters (reopened for entry) and the demo accounts. */
export async function seedSmall(database: Database): Promise<void> {
  const { db } = database;
  await db.transaction((tx) => ensureShippedConfigs(tx, SYSTEM_ACTOR));
  await db.transaction(async (tx) => {
    const { instansiId } = await importDocumentTx(tx, SYSTEM_ACTOR, smallRoadMap(), { status: 'active' });
    await ensureYearTx(tx, SYSTEM_ACTOR, instansiId, SMALL_YEAR);
    await createDemoUsers(tx, instansiId);
    await demoReopenYearTx(tx, SYSTEM_ACTOR, instansiId, SMALL_YEAR);
  });
}

/**
 * A valid action plan body of BKPSDM for `year` (semester targets 0 then 1), on a kegiatan utama of
 * the road map: Kupang's `ku-sistem-merit` by default, the small road map's `ku-1` when named.
 */
export function rencanaAksiBody(year: number, overrides: Record<string, unknown> = {}) {
  return {
    year,
    nodeKey: 'ku-sistem-merit',
    rincianKegiatan: 'Penilaian mandiri sistem merit',
    indikatorOutput: 'Dokumen penilaian mandiri',
    satuan: 'Dokumen',
    targetTotal: 1,
    targets: [
      { periodCode: 'S1', target: 0 },
      { periodCode: 'S2', target: 1 },
    ],
    startDate: `${year}-02-01`,
    endDate: `${year}-11-30`,
    pagu: 25000000,
    pelaksanaPdKey: 'bkpsdm',
    koordinatorPdKey: 'bagian-organisasi',
    penanggungJawab: 'Kepala Bidang Pengembangan ASN',
    ...overrides,
  };
}
