import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import {
  IconAlertTriangle,
  IconArrowRight,
  IconCalendarClock,
  IconCircleCheck,
  IconPlayerPause,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { DebtorFile } from '../../../data/repositories/debtorFile';
import type { ClaimResult } from '../../../domain/claim';
import type { DebtorCollection } from '../../../domain/collectionView';
import { EUR, formatMoney, isForeign } from '../../../domain/currency';
import { formatDateFr } from '../../../domain/dates';
import type { HeaderFlag, NextStepLine } from '../../../domain/debtorHeader';
import { formatSiren } from '../../../domain/identifiers';
import { formatEuros, maxCents, subtractCents, ZERO_CENTS } from '../../../domain/money';
import { plural } from '../../../domain/numbers';
import type { DebtorStage } from '../../../domain/stage';
import { StageBadge } from '../../../shared/ui/StageBadge';
import { CallingBadge } from '../../team';
import { AssigneeSelect } from './AssigneeSelect';
import classes from './DebtorHeader.module.css';

const STATUS_LABELS = {
  active: null,
  blocked: { label: 'Compte bloqué', color: 'orange' },
  litigation: { label: 'Contentieux', color: 'red' },
  closed: { label: 'Compte clos', color: 'gray' },
} as const;

const TONES: Record<NextStepLine['tone'], { color: string; icon: ReactNode }> = {
  due: { color: 'blue', icon: <IconArrowRight size={18} aria-hidden /> },
  planned: { color: 'cyan', icon: <IconCalendarClock size={18} aria-hidden /> },
  paused: { color: 'yellow', icon: <IconPlayerPause size={18} aria-hidden /> },
  none: { color: 'teal', icon: <IconCircleCheck size={18} aria-hidden /> },
};

/** A figure of the header; `stat-<testId or label>` as the stat cards name theirs. */
function Figure({
  label,
  value,
  hint,
  testId,
  alert,
}: {
  label: string;
  value: ReactNode;
  hint?: ReactNode;
  testId?: string;
  alert?: boolean;
}) {
  return (
    <div className={classes.figure} data-alert={alert || undefined}>
      <Text size="xs" tt="uppercase" fw={600} c="dimmed">
        {label}
      </Text>
      <Text size="lg" fw={700} className={classes.value} data-testid={`stat-${testId ?? label}`}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </div>
  );
}

/** What is owed today from the one claim computation (never recomputed here). */
function ClaimFigures({ claim }: { claim: ClaimResult | null | undefined }) {
  if (!claim) {
    return (
      <>
        <Figure label="Dû aujourd’hui" testId="Dû" value="…" />
        <Figure label="Intérêts de retard" testId="Intérêts" value="…" />
      </>
    );
  }
  if (!claim.ok) {
    return (
      <>
        <Figure label="Dû aujourd’hui" testId="Dû" value="—" hint={claim.errors[0] ?? ''} />
        <Figure label="Intérêts de retard" testId="Intérêts" value="—" />
      </>
    );
  }
  const { decompte, asOf } = claim.claim;
  const totals = decompte.totals;
  // The €40 indemnities are euros: inside a euro total, beside a total in another currency.
  const currency = decompte.currency ?? EUR;
  return (
    <>
      <Figure
        label={`Dû au ${formatDateFr(asOf)}`}
        testId="Dû"
        value={formatMoney(totals.totalDueCents, currency)}
        hint={
          currency === EUR
            ? 'intérêts et indemnités compris'
            : `en ${currency}, intérêts compris, indemnités en euros à part`
        }
      />
      <Figure
        label="Intérêts de retard"
        testId="Intérêts"
        value={formatMoney(totals.interestDueCents, currency)}
        hint={`+ ${formatEuros(totals.indemnitiesCents)} d’indemnités`}
      />
    </>
  );
}

export interface DebtorHeaderProps {
  file: DebtorFile;
  claim: ClaimResult | null | undefined;
  stage: DebtorStage;
  /** The ladder's next step; undefined while the collection state loads. */
  next: NextStepLine | undefined;
  collection: DebtorCollection | null | undefined;
  flags: readonly HeaderFlag[];
  /** The toolbar, right under the name. */
  toolbar: ReactNode;
}

/**
 * The head of the fiche débiteur: who (name, account, controller), where they stand (stage, the
 * ladder's next step and its date), what must not be missed (flags) and what they owe.
 */
export function DebtorHeader({
  file,
  claim,
  stage,
  next,
  collection,
  flags,
  toolbar,
}: DebtorHeaderProps) {
  const { debtor, aging } = file;
  const status = STATUS_LABELS[debtor.status];
  const limit = debtor.creditLimitCents;
  const breached = flags.some((f) => f.kind === 'credit-limit');
  const tone = next ? TONES[next.tone] : null;
  return (
    <Paper
      withBorder
      p="md"
      component="header"
      className={classes.header}
      data-testid="debtor-header"
      aria-label={`Débiteur ${debtor.name}`}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={4} className={classes.identity}>
            <Group gap="xs" align="center">
              <Title order={2} className={classes.name}>
                {debtor.name}
              </Title>
              <StageBadge stage={stage} />
              {status && (
                <Badge color={status.color} variant="light" style={{ flex: 'none' }}>
                  {status.label}
                </Badge>
              )}
              {debtor.ladderOverrides?.strategic && (
                <Badge color="yellow" variant="light" style={{ flex: 'none' }}>
                  Compte stratégique
                </Badge>
              )}
              <CallingBadge debtorId={debtor.id} />
            </Group>
            <Text c="dimmed" size="sm">
              {[
                `Compte ${debtor.accountNo}`,
                debtor.siren && `SIREN ${formatSiren(debtor.siren)}`,
                debtor.city,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </Stack>
          <Group gap="xs" wrap="nowrap">
            <Text size="sm" c="dimmed" component="span">
              Gestionnaire
            </Text>
            <AssigneeSelect debtorId={debtor.id} assignee={debtor.assignee} />
          </Group>
        </Group>

        {toolbar}

        <div
          className={classes.next}
          data-color={tone?.color}
          data-testid="ladder-state"
          aria-live="polite"
        >
          {next && tone ? (
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <span className={classes.nextIcon}>{tone.icon}</span>
              <Text size="sm">
                <Text span fw={600}>
                  Prochaine étape&nbsp;: {next.title}
                </Text>{' '}
                — {next.detail}
              </Text>
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              Prochaine étape…
            </Text>
          )}
          {collection && 'step' in collection.state && collection.state.status === 'step' && (
            <Text size="xs" c="dimmed" mt={2}>
              {collection.state.reason}
            </Text>
          )}
        </div>

        {flags.length > 0 && (
          <ul className={classes.flags} aria-label="Points d’attention" data-testid="header-flags">
            {flags.map((flag) => (
              <li key={flag.kind} data-flag={flag.kind} className={classes.flag}>
                <Badge
                  // red.9: white on the default filled red is below 4.5:1 for a small label
                  color={flag.severity === 'danger' ? 'red.9' : 'orange'}
                  variant={flag.severity === 'danger' ? 'filled' : 'light'}
                  leftSection={<IconAlertTriangle size={12} aria-hidden />}
                  style={{ flex: 'none' }}
                >
                  {flag.label}
                </Badge>
                <Text size="sm">{flag.detail}</Text>
              </li>
            ))}
          </ul>
        )}

        <div className={classes.figures}>
          <Figure
            label="Solde"
            value={formatEuros(aging.totalCents)}
            hint={
              file.items.some(isForeign)
                ? `au ${formatDateFr(file.asOfDate)}, contre-valeur en euros des pièces en devises`
                : `au ${formatDateFr(file.asOfDate)}`
            }
          />
          <Figure label="Échu" value={formatEuros(aging.overdueCents)} />
          <ClaimFigures claim={claim} />
          <Figure
            label="Plus ancienne échéance"
            value={aging.oldestDueDate ? formatDateFr(aging.oldestDueDate) : '—'}
            hint={
              aging.daysPastDue > 0
                ? `${plural(aging.daysPastDue, 'jour', 'jours')} de retard`
                : undefined
            }
          />
          <Figure
            label="Encours autorisé"
            value={limit !== undefined && limit > 0 ? formatEuros(limit) : '—'}
            hint={
              limit !== undefined && limit > 0
                ? breached
                  ? 'dépassé'
                  : `reste ${formatEuros(maxCents(ZERO_CENTS, subtractCents(limit, aging.totalCents)))}`
                : 'non renseigné'
            }
            alert={breached}
          />
        </div>
      </Stack>
    </Paper>
  );
}
