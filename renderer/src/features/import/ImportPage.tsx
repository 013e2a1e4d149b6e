import { PageHeader } from '../../shared/ui/PageHeader';

export function ImportPage() {
  return (
    <PageHeader
      title="Import"
      description="Importer la balance âgée du mois exportée de votre ERP (Excel, ODS ou CSV)."
    />
  );
}
