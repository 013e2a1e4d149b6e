import { Alert, Button, Group, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { recordPayment } from '../../data/repositories/promiseChecks';
import { isIsoDate, isoDate, todayIso } from '../../domain/dates';
import type { PaymentPromise } from '../../domain/model';
import { centsFromNumber, formatEuros, ZERO_CENTS } from '../../domain/money';
import { DateField } from '../../shared/ui/DateField';

interface Target {
  debtorId: string;
  debtorName: string;
  /** The promise being checked, if any: its items and the amount expected. */
  promise?: PaymentPromise;
  expectedCents?: number;
}

/** « Aucun règlement reçu » checked today: with the date passed, the promise is broken. */
export async function recordNothingReceived(target: Target) {
  const today = todayIso();
  try {
    await recordPayment(
      {
        debtorId: target.debtorId,
        date: today,
        receivedCents: ZERO_CENTS,
        invoiceIds: target.promise?.invoiceIds ?? [],
      },
      today,
    );
    notifications.show({
      color: 'orange',
      message: `${target.debtorName} : aucun règlement constaté, la promesse est marquée non tenue.`,
    });
  } catch (error) {
    notifications.show({
      color: 'red',
      title: 'Enregistrement impossible',
      message: String(error),
    });
  }
}

function PaymentEntryForm({ target, onDone }: { target: Target; onDone: () => void }) {
  const today = todayIso();
  const [date, setDate] = useState<string>(today);
  const [euros, setEuros] = useState<number | string>(
    target.expectedCents ? target.expectedCents / 100 : '',
  );
  const [reference, setReference] = useState('');
  const [saving, setSaving] = useState(false);
  const cents = typeof euros === 'number' ? centsFromNumber(euros) : ZERO_CENTS;
  const valid = isIsoDate(date) && date <= today && cents > 0;
  async function save() {
    setSaving(true);
    try {
      await recordPayment(
        {
          debtorId: target.debtorId,
          date: isoDate(date),
          receivedCents: cents,
          reference,
          invoiceIds: target.promise?.invoiceIds ?? [],
        },
        today,
      );
      notifications.show({
        color: 'teal',
        message: `Règlement de ${formatEuros(cents)} enregistré pour ${target.debtorName}.`,
      });
      onDone();
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Règlement non enregistré',
        message: String(error),
      });
      setSaving(false);
    }
  }
  return (
    <Stack gap="sm">
      <Text size="sm">{target.debtorName}</Text>
      <Alert variant="light" color="blue">
        Le règlement est imputé sur les factures {target.promise ? 'de la promesse' : 'ouvertes'},
        la plus ancienne d’abord. Le prochain import de la balance fera foi.
      </Alert>
      <DateField label="Reçu le" value={date} max={today} onChange={setDate} />
      <NumberInput
        label="Montant reçu"
        suffix=" €"
        decimalScale={2}
        decimalSeparator=","
        thousandSeparator=" "
        min={0}
        value={euros}
        onChange={setEuros}
      />
      <TextInput
        label="Référence (virement, chèque)"
        value={reference}
        onChange={(e) => setReference(e.currentTarget.value)}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Annuler
        </Button>
        <Button loading={saving} disabled={!valid} onClick={() => void save()}>
          Enregistrer le règlement
        </Button>
      </Group>
    </Stack>
  );
}

/** « Constater un règlement »: a payment seen before the next import. */
export function openPaymentEntry(target: Target) {
  const id = modals.open({
    title: 'Constater un règlement',
    children: <PaymentEntryForm target={target} onDone={() => modals.close(id)} />,
  });
}
