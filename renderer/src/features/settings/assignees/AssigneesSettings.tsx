import { portfolioSettingsRepo } from '../../../data/repositories/portfolioSettings';
import { LoadOnce } from '../../../shared/ui/LoadOnce';
import { AssigneesForm } from './AssigneesForm';

const loadSettings = () =>
  Promise.all([portfolioSettingsRepo.assignees(), portfolioSettingsRepo.aging()]);

/**
 * Paramètres → Gestionnaires: the credit controllers debtors are assigned to, and the aging
 * buckets' boundaries, loaded once, then edited.
 */
export function AssigneesSettings() {
  return (
    <LoadOnce
      load={loadSettings}
      loadingLabel="Chargement des gestionnaires"
      errorTitle="Impossible de charger les gestionnaires"
    >
      {([names, aging]) => <AssigneesForm names={names.names} boundaries={aging.boundaries} />}
    </LoadOnce>
  );
}
