import { Alert, Button, Checkbox, Group, List, Progress, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconPrinter } from '@tabler/icons-react';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useBatchCandidates } from '../../../data/collectionHooks';
import { useLetterCommons } from '../../../data/letterHooks';
import { isIsoDate, todayIso } from '../../../domain/dates';
import type { TemplateId } from '../../../domain/letters';
import { formatCount, formatTenths, plural, pluralForm } from '../../../domain/numbers';
import { DateField } from '../../../shared/ui/DateField';
import { PageLoader } from '../../../shared/ui/PageLoader';
import { keepLetterRecorderReady } from '../../../workers/letterRecord/client';
import { IncompleteCreditorAlert, missingForTemplate } from '../IncompleteCreditor';
import { UnconfirmedRatesAlert } from '../UnconfirmedRatesAlert';
import { BatchDebtorTable } from './BatchDebtorTable';
import { warmBatch } from './prepareBatch';
import { useBatchRun } from './useBatchRun';

export interface BatchLettersProps {
  /** Debtors chosen elsewhere (the action queue): « ?lot=id1,id2 ». */
  preselected?: readonly string[];
  templateId?: TemplateId;
}

const NONE: readonly string[] = [];
/** A selection resting this long is built ahead (ticking boxes one by one starts nothing). */
const WARM_AFTER_MS = 300;

