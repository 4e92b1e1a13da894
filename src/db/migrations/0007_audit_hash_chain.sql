-- Hash chain over the audit trail (issue #9, item 6). Every event carries the hash of the previous
-- one, computed by the database in a BEFORE INSERT trigger, so neither the app nor a second writer
-- can back-date an event or fork the chain; `cli audit verify` recomputes it. The canonical text
-- form is documented in docs/security.md and reproduced by src/db/audit-verify.ts.
ALTER TABLE "audit_event" ADD COLUMN "prev_hash" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_event" ADD COLUMN "hash" text DEFAULT '' NOT NULL;--> statement-breakpoint
-- One field of the canonical text: its length in bytes, a colon and the text; '~' for NULL, so no
-- value can be mistaken for a field boundary.
CREATE OR REPLACE FUNCTION audit_event_field(v text) RETURNS text AS $$
  SELECT CASE WHEN v IS NULL THEN '~' ELSE octet_length(v)::text || ':' || v END
$$ LANGUAGE sql IMMUTABLE;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_event_canonical(e audit_event) RETURNS text AS $$
  SELECT 'peta-rb-audit-v1|'
    || audit_event_field(e.prev_hash)
    || audit_event_field(e.id::text)
    || audit_event_field(to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
    || audit_event_field(e.instansi_id::text)
    || audit_event_field(e.actor)
    || audit_event_field(e.actor_role)
    || audit_event_field(e.action)
    || audit_event_field(e.entity_type)
    || audit_event_field(e.entity_id)
    || audit_event_field(e.before::text)
    || audit_event_field(e.after::text)
    || audit_event_field(e.ip)
    || audit_event_field(e.request_id)
    || audit_event_field(e.pd_key)
$$ LANGUAGE sql STABLE;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_event_hash(e audit_event) RETURNS text AS $$
  SELECT encode(sha256(convert_to(audit_event_canonical(e), 'UTF8')), 'hex')
$$ LANGUAGE sql STABLE;
--> statement-breakpoint
-- Existing events are chained in id order. The append-only trigger is lifted for this one update,
-- inside the migration's transaction.
ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update;--> statement-breakpoint
DO $$
DECLARE
  r audit_event;
  prev text := '';
BEGIN
  FOR r IN SELECT * FROM audit_event ORDER BY id LOOP
    r.prev_hash := prev;
    r.hash := audit_event_hash(r);
    UPDATE audit_event SET prev_hash = r.prev_hash, hash = r.hash WHERE id = r.id;
    prev := r.hash;
  END LOOP;
END $$;
--> statement-breakpoint
ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update;--> statement-breakpoint
-- The transaction-level advisory lock serialises audit writers until they commit, and the id is
-- drawn under that lock, so id order is commit order and the last row read is the chain's head.
-- `at` is the database clock: whatever the app sends is overwritten.
CREATE OR REPLACE FUNCTION audit_event_chain() RETURNS trigger AS $$
DECLARE
  last_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(727002);
  NEW.id := nextval('audit_event_id_seq');
  NEW.at := clock_timestamp();
  SELECT hash INTO last_hash FROM audit_event ORDER BY id DESC LIMIT 1;
  NEW.prev_hash := coalesce(last_hash, '');
  NEW.hash := audit_event_hash(NEW);
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_event_chain BEFORE INSERT ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_chain();
