/**
 * The attach flow of a debtor's evidence: files dropped or picked are checked, described by the
 * user, then stored (bytes once, content-addressed) with their audit entries.
 */
import { notifications } from '@mantine/notifications';
import { useCallback, useState } from 'react';
import { documentsRepo } from '../../data/repositories/documents';
import { PIECE_EXTENSIONS } from '../../domain/evidence/fileType';
import { type OfferedFile, offeredBytes } from '../../pdf/dossier';
import { platform } from '../../platform';
import { type Intake, inspectOffered, type PieceDraft, parsedDate } from './pieceDraft';

export const PIECE_FILTERS = [
  { name: 'Pièces (PDF, JPEG, PNG, courriel)', extensions: [...PIECE_EXTENSIONS] },
];

const NO_INVOICES: string[] = [];

export function useAttachPieces(debtorId: string, defaultInvoiceIds: string[] = NO_INVOICES) {
  const [intake, setIntake] = useState<Intake | null>(null);
  const [checking, setChecking] = useState(false);
  const [saving, setSaving] = useState(false);

  const offer = useCallback(
    async (files: readonly OfferedFile[]) => {
      if (files.length === 0) return;
      setChecking(true);
      try {
        setIntake(await inspectOffered(files, { invoiceIds: defaultInvoiceIds }));
      } finally {
        setChecking(false);
      }
    },
    [defaultInvoiceIds],
  );

  const pick = useCallback(async () => {
    const files = await platform.openFiles({ filters: PIECE_FILTERS, multiple: true });
    await offer(files.map((file) => offeredBytes(file.name, file.data)));
  }, [offer]);

  const attach = useCallback(
    async (drafts: PieceDraft[]) => {
      setSaving(true);
      try {
        for (const draft of drafts) {
          const date = parsedDate(draft.dateText);
          await documentsRepo.attach({
            debtorId,
            invoiceIds: draft.invoiceIds,
            kind: draft.kind,
            title: draft.title,
            ...(draft.reference.trim() ? { reference: draft.reference.trim() } : {}),
            ...(date ? { date } : {}),
            fileName: draft.fileName,
            mime: draft.mime,
            bytes: draft.bytes,
          });
        }
        notifications.show({
          color: 'teal',
          message: `${drafts.length} pièce${drafts.length > 1 ? 's jointes' : ' jointe'} au dossier du débiteur.`,
        });
        setIntake(null);
      } catch (error) {
        notifications.show({
          color: 'red',
          title: 'Pièces non enregistrées',
          message: error instanceof Error ? error.message : String(error),
        });
      } finally {
        setSaving(false);
      }
    },
    [debtorId],
  );

  return { intake, checking, saving, offer, pick, attach, close: () => setIntake(null) };
}
