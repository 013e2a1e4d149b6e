import { Alert, Anchor, Button, Collapse, Group, List, Paper, Stack, Text } from '@mantine/core';
import {
  IconAlertTriangle,
  IconChevronDown,
  IconChevronUp,
  IconClockExclamation,
  IconHourglassHigh,
} from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { formatDateFr } from '../../domain/dates';
import type { IsoDate } from '../../domain/model';
import { formatEuros, ZERO_CENTS } from '../../domain/money';
import { plural } from '../../domain/numbers';
import { INTERRUPTION_LABELS } from '../../domain/prescription';
import {
  describePrescription,
  type PrescriptionAlert,
  type PromiseAlert,
} from '../../domain/queueAlerts';
import { openPaymentEntry, recordNothingReceived } from '../promises';

const SHOWN = 8;

/** « et N de plus »: shows the whole list. */
function More({ count, onMore }: { count: number; onMore: () => void }) {
  return count > SHOWN ? (
    <Button variant="subtle" size="compact-sm" onClick={onMore} style={{ alignSelf: 'flex-start' }}>
      et {count - SHOWN} de plus
    </Button>
  ) : null;
}

function useShown() {
  const [all, setAll] = useState(false);
  return {
    all,
    slice: <T,>(list: T[]) => (all ? list : list.slice(0, SHOWN)),
    more: () => setAll(true),
  };
}

function DebtorLink({ id, name }: { id: string; name: string }) {
  return (
    <Anchor component={Link} to={paths.debtor(id)} fw={500}>
      {name}
    </Anchor>
  );
}

function what(alert: PromiseAlert): string {
  const e = alert.evaluation;
  const missed = e.installments.find((i) => i.state === 'missed' || i.state === 'to-verify');
  const kind = alert.promise.kind === 'plan' ? 'échéance' : 'promesse';
  return `${kind} du ${formatDateFr(missed?.date)} : ${formatEuros(missed?.cents ?? ZERO_CENTS)} attendus, ${formatEuros(e.paidCents)} reçus`;
}

function Block({
  color,
  icon,
  title,
  children,
}: {
  color: string;
  icon: ReactNode;
  title: string;
  children: ReactNode;
}) {
  return (
    <Alert color={color} icon={icon} title={title} variant="light">
      <Stack gap={6}>{children}</Stack>
    </Alert>
  );
}

/**
 * Broken promises, promises to check, prescription ahead: one line above the day's actions,
 * opened on demand, so the first screen stays the queue's.
 */
