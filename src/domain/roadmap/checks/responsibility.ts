// Checks of who answers for an indicator: someone must (except for Tabel 1 goals, which the whole
// instansi answers for under the Sekda and which the regulation prints without a PD column), the PDs
// must exist, appear once, and exactly one of them leads (the portal's "koordinator").

import type { Indikator } from '../types.ts';
import type { CheckContext } from './context.ts';

export function checkResponsibility(ctx: CheckContext, ind: Indikator): void {
  const position = ctx.indicatorPosition(ind);
  const base = () => ({ entityType: 'indicator' as const, entityKey: ind.key, where: ctx.whereIndicator(ind) });
  const placements = ctx.placementsOf(ind.key);
  const instansiWide = placements.length > 0 && placements.every((p) => p.tableCode === 'tabel1');

  if (ind.responsible.length === 0) {
    if (!instansiWide) {
      ctx.add('NO_RESPONSIBLE_PD', position, {
        ...base(),
        field: 'responsible',
        why: {
          id: 'Tidak ada perangkat daerah penanggung jawab; tidak ada yang menyusun rencana aksi dan melaporkan realisasinya.',
          en: 'No government unit is responsible; nobody will draft the action plan or report the results.',
        },
        fix: {
          id: 'Tetapkan satu perangkat daerah sebagai penanggung jawab utama dan, bila perlu, perangkat daerah pendukung.',
          en: 'Assign one government unit as lead and, where needed, supporting units.',
        },
      });
    }
    return;
  }

  const seen = new Set<string>();
  for (const r of ind.responsible) {
    const field = `responsible[${r.pdKey}]`;
    if (seen.has(r.pdKey)) {
      ctx.add('DUPLICATE_RESPONSIBLE_PD', position, {
        ...base(),
        field,
        why: {
          id: `Perangkat daerah "${ctx.pds.get(r.pdKey)?.name ?? r.pdKey}" tercantum lebih dari sekali sebagai penanggung jawab.`,
          en: `Government unit "${ctx.pds.get(r.pdKey)?.name ?? r.pdKey}" is listed more than once as responsible.`,
        },
        fix: { id: 'Sisakan satu entri dengan peran yang benar.', en: 'Keep one entry with the right role.' },
      });
    }
    seen.add(r.pdKey);
    const pd = ctx.pds.get(r.pdKey);
    if (pd && r.printedName !== undefined && r.printedName.trim() !== pd.name) {
      ctx.add('PD_NAME_DIFFERS', position, {
        ...base(),
        field,
        why: {
          id: `Regulasi mencetak "${r.printedName}" untuk perangkat daerah yang dimuat sebagai "${pd.name}"; nama itu tidak ada dalam nomenklatur perangkat daerah.`,
          en: `The regulation prints "${r.printedName}" for the unit loaded as "${pd.name}"; that name is not in the list of government units.`,
        },
        fix: {
          id: 'Pastikan keduanya unit yang sama dan gunakan nama resminya pada perubahan regulasi berikutnya; jika berbeda, tambahkan perangkat daerah tersebut.',
          en: 'Confirm both are the same unit and print its official name in the next amendment; if they differ, add that unit.',
        },
      });
    }
    if (!ctx.pds.has(r.pdKey)) {
      ctx.add('UNKNOWN_PD', position, {
        ...base(),
        field,
        why: {
          id: `Penanggung jawab "${r.pdKey}" tidak ada di daftar perangkat daerah.`,
          en: `Responsible unit "${r.pdKey}" is not in the list of government units.`,
        },
        fix: {
          id: 'Pilih perangkat daerah dari daftar, atau tambahkan perangkat daerah tersebut terlebih dahulu.',
          en: 'Pick a unit from the list, or add that unit first.',
        },
      });
    }
  }

  const leads = ind.responsible.filter((r) => r.role === 'lead');
  if (leads.length > 1) {
    const names = leads.map((r) => ctx.pds.get(r.pdKey)?.shortName || ctx.pds.get(r.pdKey)?.name || r.pdKey).join(', ');
    ctx.add('MULTIPLE_LEAD_PD', position, {
      ...base(),
      field: 'responsible',
      why: {
        id: `Ada ${leads.length} penanggung jawab utama (${names}); tanggung jawab atas capaian menjadi kabur.`,
        en: `There are ${leads.length} lead units (${names}); accountability for the result becomes blurred.`,
      },
      fix: {
        id: 'Pilih satu perangkat daerah sebagai penanggung jawab utama (koordinator); jadikan yang lain pendukung.',
        en: 'Choose one lead unit (coordinator); make the others supporting.',
      },
    });
  } else if (leads.length === 0) {
    ctx.add('NO_LEAD_PD', position, {
      ...base(),
      field: 'responsible',
      why: {
        id: 'Semua perangkat daerah berperan pendukung; tidak ada koordinator yang mengumpulkan realisasi.',
        en: 'Every unit is supporting; no coordinator collects the results.',
      },
      fix: {
        id: 'Tandai satu perangkat daerah sebagai penanggung jawab utama (koordinator).',
        en: 'Mark one unit as the lead (coordinator).',
      },
    });
  }
}
