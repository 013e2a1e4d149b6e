import { Select, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCurrentUser, useWorkstationUser } from '../../data/collectionHooks';
import { useAssigneesSettings } from '../../data/portfolioHooks';
import { collectionSettingsRepo } from '../../data/repositories/collectionSettings';

const NOBODY = '';

/**
 * Who works at this workstation. Working alone: a name from Paramètres → Gestionnaires, no
 * password; the queue shows that person's actions and every change is signed with it. In team
 * mode, signed in: the account's name, read-only (the server knows who signed in).
 */
export function CurrentUserSelect({ label = 'Je suis' }: { label?: string }) {
  const user = useCurrentUser();
  const who = useWorkstationUser();
  const assignees = useAssigneesSettings();
  if (who?.teamMode && who.account) {
    return (
      <TextInput
        label={label}
        value={who.account}
        readOnly
        w={220}
        data-testid="team-account-name"
        title="Nom de votre compte sur le serveur d’équipe"
      />
    );
  }
  const names = assignees?.names ?? [];
  const current = user?.name ?? NOBODY;
  const data = [
    { value: NOBODY, label: 'Personne' },
    ...[...new Set([...names, ...(current ? [current] : [])])].map((n) => ({ value: n, label: n })),
  ];
  return (
    <Select
      label={label}
      data={data}
      value={current}
      allowDeselect={false}
      disabled={user === undefined}
      w={220}
      onChange={async (value) => {
        await collectionSettingsRepo.saveCurrentUser(value ? value : null);
        notifications.show({
          color: 'teal',
          message: value ? `Vous travaillez sous le nom ${value}.` : 'Aucun utilisateur choisi.',
        });
      }}
    />
  );
}
