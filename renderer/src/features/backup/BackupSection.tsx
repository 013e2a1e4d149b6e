import { Button, Group, List, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDatabaseExport, IconRestore } from '@tabler/icons-react';
import { startTransition, useState } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { foregroundTurn } from '../../data/backgroundTurn';
import { formatInstantFr } from '../../domain/dates';
import { plural } from '../../domain/numbers';
import { platform } from '../../platform';
import { confirm } from '../../shared/ui/confirm';
import type { BackupSummary } from '../../workers/restore/client';
import { AutoBackupSetting } from './AutoBackupSetting';
import { type ActionOutcome, applyBackup, pickBackup, saveBackup } from './backupActions';
import { Section } from './Section';

/** Table, then its rows named in the singular and the plural (« 1 import », « 2 imports »). */
const SUMMARY_TABLES: [string, string, string][] = [
  ['debtors', 'débiteur', 'débiteurs'],
  ['invoices', 'pièce', 'pièces'],
  ['documents', 'pièce justificative', 'pièces justificatives'],
  ['letters', 'courrier', 'courriers'],
  ['imports', 'import', 'imports'],
];

function BackupContents({ summary, fileName }: { summary: BackupSummary; fileName: string }) {
  const { createdAt, appVersion, tables } = summary;
  return (
    <>
      <Text size="sm">
        « {fileName} », créée le {formatInstantFr(createdAt)} par Recouvra {appVersion} :
      </Text>
      <List size="sm" my="xs">
        {SUMMARY_TABLES.map(([table, singular, pluralWord]) => (
          <List.Item key={table}>
            {plural(tables[table]?.rows ?? 0, singular, pluralWord)}
          </List.Item>
        ))}
      </List>
      <Text size="sm" fw={600}>
        Toutes les données actuelles seront remplacées par celles de la sauvegarde.
      </Text>
    </>
  );
}

function notify(outcome: ActionOutcome, title: string): void {
  if (outcome.status === 'cancelled') return;
  notifications.show(
    outcome.status === 'done'
      ? { color: 'teal', title, message: outcome.message }
      : { color: 'red', title: `${title} : échec`, message: outcome.message, autoClose: false },
  );
}

/** « Sauvegarder » and « Restaurer », and the automatic backups setting. */
export function BackupSection() {
  const navigate = useNavigate();
  const [busy, setBusy] = useState<'save' | 'restore' | null>(null);

  async function onSave() {
    setBusy('save');
    notify(await saveBackup(platform), 'Sauvegarde');
    setBusy(null);
  }

  async function onRestore() {
    setBusy('restore');
    try {
      const picked = await pickBackup(platform);
      if (picked.status === 'failed') return notify(picked, 'Restauration');
      if (picked.status === 'cancelled') return;
      const confirmed = await confirm({
        title: 'Restaurer cette sauvegarde ?',
        message: <BackupContents summary={picked.backup.summary} fileName={picked.fileName} />,
        confirmLabel: 'Remplacer toutes les données',
        danger: true,
      });
      if (!confirmed) return picked.backup.discard();
      const outcome = await applyBackup(platform, picked.backup);
      notify(outcome, 'Restauration');
      if (outcome.status !== 'done') return;
      // Back to the dashboard: Paramètres' forms read their values once, and would otherwise show
      // (and could save back) the replaced ones. In a task after the notice's, and as a
      // transition that yields to the page: drawn with the notice, leaving Paramètres held the
      // page for 55-130 ms at 100,000 items.
      await foregroundTurn();
      startTransition(() => navigate(paths.dashboard()));
    } finally {
      setBusy(null);
    }
  }

  return (
    <Section title="Sauvegarde et restauration">
      <Text size="sm" c="dimmed">
        Une sauvegarde est un fichier .zip qui contient tout le registre : débiteurs, pièces,
        imports, dossiers, courriers envoyés, pièces justificatives et paramètres. Gardez-la hors de
        ce poste (serveur de fichiers, clé USB).
      </Text>
      <Group>
        <Button
          leftSection={<IconDatabaseExport size={18} />}
          loading={busy === 'save'}
          disabled={busy !== null}
          onClick={onSave}
        >
          Sauvegarder
        </Button>
        <Button
          variant="default"
          leftSection={<IconRestore size={18} />}
          loading={busy === 'restore'}
          disabled={busy !== null}
          onClick={onRestore}
        >
          Restaurer
        </Button>
      </Group>
      <AutoBackupSetting />
    </Section>
  );
}
