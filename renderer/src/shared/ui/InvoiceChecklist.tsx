import { Checkbox, ScrollArea, Stack } from '@mantine/core';
import { formatDateFr } from '../../domain/dates';
import type { Cents, IsoDate } from '../../domain/model';
import { formatEuros } from '../../domain/money';

export interface ChecklistInvoice {
  id: string;
  number: string;
  dueDate: IsoDate;
  openCents: Cents;
}

interface InvoiceChecklistProps {
  items: readonly ChecklistInvoice[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  maxHeight?: number;
}

/** Invoices to tick (a promise's, a dispute's…), each with its due date and open amount. */
export function InvoiceChecklist({
  items,
  selected,
  onChange,
  maxHeight = 180,
}: InvoiceChecklistProps) {
  const toggle = (id: string, checked: boolean) =>
    onChange(checked ? [...selected, id] : selected.filter((i) => i !== id));
  return (
    <ScrollArea.Autosize mah={maxHeight} type="auto">
      <Stack gap={4}>
        {items.map((item) => (
          <Checkbox
            key={item.id}
            size="xs"
            label={`${item.number} — échue le ${formatDateFr(item.dueDate)} — ${formatEuros(item.openCents)}`}
            checked={selected.includes(item.id)}
            onChange={(e) => toggle(item.id, e.currentTarget.checked)}
          />
        ))}
      </Stack>
    </ScrollArea.Autosize>
  );
}
