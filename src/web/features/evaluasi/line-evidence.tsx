// The evidence reviewed for one worksheet line: the files recorded on it (download; the evaluator
// may remove one) and, for the evaluator, a picker of the files PDs attached to this year's
// realisasi, the line's own indicator first.
import { useId, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LkeLine } from '../../../domain/evaluasi/lke-types.ts';
import { useT } from '../../i18n/i18n.tsx';
import { ErrorBox } from '../../shared/states.tsx';
import { evidenceHref } from '../monitoring/monitoring-api.ts';
import { evaluasiApi, evaluasiKeys, type LineEvidence } from './evaluasi-api.ts';
import { EvidenceList } from '../../shared/evidence-list.tsx';

export function LineEvidenceList({
  year,
  line,
  files,
  editable,
}: {
  year: number;
  line: LkeLine;
  files: LineEvidence[];
  editable: boolean;
}) {
  const { t } = useT();
  const uid = useId();
  const qc = useQueryClient();
  const [picking, setPicking] = useState(false);
  const [choice, setChoice] = useState('');
  const candidates = useQuery({
    queryKey: evaluasiKeys.evidenceCandidates(year),
    queryFn: ({ signal }) => evaluasiApi.evidenceCandidates(year, signal),
    enabled: picking,
  });
  const done = () => qc.invalidateQueries({ queryKey: evaluasiKeys.all });
  const add = useMutation({
    mutationFn: (c: { sha256: string; fileName: string }) => evaluasiApi.addLineEvidence(year, line.code, c),
    onSuccess: () => {
      setChoice('');
      setPicking(false);
      return done();
    },
  });
  const remove = useMutation({
    mutationFn: (sha256: string) => evaluasiApi.removeLineEvidence(year, line.code, sha256),
    onSuccess: done,
  });
  const own = new Set(line.nationalIndicatorCodes ?? []);
  const attached = new Set(files.map((f) => f.sha256));
  const options = (candidates.data ?? [])
    .filter((c) => !attached.has(c.sha256))
    .sort(
      (a, b) =>
        Number(own.has(b.nationalIndicatorCode ?? '')) - Number(own.has(a.nationalIndicatorCode ?? '')) ||
        a.subjectName.localeCompare(b.subjectName),
    );
  const chosen = options.find((c) => `${c.sha256}|${c.subjectKey}` === choice);

  return (
    <div className="lke-evidence-box">
      <EvidenceList
        className="plain lke-evidence"
        items={files}
        hrefOf={evidenceHref}
        {...(editable
          ? {
              onRemove: (sha256: string) => remove.mutate(sha256),
              removing: remove.isPending,
              removeLabel: t('ev.evidence.remove'),
              removeLabelOf: (file: string) => t('ev.evidence.removeOf', { file }),
            }
          : {})}
      />
      {editable && !picking && (
        <button type="button" className="link" onClick={() => setPicking(true)}>
          {t('ev.evidence.add')}
        </button>
      )}
      {editable && picking && (
        <div className="lke-evidence-pick">
          <label htmlFor={`${uid}-pick`} className="small">
            {t('ev.evidence.pickLabel', { code: line.code })}
          </label>
          <select id={`${uid}-pick`} value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="">
              {candidates.isPending
                ? t('state.loading')
                : options.length
                  ? t('ev.evidence.choose')
                  : t('ev.evidence.none')}
            </option>
            {options.map((c) => (
              <option key={`${c.sha256}|${c.subjectKey}`} value={`${c.sha256}|${c.subjectKey}`}>
                {c.fileName} — {c.subjectName} ({c.periodCode})
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={!chosen || add.isPending}
            onClick={() => chosen && add.mutate({ sha256: chosen.sha256, fileName: chosen.fileName })}
          >
            {t('ev.evidence.record')}
          </button>
          <button type="button" className="link" onClick={() => setPicking(false)}>
            {t('action.cancel')}
          </button>
        </div>
      )}
      {candidates.isError && <ErrorBox error={candidates.error} />}
      {(add.isError || remove.isError) && <ErrorBox error={add.error ?? remove.error} />}
    </div>
  );
}
