import { Button, Group, Select, Table, Text, TextInput } from '@mantine/core';
import { IconFileSpreadsheet, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useAuditActions, useAuditSearch } from '../../data/dataSettingsHooks';
import { auditRepo } from '../../data/repositories/audit';
import { searchAudit } from '../../data/repositories/auditLog';
import { authorName, signature } from '../../data/repositories/collectionSettings';
import { formatInstantFr, isIsoDate, todayIso } from '../../domain/dates';
import { plural, pluralForm } from '../../domain/numbers';
import { platform } from '../../platform';
import { DateField } from '../../shared/ui/DateField';
import { useExport } from '../../shared/ui/useExport';
import { auditWorkbook } from './auditExport';
import { auditActionLabel } from './auditLabels';
import { Section } from './Section';

/** Rows shown on screen; the export always has every matching entry. */
const SHOWN = 200;

/** Who did what when: filters (action, dates, text) and an .xlsx export of what they match. */
export function AuditLogSection() {
  const [action, setAction] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [text, setText] = useState('');
  const { running, run } = useExport();
  const filter = {
    action: action ?? undefined,
    from: isIsoDate(from) ? from : undefined,
    to: isIsoDate(to) ? to : undefined,
    text,
  };
  const page = useAuditSearch({ ...filter, limit: SHOWN });
  const actions = useAuditActions();

  const exportLog = () =>
    run('export', async () => {
      const { entries } = await searchAudit(filter);
      const result = await platform.saveFile({
        suggestedName: `Recouvra – journal ${todayIso()}.xlsx`,
        data: await auditWorkbook(entries),
        filters: [{ name: 'Classeur Excel', extensions: ['xlsx'] }],
      });
      if (result.saved) {
        await auditRepo.log({
          by: await signature(),
          action: 'audit.export',
          entity: 'audit',
          details: `${plural(entries.length, 'entrée')} ${pluralForm(entries.length, 'exportée')}`,
        });
      }
      return null;
    });

  return (
    <Section title="Journal d’audit">
      <Group align="end" wrap="wrap">
        <Select
          label="Action"
          placeholder="Toutes"
          clearable
          data={(actions ?? []).map((value) => ({ value, label: auditActionLabel(value) }))}
          value={action}
          onChange={setAction}
          w={240}
        />
        <DateField label="Du" value={from} onChange={setFrom} />
        <DateField label="Au" value={to} onChange={setTo} />
        <TextInput
          label="Rechercher"
          placeholder="Nom, fichier, débiteur…"
          leftSection={<IconSearch size={16} />}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          w={240}
        />
        <Button
          variant="default"
          leftSection={<IconFileSpreadsheet size={18} />}
          loading={running !== null}
          disabled={!page || page.total === 0}
          onClick={exportLog}
        >
          Exporter (.xlsx)
        </Button>
      </Group>
      <Text size="sm" c="dimmed" aria-live="polite">
        {page
          ? `${plural(page.total, 'entrée')}${page.total > SHOWN ? `, les ${SHOWN} plus récentes affichées` : ''}`
          : 'Chargement…'}
      </Text>
      {page && page.entries.length > 0 && (
        <Table.ScrollContainer
          minWidth={600}
          maxHeight={420}
          scrollAreaProps={{ viewportProps: { tabIndex: 0, 'aria-label': 'Journal d’audit' } }}
        >
          <Table striped stickyHeader aria-label="Journal d’audit">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Date</Table.Th>
                <Table.Th>Par</Table.Th>
                <Table.Th>Action</Table.Th>
                <Table.Th>Détails</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {page.entries.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatInstantFr(entry.at)}</Table.Td>
                  <Table.Td>{authorName(entry.by) ?? '—'}</Table.Td>
                  <Table.Td>{auditActionLabel(entry.action)}</Table.Td>
                  <Table.Td>{entry.details ?? entry.entityId ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Section>
  );
}
