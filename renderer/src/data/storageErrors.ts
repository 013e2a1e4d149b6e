/**
 * Turns what IndexedDB (through Dexie) throws into one French sentence a credit controller can
 * act on. Every write in Recouvra runs in a transaction, so whatever failed, nothing was written:
 * the messages say so.
 */

/** The error's name, looking through Dexie's wrappers (`inner`, bulk `failures`). */
function storageErrorNames(error: unknown, depth = 0): string[] {
  if (typeof error !== 'object' || error === null || depth > 4) return [];
  const names: string[] = [];
  const { name, inner, failures } = error as {
    name?: unknown;
    inner?: unknown;
    failures?: unknown;
  };
  if (typeof name === 'string') names.push(name);
  names.push(...storageErrorNames(inner, depth + 1));
  if (Array.isArray(failures)) {
    for (const failure of failures.slice(0, 3))
      names.push(...storageErrorNames(failure, depth + 1));
  }
  return names;
}

const NOTHING_WRITTEN = 'Aucune donnée n’a été modifiée.';

const MESSAGES: Record<string, string> = {
  QuotaExceededError:
    'L’espace de stockage de Recouvra est plein : libérez de la place sur le disque (ou dans ' +
    'les données du navigateur), puis recommencez.',
  ConstraintError:
    'L’enregistrement entre en conflit avec une donnée existante (identifiant ou numéro déjà ' +
    'utilisé).',
  VersionError:
    'La base de données a été mise à jour par une version plus récente de Recouvra : ' +
    'rechargez la page ou mettez l’application à jour.',
  DatabaseClosedError:
    'La base de données a été fermée (mise à jour dans un autre onglet ou une autre fenêtre) : ' +
    'rechargez la page.',
  InvalidStateError: 'La base de données n’est pas disponible : rechargez la page.',
  ReadOnlyError: 'La base de données est en lecture seule.',
};

/** True when the failure is the disk or the browser quota being full. */
export function isQuotaExceeded(error: unknown): boolean {
  return storageErrorNames(error).includes('QuotaExceededError');
}

export function describeStorageError(error: unknown): string {
  const names = storageErrorNames(error);
  const known = names.find((name) => name in MESSAGES);
  if (known) return `${MESSAGES[known]} ${NOTHING_WRITTEN}`;
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return `L’enregistrement a échoué${detail}. ${NOTHING_WRITTEN}`;
}
