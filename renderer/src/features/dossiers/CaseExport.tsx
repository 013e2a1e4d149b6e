/**
 * The export of a case's dossier: the reason asked when the notice's deadline still runs, the
 * confirmation when mandatory pieces are missing, the export's progress and outcome. Its state
 * lives here, not in the case page: each step of an export (reading the pieces, assembling,
 * saving) redraws this card only, not the page's bordereau, checklist and procedure.
 */
import { List, Stack, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { dossiersRepo } from '../../data/repositories/dossiers';
import type { DossierFormat } from '../../domain/dossier';
import type { Case } from '../../domain/model';
import { confirm } from '../../shared/ui/confirm';
import { useWhenIdle } from '../../shared/ui/useWhenIdle';
import { dossierExporter } from '../../workers/dossier/client';
import { ExportCard } from './ExportCard';
import type { useCaseDossier } from './useCaseDossier';
import { useDossierExport } from './useDossierExport';

/** Invoices listed in the « pièces manquantes » confirmation; the checklist shows them all. */
const MISSING_SHOWN = 8;

export interface CaseExportProps {
  caseRecord: Case;
  dossier: ReturnType<typeof useCaseDossier>;
}

export function CaseExport({ caseRecord, dossier }: CaseExportProps) {
  const exporter = useDossierExport(caseRecord);
  // The dossier worker started and readied while the user reads the case.
  const { plan } = dossier;
  const prepareExport = useCallback(() => {
    if (plan) dossierExporter().prepare(plan);
  }, [plan]);
  useWhenIdle(plan ? prepareExport : null);
  const [earlyReason, setEarlyReason] = useState('');

  const startExport = async (format: DossierFormat) => {
    const { plan, checklist } = dossier;
    if (!plan) return;
    if (checklist.missingRequired > 0) {
      const go = await confirm({
        title: 'Pièces obligatoires manquantes',
        message: (
          <Stack gap="xs">
            <Text size="sm">Le juge pourrait rejeter la demande faute de preuve :</Text>
            <List size="sm">
              {checklist.missingLines.slice(0, MISSING_SHOWN).map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
            </List>
            {checklist.missingLines.length > MISSING_SHOWN ? (
              <Text size="sm" c="dimmed">
                … et {checklist.missingLines.length - MISSING_SHOWN} autres factures (voir « Pièces
                par facture »).
              </Text>
            ) : null}
          </Stack>
        ),
        confirmLabel: 'Exporter quand même',
      });
      if (!go) return;
    }
    if (caseRecord.procedure !== plan.procedure)
      await dossiersRepo.setProcedure(caseRecord.id, plan.procedure);
    await exporter.start(format, plan, dossier.noticeIssue ? earlyReason.trim() : undefined);
  };

  return (
    <ExportCard
      state={exporter.state}
      totalCents={dossier.totalCents}
      pieceCount={dossier.selection.selected.length}
      blocker={dossier.blocker}
      noticeIssue={dossier.noticeIssue}
      earlyReason={earlyReason}
      onEarlyReason={setEarlyReason}
      onExport={(format) => void startExport(format)}
      onCancel={exporter.cancel}
    />
  );
}
