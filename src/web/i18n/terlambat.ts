// Interface text of what is overdue on the dashboard (tl.*): meeting follow-ups and complaints past
// their deadlines, and the STU's reminder.
export const terlambatId = {
  'tl.title': 'Terlambat',
  'tl.keputusan': '{n} tindak lanjut rapat melewati tenggat.',
  'tl.openList': 'Buka daftar tindak lanjut',
  'tl.due': 'tenggat {date}',
  'tl.more': 'dan {n} lainnya di daftar tindak lanjut.',
  'tl.pengaduan': '{n} pengaduan melewati batas waktu layanan:',
  'tl.openRegister': 'Buka register pengaduan',
  'tl.remind': 'Kirim pengingat kepada pemiliknya',
  'tl.reminded': 'Pengingat terkirim kepada {n} pemilik.',
};

export const terlambatEn: Record<keyof typeof terlambatId, string> = {
  'tl.title': 'Overdue',
  'tl.keputusan': '{n} meeting follow-ups are past their due date.',
  'tl.openList': 'Open the follow-up list',
  'tl.due': 'due {date}',
  'tl.more': 'and {n} more in the follow-up list.',
  'tl.pengaduan': '{n} complaints are past their service deadline:',
  'tl.openRegister': 'Open the complaint register',
  'tl.remind': 'Remind their owners',
  'tl.reminded': 'Reminder sent to {n} owners.',
};
