import { Alert, Button, Group, Paper, SimpleGrid, Table, Tabs, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconArrowBackUp } from '@tabler/icons-react';
import { memo, useDeferredValue, useState } from 'react';
import { useImportRecord } from '../../data/hooks';
import { signature } from '../../data/repositories/collectionSettings';
import {
  IMPORT_LIST_LIMIT,
  type ImportDetails,
  type ItemChangeRow,
} from '../../data/repositories/importDetails';
import { undoImport } from '../../data/sync';
import { formatMoney } from '../../domain/currency';
import { formatDateFr } from '../../domain/dates';
import type { ImportRecord } from '../../domain/model';
import { formatEuros } from '../../domain/money';
import { formatCount } from '../../domain/numbers';
import { PageLoader } from '../../shared/ui/PageLoader';
import { StatCard } from '../../shared/ui/StatCard';
import { useRevealedCount } from '../../shared/ui/useRevealedCount';
import { ImportCurrencies } from './ImportCurrencies';
import { useImportDetails } from './useImportDetails';

export function ImportResult({ importId, onUndone }: { importId: string; onUndone: () => void }) {
  // The record is a few hundred bytes: the outcome shows as soon as the import ends, while the
  // lists below read the journal and the items (a 100,000-item journal takes most of a second).
  const record = useImportRecord(importId);
  // Read in a worker; deferred: the result's lists are drawn in a transition, in slices.
  const lists = useDeferredValue(useImportDetails(importId, record));
  const details = lists?.status === 'ready' ? lists.details : undefined;
  // Why the last « Annuler cet import » was refused (the server's sentence in team mode).
  const [undoError, setUndoError] = useState<string | null>(null);
  if (record === undefined) return <PageLoader />;
  if (record === null) return null;
  const newDebtorCount = record.diff.newDebtors ?? details?.newDebtorCount;
  const { id, fileName } = record;

  function confirmUndo() {
    modals.openConfirmModal({
      title: 'Annuler cet import ?',
      children: (
        <Text size="sm">
          Le registre reviendra exactement à son état d’avant l’import de « {fileName} ».
        </Text>
      ),
      labels: { confirm: 'Annuler l’import', cancel: 'Garder' },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        setUndoError(null);
        try {
          await undoImport(id, await signature());
          notifications.show({
            color: 'teal',
            message: 'Import annulé : le registre est revenu à son état précédent.',
          });
          onUndone();
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          setUndoError(message);
          notifications.show({ color: 'red', title: 'Annulation impossible', message });
        }
      },
    });
  }

  return (
    <Paper withBorder p="md" data-testid="import-result">
      <Group justify="space-between" mb="md">
        <Title order={4}>
          Import de « {record.fileName} » au {formatDateFr(record.asOfDate)}
        </Title>
        {record.undoable && (
          <Button
            color="red"
            variant="light"
            leftSection={<IconArrowBackUp size={16} />}
            onClick={confirmUndo}
          >
            Annuler cet import
          </Button>
        )}
      </Group>
      {undoError && (
        <Alert
          color="red"
          mb="md"
          icon={<IconAlertTriangle size={18} />}
          title="Annulation impossible"
          data-testid="undo-refused"
          withCloseButton
          onClose={() => setUndoError(null)}
        >
          {undoError}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 2, md: 5 }} mb="md">
        <StatCard
          label="Nouveaux débiteurs"
          value={newDebtorCount === undefined ? '…' : formatCount(newDebtorCount)}
        />
        <StatCard label="Nouvelles pièces" value={formatCount(record.diff.newItems)} />
        <StatCard label="Montants modifiés" value={formatCount(record.diff.changedItems)} />
        <StatCard
          label="Pièces soldées"
          value={formatCount(record.diff.closedItems)}
          hint={details ? collectedHint(details) : undefined}
        />
        <StatCard label="Inchangées" value={formatCount(record.diff.unchangedItems)} />
      </SimpleGrid>
      {record.gapCents !== undefined && (
        <Alert color="orange" mb="md" data-testid="import-gap">
          Importé malgré un écart de {formatMoney(record.gapCents, singleCurrency(record))} avec le
          total du fichier
          {record.fileTotalCents !== undefined &&
            ` (${formatMoney(record.fileTotalCents, singleCurrency(record))})`}
          {'\u00a0'}: « {record.gapReason} »
        </Alert>
      )}
      {record.currencies && <ImportCurrencies record={record} />}
      <BankAlerts diff={record.diff} />
      {lists === undefined ? (
        <PageLoader />
      ) : lists.status === 'ready' ? (
        <ImportChanges details={lists.details} />
      ) : (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} data-testid="import-lists-failed">
          Les listes de cet import n’ont pas pu être lues{'\u00a0'}: {lists.message}.
        </Alert>
      )}
    </Paper>
  );
}

