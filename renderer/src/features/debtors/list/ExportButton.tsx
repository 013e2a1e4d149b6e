import { Button } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { auditRepo } from '../../../data/repositories/audit';
import { signature } from '../../../data/repositories/collectionSettings';
import type { BucketKey } from '../../../domain/aging';
import { formatDateFr, formatInstantFr } from '../../../domain/dates';
import type { DebtorSummary } from '../../../domain/debtorSummary';
import type { IsoDate } from '../../../domain/model';
import { formatCount, plural } from '../../../domain/numbers';
import { platform } from '../../../platform';
import { useExport } from '../../../shared/ui/useExport';
import type { ColumnSpec } from './columnValues';
import { describeFilters, describeSort } from './describeQuery';
import type { ListQuery } from './listQuery';

export interface ExportButtonProps {
  rows: readonly DebtorSummary[];
  columns: readonly ColumnSpec[];
  query: ListQuery;
  asOfDate: IsoDate;
  bucketLabels: Record<BucketKey, string>;
  beyondLabel: string;
}

/** Saves the list as it is filtered and sorted, with the visible columns, as .xlsx. */
export function ExportButton(props: ExportButtonProps) {
  const { rows, columns, query, asOfDate, bucketLabels, beyondLabel } = props;
  const { running, run } = useExport();

  const exportList = () =>
    run('export', async () => {
      const { debtorWorkbook } = await import('./debtorWorkbook');
      const filters = describeFilters(query, bucketLabels, beyondLabel);
      const data = await debtorWorkbook(rows, columns, {
        bucketLabels,
        description: [
          ['Situation au', formatDateFr(asOfDate)],
          ['Exporté le', formatInstantFr(new Date().toISOString())],
          ['Débiteurs', formatCount(rows.length)],
          ['Filtres', filters.length > 0 ? filters.join(' ; ') : 'aucun'],
          ['Tri', describeSort(query, bucketLabels)],
        ],
      });
      const result = await platform.saveFile({
        suggestedName: `debiteurs_${asOfDate}.xlsx`,
        data,
        filters: [{ name: 'Classeur Excel', extensions: ['xlsx'] }],
      });
      if (!result.saved) return null;
      await auditRepo.log({
        by: await signature(),
        action: 'export',
        entity: 'debtors',
        details: `Liste des débiteurs (${plural(rows.length, 'ligne')}) : ${filters.join(' ; ') || 'sans filtre'}`,
      });
      return {
        title: 'Liste exportée',
        message: `${plural(rows.length, 'débiteur')} dans ${result.fileName ?? 'le classeur'}.`,
      };
    });

  return (
    <Button
      variant="default"
      leftSection={<IconFileSpreadsheet size={16} />}
      loading={running !== null}
      disabled={rows.length === 0}
      onClick={exportList}
    >
      Exporter (.xlsx)
    </Button>
  );
}
