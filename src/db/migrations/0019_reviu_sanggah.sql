CREATE TABLE "reviu" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"tahap" text NOT NULL,
	"periode_id" uuid,
	"subject_type" text NOT NULL,
	"subject_key" text NOT NULL,
	"pd_key" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"putaran" integer DEFAULT 1 NOT NULL,
	"penilaian" jsonb NOT NULL,
	"rekomendasi" text DEFAULT '' NOT NULL,
	"tanggapan" text,
	"plan_row_version" integer,
	"riwayat" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"evaluator_id" uuid,
	"final_at" timestamp with time zone,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "reviu_subject" UNIQUE NULLS NOT DISTINCT("instansi_id","year","tahap","periode_id","subject_type","subject_key","pd_key"),
	CONSTRAINT "reviu_tahap" CHECK ("reviu"."tahap" in ('ex_ante','on_going')),
	CONSTRAINT "reviu_status" CHECK ("reviu"."status" in ('draft','dikembalikan','ditanggapi','final')),
	CONSTRAINT "reviu_subject_type" CHECK ("reviu"."subject_type" in ('indikator','rencana_aksi')),
	CONSTRAINT "reviu_periode" CHECK (("reviu"."tahap" = 'ex_ante') = ("reviu"."periode_id" is null))
);
--> statement-breakpoint
CREATE TABLE "reviu_dimensi" (
	"instansi_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"code" text NOT NULL,
	"label" text NOT NULL,
	"pertanyaan" text NOT NULL,
	"kriteria_lke" text,
	"sort_order" integer NOT NULL,
	CONSTRAINT "reviu_dimensi_instansi_id_year_code_pk" PRIMARY KEY("instansi_id","year","code")
);
--> statement-breakpoint
CREATE TABLE "sanggah" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"reviu_id" uuid NOT NULL,
	"pd_key" text NOT NULL,
	"dimensi" text,
	"alasan" text NOT NULL,
	"status" text DEFAULT 'diajukan' NOT NULL,
	"jawaban" text,
	"penilaian_sebelum" jsonb,
	"penilaian_sesudah" jsonb,
	"diajukan_oleh" text NOT NULL,
	"diajukan_at" timestamp with time zone DEFAULT now() NOT NULL,
	"dijawab_oleh" text,
	"dijawab_at" timestamp with time zone,
	"row_version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "sanggah_status" CHECK ("sanggah"."status" in ('diajukan','diterima','ditolak'))
);
--> statement-breakpoint
CREATE TABLE "sanggah_bukti" (
	"sanggah_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"instansi_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"uploaded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sanggah_bukti_sanggah_id_sha256_pk" PRIMARY KEY("sanggah_id","sha256")
);
--> statement-breakpoint
ALTER TABLE "realisasi" ADD COLUMN "kendala" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "realisasi" ADD COLUMN "solusi" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "reviu" ADD CONSTRAINT "reviu_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviu" ADD CONSTRAINT "reviu_periode_id_periode_id_fk" FOREIGN KEY ("periode_id") REFERENCES "public"."periode"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviu" ADD CONSTRAINT "reviu_evaluator_id_user_account_id_fk" FOREIGN KEY ("evaluator_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviu_dimensi" ADD CONSTRAINT "reviu_dimensi_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanggah" ADD CONSTRAINT "sanggah_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanggah" ADD CONSTRAINT "sanggah_reviu_id_reviu_id_fk" FOREIGN KEY ("reviu_id") REFERENCES "public"."reviu"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanggah_bukti" ADD CONSTRAINT "sanggah_bukti_sanggah_id_sanggah_id_fk" FOREIGN KEY ("sanggah_id") REFERENCES "public"."sanggah"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sanggah_bukti" ADD CONSTRAINT "sanggah_bukti_sha256_evidence_file_sha256_fk" FOREIGN KEY ("sha256") REFERENCES "public"."evidence_file"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reviu_year" ON "reviu" USING btree ("instansi_id","year","tahap");--> statement-breakpoint
CREATE INDEX "sanggah_reviu" ON "sanggah" USING btree ("reviu_id");--> statement-breakpoint
CREATE INDEX "sanggah_bukti_sha" ON "sanggah_bukti" USING btree ("sha256");