export interface UsersTable {
  id: string;
  /** Lower-cased; unique across the server (one person may hold roles in several programmes). */
  email: string;
  display_name: string;
  /** scrypt hash (see platform/auth/password.ts); null until an invitation is accepted. */
  password_hash: string | null;
  locale: string | null;
  disabled_at: string | null;
  password_changed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface RoleAssignmentsTable {
  id: string;
  programme_id: string;
  user_id: string;
  role: string;
  organisation_id: string | null;
  created_at: string;
}

export interface SessionsTable {
  /** sha256 of the cookie value: a leaked table does not give working sessions. */
  id_hash: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface RateLimitHitsTable {
  id: string;
  bucket: string;
  hit_at: string;
}

export interface OneTimeTokensTable {
  id: string;
  token_hash: string;
  user_id: string;
  programme_id: string | null;
  /** password_reset | invitation */
  purpose: string;
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

export interface ApiTokensTable {
  id: string;
  programme_id: string;
  name: string;
  /** inventory | integration */
  purpose: string;
  token_hash: string;
  /** First characters of the token, shown in lists so a person can tell tokens apart. */
  token_prefix: string;
  created_by: string | null;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}
