import { Anchor, EmptyState, Group, Paper, SegmentedControl, Stack } from '@mantine/core';
import { IconArrowLeft, IconCalendarDollar } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { usePromiseDebtors } from '../../data/collectionHooks';
import { todayIso } from '../../domain/dates';
import type { IsoDate } from '../../domain/model';
import type { PromiseState } from '../../domain/promiseStatus';
import { PageHeader } from '../../shared/ui/PageHeader';
import { PageLoader } from '../../shared/ui/PageLoader';
import { LedgerGate } from '../onboarding';
import { type PromiseRow, PromisesTable } from './PromisesTable';

type Filter = 'suivre' | 'non-tenues' | 'toutes';

const FILTERS: Record<Filter, (state: PromiseState) => boolean> = {
  suivre: (s) => s === 'active' || s === 'to-verify',
  'non-tenues': (s) => s === 'broken',
  toutes: () => true,
};

// Those to check first, then by the next date.
const ORDER: Record<PromiseState, number> = {
  'to-verify': 0,
  broken: 1,
  active: 2,
  kept: 3,
  cancelled: 4,
};

function Promises({ today }: { today: IsoDate }) {
  const debtors = usePromiseDebtors(today);
  const [filter, setFilter] = useState<Filter>('suivre');
  const rows = useMemo<PromiseRow[]>(
    () =>
      (debtors ?? [])
        .flatMap((d) => d.promises.map((p) => ({ ...p, debtorName: d.debtor.name })))
        .filter((r) => FILTERS[filter](r.evaluation.state))
        .sort(
          (a, b) =>
            ORDER[a.evaluation.state] - ORDER[b.evaluation.state] ||
            (a.evaluation.next?.date ?? '9').localeCompare(b.evaluation.next?.date ?? '9'),
        ),
    [debtors, filter],
  );
  if (!debtors) return <PageLoader />;
  return (
    <Stack gap="md">
      <SegmentedControl
        w="fit-content"
        value={filter}
        onChange={(v) => setFilter(v as Filter)}
        data={[
          { value: 'suivre', label: 'À suivre' },
          { value: 'non-tenues', label: 'Non tenues' },
          { value: 'toutes', label: 'Toutes' },
        ]}
      />
      {rows.length === 0 ? (
        <EmptyState
          variant="light"
          icon={<IconCalendarDollar size={28} />}
          title="Aucune promesse ici"
          description="Les promesses et échéanciers obtenus par téléphone apparaissent ici."
        />
      ) : (
        <Paper withBorder p="sm">
          <PromisesTable rows={rows} showDebtor />
        </Paper>
      )}
    </Stack>
  );
}

/** Promesses et échéanciers: every promise and plan, checked against the ledger. */
export function PromisesPage() {
  const today = todayIso();
  return (
    <>
      <Anchor component={Link} to={paths.queue()} size="sm">
        <Group gap={4} mb="xs">
          <IconArrowLeft size={14} /> File d’actions
        </Group>
      </Anchor>
      <PageHeader
        title="Promesses et échéanciers"
        description="Une promesse est non tenue quand, passé sa date et le délai de grâce, un import ou un règlement constaté montre le montant toujours dû."
      />
      <LedgerGate>
        <Promises today={today} />
      </LedgerGate>
    </>
  );
}
