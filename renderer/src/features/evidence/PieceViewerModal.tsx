import {
  Alert,
  Button,
  Code,
  Group,
  Image,
  Loader,
  Modal,
  ScrollArea,
  Stack,
  Text,
} from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { BLOB_MESSAGES, BlobUnavailableError } from '../../data/repositories/blobs';
import { blobBytes } from '../../data/repositories/documents';
import { pieceDescription } from '../../domain/dossier';
import type { EvidencePiece } from '../../domain/evidence/pieces';
import { platform } from '../../platform';
import { sha256Hex } from '../../shared/sha256';
import { PdfViewer } from '../../shared/ui/pdf';

type Loaded =
  | { status: 'loading' }
  | { status: 'missing' }
  /** Team mode: not on this workstation and not fetched (offline, or refused on arrival). */
  | { status: 'unavailable'; message: string }
  | { status: 'loaded'; bytes: Uint8Array; intact: boolean };

function ImagePreview({ bytes, mime, alt }: { bytes: Uint8Array; mime: string; alt: string }) {
  const url = useMemo(
    () => URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: mime })),
    [bytes, mime],
  );
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return <Image src={url} alt={alt} fit="contain" mah="70vh" />;
}

/** A saved e-mail shown as its text (headers, then body), never rendered as HTML. */
function EmailPreview({ bytes }: { bytes: Uint8Array }) {
  const text = useMemo(() => new TextDecoder().decode(bytes.subarray(0, 200_000)), [bytes]);
  return (
    <ScrollArea h="60vh">
      <Code block>{text}</Code>
    </ScrollArea>
  );
}

/** One piece as stored, its fingerprint checked: PDF pages, image, or e-mail text. */
export function PieceViewerModal({
  piece,
  onClose,
}: {
  piece: EvidencePiece | null;
  onClose: () => void;
}) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  useEffect(() => {
    if (!piece) return;
    let cancelled = false;
    setLoaded({ status: 'loading' });
    void (async () => {
      let next: Loaded;
      try {
        const bytes = await blobBytes(piece.sha256, piece.mime);
        next = bytes
          ? { status: 'loaded', bytes, intact: (await sha256Hex(bytes)) === piece.sha256 }
          : { status: 'missing' };
      } catch (error) {
        if (!(error instanceof BlobUnavailableError)) throw error;
        next = { status: 'unavailable', message: error.message };
      }
      if (!cancelled) setLoaded(next);
    })();
    return () => {
      cancelled = true;
    };
  }, [piece]);
  if (!piece) return null;
  const save = () =>
    loaded.status === 'loaded' &&
    platform.saveFile({ suggestedName: piece.fileName, data: loaded.bytes });
  return (
    <Modal opened onClose={onClose} size="xl" title={pieceDescription(piece)}>
      {loaded.status === 'loading' ? <Loader /> : null}
      {loaded.status === 'missing' ? (
        <Alert color="red">Le fichier de cette pièce est introuvable dans la base.</Alert>
      ) : null}
      {loaded.status === 'unavailable' ? (
        <Alert color={loaded.message === BLOB_MESSAGES.notHere ? 'yellow' : 'red'}>
          {loaded.message}
        </Alert>
      ) : null}
      {loaded.status === 'loaded' ? (
        <Stack>
          <Group justify="space-between">
            <Text size="xs" c={loaded.intact ? 'dimmed' : 'red'}>
              {loaded.intact
                ? `${piece.fileName} — SHA-256 ${piece.sha256}`
                : 'Attention : l’empreinte du fichier ne correspond plus à celle enregistrée.'}
            </Text>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconDeviceFloppy size={14} />}
              onClick={() => void save()}
            >
              Enregistrer une copie
            </Button>
          </Group>
          {piece.mime === 'application/pdf' ? (
            <PdfViewer
              data={loaded.bytes}
              height="65vh"
              width={640}
              label={`Aperçu de ${piece.title}`}
            />
          ) : piece.mime === 'message/rfc822' ? (
            <EmailPreview bytes={loaded.bytes} />
          ) : (
            <ImagePreview bytes={loaded.bytes} mime={piece.mime} alt={piece.title} />
          )}
        </Stack>
      ) : null}
    </Modal>
  );
}
