import { Alert, Anchor, Badge, Group, SimpleGrid, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { paths } from '../../../app/paths';
import { useDebtorClaim } from '../../../data/claimHooks';
import { useDebtorFile } from '../../../data/portfolioHooks';
import { bucketLabels } from '../../../domain/aging';
import { formatDateFr, todayIso } from '../../../domain/dates';
import { openItemLines, settledItemLines } from '../../../domain/debtorFile';
import { formatSiren } from '../../../domain/identifiers';
import { formatEuros } from '../../../domain/money';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { PageLoader } from '../../../shared/ui/PageLoader';
import { StatCard } from '../../../shared/ui/StatCard';
import { DebtorCollectionPanel } from '../../collection';
import { DebtorCases } from '../../dossiers';
import { DebtorDocuments } from '../../evidence';
import { CallingBadge, DebtorFieldHistory } from '../../team';
import { DebtorTimeline } from '../../timeline';
import { AssigneeSelect } from './AssigneeSelect';
import { ClaimStatCard } from './ClaimStatCard';
import { ContactsCard } from './ContactsCard';
import { IdentityCard } from './IdentityCard';
import { LaterSections } from './LaterSections';
import { OpenItemsTable } from './OpenItemsTable';
import { PaymentHistory } from './PaymentHistory';
import { StatementActions } from './StatementActions';

const STATUS_LABELS = {
  active: null,
  blocked: { label: 'Compte bloqué', color: 'orange' },
  litigation: { label: 'Contentieux', color: 'red' },
  closed: { label: 'Compte clos', color: 'gray' },
} as const;

/** The fiche débiteur: who they are, who to call, what they owe and what they paid. */
export function DebtorPage() {
  const { debtorId = '' } = useParams();
  const today = todayIso();
  const file = useDebtorFile(debtorId, today);
  const claim = useDebtorClaim(debtorId, today);
  const lines = useMemo(
    () =>
      file
        ? openItemLines(file.items, file.asOfDate, file.boundaries, file.promises, file.cases)
        : [],
    [file],
  );
  const settled = useMemo(() => (file ? settledItemLines(file.items, file.imports) : []), [file]);

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

  const { debtor, aging } = file;
  const status = STATUS_LABELS[debtor.status];
  const labels = bucketLabels(file.boundaries);

  return (
    <Stack gap="md">
      <Anchor component={Link} to={paths.debtors()} size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} /> Retour à la liste
        </Group>
      </Anchor>
      <PageHeader
        title={debtor.name}
        description={[
          `Compte ${debtor.accountNo}`,
          debtor.siren && `SIREN ${formatSiren(debtor.siren)}`,
          debtor.city,
        ]
          .filter(Boolean)
          .join(' · ')}
        actions={
          <>
            <CallingBadge debtorId={debtor.id} />
            {status && (
              <Badge color={status.color} variant="light" size="lg">
                {status.label}
              </Badge>
            )}
            <AssigneeSelect debtorId={debtor.id} assignee={debtor.assignee} />
            <StatementActions file={file} lines={lines} />
          </>
        }
      />
      <SimpleGrid cols={{ base: 2, md: 6 }}>
        <StatCard
          label="Solde"
          value={formatEuros(aging.totalCents)}
          hint={`au ${formatDateFr(file.asOfDate)}`}
        />
        <StatCard label="Échu" value={formatEuros(aging.overdueCents)} />
        <ClaimStatCard claim={claim} />
        <StatCard
          label="Plus ancienne échéance"
          value={aging.oldestDueDate ? formatDateFr(aging.oldestDueDate) : '—'}
          hint={aging.daysPastDue > 0 ? `${aging.daysPastDue} jours de retard` : undefined}
        />
        <StatCard label="En litige" value={formatEuros(aging.disputedCents)} />
        <StatCard
          label="Avoirs et acomptes"
          value={formatEuros(aging.creditCents)}
          hint={aging.creditCents !== 0 ? 'déjà déduits du solde' : undefined}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <IdentityCard debtor={debtor} />
        <ContactsCard debtorId={debtor.id} contacts={debtor.contacts} />
      </SimpleGrid>
      <DebtorFieldHistory debtorId={debtor.id} />
      <OpenItemsTable lines={lines} bucketLabels={labels} asOfDate={file.asOfDate} />
      <PaymentHistory lines={settled} />
      <DebtorCollectionPanel debtorId={debtor.id} items={file.items} />
      <DebtorDocuments debtorId={debtor.id} />
      <DebtorCases debtorId={debtor.id} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <LaterSections />
      </SimpleGrid>
      <DebtorTimeline debtorId={debtor.id} />
    </Stack>
  );
}
