export interface AuditChainHeadsTable {
  chain_id: string;
  seq: number;
  hash: string;
}

export interface AuditEventsTable {
  id: string;
  /** Programme id, or "platform" for events outside any programme. */
  chain_id: string;
  seq: number;
  programme_id: string | null;
  actor_user_id: string | null;
  /** Email of the person, or "cli", "system", "token:<name>". */
  actor_label: string;
  actor_role: string | null;
  entity_type: string;
  entity_id: string | null;
  action: string;
  /** JSON object describing the change, never secrets. */
  summary: string;
  occurred_at: string;
  prev_hash: string;
  hash: string;
}
