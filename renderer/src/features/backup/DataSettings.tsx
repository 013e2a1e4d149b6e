import { Stack } from '@mantine/core';
import { AuditLogSection } from './AuditLogSection';
import { BackupSection } from './BackupSection';
import { PersonalDataSection } from './PersonalDataSection';
import { StorageSection } from './StorageSection';

/** Paramètres → Données: backups, storage, the audit log and personal-data requests. */
export function DataSettings() {
  return (
    <Stack gap="md" maw={1100}>
      <BackupSection />
      <StorageSection />
      <AuditLogSection />
      <PersonalDataSection />
    </Stack>
  );
}
