import { Alert, Anchor, Group, Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { paths } from '../../app/paths';
import { useCaseFile } from '../../data/dossierHooks';
import type { CaseFile } from '../../data/repositories/dossierSources';
import { dossiersRepo } from '../../data/repositories/dossiers';
import { caseStepLabel } from '../../domain/caseStages';
import { formatInstantFr } from '../../domain/dates';
import type { EvidencePiece } from '../../domain/evidence/pieces';
import { plural } from '../../domain/numbers';
import { PageHeader } from '../../shared/ui/PageHeader';
import { PageLoader } from '../../shared/ui/PageLoader';
import { CaseStageCard } from '../cases';
import { AttachModal, invoiceOptionsOf, PieceViewerModal, useAttachPieces } from '../evidence';
import { CaseExport } from './CaseExport';
import { ChecklistCard } from './ChecklistCard';
import { ExportHistory } from './ExportHistory';
import { PiecesCard } from './PiecesCard';
import { ProcedureCard } from './ProcedureCard';
import { useCaseDossier } from './useCaseDossier';

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
  const attach = useAttachPieces(debtor.id);
  const [viewed, setViewed] = useState<EvidencePiece | null>(null);
  const invoiceOptions = useMemo(() => invoiceOptionsOf(file.invoices), [file.invoices]);

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
      <CaseExport caseRecord={caseRecord} dossier={dossier} />
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
