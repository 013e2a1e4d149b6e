import { Button, Group, NumberInput, Select, TextInput } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { BUCKET_KEYS, type BucketKey } from '../../../domain/aging';
import type { Cents } from '../../../domain/model';
import { centsFromNumber } from '../../../domain/money';
import { UNASSIGNED_LABEL } from '../../../domain/portfolio';
import { DEBTOR_STAGE_LABELS, DEBTOR_STAGES } from '../../../domain/stage';
import { type BucketFilter, type FlagFilter, hasFilters, type ListQuery } from './listQuery';

/** Select value standing for « assigned to nobody » (the URL uses an empty assignee). */
const NOBODY = '__nobody__';
/** Select value standing for « Mes débiteurs » (hand-overs included). */
const MINE = '__mine__';

export interface FilterBarProps {
  query: ListQuery;
  onChange: (next: ListQuery) => void;
  /** The search box as typed (the query's text is its trimmed form). */
  text: string;
  onTextChange: (text: string) => void;
  bucketLabels: Record<BucketKey, string>;
  /** « > 90 j » under the boundaries in force. */
  beyondLabel: string;
  assignees: readonly string[];
  tags: readonly string[];
}

const FLAG_OPTIONS: { value: FlagFilter; label: string }[] = [
  { value: 'disputed', label: 'Avec des pièces en litige' },
  { value: 'promised', label: 'Avec une promesse en cours' },
  { value: 'litigation', label: 'En contentieux' },
];

function centsToEuros(cents: number | undefined): number | string {
  return cents === undefined ? '' : cents / 100;
}

function eurosToCents(value: number | string): Cents | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? centsFromNumber(value) : undefined;
}

export function FilterBar(props: FilterBarProps) {
  const { query, onChange, text, onTextChange, bucketLabels, beyondLabel, assignees, tags } = props;

  const bucketOptions = [
    { value: 'overdue', label: 'Échu (toutes tranches)' },
    { value: 'beyond3', label: `Échu ${beyondLabel}` },
    ...BUCKET_KEYS.map((key) => ({ value: key, label: bucketLabels[key] })),
  ];

  return (
    <Group gap="xs" wrap="wrap">
      <TextInput
        aria-label="Recherche"
        placeholder="Nom, compte ou SIREN"
        leftSection={<IconSearch size={16} />}
        value={text}
        onChange={(event) => onTextChange(event.currentTarget.value)}
        w={220}
      />
      <Select
        aria-label="Tranche"
        placeholder="Toutes tranches"
        data={bucketOptions}
        value={query.bucket ?? null}
        onChange={(value) => onChange({ ...query, bucket: (value as BucketFilter) ?? undefined })}
        clearable
        w={180}
      />
      <Select
        aria-label="Gestionnaire"
        placeholder="Tous gestionnaires"
        data={[
          { value: MINE, label: 'Mes débiteurs' },
          { value: NOBODY, label: UNASSIGNED_LABEL },
          ...assignees,
        ]}
        value={query.mine ? MINE : query.assignee === undefined ? null : query.assignee || NOBODY}
        onChange={(value) =>
          onChange({
            ...query,
            mine: value === MINE || undefined,
            assignee: value === null || value === MINE ? undefined : value === NOBODY ? '' : value,
          })
        }
        clearable
        searchable
        w={210}
      />
      <Select
        aria-label="Étape"
        placeholder="Toutes étapes"
        data={DEBTOR_STAGES.map((stage) => ({ value: stage, label: DEBTOR_STAGE_LABELS[stage] }))}
        value={query.stage ?? null}
        onChange={(value) =>
          onChange({ ...query, stage: (value as ListQuery['stage']) ?? undefined })
        }
        clearable
        w={190}
      />
      <Select
        aria-label="Étiquette"
        placeholder="Toutes étiquettes"
        data={[...tags]}
        value={query.tag ?? null}
        onChange={(value) => onChange({ ...query, tag: value ?? undefined })}
        clearable
        searchable
        w={190}
      />
      <Select
        aria-label="Situation"
        placeholder="Toutes situations"
        data={FLAG_OPTIONS}
        value={query.flag ?? null}
        onChange={(value) => onChange({ ...query, flag: (value as FlagFilter) ?? undefined })}
        clearable
        w={210}
      />
      <NumberInput
        aria-label="Solde minimum en euros"
        placeholder="Solde min. €"
        value={centsToEuros(query.minCents)}
        onChange={(value) => onChange({ ...query, minCents: eurosToCents(value) })}
        thousandSeparator=" "
        decimalSeparator=","
        hideControls
        w={120}
      />
      <NumberInput
        aria-label="Solde maximum en euros"
        placeholder="Solde max. €"
        value={centsToEuros(query.maxCents)}
        onChange={(value) => onChange({ ...query, maxCents: eurosToCents(value) })}
        thousandSeparator=" "
        decimalSeparator=","
        hideControls
        w={120}
      />
      {hasFilters(query) && (
        <Button
          variant="subtle"
          leftSection={<IconFilterOff size={16} />}
          onClick={() =>
            onChange({ sort: query.sort, direction: query.direction, importId: query.importId })
          }
        >
          Effacer les filtres
        </Button>
      )}
    </Group>
  );
}
