import { Button, Group, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconFileSpreadsheet, IconUpload, IconX } from '@tabler/icons-react';
import { type OpenedFile, platform } from '../../platform';

export const SPREADSHEET_EXTENSIONS = ['xlsx', 'xlsm', 'xls', 'ods', 'csv', 'txt'];

interface FilePickerProps {
  onFile: (file: OpenedFile) => void;
  disabled?: boolean;
}

/** Drop a file or pick it through the platform dialog (Electron) / file input (browser). */
export function FilePicker({ onFile, disabled }: FilePickerProps) {
  async function choose() {
    const [file] = await platform.openFiles({
      filters: [{ name: 'Balances âgées (Excel, ODS, CSV)', extensions: SPREADSHEET_EXTENSIONS }],
      multiple: false,
    });
    if (file) onFile(file);
  }
  return (
    <Dropzone
      onDrop={async ([file]) => {
        if (file) onFile({ name: file.name, data: new Uint8Array(await file.arrayBuffer()) });
      }}
      multiple={false}
      disabled={disabled}
      activateOnClick={false}
      aria-label="Déposer un fichier de balance âgée"
    >
      <Group justify="center" gap="xl" mih={160} style={{ pointerEvents: 'none' }}>
        <Dropzone.Accept>
          <IconUpload size={48} stroke={1.5} />
        </Dropzone.Accept>
        <Dropzone.Reject>
          <IconX size={48} stroke={1.5} />
        </Dropzone.Reject>
        <Dropzone.Idle>
          <IconFileSpreadsheet size={48} stroke={1.5} />
        </Dropzone.Idle>
        <Stack gap={6} align="flex-start">
          <Text size="lg">Déposez ici la balance âgée exportée de votre ERP</Text>
          <Text size="sm" c="dimmed">
            Excel (.xlsx, .xls), OpenDocument (.ods) ou CSV (séparateur ; ou ,). Rien n'est écrit
            avant votre confirmation.
          </Text>
          <Button style={{ pointerEvents: 'all' }} onClick={choose} disabled={disabled}>
            Choisir un fichier…
          </Button>
        </Stack>
      </Group>
    </Dropzone>
  );
}
