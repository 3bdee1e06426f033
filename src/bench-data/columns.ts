import type { TableColumns } from './bulk-sink.js';

/** The columns the generator writes, per table (the rest keep their defaults). */
// prettier-ignore
export const COLUMNS: TableColumns = {
  communes: ['programme_id', 'insee_code', 'name', 'postal_codes', 'population'],
  organisations: [
    'id', 'programme_id', 'kind', 'name', 'uai', 'address_line', 'postal_code', 'commune_insee', 'email',
    'phone', 'archived_at', 'created_at', 'updated_at', 'siret', 'donor_category', 'school_sector',
    'priority_area',
  ],
  school_years: ['id', 'programme_id', 'code', 'starts_on', 'ends_on', 'created_at'],
  households: [
    'id', 'programme_id', 'reference', 'address_line', 'postal_code', 'commune_insee', 'preferred_language',
    'no_computer_at_home', 'priority_neighbourhood', 'registered_at', 'declined_at', 'decline_reason',
    'merged_into_id', 'anonymised_at', 'created_at', 'updated_at',
  ],
  household_guardians: ['id', 'programme_id', 'household_id', 'position', 'first_name', 'last_name', 'created_at'],
  household_contacts: ['id', 'programme_id', 'household_id', 'kind', 'value', 'value_key', 'created_at'],
  pupils: [
    'id', 'programme_id', 'school_year_id', 'school_id', 'household_id', 'first_name', 'last_name',
    'birth_date', 'grade', 'class_name', 'match_key', 'row_hash', 'last_import_id', 'anonymised_at',
    'created_at', 'updated_at',
  ],
  donation_lots: [
    'id', 'programme_id', 'reference', 'donor_id', 'workshop_id', 'status', 'declared_count', 'declared_kinds',
    'pickup_address_line', 'pickup_postal_code', 'pickup_commune_insee', 'wished_pickup_date',
    'scheduled_pickup_date', 'contact_name', 'contact_phone', 'notes', 'received_count', 'total_weight_grams',
    'collected_at', 'received_at', 'closed_at', 'created_by', 'created_at', 'updated_at',
  ],
  devices: [
    'id', 'programme_id', 'asset_tag', 'kind', 'make', 'model', 'serial', 'hardware_uuid', 'lot_id',
    'holder_organisation_id', 'location', 'grade', 'grade_reasons', 'state', 'state_since',
    'latest_inventory_id', 'image_name', 'image_version', 'image_hash', 'outcome', 'manufactured_year',
    'created_at', 'updated_at', 'profile_band',
  ],
  device_events: [
    'id', 'programme_id', 'device_id', 'kind', 'from_state', 'to_state', 'station', 'actor_user_id',
    'actor_label', 'reason', 'details', 'started_at', 'occurred_at', 'undoes_event_id', 'undone_at',
  ],
  inventories: [
    'id', 'programme_id', 'device_id', 'source', 'agent_device_id', 'agent_version', 'tag', 'is_partial',
    'payload_sha256', 'payload_gzip', 'payload_size', 'facts', 'submitted_by', 'received_at',
  ],
  inventory_disks: [
    'id', 'programme_id', 'inventory_id', 'device_id', 'position', 'name', 'model', 'serial', 'size_mb', 'bus',
    'media',
  ],
  erasure_records: [
    'id', 'programme_id', 'device_id', 'disk_serial', 'disk_model', 'disk_size_bytes', 'device_path', 'method',
    'nist_level', 'tool', 'tool_version', 'passes', 'verification', 'result', 'is_proof', 'failure_reason',
    'operator_user_id', 'operator_label', 'started_at', 'ended_at', 'evidence_id', 'evidence_sha256',
    'supersedes_id', 'created_at',
  ],
  device_checks: [
    'id', 'programme_id', 'device_id', 'items', 'passed', 'notes', 'signed_by_user_id', 'signed_by_label',
    'signed_at',
  ],
  campaigns: [
    'id', 'programme_id', 'school_year_id', 'name', 'cohort_grade', 'starts_on', 'ends_on', 'status',
    'priority_rules', 'created_at', 'updated_at',
  ],
  campaign_schools: ['campaign_id', 'school_id', 'programme_id'],
  campaign_households: [
    'id', 'programme_id', 'campaign_id', 'household_id', 'school_id', 'status', 'rank', 'rank_reasons',
    'invitation_code', 'created_at', 'updated_at',
  ],
  allocations: [
    'id', 'programme_id', 'campaign_id', 'household_id', 'device_id', 'run_id', 'status', 'reason',
    'reserved_at', 'ended_at', 'created_by',
  ],
  loans: [
    'id', 'programme_id', 'household_id', 'pupil_id', 'device_id', 'handover_id', 'status', 'starts_on',
    'ends_on', 'ended_at', 'end_reason', 'created_at', 'updated_at',
  ],
  cards: [
    'id', 'programme_id', 'household_id', 'handover_id', 'number', 'pin_hash', 'hours_per_credit',
    'valid_until', 'status', 'replaced_by_id', 'created_at', 'updated_at', 'credits_available', 'credits_held',
    'ledger_entries', 'lost_at', 'lost_reason', 'replaces_id',
  ],
  card_ledger: [
    'id', 'programme_id', 'card_id', 'kind', 'credits', 'reference_id', 'idempotency_key', 'note',
    'actor_label', 'created_at', 'sequence',
  ],
  venues: [
    'id', 'programme_id', 'step_free_access', 'accessible_toilets', 'hearing_loop', 'accessibility_notes',
    'public_transport', 'opening_hours', 'created_at', 'updated_at',
  ],
  venue_rooms: [
    'id', 'programme_id', 'venue_id', 'name', 'capacity', 'computers', 'step_free', 'active', 'created_at',
    'updated_at',
  ],
  training_sessions: [
    'id', 'programme_id', 'venue_id', 'room_id', 'theme_id', 'series_id', 'starts_at', 'ends_at', 'local_date',
    'trainer_name', 'seats', 'booked_count', 'language', 'status', 'cancelled_at', 'cancel_reason',
    'created_by', 'created_at', 'updated_at',
  ],
  training_bookings: [
    'id', 'programme_id', 'session_id', 'card_id', 'household_id', 'status', 'channel', 'waitlisted_at',
    'booked_at', 'cancelled_at', 'cancel_reason', 'attended_at', 'absent_marked_at', 'created_by',
    'created_at', 'updated_at',
  ],
  training_checkins: [
    'id', 'programme_id', 'idempotency_key', 'booking_id', 'session_id', 'card_id', 'ledger_entry_id',
    'walk_in', 'method', 'station_label', 'checked_in_by', 'created_at',
  ],
  training_daily_figures: ['programme_id', 'day', 'venue_id', 'theme_id', 'kind', 'entries', 'credits'],
};
