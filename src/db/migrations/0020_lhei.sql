CREATE TABLE "lhei" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"instansi_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"status" text DEFAULT 'draf' NOT NULL,
	"narasi" text NOT NULL,
	"inspektur_nama" text,
	"inspektur_nip" text,
	"isi" jsonb,
	"final_at" timestamp with time zone,
	"updated_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"row_version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "lhei_status" CHECK ("lhei"."status" in ('draf','final'))
);
--> statement-breakpoint
ALTER TABLE "lhei" ADD CONSTRAINT "lhei_instansi_id_instansi_id_fk" FOREIGN KEY ("instansi_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "lhei_year" ON "lhei" USING btree ("instansi_id","year");