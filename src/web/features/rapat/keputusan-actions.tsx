// What a reader may do with one follow-up item, as the server says (`moves`, `mayAttach`): attach
// evidence, mark it done with a note of what was done, verify it or send it back. Nothing is offered
// that the server would refuse.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { StatusTindakLanjutRapat } from '../../../domain/rapat/rapat.ts';
import { ApiError } from '../../api/client.ts';
import { useT } from '../../i18n/i18n.tsx';
import { EvidenceFileField } from '../../shared/evidence-file-field.tsx';
import { EvidenceList } from '../../shared/evidence-list.tsx';
import { FieldError } from '../../shared/field.tsx';
import { ErrorBox } from '../../shared/states.tsx';
import { evidenceHref } from '../monitoring/monitoring-api.ts';
import { rapatApi, rapatKeys, type Keputusan } from './rapat-api.ts';

export function KeputusanActions({ k }: { k: Keputusan }) {
  const { t } = useT();
  const qc = useQueryClient();
  const [catatan, setCatatan] = useState('');
  const refresh = () => qc.invalidateQueries({ queryKey: rapatKeys.all });
  const move = useMutation({
    mutationFn: (to: StatusTindakLanjutRapat) => rapatApi.move(k.id, to, catatan.trim() || null, k.rowVersion),
    onSuccess: async () => {
      setCatatan('');
      await refresh();
    },
  });
  const attach = useMutation({ mutationFn: (file: File) => rapatApi.attach(k.id, file), onSuccess: refresh });
  const fieldErr = move.error instanceof ApiError ? (move.error.fields[0]?.message ?? null) : null;
  const noteId = `kp-${k.id}-catatan`;
  return (
    <div className="kp-actions">
      <EvidenceList items={k.bukti} hrefOf={evidenceHref} />
      {k.catatan && <p className="small">{k.catatan}</p>}
      {k.mayAttach && (
        <EvidenceFileField
          id={`kp-${k.id}-file`}
          label={t('rp.kp.attach')}
          pending={attach.isPending}
          onFile={(f) => attach.mutate(f)}
        />
      )}
      {attach.isError && <ErrorBox error={attach.error} title={t('rp.kp.attachFailed')} />}
      {k.moves.includes('selesai') && (
        <div className="field">
          <label htmlFor={noteId}>{t('rp.kp.catatan')}</label>
          <textarea
            id={noteId}
            rows={2}
            value={catatan}
            onChange={(e) => setCatatan(e.target.value)}
            aria-invalid={!!fieldErr}
            aria-describedby={fieldErr ? `${noteId}-err` : undefined}
          />
          <FieldError id={`${noteId}-err`} message={fieldErr} />
        </div>
      )}
      {k.moves.length > 0 && (
        <div className="actions">
          {k.moves.map((to) => (
            <button
              key={to}
              type="button"
              className={to === 'terbuka' ? undefined : 'primary'}
              disabled={move.isPending}
              onClick={() => move.mutate(to)}
            >
              {t(`rp.kp.to.${to}`)}
            </button>
          ))}
        </div>
      )}
      {move.isError && !fieldErr && <ErrorBox error={move.error} title={t('rp.kp.moveFailed')} />}
    </div>
  );
}
