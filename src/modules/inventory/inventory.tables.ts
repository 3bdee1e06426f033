export interface InventoriesTable {
  id: string;
  programme_id: string;
  device_id: string;
  /** fusioninventory-xml | glpi-xml | glpi-json | glpi-json-file | lshw-json */
  source: string;
  /** The agent's DEVICEID: recorded, never used as the machine's identity. */
  agent_device_id: string | null;
  agent_version: string | null;
  /** The agent's --tag value (a lot reference or an asset tag). */
  tag: string | null;
  is_partial: number;
  payload_sha256: string;
  /** The payload as received, decompressed then gzip-compressed. */
  payload_gzip: Buffer;
  payload_size: number;
  /** JSON of InventoryFacts (merged with the previous facts for a partial inventory). */
  facts: string;
  /** Audit label of the token or person who sent it. */
  submitted_by: string;
  received_at: string;
}

export interface InventoryDisksTable {
  id: string;
  programme_id: string;
  inventory_id: string;
  device_id: string;
  position: number;
  name: string | null;
  model: string | null;
  serial: string | null;
  size_mb: number | null;
  bus: string | null;
  /** ssd | hdd | unknown */
  media: string;
}

export interface InventorySoftwareTable {
  inventory_id: string;
  programme_id: string;
  position: number;
  name: string;
  version: string | null;
  publisher: string | null;
  arch: string | null;
}
