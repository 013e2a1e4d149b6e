import { Alert, Anchor, Group, List, Stack, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { paths } from '../../app/paths';
import { useCaseFile } from '../../data/dossierHooks';
import type { CaseFile } from '../../data/repositories/dossierSources';
import { dossiersRepo } from '../../data/repositories/dossiers';
import { caseStepLabel } from '../../domain/caseStages';
import { formatInstantFr } from '../../domain/dates';
import type { DossierFormat } from '../../domain/dossier';
import type { EvidencePiece } from '../../domain/evidence/pieces';
import { plural } from '../../domain/numbers';
import { confirm } from '../../shared/ui/confirm';
import { PageHeader } from '../../shared/ui/PageHeader';
import { PageLoader } from '../../shared/ui/PageLoader';
import { CaseStageCard } from '../cases';
import { AttachModal, invoiceOptionsOf, PieceViewerModal, useAttachPieces } from '../evidence';
import { ChecklistCard } from './ChecklistCard';
import { ExportCard } from './ExportCard';
import { ExportHistory } from './ExportHistory';
import { PiecesCard } from './PiecesCard';
import { ProcedureCard } from './ProcedureCard';
import { useCaseDossier } from './useCaseDossier';
import { useDossierExport } from './useDossierExport';

/** Invoices listed in the « pièces manquantes » confirmation; the checklist shows them all. */
const MISSING_SHOWN = 8;

/** One case, from procedure choice to the exported dossier. */
export function CasePage() {
  const { caseId = '' } = useParams();
  const file = useCaseFile(caseId);
  if (file === undefined) return <PageLoader />;
  if (file === null) {
    return (
      <Alert color="red" title="Dossier introuvable">
        Ce dossier n’existe pas (ou plus).{' '}
        <Anchor component={Link} to={paths.dossiers()}>
          Retour aux dossiers
        </Anchor>
      </Alert>
    );
  }
  return <CaseDossier file={file} />;
}

function CaseDossier({ file }: { file: CaseFile }) {
  const { caseRecord, debtor } = file;
  const dossier = useCaseDossier(file);
  const exporter = useDossierExport(caseRecord);
  const attach = useAttachPieces(debtor.id);
  const [viewed, setViewed] = useState<EvidencePiece | null>(null);
  const [earlyReason, setEarlyReason] = useState('');
  const invoiceOptions = useMemo(() => invoiceOptionsOf(file.invoices), [file.invoices]);

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
    <Stack gap="md">
      <Group gap="md">
        <Anchor component={Link} to={paths.dossiers()} size="sm">
          <Group gap={4}>
            <IconArrowLeft size={14} /> Dossiers
          </Group>
        </Anchor>
        <Anchor component={Link} to={paths.debtor(debtor.id)} size="sm">
          Fiche débiteur
        </Anchor>
      </Group>
      <PageHeader
        title={`Dossier — ${debtor.name}`}
        description={`Ouvert le ${formatInstantFr(caseRecord.openedAt)} · ${plural(caseRecord.invoiceIds.length, 'facture')} · stade « ${caseStepLabel(caseRecord)} »`}
      />
      <CaseStageCard caseRecord={caseRecord} />
      <ProcedureCard
        advice={dossier.advice}
        procedure={dossier.procedure}
        onProcedure={(procedure) => void dossiersRepo.setProcedure(caseRecord.id, procedure)}
        court={dossier.court}
      />
      <PiecesCard
        pieces={dossier.selection.ordered}
        included={dossier.selection.included}
        onToggle={dossier.selection.toggle}
        onMove={dossier.selection.move}
        onAttach={() => void attach.pick()}
        onView={setViewed}
      />
      <ChecklistCard checklist={dossier.checklist} />
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
      <ExportHistory caseId={caseRecord.id} />
      <AttachModal
        intake={attach.intake}
        invoiceOptions={invoiceOptions}
        busy={attach.saving}
        onAttach={(drafts) => void attach.attach(drafts)}
        onClose={attach.close}
      />
      <PieceViewerModal piece={viewed} onClose={() => setViewed(null)} />
    </Stack>
  );
}
