// Theme matching against the Kupang road map's RB Tematik nodes.
import { describe, expect, it } from 'vitest';
import { THEMES_2023 } from './lke-2023-kabkota.ts';
import { sasaranTematikOfTheme } from './theme-match.ts';
import type { ResultNode } from '../roadmap/types.ts';

const node = (key: string, kind: ResultNode['kind'], name: string, parentKey: string | null = null): ResultNode => ({
  key,
  kind,
  name,
  parentKey,
  number: '',
  order: 1,
});

const nodes: ResultNode[] = [
  node('tema-kemiskinan', 'tema', 'Pengentasan Kemiskinan'),
  node('st-angka-kemiskinan', 'sasaran_tematik', 'Menurunnya Angka Kemiskinan', 'tema-kemiskinan'),
  node('tema-investasi', 'tema', 'Peningkatan Investasi'),
  node('st-nilai-investasi', 'sasaran_tematik', 'Meningkatnya Nilai Investasi', 'tema-investasi'),
  node('tema-digitalisasi', 'tema', 'Digitalisasi Administrasi Pemerintahan'),
  node(
    'st-stunting',
    'sasaran_tematik',
    'Meningkatnya Implementasi Digital Dalam Penanganan Stunting',
    'tema-digitalisasi',
  ),
  node('tema-presiden', 'tema', 'Percepatan Prioritas Aktual Presiden'),
  node('st-pdn', 'sasaran_tematik', 'Meningkatnya penggunaan produk dalam negeri', 'tema-presiden'),
  node('st-inflasi', 'sasaran_tematik', 'Terkendalinya Tingkat Inflasi Daerah', 'tema-presiden'),
];

describe('sasaranTematikOfTheme', () => {
  it('maps the five scored themes onto Kupang’s four tema and five sasaran', () => {
    expect(THEMES_2023.map((t) => sasaranTematikOfTheme(t, nodes))).toEqual([
      ['st-angka-kemiskinan'],
      ['st-nilai-investasi'],
      ['st-stunting'],
      ['st-pdn'],
      ['st-inflasi'],
    ]);
  });
});
