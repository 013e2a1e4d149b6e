import { Paper, Stack, Text, Title } from '@mantine/core';
import { CurrentUserSelect } from '../CurrentUserSelect';

/** Paramètres → Utilisateur: who is working at this workstation. */
export function CurrentUserSettings() {
  return (
    <Paper withBorder p="md" maw={760}>
      <Stack gap="sm">
        <Title order={4}>Utilisateur de ce poste</Title>
        <Text size="sm" c="dimmed">
          La file d’actions montre les actions de la personne choisie (et celles des débiteurs sans
          gestionnaire) ; les appels, notes et décisions sont signés de son nom. Les noms proposés
          sont ceux de l’onglet « Gestionnaires ». Aucun mot de passe : choisissez simplement votre
          nom.
        </Text>
        <CurrentUserSelect label="Utilisateur" />
      </Stack>
    </Paper>
  );
}
