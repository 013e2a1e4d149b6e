import { Alert, Center, Loader, LoadingOverlay, Paper, Text } from '@mantine/core';
import { PdfViewer } from '../../../shared/ui/pdf';
import type { PdfPreview } from './usePdfPreview';

/** The rendered letter, dimmed while a newer version renders. */
export function PreviewPane({ preview }: { preview: PdfPreview }) {
  if (preview.error) {
    return (
      <Alert color="red" title="Aperçu impossible">
        {preview.error}
      </Alert>
    );
  }
  if (!preview.rendered) {
    return (
      <Paper withBorder h="75vh">
        <Center h="100%">
          {preview.rendering ? (
            <Loader role="status" aria-label="Génération de l’aperçu" />
          ) : (
            <Text c="dimmed">Choisissez un débiteur pour voir l’aperçu.</Text>
          )}
        </Center>
      </Paper>
    );
  }
  return (
    <Paper withBorder pos="relative" data-testid="letter-preview">
      <LoadingOverlay
        visible={preview.rendering}
        overlayProps={{ blur: 1 }}
        loaderProps={{ size: 'sm' }}
      />
      <PdfViewer data={preview.rendered.bytes} label="Aperçu du courrier" />
    </Paper>
  );
}
