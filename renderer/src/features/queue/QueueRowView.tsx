import { Anchor, Badge, Button, Group, Text, Tooltip } from '@mantine/core';
import {
  type Icon,
  IconArrowRight,
  IconFolder,
  IconMail,
  IconMailbox,
  IconPhone,
  IconPhoneCall,
  IconStarFilled,
} from '@tabler/icons-react';
import { memo, useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { useDueToday } from '../../data/collectionHooks';
import { CALLBACK_STEP } from '../../domain/agenda';
import { formatDateFr } from '../../domain/dates';
import { CHANNEL_LABELS, CHANNEL_SHORT_LABELS, type Channel } from '../../domain/ladder';
import type { IsoDate } from '../../domain/model';
import { formatEuros } from '../../domain/money';
import { formatDays } from '../../domain/numbers';
import type { QueueRow } from '../../domain/queueRows';
import { entrustedLabel } from '../../domain/teamPortfolios';
import { ActionMenu } from './ActionMenu';
import classes from './QueueList.module.css';
import { rowPath } from './queueNavigation';

/** Height of a row: the list is virtualised on it. */
export const ROW_HEIGHT = 76;

function primaryLabel(row: QueueRow): string {
  const first = row.actions[0];
  if (!first) return 'Ouvrir';
  if (first.channel === 'telephone')
    return row.callback && first.step.id === CALLBACK_STEP ? 'Rappeler' : 'Appeler';
  if (first.channel === 'dossier') return 'Ouvrir un dossier';
  return first.channel === 'email' ? 'Préparer le courriel' : 'Préparer le courrier';
}

/** The primary action's icon by channel: alone on the button when the list is narrow. */
const CHANNEL_ICONS: Record<Channel, Icon> = {
  telephone: IconPhone,
  email: IconMail,
  'courrier-simple': IconMailbox,
  lrar: IconMailbox,
  dossier: IconFolder,
};

function PrimaryIcon({ row }: { row: QueueRow }) {
  const channel = row.actions[0]?.channel;
  const Glyph = channel ? CHANNEL_ICONS[channel] : IconArrowRight;
  return <Glyph size={14} aria-hidden />;
}

function When({ row }: { row: QueueRow }) {
  if (row.failure) {
    return (
      <Text size="xs" c="red.7" truncate title={row.failure}>
        Échec : {row.failure}
      </Text>
    );
  }
  if (row.callback) {
    return (
      <Text size="xs" c="grape.7" truncate title={row.callback.text}>
        <IconPhoneCall size={12} /> Rappel prévu le {formatDateFr(row.callback.date)}
      </Text>
    );
  }
  return row.overdueDays > 0 ? (
    <Text size="xs" c="orange.7">
      en attente depuis {formatDays(row.overdueDays)}
    </Text>
  ) : (
    <Text size="xs" c="dimmed">
      aujourd’hui
    </Text>
  );
}

const NO_ITEMS: readonly string[] = [];

/**
 * False until the browser is idle after the row was drawn: a row's claim (payments, letters,
 * interest) is read then, so drawing the list, or moving in it, never waits for it.
 */
function useIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = window.setTimeout(() => setIdle(true), 50);
      return () => window.clearTimeout(timer);
    }
    const handle = window.requestIdleCallback(() => setIdle(true), { timeout: 500 });
    return () => window.cancelIdleCallback(handle);
  }, []);
  return idle;
}

/** The step's open amount, and what its items come to today with interest (read for this row). */
function Amount({ row, today }: { row: QueueRow; today: IsoDate }) {
  const step = row.actions.find((a) => a.step.id !== CALLBACK_STEP);
  const idle = useIdle();
  // The items are decoded for the rows drawn only, once drawn.
  const itemIds = useMemo(
    () => (idle ? (step?.items.list().map((i) => i.id) ?? NO_ITEMS) : undefined),
    [idle, step],
  );
  const due = useDueToday(row.debtorId, itemIds, today);
  return (
    <>
      <Text size="sm">{formatEuros(row.amountCents)}</Text>
      {step && due !== undefined && due !== row.amountCents ? (
        <Text size="xs" c="dimmed" title="Avec intérêts de retard et indemnités à ce jour">
          {formatEuros(due)} avec intérêts
        </Text>
      ) : null}
    </>
  );
}

