import { Alert, Anchor, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconClockExclamation, IconHourglassHigh } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { formatDateFr } from '../../domain/dates';
import type { IsoDate } from '../../domain/model';
import { formatEuros, ZERO_CENTS } from '../../domain/money';
import { INTERRUPTION_LABELS } from '../../domain/prescription';
import {
  describePrescription,
  type PrescriptionAlert,
  type PromiseAlert,
} from '../../domain/queueAlerts';
import { openPaymentEntry, recordNothingReceived } from '../promises';

const SHOWN = 8;

function More({ count }: { count: number }) {
  return count > SHOWN ? (
    <Text size="sm" c="dimmed">
      et {count - SHOWN} de plus
    </Text>
  ) : null;
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
  return `${kind} du ${formatDateFr(missed?.date)} : ${formatEuros(missed?.cents ?? ZERO_CENTS)} attendus, ${formatEuros(e.paidCents)} reçus`;
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

/** Broken promises, promises to check, prescription ahead: above the day's actions. */
export function QueueAlerts({
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
  return (
    <Stack gap="sm">
      {broken.length > 0 && (
        <Block
          color="red"
          icon={<IconAlertTriangle />}
          title={`Promesses non tenues (${broken.length})`}
        >
          {broken.slice(0, SHOWN).map((alert) => (
            <Group
              key={alert.promise.id}
              justify="space-between"
              wrap="nowrap"
              data-testid="broken-promise"
            >
              <Text size="sm">
                <DebtorLink id={alert.debtorId} name={alert.debtorName} /> — {what(alert)} ;
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
          <More count={broken.length} />
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
          {toVerify.slice(0, SHOWN).map((alert) => {
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
          <More count={toVerify.length} />
        </Block>
      )}
      {prescriptions.length > 0 && (
        <Block
          color="orange"
          icon={<IconClockExclamation />}
          title={`Prescription à moins de 90 jours (${prescriptions.length})`}
        >
          <List size="sm" spacing={4}>
            {prescriptions.slice(0, SHOWN).map((alert) => (
              <List.Item key={alert.item.id}>
                <DebtorLink id={alert.debtorId} name={alert.debtorName} /> — facture{' '}
                {alert.item.number} ({formatEuros(alert.item.openCents)}) :{' '}
                {describePrescription(alert, today)}, dernier jour pour agir le{' '}
                {formatDateFr(alert.lastDay)}
                {alert.restartedBy
                  ? ` (délai reparti le ${formatDateFr(alert.restartedBy.date)} : ${INTERRUPTION_LABELS[alert.restartedBy.cause]})`
                  : ''}
              </List.Item>
            ))}
          </List>
          <More count={prescriptions.length} />
        </Block>
      )}
    </Stack>
  );
}
