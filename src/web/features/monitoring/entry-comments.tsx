// The comment thread of one realisasi, and a new comment for those allowed to write one.
import { useId, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { ErrorBox } from '../../shared/states.tsx';
import { monitoringApi, monitoringKeys, type RealisasiDetail } from './monitoring-api.ts';

export function EntryComments({ row, canComment }: { row: RealisasiDetail; canComment: boolean }) {
  const { t } = useT();
  const fmt = useFormat();
  const uid = useId();
  const qc = useQueryClient();
  const [body, setBody] = useState('');
  const send = useMutation({
    mutationFn: () => monitoringApi.comment(row.id, body.trim()),
    onSuccess: () => {
      setBody('');
      return qc.invalidateQueries({ queryKey: monitoringKeys.realisasi(row.periodeId) });
    },
  });
  return (
    <details className="comments" open={row.comments.length > 0}>
      <summary>{t('mon.comments', { n: row.comments.length })}</summary>
      <ul className="comment-list">
        {row.comments.map((c) => (
          <li key={c.id}>
            <strong>{c.author}</strong> <span className="muted small">{fmt.dateTime(c.createdAt)}</span>
            <p>{c.body}</p>
          </li>
        ))}
      </ul>
      {canComment && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (body.trim()) send.mutate();
          }}
        >
          <div className="field">
            <label htmlFor={`${uid}-c`}>{t('mon.newComment')}</label>
            <textarea id={`${uid}-c`} rows={2} value={body} onChange={(e) => setBody(e.target.value)} />
          </div>
          {send.isError && <ErrorBox error={send.error} />}
          <button type="submit" disabled={send.isPending || !body.trim()}>
            {t('mon.sendComment')}
          </button>
        </form>
      )}
    </details>
  );
}
