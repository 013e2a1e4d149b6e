import { Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCurrentUser } from '../../data/collectionHooks';
import { useAssigneesSettings } from '../../data/portfolioHooks';
import { collectionSettingsRepo } from '../../data/repositories/collectionSettings';

const NOBODY = '';

/**
 * Who works at this workstation: a name from Paramètres → Gestionnaires, no password. The queue
 * shows that person's actions and every change is signed with it.
 */
export function CurrentUserSelect({ label = 'Je suis' }: { label?: string }) {
  const user = useCurrentUser();
  const assignees = useAssigneesSettings();
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
