import { Paper, Stack, Title } from '@mantine/core';
import { useDebtorCollection, useLadder } from '../../data/collectionHooks';
import { todayIso } from '../../domain/dates';
import type { Invoice } from '../../domain/model';
import { DebtorDisputes } from '../disputes';
import { PromisesTable } from '../promises';
import { NextStepCard } from './NextStepCard';
import { PrescriptionCard } from './PrescriptionCard';

/**
 * The collection side of the fiche débiteur: ladder state and next step, promises and plans,
 * disputes and prescription dates (the timeline and the dossiers have their own cards).
 * `items` are all the debtor's items: settled ones still name the pieces of old disputes.
 */
export function DebtorCollectionPanel({
  debtorId,
  items,
}: {
  debtorId: string;
  items: readonly Invoice[];
}) {
  const today = todayIso();
  const collection = useDebtorCollection(debtorId, today);
  const ladder = useLadder();
  if (!collection || !ladder) return null;
  const rows = collection.promises.map((p) => ({ ...p, debtorName: collection.debtor.name }));
  return (
    <Stack gap="md">
      <NextStepCard collection={collection} ladder={ladder} today={today} />
      {rows.length > 0 && (
        <Paper withBorder p="md">
          <Title order={4} mb="sm">
            Promesses et échéanciers
          </Title>
          <PromisesTable rows={rows} showDebtor={false} />
        </Paper>
      )}
      <DebtorDisputes debtorId={debtorId} activities={collection.activities} items={items} />
      <PrescriptionCard collection={collection} today={today} />
    </Stack>
  );
}
