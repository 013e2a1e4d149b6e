import { Alert, Button, Group, Image, Stack, Text } from '@mantine/core';
import { IconPhotoPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { creditorRepo } from '../../../../data/repositories/creditor';
import { platform } from '../../../../platform';
import { FormSection } from '../FormSection';
import { useCreditorFormContext } from '../form-context';
import { useBlobUrl } from '../useBlobUrl';

const LOGO_FILTER = { name: 'Images PNG ou JPEG', extensions: ['png', 'jpg', 'jpeg'] };

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} octets`;
  return `${Math.ceil(bytes / 1024).toLocaleString('fr-FR')} Ko`;
}

/**
 * The letterhead logo. The picked image is stored (deduplicated) right away so it can be
 * previewed; the creditor only points at it once the form is saved.
 */
export function LogoSection() {
  const form = useCreditorFormContext();
  const { logo } = form.values;
  const previewUrl = useBlobUrl(logo?.sha256 ?? null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const pickLogo = async () => {
    setError(null);
    setBusy(true);
    try {
      const [file] = await platform.openFiles({ filters: [LOGO_FILTER], multiple: false });
      if (!file) return;
      const result = await creditorRepo.storeLogo(file);
      if (result.ok) form.setFieldValue('logo', result.logo);
      else setError(result.reason);
    } catch {
      setError('Le fichier n’a pas pu être lu');
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormSection title="Logo">
      <Text size="sm" c="dimmed">
        Image PNG ou JPEG de 1 Mo au plus, imprimée en tête des courriers.
      </Text>
      {logo && (
        <Group align="center" gap="md">
          {previewUrl && (
            <Image
              src={previewUrl}
              alt="Aperçu du logo"
              h={80}
              w="auto"
              maw={240}
              fit="contain"
              data-testid="creditor-logo-preview"
            />
          )}
          <Stack gap={0}>
            <Text size="sm">{logo.fileName}</Text>
            <Text size="xs" c="dimmed">
              {formatSize(logo.size)}
            </Text>
          </Stack>
        </Group>
      )}
      {error && (
        <Alert color="red" variant="light" title="Logo refusé">
          {error}
        </Alert>
      )}
      <Group gap="sm">
        <Button
          variant="default"
          leftSection={<IconPhotoPlus size={16} />}
          loading={busy}
          onClick={() => void pickLogo()}
          data-testid="creditor-logo-pick"
        >
          {logo ? 'Remplacer le logo' : 'Choisir un logo'}
        </Button>
        {logo && (
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={16} />}
            onClick={() => form.setFieldValue('logo', null)}
            data-testid="creditor-logo-remove"
          >
            Retirer le logo
          </Button>
        )}
      </Group>
    </FormSection>
  );
}
