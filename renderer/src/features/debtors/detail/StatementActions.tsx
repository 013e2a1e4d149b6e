import { ActionIcon, Button, Group, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconPrinter } from '@tabler/icons-react';
import { auditRepo } from '../../../data/repositories/audit';
import { signature } from '../../../data/repositories/collectionSettings';
import type { DebtorFile } from '../../../data/repositories/debtorFile';
import type { OpenItemLine } from '../../../domain/debtorFile';
import { plural } from '../../../domain/numbers';
import { platform } from '../../../platform';
import { type ExportNotice, useExport } from '../../../shared/ui/useExport';
import { statementPdf } from './statementPdf';

type Action = 'print' | 'save';

const LABELS: Record<Action, string> = {
  print: 'Imprimer le relevé',
  save: 'Enregistrer le relevé (PDF)',
};

/**
 * « Imprimer » and « Enregistrer » the relevé de compte, through the platform bridge; `compact`
 * shows them as icons (named for screen readers, with a tooltip) in the fiche's toolbar.
 */
export function StatementActions({
  file,
  lines,
  compact = false,
}: {
  file: DebtorFile;
  lines: readonly OpenItemLine[];
  compact?: boolean;
}) {
  const { running: busy, run: runExport } = useExport<Action>('Relevé de compte impossible');

  const run = (action: Action) =>
    runExport(action, async () => {
      const pdf = await statementPdf(file, lines);
      let saved: ExportNotice | null = null;
      if (pdf.creditorMissing) {
        notifications.show({
          color: 'yellow',
          title: 'Identité du créancier à compléter',
          message:
            'Le relevé est imprimé sans en-tête : renseignez-la dans Paramètres → Créancier.',
        });
      }
      if (action === 'print') {
        await platform.printPdf(pdf.bytes);
      } else {
        const result = await platform.saveFile({
          suggestedName: pdf.fileName,
          data: pdf.bytes,
          filters: [{ name: 'Document PDF', extensions: ['pdf'] }],
        });
        if (!result.saved) return null;
        saved = {
          message: `Relevé enregistré : ${result.fileName ?? pdf.fileName}`,
        };
      }
      await auditRepo.log({
        by: await signature(),
        action: action === 'print' ? 'statement.print' : 'export',
        entity: 'debtors',
        entityId: file.debtor.id,
        details: `Relevé de compte au ${file.asOfDate} (${plural(lines.length, 'pièce')})`,
      });
      return saved;
    });

  if (compact) {
    return (
      <Group gap="xs">
        {(['print', 'save'] as const).map((action) => (
          <Tooltip key={action} label={LABELS[action]}>
            <ActionIcon
              variant="default"
              size={36}
              aria-label={LABELS[action]}
              loading={busy === action}
              disabled={busy !== null}
              onClick={() => run(action)}
            >
              {action === 'print' ? <IconPrinter size={18} /> : <IconDeviceFloppy size={18} />}
            </ActionIcon>
          </Tooltip>
        ))}
      </Group>
    );
  }

  return (
    <Group gap="xs">
      <Button
        variant="default"
        leftSection={<IconPrinter size={16} />}
        loading={busy === 'print'}
        disabled={busy !== null}
        onClick={() => run('print')}
      >
        Imprimer le relevé
      </Button>
      <Button
        variant="default"
        leftSection={<IconDeviceFloppy size={16} />}
        loading={busy === 'save'}
        disabled={busy !== null}
        onClick={() => run('save')}
      >
        Enregistrer le relevé (PDF)
      </Button>
    </Group>
  );
}
