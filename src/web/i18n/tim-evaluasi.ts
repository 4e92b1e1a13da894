// Interface text of the Tim Evaluasi Internal (tim.*): members, their roles and PDs, and who
// evaluates which PD and sasaran.
export const timEvaluasiId = {
  'ev.tab.tim': 'Tim evaluasi',
  'tim.title': 'Tim Evaluasi Internal {year}',
  'tim.lead':
    'Anggota tim (dari akun evaluator APIP), perannya, perangkat daerah asalnya, dan siapa mengevaluasi perangkat daerah serta sasaran mana. Evaluator tidak dapat ditugasi perangkat daerah tempat ia bertugas.',
  'tim.empty':
    'Belum ada Tim Evaluasi Internal tahun {year}. Tambahkan anggota (yang pertama menjadi ketua), lalu bagi tugasnya.',
  'tim.emptyRead': 'Belum ada Tim Evaluasi Internal tahun {year}.',
  'tim.sk': 'Nomor SK tim',
  'tim.anggota': 'Anggota',
  'tim.peran': 'Peran',
  'tim.pd': 'Perangkat daerah asal',
  'tim.noPd': '— tidak ada —',
  'tim.remove': 'Keluarkan {name}',
  'tim.add': 'Tambah {name}',
  'tim.tugas': 'Penugasan',
  'tim.lingkup': 'Perangkat daerah / sasaran',
  'tim.evaluator': 'Evaluator',
  'tim.noEvaluator': '— belum ditugaskan —',
  'tim.save': 'Simpan tim',
  'tim.saved': 'Tim evaluasi tersimpan.',
  'tim.saveFailed': 'Tim evaluasi tidak tersimpan',
};

export const timEvaluasiEn: Record<keyof typeof timEvaluasiId, string> = {
  'ev.tab.tim': 'Evaluation team',
  'tim.title': 'Internal evaluation team {year}',
  'tim.lead':
    'The team members (APIP evaluator accounts), their roles, the PD each comes from, and who evaluates which PD and sasaran. An evaluator cannot be assigned the PD they belong to.',
  'tim.empty':
    'No internal evaluation team for {year} yet. Add members (the first becomes the leader), then assign them.',
  'tim.emptyRead': 'No internal evaluation team for {year} yet.',
  'tim.sk': 'Team decree number',
  'tim.anggota': 'Members',
  'tim.peran': 'Role',
  'tim.pd': 'Home PD',
  'tim.noPd': '— none —',
  'tim.remove': 'Remove {name}',
  'tim.add': 'Add {name}',
  'tim.tugas': 'Assignments',
  'tim.lingkup': 'PD / sasaran',
  'tim.evaluator': 'Evaluator',
  'tim.noEvaluator': '— not assigned —',
  'tim.save': 'Save the team',
  'tim.saved': 'Evaluation team saved.',
  'tim.saveFailed': 'The evaluation team was not saved',
};