export function QueueAlerts(props: {
  promises: PromiseAlert[];
  prescriptions: PrescriptionAlert[];
  today: IsoDate;
}) {
  const [opened, setOpened] = useState(false);
  const broken = props.promises.filter((a) => a.kind === 'broken').length;
  const toVerify = props.promises.length - broken;
  const parts = [
    broken > 0 && `${broken} promesse${broken > 1 ? 's' : ''} non tenue${broken > 1 ? 's' : ''}`,
    toVerify > 0 && `${toVerify} promesse${toVerify > 1 ? 's' : ''} à vérifier`,
    props.prescriptions.length > 0 &&
      `${plural(props.prescriptions.length, 'prescription')} à moins de 90\u00a0jours`,
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return (
    <Paper withBorder px="sm" py={6} data-testid="queue-alerts">
      <Group justify="space-between" wrap="nowrap">
        <Group gap="xs" wrap="nowrap">
          <IconAlertTriangle size={18} color="var(--mantine-color-red-6)" aria-hidden />
          <Text size="sm" fw={500}>
            À surveiller : {parts.join(' · ')}
          </Text>
        </Group>
        <Button
          variant="subtle"
          size="compact-sm"
          aria-expanded={opened}
          rightSection={opened ? <IconChevronUp size={14} /> : <IconChevronDown size={14} />}
          onClick={() => setOpened((o) => !o)}
        >
          {opened ? 'Masquer' : 'Afficher'}
        </Button>
      </Group>
      <Collapse expanded={opened}>
        <AlertBlocks {...props} />
      </Collapse>
    </Paper>
  );
}

function AlertBlocks({
  promises,
  prescriptions,
  today,
}: {
  promises: PromiseAlert[];
  prescriptions: PrescriptionAlert[];
  today: IsoDate;
}) {
  const broken = promises.filter((a) => a.kind === 'broken');
  const toVerify = promises.filter((a) => a.kind === 'to-verify');
  const brokenShown = useShown();
  const verifyShown = useShown();
  const prescriptionShown = useShown();
  return (
    <Stack gap="sm" mt="sm">
      {broken.length > 0 && (
        <Block
          color="red"
          icon={<IconAlertTriangle />}
          title={`Promesses non tenues (${broken.length})`}
        >
          {brokenShown.slice(broken).map((alert) => (
            <Group
              key={alert.promise.id}
              justify="space-between"
              wrap="nowrap"
              data-testid="broken-promise"
            >
              <Text size="sm">
                <DebtorLink id={alert.debtorId} name={alert.debtorName} /> — {what(alert)} ;
                l’échelle de relance reprend.
              </Text>
              <Button
                size="xs"
                variant="light"
                color="red"
                component={Link}
                to={paths.guidedCall(alert.debtorId)}
              >
                Appeler
              </Button>
            </Group>
          ))}
          <More count={brokenShown.all ? 0 : broken.length} onMore={brokenShown.more} />
        </Block>
      )}
      {toVerify.length > 0 && (
        <Block
          color="yellow"
          icon={<IconHourglassHigh />}
          title={`Promesses à vérifier (${toVerify.length})`}
        >
          <Text size="sm">
            La date est passée et aucune balance plus récente ne dit si le règlement est arrivé.
          </Text>
          {verifyShown.slice(toVerify).map((alert) => {
            const target = {
              debtorId: alert.debtorId,
              debtorName: alert.debtorName,
              promise: alert.promise,
              expectedCents: alert.evaluation.next?.cents ?? ZERO_CENTS,
            };
            return (
              <Group
                key={alert.promise.id}
                justify="space-between"
                wrap="nowrap"
                data-testid="promise-to-verify"
              >
                <Text size="sm">
                  <DebtorLink id={alert.debtorId} name={alert.debtorName} /> — {what(alert)}
                </Text>
                <Group gap={4} wrap="nowrap">
                  <Button size="xs" variant="light" onClick={() => openPaymentEntry(target)}>
                    Règlement reçu…
                  </Button>
                  <Button
                    size="xs"
                    variant="light"
                    color="orange"
                    onClick={() => void recordNothingReceived(target)}
                  >
                    Rien reçu
                  </Button>
                </Group>
              </Group>
            );
          })}
          <More count={verifyShown.all ? 0 : toVerify.length} onMore={verifyShown.more} />
        </Block>
      )}
      {prescriptions.length > 0 && (
        <Block
          color="orange"
          icon={<IconClockExclamation />}
          title={`Prescription à moins de 90 jours (${prescriptions.length})`}
        >
          <List size="sm" spacing={4}>
            {prescriptionShown.slice(prescriptions).map((alert) => (
              <List.Item key={alert.item.id}>
                <DebtorLink id={alert.debtorId} name={alert.debtorName} /> — facture{' '}
                {alert.item.number} ({formatEuros(alert.item.openCents)}) :{' '}
                {describePrescription(alert, today)}, dernier jour pour agir le{' '}
                {formatDateFr(alert.lastDay)}
                {alert.restartedBy
                  ? ` (délai reparti le ${formatDateFr(alert.restartedBy.date)} : ${INTERRUPTION_LABELS[alert.restartedBy.cause]})`
                  : ''}
              </List.Item>
            ))}
          </List>
          <More
            count={prescriptionShown.all ? 0 : prescriptions.length}
            onMore={prescriptionShown.more}
          />
        </Block>
      )}
    </Stack>
  );
}