/** « Envoi groupé »: one letter per chosen debtor, rendered off the main thread into one PDF. */
export function BatchLetters({ preselected = NONE, templateId }: BatchLettersProps) {
  const [date, setDate] = useState(todayIso());
  /** Chosen by the user; until then the link's template, or the step most debtors are due for. */
  const [picked, setPicked] = useState<TemplateId | undefined>(templateId);
  const [duplex, setDuplex] = useState(false);
  const commons = useLetterCommons();
  const batch = useBatchCandidates(todayIso(), picked);
  const template = (picked ?? batch?.templateId) as TemplateId | undefined;
  const debtors = batch?.candidates;
  // The list drawn again after a write (a batch kept as sent: a thousand rows of new objects) is
  // drawn in a transition, in slices, not in one 190 ms task.
  const shownDebtors = useDeferredValue(debtors);
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const { state, start, cancel, reset, deliver } = useBatchRun();
  useEffect(() => keepLetterRecorderReady(), []);
  const preselectedKey = preselected.join(',');
  // Due debtors only, never one a promise, a plan or a dispute holds; those the queue chose.
  const dueKey = (debtors ?? [])
    .filter((d) => !d.excluded)
    .map((d) => d.debtorId)
    .join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the keys stand for the lists' content
  useEffect(() => {
    const due = dueKey ? dueKey.split(',') : [];
    const wanted = preselected.length ? new Set(preselected) : null;
    setSelected(new Set(wanted ? due.filter((id) => wanted.has(id)) : due));
  }, [dueKey, preselectedKey]);
  const held = useMemo(
    () => new Map((debtors ?? []).map((d) => [d.debtorId, d.heldItemIds] as const)),
    [debtors],
  );
  // The letters built ahead while the user reads the list (see prepareBatch): « Générer » then
  // renders at once. Started once the selection has rested; stopped by any change or the click.
  const chosen = commons?.templates.find((t) => t.id === template);
  const idle = state.phase === 'idle' || state.phase === 'failed';
  useEffect(() => {
    if (!idle || !commons || !chosen || selected.size === 0) return;
    const abort = new AbortController();
    const timer = setTimeout(() => {
      void warmBatch([...selected], chosen, date, commons, held, abort.signal).catch(
        () => undefined, // Built again, with its message, when the user clicks.
      );
    }, WARM_AFTER_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [idle, commons, chosen, selected, date, held]);

  if (!commons || !debtors || !template) return <PageLoader />;
  const excluded = debtors.filter((d) => d.excluded).length;
  const busy = state.phase === 'preparing' || state.phase === 'rendering';
  const missing = missingForTemplate(
    chosen,
    state.phase === 'ready' ? state.letters[0]?.creditor : commons.creditor,
  );
  const blocked = missing.length > 0;
  const run = async (kind: 'print' | 'save') => {
    try {
      if (await deliver(kind))
        notifications.show({
          color: 'teal',
          message: 'Courriers conservés dans « Courriers envoyés ».',
        });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Envoi impossible',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };
  return (
    <Stack gap="md">
      <Group align="flex-end">
        <Select
          label="Modèle"
          data={commons.templates.map((t) => ({ value: t.id, label: t.name }))}
          value={template}
          allowDeselect={false}
          disabled={busy}
          onChange={(value) => value && setPicked(value as TemplateId)}
        />
        <DateField
          label="Date des courriers"
          value={date}
          disabled={busy}
          onChange={(picked) => isIsoDate(picked) && setDate(picked)}
        />
        <Button
          disabled={busy || blocked || selected.size === 0 || !chosen}
          onClick={() =>
            chosen && void start([...selected], chosen, date, commons, { duplex, held })
          }
        >
          Générer {plural(selected.size, 'courrier')}
        </Button>
      </Group>
      <IncompleteCreditorAlert missing={missing} />
      <Checkbox
        label="Recto verso : chaque courrier commence sur un recto"
        description="Ajoute une page blanche après chaque courrier d’un nombre impair de pages. À choisir avant de générer le lot."
        checked={duplex}
        disabled={busy || state.phase === 'ready'}
        onChange={(event) => setDuplex(event.currentTarget.checked)}
      />
      {state.phase === 'preparing' ? <Text size="sm">Préparation des courriers…</Text> : null}
      {state.phase === 'rendering' ? (
        <Group>
          <Progress
            value={(100 * state.done) / state.total}
            // No width animation: the window would lay itself out at every frame of the batch,
            // taking a core from the workers that render the letters.
            transitionDuration={0}
            style={{ flex: 1 }}
            aria-label="Progression"
          />
          <Text size="sm">
            {state.done} / {state.total}
          </Text>
          <Button variant="default" color="red" onClick={cancel}>
            Annuler
          </Button>
        </Group>
      ) : null}
      {state.phase === 'failed' ? (
        <Alert color="red" title="Génération impossible">
          {state.message}
        </Alert>
      ) : null}
      {state.phase === 'ready' ? (
        <Alert
          color="teal"
          title={`${plural(state.letters.length, 'courrier')} ${pluralForm(state.letters.length, 'prêt')} — ${plural(state.batch.pages, 'page')}`}
        >
          <Text size="sm" mb="xs">
            Générés en {formatTenths(state.batch.elapsedMs / 1000)} s (
            {formatTenths(state.batch.pages / (state.batch.elapsedMs / 1000))} pages/s).
            {state.batch.blankPages > 0
              ? ` Recto verso : ${plural(state.batch.blankPages, 'page')} ${pluralForm(state.batch.blankPages, 'blanche')} ${pluralForm(state.batch.blankPages, 'ajoutée')}.`
              : ''}
            {state.recorded ? ' Courriers enregistrés.' : ''}
          </Text>
          <Group gap="xs">
            <Button
              leftSection={<IconPrinter size={16} />}
              disabled={blocked}
              onClick={() => void run('print')}
            >
              Imprimer
            </Button>
            <Button
              variant="default"
              leftSection={<IconDeviceFloppy size={16} />}
              disabled={blocked}
              onClick={() => void run('save')}
            >
              Enregistrer le PDF
            </Button>
            <Button variant="subtle" onClick={reset}>
              Nouveau lot
            </Button>
          </Group>
        </Alert>
      ) : null}
      {state.phase === 'rendering' || state.phase === 'ready' ? (
        <UnconfirmedRatesAlert
          rates={state.provisional.rates}
          letterCount={state.provisional.letters}
        />
      ) : null}
      {(state.phase === 'rendering' || state.phase === 'ready') && state.skipped.length > 0 ? (
        <Alert color="yellow" title="Débiteurs sans courrier">
          <List size="sm">
            {state.skipped.map((s) => (
              <List.Item key={s.debtorId}>
                {s.name} : {s.reason}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      <Text size="sm" c="dimmed" data-testid="batch-summary">
        {debtors.length - excluded === 0
          ? 'Aucun débiteur n’est dû pour cette étape aujourd’hui'
          : `${plural(debtors.length - excluded, 'débiteur')} ${pluralForm(debtors.length - excluded, 'dû', 'dus')} pour cette étape aujourd’hui`}
        {excluded > 0
          ? ` ; ${formatCount(excluded)} ${pluralForm(excluded, 'écarté')} (promesse, échéancier ou litige en cours), en grisé.`
          : '.'}
      </Text>
      <BatchDebtorTable
        debtors={shownDebtors ?? debtors}
        selected={selected}
        onChange={setSelected}
      />
    </Stack>
  );
}
