import { creditorRepo } from '../../../data/repositories/creditor';
import { LoadOnce } from '../../../shared/ui/LoadOnce';
import { CreditorForm } from './CreditorForm';

/** Paramètres → Créancier: the saved identity, loaded once, then edited in the form. */
export function CreditorSettings() {
  return (
    <LoadOnce
      load={creditorRepo.load}
      loadingLabel="Chargement de l’identité du créancier"
      errorTitle="Impossible de charger l’identité du créancier"
    >
      {(creditor) => <CreditorForm initial={creditor} />}
    </LoadOnce>
  );
}
