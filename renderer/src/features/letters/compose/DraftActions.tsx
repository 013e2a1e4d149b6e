import { Alert, Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconMail, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { formatInstantFr } from '../../../domain/dates';
import type { LetterContent } from '../../../domain/letters';
import type { Letter } from '../../../domain/model';
import { type DeliveryKind, type DeliveryResult, deliverLetter } from '../delivery';
import { sameBytes } from '../sameBytes';

export interface DraftActionsProps {
  /** The letter and bytes on screen: exactly what will be saved, printed and recorded. */
  rendered: { letter: LetterContent; bytes: Uint8Array } | null;
  /** Disabled while the preview is out of date. */
  stale: boolean;
  /** Disabled while the letter cannot be sent (a legal letter without the creditor's identity). */
  blocked?: boolean;
  /** The next row of the File d'actions: offers « Enregistrer et suivant ». */
  next?: string;
}

const SUCCESS: Record<DeliveryKind, string> = {
  save: 'PDF enregistré',
  print: 'Courrier envoyé à l’impression',
  email: 'Brouillon de courriel enregistré',
};

const KEPT = 'Courrier conservé dans « Courriers envoyés ».';

/** The e-mail draft is opened by the mail client, or (browser, no mail client) downloaded. */
function successNotice(kind: DeliveryKind, result: DeliveryResult) {
  if (kind === 'email' && result.draft?.opened) {
    return { title: 'Brouillon ouvert dans votre messagerie', message: KEPT };
  }
  if (kind === 'email' && result.draft?.reason) {
    return { title: SUCCESS.email, message: `${result.draft.reason} ${KEPT}` };
  }
  return {
    title: SUCCESS[kind],
    message: result.fileName
      ? `${result.fileName} — courrier conservé dans « Courriers envoyés ».`
      : KEPT,
  };
}

/** Save, print or e-mail the letter shown, and record it once. */
export function DraftActions({ rendered, stale, blocked = false, next }: DraftActionsProps) {
  const navigate = useNavigate();
  const [busy, setBusy] = useState<DeliveryKind | null>(null);
  const [recorded, setRecorded] = useState<{ bytes: Uint8Array; letter: Letter } | null>(null);
  // Same bytes, same letter: saving then printing it records it once.
  const current =
    rendered && recorded && sameBytes(recorded.bytes, rendered.bytes) ? recorded.letter : undefined;

  async function run(kind: DeliveryKind, then?: string) {
    if (!rendered) return;
    setBusy(kind);
    try {
      const result = await deliverLetter(kind, rendered.letter, rendered.bytes, current);
      if (!result.delivered) return;
      if (result.recorded) setRecorded({ bytes: rendered.bytes, letter: result.recorded });
      notifications.show({ color: 'teal', ...successNotice(kind, result) });
      if (then) navigate(then);
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Envoi impossible',
        message: error instanceof Error ? error.message : String(error),
      });
    } finally {
      setBusy(null);
    }
  }

  const disabled = !rendered || stale || blocked || busy !== null;
  const noEmail = !rendered?.letter.recipientEmail;
  return (
    <>
      <Group gap="xs">
        <Button
          leftSection={<IconDeviceFloppy size={16} />}
          loading={busy === 'save'}
          disabled={disabled}
          onClick={() => run('save')}
        >
          Enregistrer le PDF
        </Button>
        <Button
          variant="default"
          leftSection={<IconPrinter size={16} />}
          loading={busy === 'print'}
          disabled={disabled}
          onClick={() => run('print')}
        >
          Imprimer
        </Button>
        <Button
          variant="default"
          leftSection={<IconMail size={16} />}
          loading={busy === 'email'}
          disabled={disabled || noEmail}
          title={noEmail ? 'Aucune adresse électronique pour ce débiteur' : undefined}
          onClick={() => run('email')}
        >
          Préparer le courriel
        </Button>
        {next ? (
          <Button
            variant="light"
            loading={busy === 'save'}
            disabled={disabled}
            onClick={() => run('save', next)}
          >
            Enregistrer et suivant
          </Button>
        ) : null}
      </Group>
      {current ? (
        <Alert color="teal" variant="light" title="Courrier enregistré">
          <Text size="sm">
            Conservé le {formatInstantFr(current.createdAt)} (empreinte SHA-256{' '}
            {current.pdfSha256.slice(0, 12)}…).
          </Text>
        </Alert>
      ) : null}
    </>
  );
}
