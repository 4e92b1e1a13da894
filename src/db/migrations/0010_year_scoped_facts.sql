ALTER TABLE "indikator" ADD COLUMN "baseline_origin" jsonb;--> statement-breakpoint
ALTER TABLE "indikator" ADD COLUMN "scale_changes" jsonb;--> statement-breakpoint
ALTER TABLE "result_node" ADD COLUMN "valid_from" integer;--> statement-breakpoint
ALTER TABLE "result_node" ADD COLUMN "valid_to" integer;