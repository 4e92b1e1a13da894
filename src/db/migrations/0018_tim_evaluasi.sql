CREATE TABLE "tim_evaluasi" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"sk_nomor" text,
	"row_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tim_evaluasi_anggota" (
	"tim_id" uuid NOT NULL,
	"instansi_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"peran" text NOT NULL,
	"pd_key" text,
	"sort_order" integer NOT NULL,
	CONSTRAINT "tim_evaluasi_anggota_tim_id_user_id_pk" PRIMARY KEY("tim_id","user_id"),
	CONSTRAINT "tim_evaluasi_peran" CHECK ("tim_evaluasi_anggota"."peran" in ('ketua','pengendali_teknis','anggota'))
);
--> statement-breakpoint
CREATE TABLE "tim_evaluasi_tugas" (
	"tim_id" uuid NOT NULL,
	"instansi_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"jenis" text NOT NULL,
	"key" text NOT NULL,
	CONSTRAINT "tim_evaluasi_tugas_tim_id_jenis_key_pk" PRIMARY KEY("tim_id","jenis","key"),
	CONSTRAINT "tim_evaluasi_tugas_jenis" CHECK ("tim_evaluasi_tugas"."jenis" in ('pd','sasaran'))
);
--> statement-breakpoint
ALTER TABLE "tim_evaluasi" ADD CONSTRAINT "tim_evaluasi_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tim_evaluasi_anggota" ADD CONSTRAINT "tim_evaluasi_anggota_tim_id_tim_evaluasi_id_fk" FOREIGN KEY ("tim_id") REFERENCES "public"."tim_evaluasi"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tim_evaluasi_anggota" ADD CONSTRAINT "tim_evaluasi_anggota_user_id_user_account_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user_account"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tim_evaluasi_tugas" ADD CONSTRAINT "tim_evaluasi_tugas_tim_id_tim_evaluasi_id_fk" FOREIGN KEY ("tim_id") REFERENCES "public"."tim_evaluasi"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "tim_evaluasi_year" ON "tim_evaluasi" USING btree ("instansi_id","year");