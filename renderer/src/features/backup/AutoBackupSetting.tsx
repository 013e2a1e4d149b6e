import { NumberInput, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { MAX_AUTO_BACKUPS_KEPT } from '../../../../contracts/ipc';
import { backupSettingsRepo } from '../../data/backup/backupSettings';
import { useBackupSettings } from '../../data/dataSettingsHooks';
import { useAppRuntime } from './useAppRuntime';

/** How many automatic backups the desktop app keeps in its own folder. */
export function AutoBackupSetting() {
  const settings = useBackupSettings();
  const runtime = useAppRuntime();
  const [value, setValue] = useState<number | string>('');

  useEffect(() => {
    if (settings) setValue(settings.autoBackupKeepLast);
  }, [settings]);

  async function save(next: number | string) {
    setValue(next);
    if (typeof next !== 'number' || !Number.isInteger(next)) return;
    if (next < 1 || next > MAX_AUTO_BACKUPS_KEPT) return;
    try {
      await backupSettingsRepo.save({ autoBackupKeepLast: next });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Réglage non enregistré', message: String(error) });
    }
  }

  return (
    <>
      <NumberInput
        label="Sauvegardes automatiques conservées"
        description="Avant chaque import et chaque restauration, l’application de bureau enregistre une sauvegarde dans son dossier de données ; les plus anciennes au-delà de ce nombre sont supprimées."
        min={1}
        max={MAX_AUTO_BACKUPS_KEPT}
        allowDecimal={false}
        clampBehavior="strict"
        value={value}
        onChange={save}
        maw={420}
        disabled={settings === undefined}
      />
      {runtime === 'web' && (
        <Text size="xs" c="dimmed">
          Dans le navigateur, pas de sauvegarde automatique : utilisez « Sauvegarder ».
        </Text>
      )}
    </>
  );
}
