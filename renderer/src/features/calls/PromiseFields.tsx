import { Anchor, Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { isIsoDate } from '../../domain/dates';
import { splitInstallments } from '../../domain/letters/installments';
import type { Cents, Invoice, IsoDate } from '../../domain/model';
import { centsFromNumber, formatEuros, sumCents, ZERO_CENTS } from '../../domain/money';
import { DateField } from '../../shared/ui/DateField';
import { InvoiceChecklist } from '../../shared/ui/InvoiceChecklist';
import type { OutcomeDraft } from './outcomeDraft';

interface Props {
  draft: OutcomeDraft;
  items: readonly Invoice[];
  onChange: (draft: OutcomeDraft) => void;
}

const amount = {
  suffix: ' €',
  decimalScale: 2,
  decimalSeparator: ',',
  thousandSeparator: ' ',
  min: 0,
} as const;

/** The items a promise or plan covers. */
export function CoveredItems({ draft, items, onChange }: Props) {
  const all = draft.invoiceIds.length === items.length;
  return (
    <Stack gap={4}>
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          Factures concernées ({draft.invoiceIds.length} sur {items.length})
        </Text>
        <Anchor
          component="button"
          type="button"
          size="xs"
          onClick={() => onChange({ ...draft, invoiceIds: all ? [] : items.map((i) => i.id) })}
        >
          {all ? 'Tout décocher' : 'Tout cocher'}
        </Anchor>
      </Group>
      <InvoiceChecklist
        items={items}
        selected={draft.invoiceIds}
        onChange={(invoiceIds) => onChange({ ...draft, invoiceIds })}
      />
    </Stack>
  );
}

export function PromiseFields({ draft, onChange }: Props) {
  return (
    <Group grow align="flex-start">
      <DateField
        label="Paiement promis le"
        value={draft.promiseDate}
        onChange={(picked) => onChange({ ...draft, promiseDate: picked })}
      />
      <NumberInput
        label="Montant promis"
        {...amount}
        value={draft.promiseEuros}
        onChange={(v) => onChange({ ...draft, promiseEuros: v })}
      />
    </Group>
  );
}

/** Monthly instalments that add up to the covered items, each editable. */
export function PlanFields({
  draft,
  onChange,
  debtCents,
  firstDate,
}: Props & { debtCents: Cents; firstDate: IsoDate }) {
  const propose = (count: number) => {
    const first = draft.planPayments[0]?.date;
    onChange({
      ...draft,
      planPayments: splitInstallments(debtCents, count, isIsoDate(first) ? first : firstDate),
    });
  };
  const setPayment = (index: number, change: { date?: string; cents?: Cents }) =>
    onChange({
      ...draft,
      planPayments: draft.planPayments.map((p, i) => (i === index ? { ...p, ...change } : p)),
    });
  const total = sumCents(draft.planPayments.map((p) => p.cents));
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Text size="sm">Proposer en</Text>
        {[2, 3, 4, 6].map((n) => (
          <Button key={n} size="compact-xs" variant="light" onClick={() => propose(n)}>
            {n} mensualités
          </Button>
        ))}
      </Group>
      {draft.planPayments.map((payment, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: an instalment is its place in the plan
        <Group key={index} grow>
          <DateField
            aria-label={`Date de l’échéance ${index + 1}`}
            value={payment.date}
            onChange={(picked) => setPayment(index, { date: picked })}
          />
          <NumberInput
            aria-label={`Montant de l’échéance ${index + 1}`}
            {...amount}
            value={payment.cents / 100}
            onChange={(v) =>
              setPayment(index, { cents: typeof v === 'number' ? centsFromNumber(v) : ZERO_CENTS })
            }
          />
        </Group>
      ))}
      {draft.planPayments.length > 0 && (
        <Text size="sm" c={total === debtCents ? 'teal.7' : 'red.7'}>
          Total des échéances : {formatEuros(total)} pour une dette de {formatEuros(debtCents)}
        </Text>
      )}
    </Stack>
  );
}
