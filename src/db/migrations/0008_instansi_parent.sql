ALTER TABLE "instansi" ADD COLUMN "parent_id" uuid;--> statement-breakpoint
ALTER TABLE "instansi" ADD CONSTRAINT "instansi_parent_id_instansi_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."instansi"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_event_instansi_pd" ON "audit_event" USING btree ("instansi_id","pd_key","id");--> statement-breakpoint
CREATE INDEX "audit_event_instansi_id" ON "audit_event" USING btree ("instansi_id","id");