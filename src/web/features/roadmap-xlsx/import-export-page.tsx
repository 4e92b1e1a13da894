// Import/Export (Impor/Ekspor): download Tabel 1/2/3 as .xlsx and the version as JSON; upload an
// .xlsx, preview every problem (sheet, row, column) with the summary and the findings the road map
// would have, then commit it as a draft or active version — the same file, nothing changed between.
// The import itself is in import-form.tsx.
import type { TableCode } from '../../../domain/roadmap/types.ts';
import { downloads } from '../../api/endpoints.ts';
import { useT } from '../../i18n/i18n.tsx';
import { usePageTitle } from '../../shared/states.tsx';
import { useVersionView } from '../../shared/version-context.tsx';
import { ImportPanel } from './import-form.tsx';

export function ImportExportPage() {
  const { t } = useT();
  const { version, doc } = useVersionView();
  usePageTitle(t('nav.importExport'));
  const tables: TableCode[] = ['tabel1', 'tabel2', 'tabel3'];
  return (
    <article>
      <header className="page-head">
        <h1>{t('nav.importExport')}</h1>
        <p className="lead">
          {doc.instansi.name} · {doc.roadMap.versionLabel} (v{version.versionNo})
        </p>
      </header>
      <section className="card" aria-labelledby="export-title">
        <h2 id="export-title">{t('export.title')}</h2>
        <p className="muted small">{t('export.intro')}</p>
        <ul className="downloads">
          {tables.map((tc, i) => (
            <li key={tc}>
              <a className="button" href={downloads.xlsx(version.id, [tc])} download>
                <span aria-hidden="true">⬇</span> {t('export.table', { n: i + 1 })}
              </a>
            </li>
          ))}
          <li>
            <a className="button" href={downloads.xlsx(version.id)} download>
              <span aria-hidden="true">⬇</span> {t('export.all')}
            </a>
          </li>
          <li>
            <a className="button" href={downloads.json(version.id)} download>
              <span aria-hidden="true">⬇</span> {t('export.json')}
            </a>
          </li>
        </ul>
      </section>
      <ImportPanel />
    </article>
  );
}

/** /impor: the import alone, for a fresh installation without any road map yet. */
export function ImportOnlyPage() {
  const { t } = useT();
  usePageTitle(t('nav.importExport'));
  return (
    <article>
      <header className="page-head">
        <h1>{t('import.title')}</h1>
      </header>
      <ImportPanel />
    </article>
  );
}
