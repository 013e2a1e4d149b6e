/**
 * Court before notice: a dossier is produced once the mise en demeure's deadline has passed. Before
 * that, or without one, the user may still export, but writes why, and the reason is audited.
 */
import type { Claim } from '../claim';
import { formatDateFr } from '../dates';

/** Why exporting now needs a written reason, in French; null when the notice's deadline passed. */
export function noticeIssue(claim: Pick<Claim, 'notice'>): string | null {
  const { notice } = claim;
  if (!notice) {
    return 'Aucune mise en demeure n’a été enregistrée comme envoyée à ce débiteur.';
  }
  if (!notice.deadlinePassed) {
    return (
      `Le délai de la mise en demeure du ${formatDateFr(notice.date)} court jusqu’au ` +
      `${formatDateFr(notice.deadline)} inclus.`
    );
  }
  return null;
}

/** The shortest reason accepted: a few words, not a keystroke. */
export const MIN_REASON_LENGTH = 10;
