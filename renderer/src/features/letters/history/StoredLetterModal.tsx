import { Alert, Button, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconPrinter } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { BLOB_MESSAGES, BlobUnavailableError } from '../../../data/repositories/blobs';
import { lettersRepo } from '../../../data/repositories/letters';
import type { Letter } from '../../../domain/model';
import { platform } from '../../../platform';
import { sha256Hex } from '../../../shared/sha256';
import { PdfViewer } from '../../../shared/ui/pdf';
import { PDF_FILTERS } from '../delivery';
import { safeFileName } from '../fileNames';

type Stored =
  | { status: 'loading' }
  | { status: 'missing' }
  /** Team mode: not on this workstation and not fetched (offline, or refused on arrival). */
  | { status: 'unavailable'; message: string }
  | { status: 'loaded'; bytes: Uint8Array; intact: boolean };

/** The exact PDF kept for a letter, its fingerprint checked, to view, save again or reprint. */
export function StoredLetterModal({
  letter,
  debtorName,
  onClose,
}: {
  letter: Letter;
  debtorName: string;
  onClose: () => void;
}) {
  const [stored, setStored] = useState<Stored>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      let next: Stored;
      try {
        const bytes = await lettersRepo.pdfBytes(letter);
        next = bytes
          ? { status: 'loaded', bytes, intact: (await sha256Hex(bytes)) === letter.pdfSha256 }
          : { status: 'missing' };
      } catch (error) {
        if (!(error instanceof BlobUnavailableError)) throw error;
        next = { status: 'unavailable', message: error.message };
      }
      if (!cancelled) setStored(next);
    })();
    return () => {
      cancelled = true;
    };
  }, [letter]);

  const fileName = `${safeFileName(`${letter.templateName ?? letter.template} – ${debtorName} – ${letter.date}`)}.pdf`;
  const save = async () => {
    if (stored.status !== 'loaded') return;
    const result = await platform.saveFile({
      suggestedName: fileName,
      data: stored.bytes,
      filters: PDF_FILTERS,
    });
    if (result.saved)
      notifications.show({
        color: 'teal',
        message: `Copie enregistrée : ${result.fileName ?? fileName}`,
      });
  };
  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={`${letter.templateName ?? letter.template} — ${debtorName}`}
    >
      {stored.status === 'loading' ? <Loader /> : null}
      {stored.status === 'missing' ? (
        <Alert color="red">Le PDF de ce courrier est introuvable dans la base.</Alert>
      ) : null}
      {stored.status === 'unavailable' ? (
        <Alert color={stored.message === BLOB_MESSAGES.notHere ? 'yellow' : 'red'}>
          {stored.message}
        </Alert>
      ) : null}
      {stored.status === 'loaded' ? (
        <Stack>
          <Text size="sm" c={stored.intact ? 'teal' : 'red'}>
            {stored.intact
              ? `Copie conforme au courrier envoyé (SHA-256 ${letter.pdfSha256}).`
              : 'Attention : l’empreinte du PDF ne correspond plus à celle enregistrée.'}
          </Text>
          <Group gap="xs">
            <Button
              size="xs"
              leftSection={<IconDeviceFloppy size={14} />}
              onClick={() => void save()}
            >
              Enregistrer une copie
            </Button>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconPrinter size={14} />}
              onClick={() => void platform.printPdf(stored.bytes)}
            >
              Réimprimer
            </Button>
          </Group>
          <PdfViewer data={stored.bytes} height="65vh" width={640} label="Courrier conservé" />
        </Stack>
      ) : null}
    </Modal>
  );
}
