// The closed vocabulary of API error codes: each code has one HTTP status and a default message in
// Indonesian and English. The server throws only these (src/server/errors.ts); the web types its
// ApiError.code by them. A call site may give a more specific message; never another status.
// src/domain/contracts/errors.test.ts checks that every code here is used somewhere, and no other code is.

interface ErrorSpec {
  status: number;
  id: string;
  en: string;
}

const spec = <const T extends Record<string, ErrorSpec>>(t: T) => t;

export const ERROR_CODES = spec({
  // ——— request shape (the schema edge) ———
  VALIDATION_FAILED: {
    status: 400,
    id: 'Permintaan tidak valid: periksa isian yang ditandai.',
    en: 'Invalid request: check the listed fields.',
  },
  INVALID_TEXT: {
    status: 400,
    id: 'Teks mengandung karakter yang tidak diizinkan (NUL atau surrogate tunggal).',
    en: 'The text contains a character that is not allowed (NUL or a lone surrogate).',
  },
  INVALID_JSON: { status: 400, id: 'Isi permintaan bukan JSON yang valid.', en: 'The request body is not valid JSON.' },
  EMPTY_BODY: { status: 400, id: 'Isi permintaan kosong.', en: 'The request body is empty.' },
  INVALID_CONTENT_LENGTH: { status: 400, id: 'Panjang isi tidak sesuai.', en: 'Invalid content length.' },
  BAD_URL: { status: 400, id: 'Alamat tidak valid.', en: 'Malformed URL.' },
  BAD_REQUEST: { status: 400, id: 'Permintaan tidak dapat diproses.', en: 'The request cannot be processed.' },
  MULTIPART_INVALID: { status: 400, id: 'Formulir unggahan tidak valid.', en: 'Invalid upload form.' },
  FILE_REQUIRED: { status: 400, id: 'Pilih berkas untuk diunggah.', en: 'Choose a file to upload.' },
  UNEXPECTED_FILE: { status: 400, id: 'Berkas tidak diharapkan di sini.', en: 'No file is expected here.' },
  URL_TOO_LONG: { status: 414, id: 'Alamat atau parameter terlalu panjang.', en: 'URL parameter too long.' },
  PAYLOAD_TOO_LARGE: { status: 413, id: 'Isi permintaan terlalu besar.', en: 'The request body is too large.' },
  FILE_TOO_LARGE: { status: 413, id: 'Berkas terlalu besar.', en: 'The file is too large.' },
  TOO_MANY_FILES: { status: 413, id: 'Terlalu banyak berkas.', en: 'Too many files.' },
  TOO_MANY_PARTS: { status: 413, id: 'Terlalu banyak bagian formulir.', en: 'Too many form parts.' },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    id: 'Jenis isi permintaan tidak didukung.',
    en: 'Unsupported content type.',
  },
  NOT_XLSX: { status: 415, id: 'Berkas bukan buku kerja Excel (.xlsx).', en: 'The file is not an Excel workbook.' },
  FILE_TYPE_NOT_ALLOWED: { status: 415, id: 'Jenis berkas tidak diizinkan.', en: 'File type not allowed.' },
  FILE_EXECUTABLE: {
    status: 415,
    id: 'Berkas program (executable) tidak diterima.',
    en: 'Executable files are not accepted.',
  },

  // ——— who you are ———
  UNAUTHENTICATED: { status: 401, id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' },
  LOGIN_FAILED: { status: 401, id: 'Nama pengguna atau kata sandi salah.', en: 'Wrong username or password.' },
  FORBIDDEN: { status: 403, id: 'Anda tidak berwenang melakukan ini.', en: 'You are not allowed to do this.' },
  TENANT_READ_ONLY: {
    status: 403,
    id: 'Data ini milik instansi binaan: instansi pembina hanya dapat membacanya melalui Pembinaan, tidak mengubahnya.',
    en: 'This belongs to an instansi under yours: a reviewing instansi may read it through Pembinaan, never change it.',
  },
  CSRF_INVALID: {
    status: 403,
    id: 'Sesi formulir tidak valid. Muat ulang halaman lalu coba lagi.',
    en: 'Invalid form session (CSRF). Reload the page and try again.',
  },
  DEMO_ACCOUNT_DISABLED: {
    status: 403,
    id: 'Akun demo tidak dapat dipakai di instalasi ini.',
    en: 'Demo accounts are disabled on this installation.',
  },
  PASSWORD_CHANGE_REQUIRED: {
    status: 403,
    id: 'Ganti kata sandi sementara Anda terlebih dahulu.',
    en: 'Change your temporary password first.',
  },
  RATE_LIMITED: { status: 429, id: 'Terlalu banyak percobaan. Coba lagi nanti.', en: 'Too many attempts.' },

  // ——— what you asked for ———
  NOT_FOUND: { status: 404, id: 'Data tidak ditemukan.', en: 'Not found.' },
  ROUTE_NOT_FOUND: { status: 404, id: 'Alamat tidak dikenal.', en: 'Unknown route.' },
  NO_INSTANSI: { status: 404, id: 'Instansi tidak ditemukan.', en: 'Instansi not found.' },

  // ——— domain rules (well-formed, but breaks a rule) ———
  INVALID_DATA: {
    status: 422,
    id: 'Data tidak valid: periksa isian yang ditandai.',
    en: 'Invalid data: check the marked fields.',
  },
  IMPORT_HAS_ERRORS: {
    status: 422,
    id: 'Berkas impor mengandung kesalahan; tidak ada yang disimpan.',
    en: 'The import has errors; nothing was saved.',
  },
  INDIKATOR_NOT_FROM_REGISTER: {
    status: 422,
    id: 'Indikator realisasi ini tidak diisi dari register pengaduan (atur di halaman Pengaduan).',
    en: 'This realisation’s indicator is not filled from the complaint register.',
  },
  ROAD_MAP_PERIOD_INVALID: {
    status: 422,
    id: 'Periode road map tidak valid: tahun akhir sebelum tahun awal atau lebih dari batas lama periode.',
    en: 'Invalid road map period: the end year is before the start year or the period is too long.',
  },
  ROAD_MAP_PERIOD_OVERLAP: {
    status: 409,
    id: 'Periode ini tumpang tindih dengan road map lain instansi ini.',
    en: 'This period overlaps another road map of this instansi.',
  },
  SCALE_REBASE_INVALID: {
    status: 422,
    id: 'Perubahan skala indikator tidak dapat dilakukan: periksa isian yang ditandai.',
    en: 'The indicator cannot be re-based onto that scale: check the listed fields.',
  },
  ROAD_MAP_YEARS_MISMATCH: {
    status: 422,
    id: 'Tahun awal–akhir dokumen berbeda dengan road map.',
    en: 'The document’s years differ from the road map’s.',
  },
  VERSION_NOT_IN_ROAD_MAP: {
    status: 422,
    id: 'Versi tidak termasuk road map ini.',
    en: 'The version does not belong to this road map.',
  },

  // ——— state conflicts ———
  STALE_WRITE: {
    status: 409,
    id: 'Data ini sudah diubah orang lain sejak Anda membukanya. Muat ulang atau terapkan ulang perubahan Anda.',
    en: 'This record was changed by someone else since you opened it. Reload or re-apply your change.',
  },
  RAPAT_FINAL: {
    status: 409,
    id: 'Notulen rapat ini sudah final dan tidak dapat diubah; koreksi dengan addendum.',
    en: 'The minutes are final; correct them with an addendum.',
  },
  RAPAT_NOT_FINAL: {
    status: 409,
    id: 'Notulen belum final: ubah langsung, addendum hanya untuk notulen yang sudah final.',
    en: 'The minutes are not final yet: edit them directly.',
  },
  LHEI_FINAL: {
    status: 409,
    id: 'LHEI tahun ini sudah final dan tidak dapat diubah; buka kembali lebih dahulu.',
    en: "This year's LHEI is final; reopen it first.",
  },
  LHEI_NOT_FINAL: {
    status: 409,
    id: 'LHEI tahun ini belum final.',
    en: "This year's LHEI is not final.",
  },
  TIM_BELUM_ADA: {
    status: 409,
    id: 'Tim Evaluasi Internal tahun ini belum dibentuk: bentuk tim dan penugasannya lebih dahulu.',
    en: "This year's internal evaluation team has not been set up yet.",
  },
  REVIU_NOT_IN_TEAM: {
    status: 403,
    id: 'Anda bukan anggota Tim Evaluasi Internal tahun ini.',
    en: "You are not a member of this year's internal evaluation team.",
  },
  REVIU_OWN_PD: {
    status: 403,
    id: 'Evaluator tidak boleh mereviu perangkat daerah tempat ia bertugas.',
    en: 'An evaluator may not review a PD they belong to.',
  },
  REVIU_NOT_ASSIGNED: {
    status: 403,
    id: 'Perangkat daerah atau sasaran ini tidak ditugaskan kepada Anda dalam tim evaluasi.',
    en: 'This PD or sasaran is not assigned to you in the evaluation team.',
  },
  PERIODE_BELUM_DITUTUP: {
    status: 409,
    id: 'Periode ini belum ditutup untuk pengisian: reviu on-going dilakukan setelah periode terkunci.',
    en: 'This period is not closed for entry yet: the on-going review follows its closing.',
  },
  REVIU_STATUS: {
    status: 409,
    id: 'Langkah ini tidak dapat dilakukan pada status reviu sekarang.',
    en: "This step is not possible in the review's current status.",
  },
  DIMENSI_DIPAKAI: {
    status: 409,
    id: 'Dimensi yang sudah dipakai dalam penilaian tidak dapat dihapus.',
    en: 'A dimension already used in a judgement cannot be removed.',
  },
  REVIU_NOT_FINAL: {
    status: 409,
    id: 'Sanggah hanya dapat diajukan atas reviu yang sudah final.',
    en: 'A sanggah can only be filed against a final review.',
  },
  SANGGAH_WINDOW_CLOSED: {
    status: 409,
    id: 'Masa sanggah untuk reviu ini sudah berakhir.',
    en: 'The appeal window for this review has closed.',
  },
  SANGGAH_PENDING: {
    status: 409,
    id: 'Sanggah sebelumnya atas reviu ini belum dijawab.',
    en: 'An earlier appeal against this review has not been answered yet.',
  },
  SANGGAH_ANSWERED: {
    status: 409,
    id: 'Sanggah ini sudah dijawab.',
    en: 'This appeal has already been answered.',
  },
  LAPORAN_DIAJUKAN: {
    status: 409,
    id: 'Laporan kemajuan ini sudah diajukan dan tidak dapat diubah; minta STU membukanya kembali.',
    en: 'This progress report has been submitted; ask the STU to reopen it.',
  },
  LAPORAN_EXISTS: {
    status: 409,
    id: 'Laporan kemajuan untuk lingkup dan periode ini sudah ada; buka laporan itu.',
    en: 'A progress report for this scope and period already exists; open it.',
  },
  VERIFICATION_FLAGGED: {
    status: 422,
    id: 'Sebagian realisasi ditandai untuk diperiksa (nilai sama dengan target tanpa bukti, atau bukti dipakai ulang): verifikasi satu per satu; tidak ada yang diverifikasi.',
    en: 'Some realisations are flagged for review: verify them one by one; nothing was verified.',
  },
  VERSION_REGULASI_DRAFT: {
    status: 422,
    id: 'Versi ini masih mengacu pada rancangan peraturan: isi nomor dan tanggal penetapan peraturannya sebelum diberlakukan.',
    en: 'This version still cites a draft regulation: enter the enacted regulation first.',
  },
  VERSION_SUPERSEDED: {
    status: 409,
    id: 'Versi yang sudah digantikan tidak dapat diberlakukan kembali.',
    en: 'A superseded version cannot be activated again.',
  },
  VERSION_ENACTED: {
    status: 409,
    id: 'Versi ini sudah ditetapkan (berlaku atau digantikan); teksnya tidak dapat diubah atau dihapus. Buat versi perubahan untuk mengoreksinya.',
    en: 'This version is enacted (in force or superseded); its text cannot be changed or deleted. Create an amendment to correct it.',
  },
  VERSION_IS_BASE: {
    status: 409,
    id: 'Versi lain dibuat dari draf ini; hapus versi tersebut terlebih dahulu.',
    en: 'Another version is based on this draft; delete that version first.',
  },
  WRONG_STATUS: {
    status: 409,
    id: 'Langkah ini tidak berlaku untuk status data saat ini.',
    en: 'This step does not apply in the current status.',
  },
  NO_ACTIVE_ROAD_MAP: {
    status: 409,
    id: 'Belum ada road map yang berlaku.',
    en: 'There is no road map in force.',
  },
  REGULASI_EXISTS: { status: 409, id: 'Regulasi ini sudah tercatat.', en: 'This regulation is already recorded.' },
  NODE_HAS_CHILDREN: {
    status: 409,
    id: 'Simpul ini masih memiliki isi di bawahnya.',
    en: 'This node still has children.',
  },
  PLACEMENT_EXISTS: {
    status: 409,
    id: 'Indikator ini sudah ditempatkan di sana.',
    en: 'The indicator is already placed there.',
  },
  PERIODE_LOCKED: {
    status: 409,
    id: 'Periode ini terkunci untuk pengisian.',
    en: 'This period is locked for entry.',
  },
  PERIODE_NOT_OPEN: {
    status: 409,
    id: 'Periode ini belum dibuka untuk pengisian.',
    en: 'This period is not open for entry yet.',
  },
  PERIODE_NOT_LOCKED: { status: 409, id: 'Periode ini tidak terkunci.', en: 'This period is not locked.' },
  PERIODE_EXISTS: {
    status: 409,
    id: 'Periode tahun ini sudah dibuat.',
    en: 'The periods of this year already exist.',
  },
  REALISASI_LOCKED: {
    status: 409,
    id: 'Realisasi ini tidak dapat diubah pada statusnya sekarang.',
    en: 'This realisasi cannot be changed in its current status.',
  },
  RENCANA_AKSI_HAS_REALISASI: {
    status: 409,
    id: 'Rencana aksi ini sudah memiliki realisasi dan tidak dapat dihapus.',
    en: 'This action plan has realisasi and cannot be deleted.',
  },
  SELF_LOCKOUT: {
    status: 409,
    id: 'Anda tidak dapat mencabut akses administrator Anda sendiri.',
    en: 'You cannot remove your own administrator access.',
  },
  EVALUASI_EXISTS: { status: 409, id: 'Evaluasi tahun ini sudah ada.', en: 'This year’s evaluation exists.' },
  EVALUASI_CLOSED: {
    status: 409,
    id: 'Evaluasi tahun ini sudah ditutup.',
    en: 'This year’s evaluation is closed.',
  },
  EVALUASI_NOT_CLOSED: {
    status: 409,
    id: 'Evaluasi tahun ini belum ditutup.',
    en: 'This year’s evaluation is not closed.',
  },
  EVALUASI_INCOMPLETE: {
    status: 409,
    id: 'Lembar kerja belum lengkap.',
    en: 'The worksheet is not complete.',
  },
  HISTORY_EXISTS: {
    status: 409,
    id: 'Riwayat tahun ini sudah tercatat.',
    en: 'The history of this year is already recorded.',
  },
  HISTORY_INTERNAL: {
    status: 409,
    id: 'Riwayat ini berasal dari evaluasi di aplikasi dan tidak dapat diubah langsung.',
    en: 'This history entry comes from an evaluation in the app and cannot be edited directly.',
  },
  NO_LKE_CONFIG: {
    status: 409,
    id: 'Belum ada konfigurasi LKE untuk tahun ini.',
    en: 'There is no LKE configuration for this year.',
  },
  LKE_CONFIG_EXISTS: {
    status: 409,
    id: 'Konfigurasi LKE tahun ini sudah ada.',
    en: 'This year’s LKE configuration exists.',
  },
  LKE_CONFIG_LOCKED: {
    status: 409,
    id: 'Konfigurasi LKE ini terkunci (tahunnya sudah ditutup).',
    en: 'This LKE configuration is locked (its year is closed).',
  },
  REKOMENDASI_NEEDS_EVIDENCE: {
    status: 409,
    id: 'Tambahkan tindak lanjut dengan bukti sebelum menandai selesai.',
    en: 'Add a follow-up with evidence before marking it done.',
  },
  REKOMENDASI_NEEDS_REASON: {
    status: 409,
    id: 'Tuliskan alasan mengembalikan tindak lanjut.',
    en: 'Give the reason for sending the follow-up back.',
  },
  REKOMENDASI_STATUS: {
    status: 409,
    id: 'Langkah ini tidak berlaku untuk status rekomendasi saat ini.',
    en: 'This step does not apply to the recommendation’s status.',
  },

  // ——— the server ———
  INTERNAL_ERROR: {
    status: 500,
    id: 'Terjadi kesalahan pada server. Silakan coba lagi.',
    en: 'Internal server error.',
  },
  SERVER_BUSY: {
    status: 503,
    id: 'Server sedang memproses impor lain. Coba lagi sebentar lagi.',
    en: 'The server is busy with other imports; try again shortly.',
  },
  SELF_VERIFICATION: {
    status: 403,
    id: 'Anda yang mengisi atau mengajukan realisasi ini: verifikasi harus dilakukan orang lain.',
    en: 'You entered or submitted this realisation: someone else must verify it.',
  },
  DATABASE_UNAVAILABLE: {
    status: 503,
    id: 'Basis data tidak dapat dihubungi.',
    en: 'The database cannot be reached.',
  },
});

export type ErrorCode = keyof typeof ERROR_CODES;

export const isErrorCode = (x: string): x is ErrorCode => Object.hasOwn(ERROR_CODES, x);
