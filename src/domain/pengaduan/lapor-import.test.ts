import { describe, expect, it } from 'vitest';
import { dayFromCell, mapHeaders } from './lapor-columns.ts';
import { readComplaintRows, type SheetGrid } from './lapor-import.ts';

const PDS = [
  { key: 'bkpsdm', name: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', shortName: 'BKPSDM' },
  { key: 'dinkes', name: 'Dinas Kesehatan', shortName: 'Dinkes' },
];
const HEADERS = ['No', 'Nomor Tracking', 'Tanggal Laporan', 'Isi Laporan', 'Instansi Tujuan', 'Status', 'Sumber'];
const grid = (rows: (string | null)[][]): SheetGrid => ({
  headerRow: 1,
  headers: HEADERS,
  rows: rows.map((cells, i) => ({ row: i + 2, cells })),
});

describe('reading a LAPOR export', () => {
  it('maps headers by their names, in any order and case', () => {
    const { columns, missing } = mapHeaders(['status', 'TRACKING ID', 'Tgl. Laporan', 'Isi', 'Disposisi']);
    expect([...columns.entries()]).toEqual([
      [1, 'status'],
      [2, 'nomorTiket'],
      [3, 'tanggalDiterima'],
      [4, 'ringkasan'],
      [5, 'pd'],
    ]);
    expect(missing).toEqual([]);
    expect(mapHeaders(['Nomor Tracking']).missing).toEqual([
      'Tanggal Laporan',
      'Isi Laporan',
      'Instansi Tujuan',
      'Status',
    ]);
  });

  it('reads Indonesian and ISO dates, refusing impossible ones', () => {
    expect(dayFromCell('05/03/2024 08:15')).toBe('2024-03-05');
    expect(dayFromCell('5-3-2024')).toBe('2024-03-05');
    expect(dayFromCell('2024-03-05T10:00:00')).toBe('2024-03-05');
    expect(dayFromCell(new Date(Date.UTC(2024, 2, 5)))).toBe('2024-03-05');
    expect(dayFromCell('31/02/2024')).toBeNull();
    expect(dayFromCell('Maret 2024')).toBeNull();
  });

  it('reads rows into complaints: PD by short name, LAPOR statuses and channels', () => {
    const { complaints, problems } = readComplaintRows(
      grid([['1', 'T-1', '01/02/2024', 'Isi', 'dinkes', 'Belum Diverifikasi', 'Android']]),
      PDS,
      '2024-12-31',
    );
    expect(problems).toEqual([]);
    expect(complaints[0]).toMatchObject({ nomorTiket: 'T-1', pdKey: 'dinkes', status: 'diterima', kanal: 'lapor' });
  });

  it('names row, column and header of each problem, with a suggestion for a mistyped PD', () => {
    const { complaints, problems } = readComplaintRows(
      grid([
        ['1', 'T-1', '01/02/2024', 'Isi', 'Dinas Kesehtan', 'Proses', 'Website'],
        ['2', 'T-1', '31/02/2024', 'Isi', 'BKPSDM', 'Entah', 'Merpati'],
      ]),
      PDS,
      '2024-12-31',
    );
    expect(complaints).toEqual([]);
    expect(problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'E', 'UNKNOWN_PD'],
      [3, 'B', 'DUPLICATE_TRACKING'],
      [3, 'C', 'INVALID_DATE'],
      [3, 'F', 'UNKNOWN_STATUS'],
      [3, 'G', 'UNKNOWN_CHANNEL'],
    ]);
    expect(problems[0]!.message).toContain('Maksud Anda "Dinas Kesehatan"?');
    expect(problems[0]!.header).toBe('Instansi Tujuan');
  });

  it('checks each row by the register’s rules (a rejection needs its reason)', () => {
    const { problems } = readComplaintRows(
      grid([['1', 'T-9', '01/02/2024', 'Isi', 'BKPSDM', 'Ditolak', '']]),
      PDS,
      '2024-12-31',
    );
    expect(problems.map((p) => p.code)).toEqual(['REASON_REQUIRED']);
  });
});
