// The entry tab of Pemantauan: the indicators (and action-plan outputs) the user reports in a
// period, grouped by reporting PD — PD staff see their own PD, the STU all — with bulk verification.
import { useMemo, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { INSTANSI_PD_KEY as INSTANSI, reportingPdKey } from '../../../domain/monitoring/reporting.ts';
import { isPdScopedOnly, ownPdKeys, type Role } from '../../../domain/permissions.ts';
import type { Indikator, RoadMapDocument } from '../../../domain/roadmap/types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Empty, ErrorBox, Loading } from '../../shared/states.tsx';
import { useAuth, useCan } from '../auth/auth.tsx';
import { EntryCard, type EntryPermissions } from './entry-card.tsx';
import { monitoringApi, monitoringKeys, useRealisasi, type Periode } from './monitoring-api.ts';
import { pdName } from './pd-label.ts';
import { PlanEntryGroups } from './plan-entries.tsx';

export function EntryList({ periode, doc }: { periode: Periode; doc: RoadMapDocument }) {
  const { t } = useT();
  const { user } = useAuth();
  const qc = useQueryClient();
  const q = useRealisasi(periode.id);
  const canEnter = useCan('realisasi:enter');
  const canSubmit = useCan('realisasi:submit');
  const canVerify = useCan('realisasi:verify');
  const canComment = useCan('realisasi:comment');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const roles = (user?.roles ?? []).map((r) => ({ role: r.role as Role, pdKey: r.pdKey }));
  const pdScoped = isPdScopedOnly(roles);
  const ownKey = ownPdKeys(roles).join(',');
  const own = useMemo(() => (ownKey ? ownKey.split(',') : []), [ownKey]);

  const groups = useMemo(() => {
    const byPd = new Map<string, Indikator[]>();
    for (const ind of doc.indicators) {
      const pd = reportingPdKey(ind);
      if (pdScoped && !own.includes(pd)) continue;
      byPd.set(pd, [...(byPd.get(pd) ?? []), ind]);
    }
    const order = [...doc.perangkatDaerah.map((p) => p.key), INSTANSI];
    return [...byPd.entries()].sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]));
  }, [doc, pdScoped, own]);

  const verifyMany = useMutation({
    mutationFn: (ids: string[]) => monitoringApi.verify(ids),
    onSuccess: () => {
      setSelected(new Set());
      return qc.invalidateQueries({ queryKey: monitoringKeys.all });
    },
  });

  if (q.isPending) return <Loading />;
  if (q.isError) return <ErrorBox error={q.error} onRetry={() => void q.refetch()} />;
  const rows = new Map(q.data.filter((r) => r.subjectType === 'indikator').map((r) => [r.subjectKey, r]));
  // Selections that are no longer awaiting verification do not count.
  const chosen = [...selected].filter((id) => q.data.some((r) => r.id === id && r.status === 'submitted'));

  const permsFor = (pd: string): EntryPermissions => ({
    // PD staff enter their own PD's values; the STU the instansi-wide ones; without accounts, all.
    enter: canEnter && (!user || (pdScoped ? own.includes(pd) : pd === INSTANSI)),
    submit: canSubmit && (!user || own.includes(pd)),
    verify: canVerify,
    comment: canComment,
  });

  if (!groups.length) return <Empty>{t('mon.nothingToReport')}</Empty>;
  return (
    <div className="entry-list">
      {canVerify && (
        <div className="bulk-bar">
          <button
            type="button"
            className="primary"
            disabled={!chosen.length || verifyMany.isPending}
            onClick={() => verifyMany.mutate(chosen)}
          >
            {t('mon.verifySelected', { n: chosen.length })}
          </button>
          {verifyMany.isError && <ErrorBox error={verifyMany.error} />}
        </div>
      )}
      {groups.map(([pd, inds]) => (
        <section key={pd} className="entry-group" aria-label={pdName(doc, pd, t('mon.instansiLevel'))}>
          <h2>
            {pdName(doc, pd, t('mon.instansiLevel'))}{' '}
            <span className="muted small">{t('mon.indicatorCount', { n: inds.length })}</span>
          </h2>
          {inds.map((ind) => {
            const row = rows.get(ind.key);
            return (
              <EntryCard
                key={ind.key}
                indicator={ind}
                scale={doc.scales.find((s) => s.code === ind.scaleCode)}
                row={row}
                periode={periode}
                can={permsFor(pd)}
                selected={!!row && selected.has(row.id)}
                onSelect={(on) =>
                  setSelected((prev) => {
                    const next = new Set(prev);
                    if (row) {
                      if (on) next.add(row.id);
                      else next.delete(row.id);
                    }
                    return next;
                  })
                }
              />
            );
          })}
        </section>
      ))}
      <PlanEntryGroups
        periode={periode}
        doc={doc}
        rows={q.data}
        showPd={(pd) => !pdScoped || own.includes(pd)}
        permsFor={permsFor}
        isSelected={(id) => selected.has(id)}
        onSelect={(id, on) =>
          setSelected((prev) => {
            const next = new Set(prev);
            if (on) next.add(id);
            else next.delete(id);
            return next;
          })
        }
      />
    </div>
  );
}
