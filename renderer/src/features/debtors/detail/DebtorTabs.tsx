import { Badge, Paper, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { type DebtorTab, parseDebtorQuery } from '../../../app/paths';
import type { DebtorFile } from '../../../data/repositories/debtorFile';
import { bucketLabels } from '../../../domain/aging';
import type { DebtorCollection } from '../../../domain/collectionView';
import { todayIso } from '../../../domain/dates';
import type { OpenItemLine, SettledItemLine } from '../../../domain/debtorFile';
import { isLetterActivity } from '../../../domain/letterHistory';
import { formatEuros } from '../../../domain/money';
import { pausesLadder } from '../../../domain/promiseStatus';
import { PrescriptionCard } from '../../collection';
import { DebtorDisputes } from '../../disputes';
import { DebtorCases } from '../../dossiers';
import { DebtorDocuments } from '../../evidence';
import { PromisesTable } from '../../promises';
import { DebtorFieldHistory } from '../../team';
import { DebtorTimeline } from '../../timeline';
import { ContactsCard } from './ContactsCard';
import classes from './DebtorTabs.module.css';
import { IdentityCard } from './IdentityCard';
import { LettersTab } from './LettersTab';
import { OpenItemsTable } from './OpenItemsTable';
import { PaymentHistory } from './PaymentHistory';

function Count({ value, alert }: { value: number; alert?: boolean }) {
  if (value === 0) return null;
  return (
    <Badge
      size="sm"
      variant={alert ? 'filled' : 'light'}
      color={alert ? 'orange' : 'gray'}
      circle={value < 10}
    >
      {value}
    </Badge>
  );
}

interface TabSpec {
  value: DebtorTab;
  label: string;
  count?: number;
  alert?: boolean;
}

/**
 * The fiche's sections as tabs, the tab in the URL (`?onglet=courriers`): a link opens the
 * fiche on it and « Précédent » comes back to the tab before. Only the open tab is rendered.
 */
export function DebtorTabs({
  file,
  lines,
  settled,
  collection,
}: {
  file: DebtorFile;
  lines: readonly OpenItemLine[];
  settled: readonly SettledItemLine[];
  collection: DebtorCollection | null | undefined;
}) {
  const [params, setParams] = useSearchParams();
  const { tab } = parseDebtorQuery(params);
  const { debtor } = file;
  const letters = file.activities.filter(isLetterActivity).length;
  const openDisputes = file.items.filter((i) => i.status === 'disputed' && i.openCents > 0).length;
  const runningPromises = (collection?.promises ?? []).filter((p) =>
    pausesLadder(p.evaluation.state),
  ).length;
  const openCases = file.cases.filter((c) => !c.closedAt && c.stage !== 'clos').length;
  const tabs: TabSpec[] = [
    { value: 'pieces', label: 'Pièces', count: lines.length },
    { value: 'historique', label: 'Historique', count: file.activities.length },
    { value: 'courriers', label: 'Courriers', count: letters },
    { value: 'promesses', label: 'Promesses', count: runningPromises },
    { value: 'litiges', label: 'Litiges', count: openDisputes, alert: true },
    { value: 'contentieux', label: 'Contentieux', count: openCases },
    { value: 'documents', label: 'Documents' },
    { value: 'coordonnees', label: 'Coordonnées', count: debtor.contacts.length },
  ];

  function select(value: string | null) {
    if (!value || value === tab) return;
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === 'pieces') next.delete('onglet');
        else next.set('onglet', value);
        return next;
      },
      // A new history entry: « Précédent » returns to the tab before.
      { replace: false },
    );
  }

  const today = todayIso();
  const rows = (collection?.promises ?? []).map((p) => ({ ...p, debtorName: debtor.name }));
  return (
    <Tabs
      value={tab}
      onChange={select}
      keepMounted={false}
      classNames={{ list: classes.list, tab: classes.tab }}
    >
      <Tabs.List aria-label="Sections de la fiche">
        {tabs.map((t) => (
          <Tabs.Tab
            key={t.value}
            value={t.value}
            rightSection={t.count !== undefined ? <Count value={t.count} alert={t.alert} /> : null}
          >
            {t.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>

      <Tabs.Panel value="pieces" pt="md">
        <Stack gap="md">
          <OpenItemsTable
            lines={lines}
            bucketLabels={bucketLabels(file.boundaries)}
            asOfDate={file.asOfDate}
          />
          {file.aging.creditCents !== 0 && (
            <Text size="sm" c="dimmed">
              Avoirs et acomptes non affectés : {formatEuros(file.aging.creditCents)}, déjà déduits
              du solde.
            </Text>
          )}
          <PaymentHistory lines={settled} />
        </Stack>
      </Tabs.Panel>

      <Tabs.Panel value="historique" pt="md">
        <DebtorTimeline debtorId={debtor.id} activities={file.activities} />
      </Tabs.Panel>

      <Tabs.Panel value="courriers" pt="md">
        <LettersTab
          debtorId={debtor.id}
          debtorName={debtor.name}
          activities={file.activities}
          letters={file.letters}
        />
      </Tabs.Panel>

      <Tabs.Panel value="promesses" pt="md">
        <Paper withBorder p="md">
          <Title order={3} size="h4" mb="sm">
            Promesses et échéanciers
          </Title>
          {rows.length > 0 ? (
            <PromisesTable rows={rows} showDebtor={false} />
          ) : (
            <Text size="sm" c="dimmed">
              {collection === undefined
                ? 'Chargement…'
                : 'Aucune promesse ni aucun échéancier : ils s’enregistrent à la fin d’un appel guidé.'}
            </Text>
          )}
        </Paper>
      </Tabs.Panel>

      <Tabs.Panel value="litiges" pt="md">
        <DebtorDisputes debtorId={debtor.id} activities={file.activities} items={file.items} />
      </Tabs.Panel>

      <Tabs.Panel value="contentieux" pt="md">
        <Stack gap="md">
          <DebtorCases debtorId={debtor.id} withOpenButton={false} />
          {collection && <PrescriptionCard collection={collection} today={today} />}
        </Stack>
      </Tabs.Panel>

      <Tabs.Panel value="documents" pt="md">
        <DebtorDocuments debtorId={debtor.id} />
      </Tabs.Panel>

      <Tabs.Panel value="coordonnees" pt="md">
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            <IdentityCard debtor={debtor} />
            <ContactsCard debtorId={debtor.id} contacts={debtor.contacts} />
          </SimpleGrid>
          <DebtorFieldHistory debtorId={debtor.id} />
        </Stack>
      </Tabs.Panel>
    </Tabs>
  );
}
