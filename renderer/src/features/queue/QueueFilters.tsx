import { Button, Group, NumberInput, Select, TextInput } from '@mantine/core';
import { IconArrowsSort, IconSearch } from '@tabler/icons-react';
import type { Ref } from 'react';
import { CHANNEL_LABELS, CHANNELS, type Channel } from '../../domain/ladder';
import { centsFromNumber } from '../../domain/money';
import {
  type QueueFilters as Filters,
  type filterChoices,
  NO_FILTERS,
  QUEUE_SORT_LABELS,
  type QueueSort,
} from '../../domain/queueRows';

const UNASSIGNED = '__none__';

/**
 * Search, filters (gestionnaire, étape, canal, montant, retard, étiquette) and sort, compact: at
 * 1024 × 700 they took three lines and left room for one row of the queue. As on the debtor
 * list, each field says what it filters in its placeholder (and its accessible name), not in a
 * label above it: two lines of labels cost the queue a row.
 */
export function QueueFilters({
  filters,
  choices,
  onChange,
  searchRef,
}: {
  filters: Filters;
  choices: ReturnType<typeof filterChoices>;
  onChange: (next: Filters) => void;
  searchRef?: Ref<HTMLInputElement>;
}) {
  const set = (change: Partial<Filters>) => onChange({ ...filters, ...change });
  const active =
    filters.search !== '' ||
    filters.assignee != null ||
    !!filters.stage ||
    !!filters.channel ||
    filters.minAmountCents != null ||
    filters.minDaysLate != null ||
    !!filters.tag;
  return (
    <Group gap="xs" align="center" wrap="wrap" data-testid="queue-filters">
      <TextInput
        size="xs"
        ref={searchRef}
        aria-label="Rechercher"
        placeholder="Nom, compte, facture"
        leftSection={<IconSearch size={16} />}
        value={filters.search}
        onChange={(e) => set({ search: e.currentTarget.value })}
        w={200}
      />
      <Select
        size="xs"
        aria-label="Gestionnaire"
        placeholder="Tous gestionnaires"
        clearable
        data={[
          ...choices.assignees.map((a) => ({ value: a, label: a })),
          { value: UNASSIGNED, label: 'Non attribués' },
        ]}
        value={filters.assignee === '' ? UNASSIGNED : (filters.assignee ?? null)}
        onChange={(v) => set({ assignee: v === UNASSIGNED ? '' : v })}
        w={170}
      />
      <Select
        size="xs"
        aria-label="Étape"
        placeholder="Toutes étapes"
        clearable
        data={choices.stages}
        value={filters.stage ?? null}
        onChange={(v) => set({ stage: v })}
        w={150}
      />
      <Select
        size="xs"
        aria-label="Canal"
        placeholder="Tous canaux"
        clearable
        data={CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }))}
        value={filters.channel ?? null}
        onChange={(v) => set({ channel: (v as Channel | null) ?? null })}
        w={150}
      />
      <NumberInput
        size="xs"
        aria-label="Montant minimum (€)"
        placeholder="Montant min. €"
        min={0}
        thousandSeparator=" "
        decimalSeparator=","
        value={filters.minAmountCents != null ? filters.minAmountCents / 100 : ''}
        onChange={(v) => set({ minAmountCents: typeof v === 'number' ? centsFromNumber(v) : null })}
        w={130}
      />
      <NumberInput
        size="xs"
        aria-label="Retard minimum (jours)"
        placeholder="Retard min. (j)"
        min={0}
        allowDecimal={false}
        value={filters.minDaysLate ?? ''}
        onChange={(v) => set({ minDaysLate: typeof v === 'number' ? v : null })}
        w={120}
      />
      {choices.tags.length > 0 && (
        <Select
          size="xs"
          aria-label="Étiquette"
          placeholder="Toutes étiquettes"
          clearable
          data={choices.tags}
          value={filters.tag ?? null}
          onChange={(v) => set({ tag: v })}
          w={150}
        />
      )}
      <Select
        size="xs"
        aria-label="Trier par"
        leftSection={<IconArrowsSort size={14} />}
        data={Object.entries(QUEUE_SORT_LABELS).map(([value, label]) => ({ value, label }))}
        value={filters.sort}
        allowDeselect={false}
        onChange={(v) => v && set({ sort: v as QueueSort })}
        w={130}
      />
      {active && (
        <Button
          size="xs"
          variant="subtle"
          onClick={() => onChange({ ...NO_FILTERS, sort: filters.sort })}
        >
          Effacer les filtres
        </Button>
      )}
    </Group>
  );
}
