import fs from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Real commune data from @etalab/decoupage-administratif (INSEE geography, La Poste postal
 * codes, INSEE population). The JSON files weigh 12 MB: they are read only when a seed or an
 * import asks for them, never when the app starts, and not kept in memory afterwards.
 */
export interface ReferenceCommune {
  inseeCode: string;
  name: string;
  postalCodes: string[];
  population: number | null;
}

export const GRAND_BESANCON_EPCI = '242500361';

interface EtalabEpci {
  code: string;
  nom: string;
  membres: { code: string; nom: string }[];
}

interface EtalabCommune {
  code: string;
  nom: string;
  type: string;
  codesPostaux?: string[];
  population?: number;
}

const require = createRequire(import.meta.url);

function readDataFile<T>(file: 'communes.json' | 'epci.json'): T {
  const path = require.resolve(`@etalab/decoupage-administratif/data/${file}`);
  return JSON.parse(fs.readFileSync(path, 'utf8')) as T;
}

/** The member communes of an EPCI (intercommunality), by SIREN code, sorted by name. */
export function communesOfEpci(epciCode: string): ReferenceCommune[] {
  const epci = readDataFile<EtalabEpci[]>('epci.json').find((e) => e.code === epciCode);
  if (!epci) throw new Error(`Unknown EPCI ${epciCode} in @etalab/decoupage-administratif`);
  const members = new Set(epci.membres.map((m) => m.code));
  // Only current communes: delegated and associated communes share INSEE codes with them.
  const communes = readDataFile<EtalabCommune[]>('communes.json').filter(
    (c) => c.type === 'commune-actuelle' && members.has(c.code),
  );
  const byCode = new Map(communes.map((c) => [c.code, c]));
  return epci.membres
    .map((m) => {
      const c = byCode.get(m.code);
      return {
        inseeCode: m.code,
        name: c?.nom ?? m.nom,
        postalCodes: c?.codesPostaux ?? [],
        population: c?.population ?? null,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}
