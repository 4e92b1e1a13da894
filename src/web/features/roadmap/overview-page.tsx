// Road-map overview (Ikhtisar): title, period, the version and the regulation that set it, the
// goal and the two strategic objectives, counts, a summary of findings and the narrative chapters.
import { Link } from 'react-router';
import type { NodeKind, ResultNode } from '../../../domain/roadmap/types.ts';
import { childrenOf, rootNodes } from '../../../domain/roadmap/locate.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useFormat } from '../../shared/format.ts';
import { countBySeverity } from '../../shared/findings-table.tsx';
import { regulasiCitation, regulasiName } from '../../shared/regulasi.ts';
import { StatusBadge } from '../../shared/severity.tsx';
import { usePageTitle } from '../../shared/states.tsx';
import { useVersionView } from '../../shared/version-context.tsx';

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p, i) => (
          <p key={i}>{p}</p>
        ))}
    </>
  );
}

function FormerName({ node }: { node: ResultNode }) {
  const { t } = useT();
  if (!node.formerName) return null;
  return (
    <p className="former">
      <span className="muted">{t('overview.formerName')}</span> <q>{node.formerName}</q>
    </p>
  );
}

export function OverviewPage() {
  const { t, locale } = useT();
  const fmt = useFormat();
  const { doc, version, findings, href } = useVersionView();
  usePageTitle(t('nav.overview'));
  const reg = doc.regulasi.find((r) => r.key === doc.roadMap.regulasiKey);
  const amends = reg?.amendsKey ? doc.regulasi.find((r) => r.key === reg.amendsKey) : undefined;
  const tujuan = rootNodes(doc, 'tabel1');
  const counts = countBySeverity(findings);
  const count = (kind: NodeKind) => doc.nodes.filter((n) => n.kind === kind).length;
  const countRows: [string, number][] = [
    [t('count.sasaranGeneral'), count('sasaran_general')],
    [t('count.kegiatanUtama'), count('kegiatan_utama')],
    [t('count.tema'), count('tema')],
    [t('count.sasaranTematik'), count('sasaran_tematik')],
    [t('count.indicators'), doc.indicators.length],
    [t('count.placements'), doc.placements.length],
    [t('count.pd'), doc.perangkatDaerah.length],
  ];
  const narrative = [...doc.narrative].sort((a, b) => a.order - b.order);

  return (
    <article className="overview">
      <header className="page-head">
        <p className="eyebrow">{doc.instansi.name}</p>
        <h1>{doc.roadMap.title}</h1>
        <p className="lead">
          {t('overview.period', { period: fmt.period(doc.roadMap.periodStart, doc.roadMap.periodEnd) })}
        </p>
      </header>

      <section className="card" aria-labelledby="ov-version">
        <h2 id="ov-version">{t('overview.version')}</h2>
        <dl className="facts">
          <dt>{t('overview.versionLabel')}</dt>
          <dd>
            <strong>{doc.roadMap.versionLabel}</strong> <StatusBadge status={version.status} />{' '}
            <span className="muted">{t('overview.versionNo', { n: version.versionNo })}</span>
          </dd>
          <dt>{t('overview.setBy')}</dt>
          <dd>
            {reg ? (
              <>
                {regulasiCitation(reg, doc.instansi, locale)}
                <br />
                <span className="muted">{reg.title}</span>
              </>
            ) : (
              <span className="muted">{t('common.unknown')}</span>
            )}
          </dd>
          {amends && (
            <>
              <dt>{t('overview.amends')}</dt>
              <dd>
                {regulasiName(amends, doc.instansi, locale)}
                <br />
                <span className="muted">{amends.title}</span>
              </dd>
            </>
          )}
        </dl>
      </section>

      <section className="card" aria-labelledby="ov-findings">
        <h2 id="ov-findings">{t('overview.findings')}</h2>
        {findings.length === 0 ? (
          <p>{t('overview.noFindings')}</p>
        ) : (
          <p className="finding-summary">
            <Link to={href('temuan?severity=error')} className="sev-link sev-error">
              <span aria-hidden="true">✖</span> {t('overview.errors', { n: counts.errors })}
            </Link>
            <Link to={href('temuan?severity=warning')} className="sev-link sev-warning">
              <span aria-hidden="true">⚠</span> {t('overview.warnings', { n: counts.warnings })}
            </Link>
            <Link to={href('temuan')}>{t('overview.allFindings')}</Link>
          </p>
        )}
      </section>

      <section className="card" aria-labelledby="ov-tujuan">
        <h2 id="ov-tujuan">{t('overview.goal')}</h2>
        {tujuan.map((tj) => {
          const ss = childrenOf(doc, tj.key).filter((n) => n.kind === 'sasaran_strategis');
          return (
            <div key={tj.key} className="goal">
              <p className="goal-name">{tj.name}</p>
              <FormerName node={tj} />
              <h3>{t('overview.strategic')}</h3>
              <ol className="strategic">
                {ss.map((s) => (
                  <li key={s.key}>
                    <span className={`badge element-${s.element ?? 'none'}`}>
                      {s.element === 'hard'
                        ? t('overview.elementHard')
                        : s.element === 'soft'
                          ? t('overview.elementSoft')
                          : t('common.unknown')}
                    </span>{' '}
                    {s.name}
                    <FormerName node={s} />
                  </li>
                ))}
              </ol>
            </div>
          );
        })}
      </section>

      <section className="card" aria-labelledby="ov-counts">
        <h2 id="ov-counts">{t('overview.counts')}</h2>
        <dl className="counts">
          {countRows.map(([label, n]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{fmt.number(n)}</dd>
            </div>
          ))}
        </dl>
      </section>

      {narrative.length > 0 && (
        <section aria-labelledby="ov-narrative">
          <h2 id="ov-narrative">{t('overview.narrative')}</h2>
          {narrative.map((s) => (
            <details key={s.key} className="narrative">
              <summary>{s.title}</summary>
              <Paragraphs text={s.body} />
            </details>
          ))}
        </section>
      )}
    </article>
  );
}
