/**
 * The conflict rules of docs/sync-protocol.md, as a pure decision: given the server's current row
 * and a workstation's mutation, apply (and with which overwritten values) or refuse (and why).
 */
import {
  type Mutation,
  STATE_FIELDS,
  type SyncedTable,
  TABLE_KEYS,
  TABLE_RULES,
} from '../../contracts/sync.ts';
import { sameValue } from './canonical.ts';

export type Row = Record<string, unknown>;

export type Decision =
  /** Write `row` (null: delete); `overwritten` are server values the author had not seen. */
  | { kind: 'apply'; row: Row | null; overwritten: { field: string; value: unknown }[] }
  /** Nothing to write: the server already holds exactly this. */
  | { kind: 'noop' }
  | { kind: 'refuse'; cause: RefusalCause };

export type RefusalCause =
  | { type: 'append-immutable'; op: 'put' | 'delete' }
  | { type: 'deleted' }
  | { type: 'state'; field: string; serverValue: unknown };

export function stateField(table: SyncedTable): string | undefined {
  return (STATE_FIELDS as Partial<Record<SyncedTable, string>>)[table];
}

const has = (row: Row | undefined, field: string) => row !== undefined && Object.hasOwn(row, field);

export function decide(current: Row | null, m: Mutation): Decision {
  const rule = TABLE_RULES[m.table];
  const keyField = TABLE_KEYS[m.table];
  if (rule === 'append') {
    if (m.op === 'delete')
      return { kind: 'refuse', cause: { type: 'append-immutable', op: 'delete' } };
    if (current === null) {
      return { kind: 'apply', row: { ...m.fields, [keyField]: m.key }, overwritten: [] };
    }
    const merged = { ...current, ...m.fields };
    return sameValue(merged, current)
      ? { kind: 'noop' }
      : { kind: 'refuse', cause: { type: 'append-immutable', op: 'put' } };
  }

  if (m.op === 'delete')
    return current === null ? { kind: 'noop' } : { kind: 'apply', row: null, overwritten: [] };

  const fields: Row = { ...m.fields };
  if (current === null) {
    // An update (it carries a base) of a row the server no longer holds: someone deleted it.
    if (m.base && Object.keys(m.base).length > 0)
      return { kind: 'refuse', cause: { type: 'deleted' } };
    return { kind: 'apply', row: { ...fields, [keyField]: m.key }, overwritten: [] };
  }

  const sf = rule === 'state' ? stateField(m.table) : undefined;
  if (sf && has(fields, sf)) {
    const intendsChange = !sameValue(fields[sf], m.base?.[sf]);
    // The state moves only from the value the workstation saw, even to the same target state:
    // whoever reached it first made the transition.
    if (intendsChange && !sameValue(m.base?.[sf], current[sf])) {
      return { kind: 'refuse', cause: { type: 'state', field: sf, serverValue: current[sf] } };
    }
    // A row re-sent with the state it saw unchanged never moves the server's state back.
    if (!intendsChange) delete fields[sf];
  }

  const overwritten: { field: string; value: unknown }[] = [];
  for (const [field, value] of Object.entries(fields)) {
    if (field === keyField) continue;
    if (
      m.base &&
      has(m.base, field) &&
      !sameValue(m.base[field], current[field]) &&
      !sameValue(current[field], value)
    ) {
      overwritten.push({ field, value: current[field] ?? null });
    }
  }
  const row = { ...current, ...fields, [keyField]: m.key };
  if (sameValue(row, current)) return { kind: 'noop' };
  return { kind: 'apply', row, overwritten };
}

const PROMISE_STATES: Record<string, string> = {
  kept: 'constatée tenue',
  broken: 'constatée non tenue',
  cancelled: 'annulée',
  active: 'remise en cours',
};
const INVOICE_STATES: Record<string, string> = {
  open: 'ouverte',
  paid: 'payée',
  disputed: 'contestée',
  'written-off': 'passée en perte',
};
const CASE_STAGES: Record<string, string> = {
  'relance-1': 'Relance 1',
  'relance-2': 'Relance 2',
  'mise-en-demeure': 'Mise en demeure',
  'derniere-chance': 'Dernière chance',
  procedure: 'Procédure',
  execution: 'Exécution',
  clos: 'Clos',
};

/** The French sentence a refused user reads; `who` and `when` describe the change that won. */
export function refusalReason(
  table: SyncedTable,
  cause: RefusalCause,
  who: string | null,
  when: string | null,
): string {
  const by = who && when ? ` par ${who} ${when}` : '';
  if (cause.type === 'append-immutable') {
    return cause.op === 'delete'
      ? 'Un fait enregistré (appel, note, courrier envoyé, journal) ne peut pas être supprimé.'
      : 'Un fait enregistré (appel, note, courrier envoyé, journal) ne peut pas être modifié.';
  }
  if (cause.type === 'deleted')
    return `Cette fiche a été supprimée${by}\u00a0: votre modification n’a pas été enregistrée.`;
  const value = String(cause.serverValue ?? '');
  switch (table) {
    case 'promises':
      return `Cette promesse a déjà été ${PROMISE_STATES[value] ?? `passée à l’état « ${value} »`}${by}.`;
    case 'cases':
      return `Ce dossier est déjà passé à l’étape « ${CASE_STAGES[value] ?? value} »${by}.`;
    case 'invoices':
      return `Cette pièce a déjà été déclarée ${INVOICE_STATES[value] ?? `« ${value} »`}${by}.`;
    default:
      return `Cette fiche a déjà changé d’état (« ${value} »)${by}.`;
  }
}
