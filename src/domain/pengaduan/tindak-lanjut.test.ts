import { describe, expect, it } from 'vitest';
import { pengaduanProblems } from './check.ts';
import { canMove } from './status.ts';
import { tingkatTindakLanjut, type ComplaintForRate } from './tindak-lanjut.ts';

const S1 = { start: '2024-01-01', end: '2024-06-30' };
const c = (id: string, over: Partial<ComplaintForRate>): ComplaintForRate => ({
  id,
  tanggalDiterima: '2024-03-01',
  tanggalTanggapan: null,
  status: 'diterima',
  ...over,
});

describe('Tingkat tindak lanjut pengaduan', () => {
  it('counts complaints received in the period, answered by its last day', () => {
    const rate = tingkatTindakLanjut(
      [
        c('a', { status: 'selesai', tanggalTanggapan: '2024-03-05' }),
        c('b', { status: 'ditindaklanjuti', tanggalTanggapan: '2024-06-30' }),
        c('c', { status: 'selesai', tanggalTanggapan: '2024-07-01' }), // answered after the semester
        c('d', { status: 'diproses' }),
        c('e', { status: 'ditolak' }), // not the instansi's to follow up: not counted at all
        c('f', { status: 'bukan_kewenangan' }),
        c('g', { tanggalDiterima: '2024-07-02', status: 'selesai', tanggalTanggapan: '2024-07-03' }), // S2
      ],
      S1,
    );
    expect(rate).toMatchObject({ numerator: 2, denominator: 4, value: 50 });
    expect(rate.rows.map((r) => [r.complaint.id, r.counted])).toEqual([
      ['a', true],
      ['b', true],
      ['c', false],
      ['d', false],
    ]);
  });

  it('has no value, not 100 %, when nothing was received', () => {
    expect(tingkatTindakLanjut([c('e', { status: 'ditolak' })], S1)).toMatchObject({
      numerator: 0,
      denominator: 0,
      value: null,
    });
  });

  it('rounds to two decimals', () => {
    const three = [c('a', { status: 'selesai', tanggalTanggapan: '2024-03-02' }), c('b', {}), c('d', {})];
    expect(tingkatTindakLanjut(three, S1).value).toBe(33.33);
  });
});

describe('one complaint’s rules', () => {
  const base = {
    kanal: 'langsung' as const,
    nomorTiket: null,
    tanggalDiterima: '2024-02-01',
    status: 'diterima' as const,
    alasanStatus: null,
    tanggalTanggapan: null,
    tanggapan: null,
  };
  it('accepts a plain received complaint', () => {
    expect(pengaduanProblems(base, '2024-02-01')).toEqual([]);
  });
  it('names each broken rule by field and code', () => {
    const codes = (p: Parameters<typeof pengaduanProblems>[0]) =>
      pengaduanProblems(p, '2024-12-31').map((x) => `${x.field}:${x.code}`);
    expect(codes({ ...base, kanal: 'lapor' })).toEqual(['nomorTiket:TRACKING_REQUIRED']);
    expect(codes({ ...base, tanggalTanggapan: '2024-01-31' })).toEqual(['tanggalTanggapan:RESPONSE_BEFORE_RECEIVED']);
    expect(codes({ ...base, status: 'selesai' })).toEqual([
      'tanggalTanggapan:RESPONSE_REQUIRED',
      'tanggapan:RESPONSE_REQUIRED',
    ]);
    expect(codes({ ...base, status: 'bukan_kewenangan', alasanStatus: ' ' })).toEqual(['alasanStatus:REASON_REQUIRED']);
    expect(codes({ ...base, tanggalDiterima: '2025-01-01' })).toEqual(['tanggalDiterima:DATE_IN_FUTURE']);
  });
  it('allows the forward moves and one step back, not reopening a closed answer as new', () => {
    expect(canMove('diterima', 'selesai')).toBe(true);
    expect(canMove('selesai', 'ditindaklanjuti')).toBe(true);
    expect(canMove('selesai', 'diterima')).toBe(false);
    expect(canMove('ditolak', 'selesai')).toBe(false);
  });
});