/** The collected cash under « Pièces soldées »: closed items, and partial payments when any. */
function collectedHint(details: ImportDetails): string {
  return details.partialPaymentsCents === 0
    ? `${formatEuros(details.collectedCents)} encaissés`
    : `${formatEuros(details.collectedCents)} encaissés, dont ${formatEuros(details.partialPaymentsCents)} sur des pièces encore ouvertes`;
}

/** The import's lists, one tab each. Only the open tab is drawn: five lists of 300 rows
 * committed at once were one long task. */
function ImportChanges({ details }: { details: ImportDetails }) {
  return (
    <Tabs defaultValue="new" keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="new">Nouvelles pièces</Tabs.Tab>
        <Tabs.Tab value="changed">Montants modifiés</Tabs.Tab>
        <Tabs.Tab value="closed">Pièces soldées</Tabs.Tab>
        <Tabs.Tab value="debtors">Nouveaux débiteurs</Tabs.Tab>
        <Tabs.Tab value="changed-debtors">
          Débiteurs modifiés ({formatCount(details.changedDebtors.length)})
        </Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="new" pt="sm">
        <ChangeTable rows={details.newItems} total={details.newItemCount} showBefore={false} />
      </Tabs.Panel>
      <Tabs.Panel value="changed" pt="sm">
        <ChangeTable rows={details.changedItems} total={details.changedItems.length} showBefore />
      </Tabs.Panel>
      <Tabs.Panel value="closed" pt="sm">
        <ChangeTable rows={details.closedItems} total={details.closedItems.length} showBefore />
      </Tabs.Panel>
      <Tabs.Panel value="debtors" pt="sm">
        <DebtorTable
          rows={details.newDebtors.map((d) => ({ id: d.id, accountNo: d.accountNo, text: d.name }))}
        />
        <MoreRows shown={details.newDebtors.length} total={details.newDebtorCount} />
      </Tabs.Panel>
      <Tabs.Panel value="changed-debtors" pt="sm">
        <DebtorTable
          rows={details.changedDebtors.map((d) => ({
            id: d.debtorId,
            accountNo: d.accountNo,
            text: d.changes.join(' ; '),
          }))}
        />
        <MoreRows
          shown={Math.min(details.changedDebtors.length, IMPORT_LIST_LIMIT)}
          total={details.changedDebtors.length}
        />
      </Tabs.Panel>
    </Tabs>
  );
}

/** Debtors by account, with their name or what changed: the first IMPORT_LIST_LIMIT rows. */
function DebtorTable({ rows }: { rows: { id: string; accountNo: string; text: string }[] }) {
  const shown = rows.slice(0, useRevealedCount(Math.min(rows.length, IMPORT_LIST_LIMIT)));
  return (
    <Table fz="sm">
      <Table.Tbody>
        {shown.map((d) => (
          <DebtorRow key={d.id} accountNo={d.accountNo} text={d.text} />
        ))}
      </Table.Tbody>
    </Table>
  );
}

