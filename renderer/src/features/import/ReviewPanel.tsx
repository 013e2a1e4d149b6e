import {
  Alert,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { formatDateFr, isIsoDate, parseDateFr } from '../../domain/dates';
import { missingColumns } from '../../domain/import/mapping';
import { BUILT_IN_PRESETS } from '../../domain/import/presets';
import { blockingIssues } from '../../domain/import/reconcile';
import { formatCount } from '../../domain/numbers';
import { ImportPreview } from './ImportPreview';
import { IssuesTable } from './IssuesTable';
import { MappingEditor } from './MappingEditor';
import { summarizePreview } from './previewSummary';
import type { ReviewState } from './useImportFlow';

export interface ReviewDecision {
  asOfDate: string;
  partialFile: boolean;
}

interface ReviewPanelProps {
  review: ReviewState;
  onReparse: (options: ReviewState['options']) => void;
  onConfirm: (decision: ReviewDecision) => void;
  onCancel: () => void;
}

/** Everything the controller checks before anything is written: mapping, errors, totals. */
export function ReviewPanel({ review, onReparse, onConfirm, onCancel }: ReviewPanelProps) {
  const { balance, sheets, options } = review;
  const [asOfText, setAsOfText] = useState(formatDateFr(balance.asOfDate));
  const asOfDate = parseDateFr(asOfText) ?? '';
  const presetName = BUILT_IN_PRESETS.find((p) => p.id === balance.presetId)?.name;
  const [partialFile, setPartialFile] = useState(false);
  const validDate = isIsoDate(asOfDate);
  const summary = useMemo(
    () => summarizePreview(balance, validDate ? asOfDate : (balance.asOfDate ?? '1970-01-01')),
    [balance, asOfDate, validDate],
  );
  const blocking = blockingIssues(balance);
  const missing = missingColumns(balance.mapping, balance.layout);
  const rowErrors = balance.issues.filter((i) => i.severity === 'error' && i.row !== undefined);
  const canImport =
    validDate && blocking.length === 0 && missing.length === 0 && balance.items.length > 0;
  const visibleSheets = sheets.filter((s) => !s.hidden);
  // Re-parsing remounts this panel: carry the date the user typed over to the next parse.
  const reparse = (next: ReviewState['options']) =>
    onReparse({ ...next, asOfDate: validDate ? asOfDate : next.asOfDate });

  return (
    <Stack gap="md">
      <Paper withBorder p="sm">
        <Group align="flex-end" gap="md">
          <Text fw={600}>{review.file.name}</Text>
          {visibleSheets.length > 1 && (
            <Select
              label="Feuille"
              size="xs"
              data={visibleSheets.map((s) => ({
                value: s.name,
                label: `${s.name} (${formatCount(s.rowCount)} lignes)`,
              }))}
              value={balance.sheetName || null}
              onChange={(sheetName) => sheetName && reparse({ sheetName })}
              allowDeselect={false}
            />
          )}
          <TextInput
            size="xs"
            label="Balance arrêtée au"
            value={asOfText}
            onChange={(event) => setAsOfText(event.currentTarget.value)}
            placeholder="JJ/MM/AAAA"
            error={validDate ? undefined : 'Date attendue au format JJ/MM/AAAA'}
            description={
              balance.asOfDate
                ? `Lue dans le fichier : ${formatDateFr(balance.asOfDate)}`
                : 'Introuvable dans le titre et le nom du fichier'
            }
          />
          <Checkbox
            label="Fichier partiel (ne solder aucune pièce absente)"
            checked={partialFile}
            onChange={(event) => setPartialFile(event.currentTarget.checked)}
          />
        </Group>
      </Paper>
      {balance.layout === 'buckets' && validDate && asOfDate !== balance.asOfDate && (
        <Alert color="blue" title="Date de la balance">
          <Group justify="space-between">
            <Text size="sm">
              Les tranches d'ancienneté sont datées à partir de la date de la balance.
            </Text>
            <Button size="xs" onClick={() => reparse(options)}>
              Recalculer au {formatDateFr(asOfDate)}
            </Button>
          </Group>
        </Alert>
      )}
      {blocking.map((issue) => (
        <Alert
          key={issue.message}
          color="red"
          icon={<IconAlertTriangle size={18} />}
          title="Import impossible"
        >
          {issue.message}
        </Alert>
      ))}
      {missing.length > 0 && (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} title="Colonnes manquantes">
          Indiquez dans la correspondance : {missing.join(', ')}.
        </Alert>
      )}
      <MappingEditor
        layout={balance.layout}
        headers={balance.headers}
        mapping={balance.mapping}
        presetName={presetName}
        onChange={(mapping) => reparse({ ...options, mapping })}
      />
      <IssuesTable issues={balance.issues} fileName={review.file.name} />
      <ImportPreview balance={balance} summary={summary} />
      <Group justify="flex-end" pos="sticky" bottom={0} py="sm" bg="var(--mantine-color-body)">
        <Button variant="default" onClick={onCancel}>
          Annuler
        </Button>
        <Button
          leftSection={<IconCheck size={16} />}
          disabled={!canImport}
          onClick={() => onConfirm({ asOfDate, partialFile })}
        >
          {rowErrors.length > 0
            ? `Importer les ${formatCount(balance.items.length)} lignes valides`
            : `Importer ${formatCount(balance.items.length)} pièces`}
        </Button>
      </Group>
    </Stack>
  );
}