export interface QueueRowViewProps {
  row: QueueRow;
  today: IsoDate;
  index: number;
  /** Offset of the row in the list (virtualised). */
  top: number;
  active: boolean;
  onOpen: (row: QueueRow) => void;
  onFocusRow: (index: number) => void;
}

/**
 * One debtor of the queue: who, the step and its channels, why, how much, what to do. The row is
 * the one Tab stop (roving tabindex); its buttons are for the mouse, the keyboard uses the
 * row's shortcuts.
 */
export const QueueRowView = memo(function QueueRowView({
  row,
  today,
  index,
  top,
  active,
  onOpen,
  onFocusRow,
}: QueueRowViewProps) {
  const channels = [
    ...new Set(row.actions.filter((a) => a.step.id !== CALLBACK_STEP).map((a) => a.channel)),
  ];
  return (
    <tr
      aria-rowindex={index + 2}
      tabIndex={active ? 0 : -1}
      className={classes.row}
      data-active={active || undefined}
      data-testid="queue-row"
      data-debtor={row.debtorId}
      data-index={index}
      style={{ top, height: ROW_HEIGHT }}
      onFocus={() => onFocusRow(index)}
      aria-label={`${row.debtorName}, ${row.stage?.label ?? 'rappel prévu'}, ${formatEuros(row.amountCents)}`}
    >
      <td className={classes.rank}>{index + 1}</td>
      <td className={classes.debtor}>
        <Group gap={6} wrap="nowrap">
          {row.strategic && (
            <Tooltip label="Compte stratégique : appelé avant tout courrier">
              <IconStarFilled
                size={14}
                color="var(--mantine-color-yellow-6)"
                aria-label="Compte stratégique"
              />
            </Tooltip>
          )}
          <Anchor
            component={Link}
            to={paths.debtor(row.debtorId)}
            fw={500}
            size="sm"
            lineClamp={2}
            title={row.debtorName}
            tabIndex={-1}
          >
            {row.debtorName}
          </Anchor>
        </Group>
        <Text size="xs" c="dimmed" truncate>
          {row.accountNo}
          {row.assignee ? ` · ${row.assignee}` : ' · non attribué'}
          {row.entrustedBy ? ` · ${entrustedLabel(row.entrustedBy)}` : ''}
        </Text>
      </td>
      <td className={classes.stage}>
        {/* Two lines fit the row's height: « Choix de la procédure (Dossier contentieux) » was
            cut to « Choix de la procéd… » at 1,024 px. */}
        <Text size="sm" lineClamp={2} title={row.stage?.label}>
          {row.stage?.label ?? 'Rappel prévu'}
        </Text>
        <Group gap={4} wrap="nowrap">
          {channels.map((channel) => (
            <Badge
              key={channel}
              size="xs"
              variant="light"
              color={channel === 'telephone' ? 'blue' : 'gray'}
              title={CHANNEL_LABELS[channel]}
            >
              {CHANNEL_SHORT_LABELS[channel]}
            </Badge>
          ))}
        </Group>
      </td>
      <td className={classes.reason}>
        <Text size="sm" lineClamp={2} title={row.reason}>
          {row.reason}
        </Text>
        <When row={row} />
      </td>
      <td className={classes.amount}>
        <Amount row={row} today={today} />
      </td>
      <td className={classes.actions}>
        <Button
          size="xs"
          tabIndex={-1}
          component={Link}
          to={rowPath(row)}
          onClick={() => onOpen(row)}
          aria-label={primaryLabel(row)}
          title={primaryLabel(row)}
          leftSection={<PrimaryIcon row={row} />}
          classNames={{ label: classes.primaryLabel, section: classes.primaryIcon }}
        >
          {primaryLabel(row)}
        </Button>
        {row.actions[0] && <ActionMenu action={row.actions[0]} row={row} />}
      </td>
    </tr>
  );
});
