import { Alert, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { writeAutomaticBackup } from '../../data/backup/autoBackup';
import { importsRepo } from '../../data/repositories/imports';
import { formatDateFr } from '../../domain/dates';
import { type FileForWorker, platform, sizeOf } from '../../platform';
import { confirm } from '../../shared/ui/confirm';
import { PageHeader } from '../../shared/ui/PageHeader';
import { zipBackupOffMainThread } from '../../workers/backupZip/client';
import { fileSizeWarning } from '../../workers/spreadsheet/fileChecks';
import { FilePicker } from './FilePicker';
import { ImportHistory } from './ImportHistory';
import { ImportOutcomes } from './ImportOutcomes';
import { ImportResult } from './ImportResult';
import { ReviewPanel } from './ReviewPanel';
import { type ReviewState, useImportFlow } from './useImportFlow';

const STEP_LABELS = {
  reading: 'Lecture du fichier…',
  sheet: 'Recherche de la balance dans le classeur…',
  rows: 'Analyse des lignes…',
} as const;

export function ImportPage() {
  const { state, setState, parse, recompute, applyRates, commit, cancel } = useImportFlow();

  async function openFile(file: FileForWorker) {
    const warning = fileSizeWarning(file.name, sizeOf(file));
    if (
      warning &&
      !(await confirm({
        title: 'Fichier volumineux',
        message: warning,
        confirmLabel: 'Analyser quand même',
      }))
    ) {
      return;
    }
    await parse(file, {});
  }

  async function confirmImport(
    review: ReviewState,
    partialFile: boolean,
    gapReason?: string,
    eurRates?: Record<string, string>,
  ) {
    const previous = await importsRepo.findBySha256(review.sha256);
    if (
      previous &&
      !(await confirm({
        title: 'Fichier déjà importé',
        message: `Ce fichier a déjà été importé le ${formatDateFr(previous.importedAt.slice(0, 10))} (balance au ${formatDateFr(previous.asOfDate)}). L’importer à nouveau ?`,
        confirmLabel: 'Importer à nouveau',
      }))
    ) {
      return;
    }
    try {
      // The desktop app keeps a copy of the ledger as it was before every import.
      await writeAutomaticBackup('avant-import', platform, { zip: zipBackupOffMainThread });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Import interrompu',
        message: `${error instanceof Error ? error.message : String(error)}. Rien n’a été importé.`,
      });
      return;
    }
    if (await commit(review, partialFile, gapReason, eurRates)) {
      notifications.show({
        color: 'teal',
        message: `Import de « ${review.file.name} » enregistré.`,
      });
    }
  }

  return (
    <>
      <PageHeader
        title="Import"
        description="Importer la balance âgée du mois exportée de votre ERP (Excel, ODS ou CSV)."
      />
      <ImportOutcomes />
      {state.phase === 'idle' && (
        <>
          <FilePicker onFile={openFile} />
          <ImportHistory onOpen={(importId) => setState({ phase: 'done', importId })} />
        </>
      )}
      {state.phase === 'parsing' && (
        <Paper withBorder p="lg">
          <Stack gap="sm">
            <Text fw={600}>{state.fileName}</Text>
            <Text size="sm" c="dimmed">
              {STEP_LABELS[state.step]}
            </Text>
            <Progress
              value={state.step === 'rows' ? state.percent : 5}
              animated
              aria-label="Progression de l’analyse"
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={cancel}>
                Annuler l’analyse
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
      {state.phase === 'failed' && (
        <Alert
          color="red"
          icon={<IconAlertTriangle size={18} />}
          title={`Import de « ${state.fileName} » impossible`}
        >
          <Text size="sm" mb="sm">
            {state.message}
          </Text>
          <Button variant="default" size="xs" onClick={() => setState({ phase: 'idle' })}>
            Choisir un autre fichier
          </Button>
        </Alert>
      )}
      {state.phase === 'review' && (
        <ReviewPanel
          key={`${state.preview.sheetName}|${state.preview.headerSignature}`}
          review={state}
          onReparse={(options) => parse(state.file, options)}
          onRecompute={(options, eurRates) => recompute(state, options, eurRates)}
          onConfirm={(partialFile, gapReason, eurRates) =>
            confirmImport(state, partialFile, gapReason, eurRates)
          }
          onRatesChange={applyRates}
          onCancel={cancel}
        />
      )}
      {state.phase === 'committing' && (
        <Paper withBorder p="lg">
          <Text>Enregistrement de « {state.fileName} » dans le registre…</Text>
          <Progress value={100} animated mt="sm" />
        </Paper>
      )}
      {state.phase === 'done' && (
        <Stack>
          <ImportResult importId={state.importId} onUndone={() => setState({ phase: 'idle' })} />
          <Group>
            <Button variant="default" onClick={() => setState({ phase: 'idle' })}>
              Importer un autre fichier
            </Button>
          </Group>
        </Stack>
      )}
    </>
  );
}
