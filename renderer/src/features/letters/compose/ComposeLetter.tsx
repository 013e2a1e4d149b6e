import { Alert, Grid, List, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo } from 'react';
import { useDebtorCollection } from '../../../data/collectionHooks';
import { todayIso } from '../../../domain/dates';
import { TEMPLATE_IDS, type TemplateId } from '../../../domain/letters';
import { logoDataUri } from '../../../pdf/base/Letterhead';
import { PlaceLinks } from '../../../shared/ui/PlaceLinks';
import { nextQueuePath, openedFromQueue } from '../../queue';
import { IncompleteCreditorAlert, missingForTemplate } from '../IncompleteCreditor';
import { UnconfirmedRatesAlert } from '../UnconfirmedRatesAlert';
import { DraftActions } from './DraftActions';
import { DraftForm } from './DraftForm';
import { ItemPicker } from './ItemPicker';
import { PlanFields } from './PlanFields';
import { PreviewPane } from './PreviewPane';
import { type DraftOptions, useLetterDraft } from './useLetterDraft';
import { usePdfPreview } from './usePdfPreview';

/**
 * « Nouveau courrier »: choose, check the preview, then save, print or e-mail. With
 * `followLadder` (no template in the link), a debtor chosen opens on the template of its next
 * ladder step.
 */
export function ComposeLetter({
  initial,
  followLadder = false,
}: {
  initial: DraftOptions;
  followLadder?: boolean;
}) {
  const draft = useLetterDraft(initial);
  const debtorId = draft.options.debtorId;
  const collection = useDebtorCollection(debtorId ?? '', todayIso());
  const state = collection?.state;
  const stepTemplate =
    state && (state.status === 'step' || state.status === 'below-minimum')
      ? TEMPLATE_IDS.find((id) => id === state.step.templateId)
      : undefined;
  const { update } = draft;
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the debtor or its step changes
  useEffect(() => {
    if (followLadder && stepTemplate) update({ templateId: stepTemplate as TemplateId });
  }, [debtorId, stepTemplate, followLadder]);
  const next = debtorId && openedFromQueue(debtorId) ? nextQueuePath(debtorId) : null;
  const logoBytes = draft.commons?.logo;
  const logo = useMemo(
    () => (logoBytes ? logoDataUri(logoBytes.bytes, logoBytes.mime) : undefined),
    [logoBytes],
  );
  const letter = draft.result?.ok ? draft.result.letter : null;
  const preview = usePdfPreview(letter, logo);
  const stale = preview.rendering || preview.rendered?.letter !== letter;
  // A legal letter waits for the creditor's full identity: the one it would print with.
  const missing = missingForTemplate(draft.template, letter?.creditor ?? draft.commons?.creditor);
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <Stack gap="md">
          <DraftForm draft={draft} />
          {draft.sources ? (
            <>
              <Title order={5}>Pièces</Title>
              <ItemPicker draft={draft} />
              <PlanFields draft={draft} />
            </>
          ) : null}
          {draft.result && !draft.result.ok ? (
            <Alert color="red" title="Courrier impossible">
              <List size="sm">
                {draft.result.errors.map((error) => (
                  <List.Item key={error}>{error}</List.Item>
                ))}
              </List>
            </Alert>
          ) : null}
          {letter ? <UnconfirmedRatesAlert rates={letter.unconfirmedRates} /> : null}
          {letter && letter.warnings.length > 0 ? (
            <Alert color="yellow" title="À vérifier avant l’envoi">
              <List size="sm">
                {letter.warnings.map((warning) => (
                  <List.Item key={warning}>
                    <PlaceLinks text={warning} />
                  </List.Item>
                ))}
              </List>
            </Alert>
          ) : null}
          {letter ? (
            <Text size="sm" c="dimmed">
              Les montants sont arrêtés à la date du courrier ; le PDF conservé est celui de
              l’aperçu.
            </Text>
          ) : null}
          <IncompleteCreditorAlert missing={missing} />
          <DraftActions
            rendered={preview.rendered}
            stale={stale}
            blocked={missing.length > 0}
            {...(next ? { next } : {})}
          />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <PreviewPane preview={preview} />
      </Grid.Col>
    </Grid>
  );
}
