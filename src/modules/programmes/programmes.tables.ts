export interface ProgrammesTable {
  id: string;
  slug: string;
  name: string;
  /** ISO 3166-1 alpha-2, e.g. FR, SN. */
  country: string;
  /** BCP 47 default locale of the programme, e.g. fr-FR. */
  locale: string;
  /** JSON array of UI languages offered, e.g. ["fr","en"]. */
  languages: string;
  /** ISO 4217, e.g. EUR, XOF. */
  currency: string;
  /** IANA time zone, e.g. Europe/Paris. */
  time_zone: string;
  /** JSON array of grade codes in school order, e.g. ["CP","CE1","CE2","CM1","CM2"]. */
  grades: string;
  /** JSON object: see ProgrammeSettings. */
  settings: string;
  created_at: string;
  updated_at: string;
}
