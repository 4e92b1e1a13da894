CREATE TABLE "keputusan_bukti" (
	"keputusan_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"instansi_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"uploaded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "keputusan_bukti_keputusan_id_sha256_pk" PRIMARY KEY("keputusan_id","sha256")
);
--> statement-breakpoint
CREATE TABLE "keputusan_rapat" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rapat_id" uuid NOT NULL,
	"instansi_id" uuid NOT NULL,
	"uraian" text NOT NULL,
	"pemilik_pd_key" text,
	"pemilik_nama" text,
	"tenggat" date NOT NULL,
	"tautan_jenis" text,
	"tautan_id" text,
	"status" text DEFAULT 'terbuka' NOT NULL,
	"catatan" text,
	"sort_order" integer NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "keputusan_rapat_status" CHECK ("keputusan_rapat"."status" in ('terbuka','selesai','terverifikasi')),
	CONSTRAINT "keputusan_rapat_owner" CHECK ("keputusan_rapat"."pemilik_pd_key" is not null or "keputusan_rapat"."pemilik_nama" is not null)
);
--> statement-breakpoint
CREATE TABLE "pokja" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"struktur_id" uuid NOT NULL,
	"instansi_id" uuid NOT NULL,
	"nama" text NOT NULL,
	"ketua_id" uuid,
	"anggota_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"lingkup" text[] DEFAULT '{}'::text[] NOT NULL,
	"sort_order" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rapat" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"jenis" text NOT NULL,
	"pokja_id" uuid,
	"pokja_nama" text,
	"pd_key" text,
	"judul" text NOT NULL,
	"tanggal" date NOT NULL,
	"waktu" text,
	"tempat" text,
	"tautan_daring" text,
	"agenda" text DEFAULT '' NOT NULL,
	"notulen" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draf' NOT NULL,
	"finalized_by" text,
	"finalized_at" timestamp with time zone,
	"created_by" text NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rapat_jenis" CHECK ("rapat"."jenis" in ('pokja','pleno','internal_pd')),
	CONSTRAINT "rapat_status" CHECK ("rapat"."status" in ('draf','final'))
);
--> statement-breakpoint
CREATE TABLE "rapat_addendum" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"rapat_id" uuid NOT NULL,
	"instansi_id" uuid NOT NULL,
	"isi" text NOT NULL,
	"actor" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rapat_hadir" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"rapat_id" uuid NOT NULL,
	"instansi_id" uuid NOT NULL,
	"orang_id" uuid,
	"nama" text NOT NULL,
	"jabatan" text NOT NULL,
	"status" text NOT NULL,
	"alasan" text,
	"sort_order" integer NOT NULL,
	CONSTRAINT "rapat_hadir_status" CHECK ("rapat_hadir"."status" in ('hadir','tidak_hadir','tamu'))
);
--> statement-breakpoint
CREATE TABLE "stu_orang" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"struktur_id" uuid NOT NULL,
	"instansi_id" uuid NOT NULL,
	"nama" text NOT NULL,
	"jabatan" text NOT NULL,
	"pd_key" text,
	"user_id" uuid,
	"peran_stu" text,
	"sort_order" integer NOT NULL,
	CONSTRAINT "stu_orang_peran" CHECK ("stu_orang"."peran_stu" is null or "stu_orang"."peran_stu" in ('ketua','sekretaris','anggota'))
);
--> statement-breakpoint
CREATE TABLE "stu_struktur" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"sk_nomor" text,
	"sk_tanggal" date,
	"row_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "keputusan_bukti" ADD CONSTRAINT "keputusan_bukti_keputusan_id_keputusan_rapat_id_fk" FOREIGN KEY ("keputusan_id") REFERENCES "public"."keputusan_rapat"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keputusan_bukti" ADD CONSTRAINT "keputusan_bukti_sha256_evidence_file_sha256_fk" FOREIGN KEY ("sha256") REFERENCES "public"."evidence_file"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "keputusan_rapat" ADD CONSTRAINT "keputusan_rapat_rapat_id_rapat_id_fk" FOREIGN KEY ("rapat_id") REFERENCES "public"."rapat"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pokja" ADD CONSTRAINT "pokja_struktur_id_stu_struktur_id_fk" FOREIGN KEY ("struktur_id") REFERENCES "public"."stu_struktur"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pokja" ADD CONSTRAINT "pokja_ketua_id_stu_orang_id_fk" FOREIGN KEY ("ketua_id") REFERENCES "public"."stu_orang"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rapat" ADD CONSTRAINT "rapat_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rapat" ADD CONSTRAINT "rapat_pokja_id_pokja_id_fk" FOREIGN KEY ("pokja_id") REFERENCES "public"."pokja"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rapat_addendum" ADD CONSTRAINT "rapat_addendum_rapat_id_rapat_id_fk" FOREIGN KEY ("rapat_id") REFERENCES "public"."rapat"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rapat_hadir" ADD CONSTRAINT "rapat_hadir_rapat_id_rapat_id_fk" FOREIGN KEY ("rapat_id") REFERENCES "public"."rapat"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rapat_hadir" ADD CONSTRAINT "rapat_hadir_orang_id_stu_orang_id_fk" FOREIGN KEY ("orang_id") REFERENCES "public"."stu_orang"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stu_orang" ADD CONSTRAINT "stu_orang_struktur_id_stu_struktur_id_fk" FOREIGN KEY ("struktur_id") REFERENCES "public"."stu_struktur"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stu_orang" ADD CONSTRAINT "stu_orang_user_id_user_account_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user_account"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stu_struktur" ADD CONSTRAINT "stu_struktur_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "keputusan_bukti_sha" ON "keputusan_bukti" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "keputusan_rapat_of" ON "keputusan_rapat" USING btree ("rapat_id");--> statement-breakpoint
CREATE INDEX "keputusan_rapat_open" ON "keputusan_rapat" USING btree ("instansi_id","status","tenggat");--> statement-breakpoint
CREATE INDEX "pokja_struktur" ON "pokja" USING btree ("struktur_id");--> statement-breakpoint
CREATE INDEX "rapat_instansi_tanggal" ON "rapat" USING btree ("instansi_id","tanggal");--> statement-breakpoint
CREATE INDEX "rapat_addendum_of" ON "rapat_addendum" USING btree ("rapat_id");--> statement-breakpoint
CREATE INDEX "rapat_hadir_of" ON "rapat_hadir" USING btree ("rapat_id");--> statement-breakpoint
CREATE INDEX "stu_orang_struktur" ON "stu_orang" USING btree ("struktur_id");--> statement-breakpoint
CREATE UNIQUE INDEX "stu_struktur_year" ON "stu_struktur" USING btree ("instansi_id","year");