// Reminders from the completeness monitor: the STU sends each PD that is behind in a period (items
// not entered, drafts not submitted, items returned) a notification saying what is missing and how
// many days remain — in the app and, when SMTP is configured, by email. One transaction, audited.
import type { Db } from '../../../db/client.ts';
import { formatDate } from '../../../domain/format/date.ts';
import { AppError } from '../../errors.ts';
import { insertAuditEvent, type AuditContext } from '../../audit-trail.repository.ts';
import { notify } from '../email/notify.ts';
import { periodDashboard, WHOLE_INSTANSI } from './dashboard.service.ts';
import { INSTANSI_PD_KEY } from '../../../domain/monitoring/reporting.ts';
import type { Reminded } from '../../../domain/contracts/monitoring.ts';
import { getPeriode } from './periode.service.ts';
import { deadlineInWords } from '../../../domain/periods/periods.ts';

export async function remindBehind(
  db: Db,
  audit: AuditContext,
  periodeId: string,
  pdKeys: string[] | null,
): Promise<Reminded> {
  const row = await getPeriode(db, periodeId);
  const dash = await periodDashboard(db, WHOLE_INSTANSI, periodeId);
  const p = dash.periode;
  if (p.state === 'terkunci')
    throw new AppError(
      'PERIODE_LOCKED',
      'Periode ini sudah terkunci: buka kembali dulu sebelum mengirim pengingat.',
      'The period is locked: reopen it before sending reminders.',
    );
  const behind = dash.completeness.filter(
    (c) =>
      c.pdKey !== INSTANSI_PD_KEY &&
      (pdKeys === null || pdKeys.includes(c.pdKey)) &&
      (c.notEntered > 0 || c.draft > 0 || c.returned > 0),
  );
  return db.transaction(async (tx) => {
    const sent: { pdKey: string; body: string }[] = [];
    for (const c of behind) {
      const parts = [
        c.notEntered ? `${c.notEntered} belum diisi` : null,
        c.draft ? `${c.draft} masih draf (belum diajukan kepala PD)` : null,
        c.returned ? `${c.returned} dikembalikan untuk diperbaiki` : null,
      ].filter(Boolean);
      const deadline = formatDate(p.reopenedUntil ?? p.deadline, 'id');
      const body = `${c.pdName}: ${parts.join(', ')} dari ${c.expected} isian ${p.code} ${p.year}. Tenggat ${deadline} (${deadlineInWords(p.daysToDeadline, 'id')}).`;
      await notify(tx, {
        instansiId: row.instansiId,
        pdKey: c.pdKey,
        kind: 'realisasi_reminder',
        title: `Pengingat pengisian realisasi ${p.code} ${p.year}`,
        body,
        link: `/monitoring?periode=${periodeId}`,
      });
      sent.push({ pdKey: c.pdKey, body });
    }
    await insertAuditEvent(tx, audit, {
      instansiId: row.instansiId,
      action: 'periode.remind',
      entityType: 'periode',
      entityId: periodeId,
      before: null,
      after: { reminded: sent.map((s) => s.pdKey) },
    });
    return { reminded: sent };
  });
}
