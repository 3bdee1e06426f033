export interface MailOutboxTable {
  id: string;
  programme_id: string | null;
  to_address: string;
  subject: string;
  body_text: string;
  template: string;
  /** pending | sent | failed | logged (development: written to the log instead of SMTP) */
  status: string;
  attempts: number;
  last_error: string | null;
  locked_until: string | null;
  created_at: string;
  sent_at: string | null;
}
