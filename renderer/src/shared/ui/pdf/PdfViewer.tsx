/**
 * Shows a PDF (a letter, an evidence piece) with react-pdf: pages rendered by pdf.js in its own
 * worker, served from the app (the CSP allows `worker-src 'self' blob:`; pdf.js 6 never uses
 * eval, so no `isEvalSupported` switch is needed any more).
 */
import { Alert, Center, Loader, ScrollArea, Stack, Text } from '@mantine/core';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { useMemo, useState } from 'react';
import { Document, Page, pdfjs } from 'react-pdf';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
// One pdf.js worker for the whole session, started when a screen that shows PDFs is loaded: each
// document would otherwise start its own worker and parse pdf.js again (half a second or more),
// and a letter's preview loads a new document at every edit. It is handed to each document as
// `worker`, not set as the global `workerPort`: a document given its worker never destroys it,
// whereas with the global port, react-pdf's unawaited destroy of the previous document makes the
// next one fail (« the worker is being destroyed », pdf.js issue 16777) or lose the worker.
const DOCUMENT_OPTIONS =
  typeof Worker === 'undefined'
    ? undefined
    : { worker: pdfjs.PDFWorker.create({ port: new Worker(workerUrl, { type: 'module' }) }) };

export interface PdfViewerProps {
  /** The PDF's bytes; the viewer works on a copy (pdf.js takes ownership of what it is given). */
  data: Uint8Array;
  /** Rendered width of a page, in CSS pixels. */
  width?: number;
  /** Height of the scroll area. */
  height?: number | string;
  /** Accessible name of the viewer (« Aperçu du courrier »). */
  label?: string;
}

export function PdfViewer({
  data,
  width = 560,
  height = '75vh',
  label = 'Aperçu PDF',
}: PdfViewerProps) {
  const file = useMemo(() => ({ data: data.slice() }), [data]);
  const [pages, setPages] = useState(0);
  return (
    <ScrollArea
      h={height}
      type="auto"
      role="region"
      aria-label={label}
      bg="var(--mantine-color-gray-1)"
      // A scrolling region is reached by keyboard too (axe: scrollable-region-focusable).
      viewportProps={{ tabIndex: 0 }}
    >
      <Document
        // Effect-based loading: with Suspense (react-pdf's default) a binary input would suspend
        // the whole page up to the route's boundary.
        suspense={false}
        file={file}
        options={DOCUMENT_OPTIONS}
        onLoadSuccess={({ numPages }) => setPages(numPages)}
        loading={
          <Center p="xl">
            <Loader size="sm" />
          </Center>
        }
        error={
          <Alert color="red" m="md">
            Le PDF ne peut pas être affiché.
          </Alert>
        }
      >
        <Stack gap="sm" p="sm" align="center">
          {Array.from({ length: pages }, (_, i) => (
            <Page
              // biome-ignore lint/suspicious/noArrayIndexKey: pages are identified by their number
              key={i}
              suspense={false}
              pageNumber={i + 1}
              width={width}
              renderTextLayer={false}
              renderAnnotationLayer={false}
              loading={<Text size="sm">Page {i + 1}…</Text>}
            />
          ))}
        </Stack>
      </Document>
    </ScrollArea>
  );
}
