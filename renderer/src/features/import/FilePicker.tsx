import { IconFileSpreadsheet } from '@tabler/icons-react';
import type { FileForWorker } from '../../platform';
import { FileDropzone } from '../../shared/ui/FileDropzone';

export const SPREADSHEET_EXTENSIONS = ['xlsx', 'xlsm', 'xls', 'ods', 'csv', 'txt'];

interface FilePickerProps {
  onFile: (file: FileForWorker) => void;
  disabled?: boolean;
}

export function FilePicker({ onFile, disabled }: FilePickerProps) {
  return (
    <FileDropzone
      onFile={onFile}
      disabled={disabled}
      icon={IconFileSpreadsheet}
      title="Déposez ici la balance âgée exportée de votre ERP"
      hint="Excel (.xlsx, .xls), OpenDocument (.ods) ou CSV (séparateur ; ou ,). Rien n’est écrit avant votre confirmation."
      label="Déposer un fichier de balance âgée"
      filterName="Balances âgées (Excel, ODS, CSV)"
      extensions={SPREADSHEET_EXTENSIONS}
    />
  );
}
