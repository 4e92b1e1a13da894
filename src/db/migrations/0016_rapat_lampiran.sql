CREATE TABLE "rapat_lampiran" (
	"rapat_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"instansi_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"uploaded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rapat_lampiran_rapat_id_sha256_pk" PRIMARY KEY("rapat_id","sha256")
);
--> statement-breakpoint
ALTER TABLE "rapat_lampiran" ADD CONSTRAINT "rapat_lampiran_rapat_id_rapat_id_fk" FOREIGN KEY ("rapat_id") REFERENCES "public"."rapat"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rapat_lampiran" ADD CONSTRAINT "rapat_lampiran_sha256_evidence_file_sha256_fk" FOREIGN KEY ("sha256") REFERENCES "public"."evidence_file"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rapat_lampiran_sha" ON "rapat_lampiran" USING btree ("sha256");