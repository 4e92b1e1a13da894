// What is overdue for one owner (a PD, or the STU for follow-ups owned by a named person): the
// meeting follow-ups past their due day and the complaints past their working-day deadline, grouped
// per recipient and said in one reminder. Pure; the server sends it, the screen shows the same counts.

export interface OverdueKeputusan {
  pemilikPdKey: string | null;
  uraian: string;
  tenggat: string;
}
export interface OverduePengaduan {
  pdKey: string;
}

/** The recipient of a reminder: a PD's key, or null for the STU. */
export type Recipient = string | null;

export interface OverdueOf {
  recipient: Recipient;
  keputusan: OverdueKeputusan[];
  pengaduan: number;
}

/** Overdue items grouped by who is reminded, PDs in key order, the STU last. */
export function overdueByRecipient(
  keputusan: readonly OverdueKeputusan[],
  pengaduan: readonly OverduePengaduan[],
): OverdueOf[] {
  const out = new Map<Recipient, OverdueOf>();
  const of = (r: Recipient) => {
    let o = out.get(r);
    if (!o) out.set(r, (o = { recipient: r, keputusan: [], pengaduan: 0 }));
    return o;
  };
  for (const k of keputusan) of(k.pemilikPdKey).keputusan.push(k);
  for (const p of pengaduan) of(p.pdKey).pengaduan += 1;
  return [...out.values()].sort((a, b) =>
    a.recipient === null ? 1 : b.recipient === null ? -1 : a.recipient.localeCompare(b.recipient),
  );
}

/** The reminder's text, in Indonesian, naming only counts and the oldest due day. */
export function reminderBody(name: string, o: OverdueOf, formatDay: (iso: string) => string): string {
  const parts: string[] = [];
  if (o.keputusan.length) {
    const oldest = o.keputusan.reduce((a, k) => (k.tenggat < a ? k.tenggat : a), o.keputusan[0]!.tenggat);
    parts.push(`${o.keputusan.length} tindak lanjut keputusan rapat melewati tenggat (tertua ${formatDay(oldest)})`);
  }
  if (o.pengaduan) parts.push(`${o.pengaduan} pengaduan masyarakat melewati batas waktu layanan`);
  return `${name}: ${parts.join('; ')}. Mohon segera ditindaklanjuti dan dilengkapi buktinya.`;
}
