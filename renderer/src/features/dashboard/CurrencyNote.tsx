import { Alert } from '@mantine/core';
import { IconCurrencyEuro } from '@tabler/icons-react';
import { type EurNote, eurNoteSentence } from '../../domain/currency';

/**
 * Says what the dashboard's euro figures hold of other currencies: the EUR equivalent of foreign
 * receivables, and any foreign item left out for want of a rate (never added as euros).
 */
export function CurrencyNote({ note }: { note: EurNote }) {
  return (
    <Alert
      color={note.unconvertedItems > 0 ? 'orange' : 'blue'}
      icon={<IconCurrencyEuro size={18} />}
      p="xs"
      data-testid="currency-note"
    >
      {eurNoteSentence(note)}
    </Alert>
  );
}
