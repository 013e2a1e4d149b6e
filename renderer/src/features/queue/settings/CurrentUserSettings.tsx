import { Paper, Stack, Text, Title } from '@mantine/core';
import { useWorkstationUser } from '../../../data/collectionHooks';
import type { WorkstationUser } from '../../../data/repositories/collectionSettings';
import { PlaceLinks } from '../../../shared/ui/PlaceLinks';
import { CurrentUserSelect } from '../CurrentUserSelect';

/** What Paramètres → Utilisateur says about who signs this workstation's changes. */
export function currentUserExplanation(who: WorkstationUser | undefined): string {
  if (who?.teamMode && who.account) {
    return `En mode équipe, vos appels, notes, courriers et décisions sont signés du nom de votre compte sur le serveur d’équipe, ${who.account}\u00a0: c’est l’administrateur du serveur qui le définit, il ne se change pas ici.`;
  }
  if (who?.teamMode) {
    return 'En mode équipe, vos actions sont signées du nom de votre compte\u00a0: connectez-vous dans Paramètres → Équipe. D’ici là, elles sont signées du nom choisi ci-dessous.';
  }
  return 'La file d’actions montre les actions de la personne choisie (et celles des débiteurs sans gestionnaire)\u00a0; les appels, notes et décisions sont signés de son nom. Les noms proposés sont ceux de l’onglet « Gestionnaires ». Aucun mot de passe\u00a0: choisissez simplement votre nom.';
}

/** Paramètres → Utilisateur: who is working at this workstation. */
export function CurrentUserSettings() {
  const who = useWorkstationUser();
  return (
    <Paper withBorder p="md" maw={760}>
      <Stack gap="sm">
        <Title order={4}>Utilisateur de ce poste</Title>
        <Text size="sm" c="dimmed">
          <PlaceLinks text={currentUserExplanation(who)} />
        </Text>
        <CurrentUserSelect label="Utilisateur" />
      </Stack>
    </Paper>
  );
}
