// A SP4N-LAPOR! export of a regency's complaints, as a CSV Excel writes in Indonesian settings
// (semicolon-separated, UTF-8 with BOM, dd/mm/yyyy): 30 complaints of S1 2024 over two PDs, and the
// same export a month later with six complaints closed (one of them after the semester ended).
const HEADERS = [
  'No',
  'Nomor Tracking',
  'Tanggal Laporan',
  'Judul Laporan',
  'Isi Laporan',
  'Kategori',
  'Sumber',
  'Instansi Tujuan',
  'Status',
  'Tanggal Tanggapan',
  'Tanggapan',
  'Keterangan',
];

const dmy = (iso: string) => iso.split('-').reverse().join('/');
const plus = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

export interface LaporRowSpec {
  tracking: string;
  received: string;
  pd: string;
  status: string;
  response: string | null;
  reason: string | null;
  source: string;
}

/** The 30 complaints; `updated`: the later export (i % 5 == 2 closed, i = 2 only after 30 June). */
export function laporRows(variant: 'first' | 'updated' = 'first', pdNames = ['BKPSDM', 'BP4D']): LaporRowSpec[] {
  return Array.from({ length: 30 }, (_, i) => {
    const received = plus('2024-01-05', 5 * i);
    const kind = i % 5;
    let status = ['Selesai', 'Ditindaklanjuti', 'Proses', 'Belum Diverifikasi', 'Ditolak'][kind]!;
    let response: string | null = kind <= 1 ? plus(received, 5) : null;
    if (variant === 'updated' && kind === 2) {
      status = 'Selesai';
      response = i === 2 ? '2024-07-10' : plus(received, 10);
    }
    return {
      tracking: `LAP-2024-${String(1000 + i)}`,
      received,
      pd: pdNames[i % pdNames.length]!,
      status,
      response,
      reason: kind === 4 ? 'Bukan pengaduan pelayanan publik' : null,
      source: i % 7 === 0 ? 'Android' : 'Website',
    };
  });
}

const csvCell = (v: string) => (/[;"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export function laporCsv(rows: LaporRowSpec[]): Buffer {
  const lines = [HEADERS.join(';')];
  rows.forEach((r, i) =>
    lines.push(
      [
        String(i + 1),
        r.tracking,
        `${dmy(r.received)} 08:15`,
        `Laporan ${r.tracking}`,
        `Layanan lambat; mohon ditindaklanjuti (${r.tracking})`,
        'Pelayanan Publik',
        r.source,
        r.pd,
        r.status,
        r.response ? dmy(r.response) : '',
        r.response ? 'Sudah ditangani petugas' : '',
        r.reason ?? '',
      ]
        .map(csvCell)
        .join(';'),
    ),
  );
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n') + '\r\n', 'utf8')]);
}

/** Expected figures for S1 2024: denominator without the rejected, numerator answered by 30 June. */
export const LAPOR_S1 = {
  first: { denominator: 24, numerator: 12, value: 50 },
  updated: { denominator: 24, numerator: 17, value: 70.83 },
};
