import { Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconEraser, IconFileExport } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useDebtorContacts, useDebtorNames } from '../../data/dataSettingsHooks';
import {
  ERASED_CONTACT_NAME,
  eraseContact,
  exportDebtorData,
} from '../../data/repositories/privacy';
import { describeStorageError } from '../../data/storageErrors';
import { todayIso } from '../../domain/dates';
import type { Contact } from '../../domain/model';
import { platform } from '../../platform';
import { confirm } from '../../shared/ui/confirm';
import { Section } from './Section';

const failure = (title: string, error: unknown) =>
  notifications.show({
    color: 'red',
    title,
    message: describeStorageError(error),
    autoClose: false,
  });

/** RGPD requests about a debtor's contacts: export everything, or erase one contact. */
export function PersonalDataSection() {
  // Read when the picker is first used, not when the tab opens: 10,000 names read and sorted took
  // 50-85 ms of the page, and landed in the middle of a backup started at once.
  const [picking, setPicking] = useState(false);
  const debtors = useDebtorNames(picking);
  const choices = useMemo(
    () => (debtors ?? []).map((d) => ({ value: d.id, label: `${d.name} (${d.accountNo})` })),
    [debtors],
  );
  const [debtorId, setDebtorId] = useState<string | null>(null);
  const debtor = debtors?.find((d) => d.id === debtorId);
  const contacts = useDebtorContacts(debtorId);

  async function exportData() {
    if (!debtor) return;
    try {
      const data = await exportDebtorData(debtor.id);
      if (!data) return;
      await platform.saveFile({
        suggestedName: `Recouvra – données ${debtor.accountNo} ${todayIso()}.json`,
        data: new TextEncoder().encode(JSON.stringify(data, null, 2)),
        filters: [{ name: 'JSON', extensions: ['json'] }],
      });
    } catch (error) {
      failure('Export impossible', error);
    }
  }

  async function erase(contact: Contact) {
    if (!debtor) return;
    const confirmed = await confirm({
      title: 'Effacer ce contact ?',
      message: `Le nom, le téléphone et l’e-mail de « ${contact.name} » seront effacés définitivement (remplacés par « ${ERASED_CONTACT_NAME} »). Les pièces comptables et l’historique sont conservés.`,
      confirmLabel: 'Effacer',
      danger: true,
    });
    if (!confirmed) return;
    try {
      const result = await eraseContact(debtor.id, contact.id);
      notifications.show(
        result.ok
          ? { color: 'teal', title: 'Contact effacé', message: debtor.name }
          : { color: 'red', title: 'Effacement impossible', message: result.reason },
      );
    } catch (error) {
      failure('Effacement impossible', error);
    }
  }

  return (
    <Section title="Données personnelles">
      <Text size="sm" c="dimmed">
        Pour répondre à une demande d’accès ou d’effacement : exportez tout ce que Recouvra contient
        sur un débiteur, ou effacez les coordonnées d’un contact. Les pièces comptables restent,
        elles doivent être conservées.
      </Text>
      <Group align="end">
        <Select
          label="Débiteur"
          placeholder={debtors?.length === 0 ? 'Aucun débiteur' : 'Rechercher un débiteur'}
          searchable
          limit={50}
          data={choices}
          onFocus={() => setPicking(true)}
          nothingFoundMessage={debtors ? 'Aucun débiteur trouvé' : 'Chargement des débiteurs…'}
          value={debtorId}
          onChange={setDebtorId}
          w={360}
        />
        <Button
          variant="default"
          leftSection={<IconFileExport size={18} />}
          disabled={!debtor}
          onClick={exportData}
        >
          Exporter ses données (JSON)
        </Button>
      </Group>
      {debtor && contacts && (
        <Stack gap={4}>
          {contacts.length === 0 ? (
            <Text size="sm">Aucun contact enregistré pour ce débiteur.</Text>
          ) : (
            <Table aria-label="Contacts du débiteur">
              <Table.Tbody>
                {contacts.map((contact) => (
                  <Table.Tr key={contact.id}>
                    <Table.Td>{contact.name}</Table.Td>
                    <Table.Td>{contact.phone ?? ''}</Table.Td>
                    <Table.Td>{contact.email ?? ''}</Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        color="red"
                        variant="subtle"
                        leftSection={<IconEraser size={14} />}
                        disabled={contact.name === ERASED_CONTACT_NAME}
                        onClick={() => erase(contact)}
                      >
                        Effacer
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      )}
    </Section>
  );
}