// Rows are memoised: each reveal step draws only its new rows, not again every row shown
// before it (the last steps redrew 300 rows, 40-60 ms tasks after an import).
const DebtorRow = memo(function DebtorRow({
  accountNo,
  text,
}: {
  accountNo: string;
  text: string;
}) {
  return (
    <Table.Tr>
      <Table.Td>{accountNo}</Table.Td>
      <Table.Td>{text}</Table.Td>
    </Table.Tr>
  );
});

/** « … et N autres. » under a list cut at IMPORT_LIST_LIMIT rows. */
function MoreRows({ shown, total }: { shown: number; total: number }) {
  if (total <= shown) return null;
  return (
    <Text size="xs" c="dimmed" mt="xs">
      … et {formatCount(total - shown)} autres.
    </Text>
  );
}

/** The first IMPORT_LIST_LIMIT of `total` items. */
function ChangeTable({
  rows,
  total,
  showBefore,
}: {
  rows: ItemChangeRow[];
  total: number;
  showBefore: boolean;
}) {
  const listed = Math.min(rows.length, IMPORT_LIST_LIMIT);
  const shown = rows.slice(0, useRevealedCount(listed));
  if (total === 0) {
    return (
      <Text size="sm" c="dimmed">
        Aucune pièce.
      </Text>
    );
  }
  return (
    <>
      <Table striped fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Compte</Table.Th>
            <Table.Th>Débiteur</Table.Th>
            <Table.Th>Pièce</Table.Th>
            <Table.Th>Échéance</Table.Th>
            {showBefore && <Table.Th ta="right">Avant</Table.Th>}
            <Table.Th ta="right">{showBefore ? 'Après' : 'Reste dû'}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((r) => (
            <ChangeRow key={r.invoiceId} row={r} showBefore={showBefore} />
          ))}
        </Table.Tbody>
      </Table>
      <MoreRows shown={listed} total={total} />
    </>
  );
}

const ChangeRow = memo(function ChangeRow({
  row,
  showBefore,
}: {
  row: ItemChangeRow;
  showBefore: boolean;
}) {
  return (
    <Table.Tr>
      <Table.Td>{row.accountNo}</Table.Td>
      <Table.Td>{row.debtorName}</Table.Td>
      <Table.Td>{row.number}</Table.Td>
      <Table.Td>{formatDateFr(row.dueDate)}</Table.Td>
      {showBefore && (
        <Table.Td ta="right">
          {row.beforeCents === null ? '—' : formatMoney(row.beforeCents, row.currency)}
        </Table.Td>
      )}
      <Table.Td ta="right">{formatMoney(row.afterCents, row.currency)}</Table.Td>
    </Table.Tr>
  );
});

/** What the bank statements had already told before this balance (see domain/import/plan.ts). */
function BankAlerts({ diff }: { diff: ImportRecord['diff'] }) {
  const settled = diff.settledByBank ?? 0;
  const awaiting = diff.awaitingLettrage ?? 0;
  return (
    <>
      {settled > 0 && (
        <Alert color="teal" mb="md" data-testid="settled-by-bank">
          {settled > 1
            ? `${formatCount(settled)} pièces déjà rapprochées par relevé bancaire`
            : '1 pièce déjà rapprochée par relevé bancaire'}
          {'\u00a0'}: la balance confirme les règlements, datés du jour du virement.
        </Alert>
      )}
      {awaiting > 0 && (
        <Alert color="orange" mb="md" data-testid="awaiting-lettrage">
          {awaiting > 1
            ? `${formatCount(awaiting)} pièces réglées par virement figurent encore ouvertes`
            : '1 pièce réglée par virement figure encore ouverte'}{' '}
          dans la balance{'\u00a0'}: le règlement n’est pas encore lettré dans l’ERP. Recouvra garde
          le montant du relevé.
        </Alert>
      )}
    </>
  );
}

/** The currency of a file's single total: its items' one currency (euros by default). */
function singleCurrency(record: { currencies?: { currency: string }[] }): string {
  return record.currencies?.length === 1 ? (record.currencies[0]?.currency ?? 'EUR') : 'EUR';
}
