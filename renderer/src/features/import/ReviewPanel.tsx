import {
  Alert,
  Button,
  Checkbox,
  Group,
  Loader,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { formatMoney } from '../../domain/currency';
import { formatDateFr, parseDateFr } from '../../domain/dates';
import { asOfDateSentence } from '../../domain/import/asOfDate';
import type { CurrencySummary } from '../../domain/import/currencyTotals';
import { missingColumns } from '../../domain/import/mapping';
import { BUILT_IN_PRESETS, mappingOriginSentence } from '../../domain/import/presets';
import type { Cents } from '../../domain/model';
import { negateCents, ZERO_CENTS } from '../../domain/money';
import { formatCount } from '../../domain/numbers';
import { CurrencyTotals, ratesBlocker } from './CurrencyTotals';
import { HeaderRowsPicker } from './HeaderRowsPicker';
import { ImportPreview } from './ImportPreview';
import { IssuesTable } from './IssuesTable';
import { MappingEditor } from './MappingEditor';
import type { ReviewState } from './useImportFlow';

/** Typing pause before a new as-of date recomputes the preview by itself. */
const RECOMPUTE_DELAY_MS = 400;

interface ReviewPanelProps {
  review: ReviewState;
  onReparse: (options: ReviewState['options']) => void;
  /** Same as onReparse, the review staying on screen (a new as-of date), with the rates typed. */
  onRecompute: (options: ReviewState['options'], eurRates: Record<string, string>) => void;
  /**
   * `gapReason`: why the user imports despite a gap with the file's total (then required);
   * `eurRates`: the rates typed for currencies the file gives no EUR counter-value for.
   */
  onConfirm: (partialFile: boolean, gapReason?: string, eurRates?: Record<string, string>) => void;
  /** The preview's figures are recomputed with the rates typed so far. */
  onRatesChange: (eurRates: Record<string, string>) => void;
  onCancel: () => void;
}

/** Everything the controller checks before anything is written: mapping, errors, totals. */
export function ReviewPanel({
  review,
  onReparse,
  onRecompute,
  onConfirm,
  onRatesChange,
  onCancel,
}: ReviewPanelProps) {
  const { preview, sheets, options } = review;
  const [eurRates, setEurRates] = useState<Record<string, string>>({});
  const summary = review.ratedSummary ?? preview.summary;
  const ratesMissing = ratesBlocker(summary.currencies, eurRates);
  // A currency whose items differ from its own total row is a gap like any other.
  const currencyGap = summary.currencies.some((c) => !!c.differenceCents);
  const [asOfText, setAsOfText] = useState(formatDateFr(preview.asOfDate));
  const [partialFile, setPartialFile] = useState(false);
  const [gapReason, setGapReason] = useState('');
  const gap = preview.summary.differenceCents;
  const hasGap = (gap !== null && gap !== 0) || currencyGap;
  const typedDate = parseDateFr(asOfText);
  // Aging and bucket items are computed at the balance date: a new date means a new parse.
  const dateChanged = typedDate !== null && typedDate !== preview.asOfDate;
  const presetName = BUILT_IN_PRESETS.find((p) => p.id === preview.presetId)?.name;
  // A new date recomputes the preview by itself once the user stops typing.
  // Each date is asked once: the panel re-renders while the worker recomputes.
  const requested = useRef<string | null>(null);
  useEffect(() => {
    if (!dateChanged || !typedDate || requested.current === typedDate) return;
    const timer = setTimeout(() => {
      requested.current = typedDate;
      // The rates go with it: the new preview comes with its figures at those rates.
      onRecompute({ ...options, asOfDate: typedDate }, eurRates);
    }, RECOMPUTE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [dateChanged, typedDate, options, eurRates, onRecompute]);
  const blocking = preview.issues.filter((i) => i.severity === 'error' && i.row === undefined);
  const missing = missingColumns(preview.mapping, preview.layout);
  const rowErrors = preview.issues.filter((i) => i.severity === 'error' && i.row !== undefined);
  const canImport =
    !!preview.asOfDate &&
    !dateChanged &&
    !review.recomputing &&
    blocking.length === 0 &&
    missing.length === 0 &&
    preview.summary.items > 0 &&
    ratesMissing === null &&
    (!hasGap || gapReason.trim() !== '');
  const visibleSheets = sheets.filter((s) => !s.hidden);
  // Re-parsing remounts this panel: carry the date the user typed over to the next parse.
  const reparse = (next: ReviewState['options']) =>
    onReparse({ ...next, asOfDate: typedDate ?? next.asOfDate });

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
              value={preview.sheetName || null}
              onChange={(sheetName) => sheetName && reparse({ sheetName })}
              allowDeselect={false}
            />
          )}
          <TextInput
            size="xs"
            label="Balance arrêtée au"
            placeholder="JJ/MM/AAAA"
            value={asOfText}
            onChange={(event) => setAsOfText(event.currentTarget.value)}
            error={
              typedDate || (asOfText.trim() === '' && !preview.asOfDate)
                ? undefined
                : 'Date attendue au format JJ/MM/AAAA'
            }
          />
          {(dateChanged || review.recomputing) && (
            <Group gap={6} data-testid="as-of-recomputing">
              <Loader size="xs" />
              <Text size="xs" c="dimmed">
                Recalcul de l’aperçu{typedDate ? ` au ${formatDateFr(typedDate)}` : ''}…
              </Text>
            </Group>
          )}
          <Checkbox
            label="Fichier partiel (ne solder aucune pièce absente)"
            checked={partialFile}
            onChange={(event) => setPartialFile(event.currentTarget.checked)}
          />
        </Group>
        <Text
          size="sm"
          mt="xs"
          c={preview.asOfDate ? 'dimmed' : 'orange.8'}
          data-testid="as-of-origin"
        >
          {asOfDateSentence(preview.asOfDateProposal ?? null, preview.asOfDate)}
        </Text>
        <Text size="sm" mt={4} data-testid="mapping-origin">
          {mappingOriginSentence(preview.mappingSource, preview.presetId)}
        </Text>
      </Paper>
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
          Indiquez dans la correspondance : {missing.join(', ')}.
        </Alert>
      )}
      <HeaderRowsPicker
        header={preview.header}
        // Other lines, other labels: the mapping is found again (saved, preset or guessed).
        onChange={(header) => reparse({ ...options, mapping: undefined, header })}
      />
      <MappingEditor
        layout={preview.layout}
        headers={preview.headers}
        mapping={preview.mapping}
        presetName={presetName}
        onChange={(mapping) =>
          // The header stays as read (both lines of a two-line header): same labels, same
          // signature, so the correction is saved under the signature next month's file has.
          reparse({ ...options, mapping, header: preview.header ?? undefined })
        }
      />
      <IssuesTable issues={preview.issues} fileName={review.file.name} />
      <ImportPreview
        preview={summary === preview.summary ? preview : { ...preview, summary }}
        claim={review.claim}
        currencyTotals={
          <CurrencyTotals
            currencies={summary.currencies}
            rates={eurRates}
            onRateChange={(currency, text) => {
              const next = { ...eurRates, [currency]: text };
              setEurRates(next);
              onRatesChange(next);
            }}
          />
        }
      />
      {hasGap && (
        <Alert
          color="orange"
          icon={<IconAlertTriangle size={18} />}
          title={gapTitle(summary.currencies, gap)}
          data-testid="gap-confirmation"
        >
          {preview.gapExplanation && (
            <Text size="sm" mb="xs">
              {preview.gapExplanation}
            </Text>
          )}
          <Textarea
            label="Motif de l’import malgré l’écart"
            description="Obligatoire : il est conservé avec l’import et dans le journal d’audit."
            placeholder="Ex. : colonne « Douteux » suivie à part, écart validé avec la comptabilité"
            required
            autosize
            minRows={2}
            value={gapReason}
            onChange={(event) => setGapReason(event.currentTarget.value)}
          />
        </Alert>
      )}
      <Group justify="flex-end" pos="sticky" bottom={0} py="sm" bg="var(--mantine-color-body)">
        <Button variant="default" onClick={onCancel}>
          Annuler
        </Button>
        <Button
          leftSection={<IconCheck size={16} />}
          disabled={!canImport}
          color={hasGap ? 'orange' : undefined}
          onClick={() =>
            onConfirm(partialFile, hasGap ? gapReason.trim() : undefined, usedRates(eurRates))
          }
        >
          {hasGap
            ? `Importer malgré ${gapTitle(summary.currencies, gap, true)}`
            : rowErrors.length > 0
              ? `Importer les ${formatCount(preview.summary.items)} lignes valides`
              : `Importer ${formatCount(preview.summary.items)} pièces`}
        </Button>
      </Group>
    </Stack>
  );
}

/** The typed rates, blanks left out. */
function usedRates(rates: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(rates).filter(([, text]) => text.trim() !== ''));
}

/**
 * « Écart de 12,00 € avec le total du fichier », in the currency of the file's single total, or
 * per currency (« un écart de 1,00 $US en USD ») in a file mixing currencies. `short` for the
 * button: « un écart de … ».
 */
function gapTitle(currencies: readonly CurrencySummary[], gap: Cents | null, short = false) {
  const abs = (c: Cents) => (c < 0 ? negateCents(c) : c);
  let amounts: string;
  if (gap !== null && gap !== 0) {
    const currency = currencies.length === 1 ? (currencies[0]?.currency ?? 'EUR') : 'EUR';
    amounts = formatMoney(short ? abs(gap) : gap, currency);
  } else {
    amounts = currencies
      .filter((c) => !!c.differenceCents)
      .map((c) => {
        const d = c.differenceCents ?? ZERO_CENTS;
        return formatMoney(short ? abs(d) : d, c.currency);
      })
      .join(' et ');
  }
  return short ? `un écart de ${amounts}` : `Écart de ${amounts} avec le total du fichier`;
}
