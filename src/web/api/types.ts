// The one server answer the browser still types by hand: an audit event of the history route, which
// belongs to the audit feature and has no contract yet (src/domain/contracts/<feature>.ts is the rule).
export interface AuditEvent {
  id: number | string;
  at: string;
  actor: string;
  actorRole?: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}
