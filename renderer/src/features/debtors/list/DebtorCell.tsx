import type { ReactNode } from 'react';
import { formatDateFr, formatInstantFr } from '../../../domain/dates';
import type { DebtorSummary } from '../../../domain/debtorSummary';
import { cents, formatEuros, ZERO_CENTS } from '../../../domain/money';
import { formatCount } from '../../../domain/numbers';
import { DEBTOR_STAGE_LABELS } from '../../../domain/stage';
import { entrustedLabel } from '../../../domain/teamPortfolios';
import { STAGE_COLORS } from '../../../shared/ui/StageBadge';
import { type ColumnSpec, cellValue } from './columnValues';
import classes from './DebtorTable.module.css';

const EMPTY = '—';

/**
 * A badge as plain markup: Mantine's <Badge> is too heavy for the hundreds of cells that mount
 * on each frame of a fast scroll; the look (light variant colours) is the same.
 */
function CellBadge({ color, children }: { color: string; children: string }) {
  return (
    <span className={classes.badge} data-color={color}>
      {children}
    </span>
  );
}

export interface CellContent {
  content: ReactNode;
  /** Extra class of the cell: dimmed for empty values, coloured for credits. */
  tone?: string;
}

const empty: CellContent = { content: EMPTY, tone: classes.muted };

/**
 * What one cell shows, formatted for its kind (amounts in euros, dates in French). Text goes
 * straight into the <td>: every element saved is style work saved on each scroll frame.
 */
export function cellContent(row: DebtorSummary, column: ColumnSpec): CellContent {
  const value = cellValue(row, column.key);
  if (column.key === 'name' && row.entrustedBy) {
    return {
      content: (
        <>
          {row.name} <CellBadge color="violet">{entrustedLabel(row.entrustedBy)}</CellBadge>
        </>
      ),
    };
  }
  switch (column.kind) {
    case 'amount': {
      const amount = typeof value === 'number' ? cents(value) : ZERO_CENTS;
      if (amount === 0) return empty;
      return { content: formatEuros(amount), tone: amount < 0 ? classes.credit : undefined };
    }
    case 'count':
      return typeof value === 'number' && value !== 0 ? { content: formatCount(value) } : empty;
    case 'date':
      return typeof value === 'string' ? { content: formatDateFr(value) } : empty;
    case 'instant':
      return typeof value === 'string' ? { content: formatInstantFr(value).slice(0, 10) } : empty;
    case 'stage':
      return {
        content: (
          <CellBadge color={STAGE_COLORS[row.stage]}>{DEBTOR_STAGE_LABELS[row.stage]}</CellBadge>
        ),
      };
    case 'tags':
      return row.tags.length === 0
        ? { content: '' }
        : {
            content: row.tags.map((tag) => (
              <CellBadge key={tag} color="gray">
                {tag}
              </CellBadge>
            )),
            tone: classes.tags,
          };
    case 'mono':
      return value === undefined ? empty : { content: value, tone: classes.mono };
    default:
      return value === undefined ? empty : { content: value };
  }
}
