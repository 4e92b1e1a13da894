// Overdue items grouped per recipient (PDs, then the STU for follow-ups owned by a named person) and
// the reminder's text naming only counts and the oldest due day.
import { describe, expect, it } from 'vitest';
import { overdueByRecipient, reminderBody } from './pengingat.ts';

describe('overdue reminders', () => {
  const keputusan = [
    { pemilikPdKey: 'bp4d', uraian: 'Susun RKA', tenggat: '2026-10-01' },
    { pemilikPdKey: null, uraian: 'Undang narasumber', tenggat: '2026-11-01' },
    { pemilikPdKey: 'bkpsdm', uraian: 'Peta jabatan', tenggat: '2026-11-20' },
    { pemilikPdKey: 'bkpsdm', uraian: 'Analisis beban kerja', tenggat: '2026-09-30' },
  ];
  it('groups by owner PD, with the STU last', () => {
    const g = overdueByRecipient(keputusan, [{ pdKey: 'bkpsdm' }, { pdKey: 'inspektorat' }, { pdKey: 'bkpsdm' }]);
    expect(g.map((o) => [o.recipient, o.keputusan.length, o.pengaduan])).toEqual([
      ['bkpsdm', 2, 2],
      ['bp4d', 1, 0],
      ['inspektorat', 0, 1],
      [null, 1, 0],
    ]);
  });
  it('says how many and the oldest due day', () => {
    const [bkpsdm] = overdueByRecipient(keputusan, [{ pdKey: 'bkpsdm' }]);
    expect(reminderBody('BKPSDM', bkpsdm!, (d) => d)).toBe(
      'BKPSDM: 2 tindak lanjut keputusan rapat melewati tenggat (tertua 2026-09-30); 1 pengaduan masyarakat melewati batas waktu layanan. Mohon segera ditindaklanjuti dan dilengkapi buktinya.',
    );
  });
});
