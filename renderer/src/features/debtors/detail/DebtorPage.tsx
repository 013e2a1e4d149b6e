import { Alert, Anchor, Group, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { paths } from '../../../app/paths';
import { useDebtorClaim } from '../../../data/claimHooks';
import { useDebtorCollection, useLadder } from '../../../data/collectionHooks';
import { useDebtorFile } from '../../../data/portfolioHooks';
import { todayIso } from '../../../domain/dates';
import { openItemLines, settledItemLines } from '../../../domain/debtorFile';
import { headerFlags, nextStepLine, stageOfFile } from '../../../domain/debtorHeader';
import { PageLoader } from '../../../shared/ui/PageLoader';
import { ActionToolbar } from './ActionToolbar';
import { DebtorHeader } from './DebtorHeader';
import { DebtorTabs } from './DebtorTabs';

/**
 * The fiche débiteur, built around the next action: a header that says where the debtor stands
 * (stage, next step of the ladder, flags, what is owed), the actions in a toolbar under the
 * name, and the sections as tabs (the tab in the URL).
 */
export function DebtorPage() {
  const { debtorId = '' } = useParams();
  const today = todayIso();
  const file = useDebtorFile(debtorId, today);
  const claim = useDebtorClaim(debtorId, today);
  const collection = useDebtorCollection(debtorId, today);
  const ladder = useLadder();
  const lines = useMemo(
    () =>
      file
        ? openItemLines(file.items, file.asOfDate, file.boundaries, file.promises, file.cases)
        : [],
    [file],
  );
  const settled = useMemo(() => (file ? settledItemLines(file.items, file.imports) : []), [file]);
  const flags = useMemo(
    () =>
      file
        ? headerFlags({
            today,
            debtor: file.debtor,
            balanceCents: file.aging.totalCents,
            items: file.items,
            promises: collection?.promises ?? [],
            interruptions: collection?.interruptions ?? [],
          })
        : [],
    [file, collection, today],
  );

  if (file === undefined) return <PageLoader />;
  if (file === null) {
    return (
      <Alert color="red" title="Débiteur introuvable">
        Ce débiteur n’existe pas (ou plus) dans le registre.{' '}
        <Anchor component={Link} to={paths.debtors()}>
          Retour à la liste
        </Anchor>
      </Alert>
    );
  }

  const stage = stageOfFile({
    debtor: file.debtor,
    overdueCents: file.aging.overdueCents,
    disputedCents: file.aging.disputedCents,
    promises: file.promises,
    cases: file.cases,
    letters: file.letters,
    oldestDueDate: file.aging.oldestDueDate,
  });
  const state = collection?.state;
  return (
    <Stack gap="md">
      <Anchor component={Link} to={paths.debtors()} size="sm" w="fit-content">
        <Group gap={4}>
          <IconArrowLeft size={14} /> Retour à la liste
        </Group>
      </Anchor>
      <DebtorHeader
        file={file}
        claim={claim}
        stage={stage}
        next={
          state
            ? nextStepLine(state, today)
            : collection === null
              ? nextStepLine({ status: 'clear' }, today)
              : undefined
        }
        collection={collection}
        flags={flags}
        toolbar={<ActionToolbar file={file} lines={lines} state={state} ladder={ladder} />}
      />
      <DebtorTabs file={file} lines={lines} settled={settled} collection={collection} />
    </Stack>
  );
}
