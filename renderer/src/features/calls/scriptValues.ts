/** The values the call script's placeholders are filled with, from the debtor's file. */
import type { CallContext } from '../../data/repositories/callContext';
import { daysBetween, formatDateFr } from '../../domain/dates';
import type { Contact, Invoice, IsoDate } from '../../domain/model';
import { formatEuros, sumCents } from '../../domain/money';
import { formatCount, plural } from '../../domain/numbers';

/** Open invoices the call is about, oldest first; `overdue` ones are preselected. */
export function callItems(
  context: CallContext,
  today: IsoDate,
): { all: Invoice[]; overdue: Invoice[] } {
  const all = context.collection.items
    .filter((i) => i.kind === 'invoice' && i.status === 'open' && i.openCents > 0)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  return { all, overdue: all.filter((i) => i.dueDate < today) };
}

export function scriptValues(
  context: CallContext,
  contact: Contact | undefined,
  today: IsoDate,
): Record<string, string> {
  const { overdue } = callItems(context, today);
  const oldest = overdue[0];
  const letter = context.letters[0];
  return {
    interlocuteur: contact?.name ?? '',
    debiteur: context.collection.debtor.name,
    creancier: context.creditorName || 'notre société',
    utilisateur: context.user ?? '',
    montant: formatEuros(sumCents(overdue.map((i) => i.openCents))),
    nb_factures: formatCount(overdue.length),
    factures_impayees: plural(overdue.length, 'facture impayée', 'factures impayées'),
    plus_ancienne: oldest?.number ?? '',
    jours_retard: formatCount(oldest ? daysBetween(oldest.dueDate, today) : 0),
    derniere_relance: letter
      ? `Nous vous avons adressé un courrier « ${letter.templateName ?? letter.template} » le ${formatDateFr(letter.date)}.`
      : '',
  };
}
