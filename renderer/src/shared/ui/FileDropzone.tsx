import { Button, Group, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconUpload, IconX } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { type FileForWorker, openFileForWorker, platform } from '../../platform';

interface FileDropzoneProps {
  /** The file unread (the browser's File) or its bytes (the desktop app): a worker reads it. */
  onFile: (file: FileForWorker) => void;
  disabled?: boolean;
  /** What to drop, as a sentence (« Déposez ici … »). */
  title: string;
  hint: string;
  /** Accessible name of the drop area. */
  label: string;
  filterName: string;
  extensions: readonly string[];
  icon: ComponentType<{ size?: number; stroke?: number }>;
}

/** Drop one file or pick it through the platform dialog (Electron) / file input (browser). */
export function FileDropzone({ onFile, disabled, icon: Icon, ...text }: FileDropzoneProps) {
  async function choose() {
    const file = await openFileForWorker(platform, [
      { name: text.filterName, extensions: [...text.extensions] },
    ]);
    if (file) onFile(file);
  }
  return (
    <Dropzone
      onDrop={([file]) => {
        if (file) onFile({ name: file.name, content: file });
      }}
      multiple={false}
      disabled={disabled}
      activateOnClick={false}
      aria-label={text.label}
    >
      <Group justify="center" gap="xl" mih={160} style={{ pointerEvents: 'none' }}>
        <Dropzone.Accept>
          <IconUpload size={48} stroke={1.5} />
        </Dropzone.Accept>
        <Dropzone.Reject>
          <IconX size={48} stroke={1.5} />
        </Dropzone.Reject>
        <Dropzone.Idle>
          <Icon size={48} stroke={1.5} />
        </Dropzone.Idle>
        <Stack gap={6} align="flex-start">
          <Text size="lg">{text.title}</Text>
          <Text size="sm" c="dimmed">
            {text.hint}
          </Text>
          <Button style={{ pointerEvents: 'all' }} onClick={choose} disabled={disabled}>
            Choisir un fichier…
          </Button>
        </Stack>
      </Group>
    </Dropzone>
  );
}
