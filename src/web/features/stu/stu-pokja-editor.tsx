// The pokja of the structure, one card each: name, ketua, members (chosen from the people above) and
// the sasaran / kegiatan utama / tema it answers for. A node another pokja already answers for is
// shown with that pokja's name and cannot be ticked twice (one node, one pokja).
import { useT } from '../../i18n/i18n.tsx';
import { Field, FieldError } from '../../shared/field.tsx';
import type { LingkupOption } from './stu-api.ts';
import { addPokja, type PokjaDraft, type StrukturDraft } from './stu-form-state.ts';
import { LingkupPicker } from './lingkup-picker.tsx';

export function StuPokjaEditor({
  draft,
  onChange,
  lingkup,
  msg,
}: {
  draft: StrukturDraft;
  onChange: (d: StrukturDraft) => void;
  lingkup: LingkupOption[];
  msg: (field: string) => string | null;
}) {
  const { t } = useT();
  const set = (i: number, patch: Partial<PokjaDraft>) =>
    onChange({ ...draft, pokja: draft.pokja.map((p, j) => (j === i ? { ...p, ...patch } : p)) });
  const toggle = (list: string[], key: string, on: boolean) => (on ? [...list, key] : list.filter((k) => k !== key));
  const ownerOf = (key: string, self: number) => draft.pokja.find((p, j) => j !== self && p.lingkup.includes(key));
  const people = draft.orang.filter((o) => o.nama.trim());
  const firstError = (i: number, prefix: string) =>
    draft.pokja[i]![prefix === 'anggotaRefs' ? 'anggotaRefs' : 'lingkup'].map((_, j) =>
      msg(`pokja.${i}.${prefix}.${j}`),
    ).find(Boolean) ?? null;
  return (
    <section className="card" aria-labelledby="stu-edit-pokja">
      <h2 id="stu-edit-pokja">{t('stu.pokjaList')}</h2>
      {draft.pokja.length === 0 && <p className="muted">{t('stu.noPokja')}</p>}
      {draft.pokja.map((p, i) => (
        <fieldset key={p.ref} className="stu-pokja-edit">
          <legend>{p.nama.trim() || t('stu.pokjaN', { n: i + 1 })}</legend>
          <div className="field-row">
            <Field id={`stu-pokja-${i}-nama`} label={t('stu.pokjaNama')} error={msg(`pokja.${i}.nama`)}>
              {(c) => <input {...c} value={p.nama} onChange={(e) => set(i, { nama: e.target.value })} />}
            </Field>
            <Field id={`stu-pokja-${i}-ketua`} label={t('stu.ketua')} error={msg(`pokja.${i}.ketuaRef`)}>
              {(c) => (
                <select {...c} value={p.ketuaRef} onChange={(e) => set(i, { ketuaRef: e.target.value })}>
                  <option value="">{t('stu.choose')}</option>
                  {people.map((o) => (
                    <option key={o.ref} value={o.ref}>
                      {o.nama}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <fieldset className="stu-checks">
            <legend>{t('stu.anggota')}</legend>
            {people
              .filter((o) => o.ref !== p.ketuaRef)
              .map((o) => (
                <label key={o.ref} className="check">
                  <input
                    type="checkbox"
                    checked={p.anggotaRefs.includes(o.ref)}
                    onChange={(e) => set(i, { anggotaRefs: toggle(p.anggotaRefs, o.ref, e.target.checked) })}
                  />{' '}
                  {o.nama}
                </label>
              ))}
            <FieldError id={`stu-pokja-${i}-anggota-err`} message={firstError(i, 'anggotaRefs')} />
          </fieldset>
          <LingkupPicker
            lingkup={lingkup}
            chosen={p.lingkup}
            ownerOf={(key) => {
              const other = ownerOf(key, i);
              return other ? other.nama || t('stu.pokjaN', { n: draft.pokja.indexOf(other) + 1 }) : null;
            }}
            onToggle={(key, on) => set(i, { lingkup: toggle(p.lingkup, key, on) })}
            error={firstError(i, 'lingkup')}
            errorId={`stu-pokja-${i}-lingkup-err`}
          />
          <button
            type="button"
            className="link"
            onClick={() => onChange({ ...draft, pokja: draft.pokja.filter((_, j) => j !== i) })}
          >
            {t('stu.removePokja', { name: p.nama.trim() || t('stu.pokjaN', { n: i + 1 }) })}
          </button>
        </fieldset>
      ))}
      <button type="button" onClick={() => onChange(addPokja(draft))}>
        {t('stu.addPokja')}
      </button>
    </section>
  );
}
