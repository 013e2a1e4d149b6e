import { Alert, Anchor, Group, Stack, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { paths } from '../../../app/paths';
import {
  useAssigneesSettings,
  useDebtorListSettings,
  usePortfolioContext,
  usePortfolioView,
} from '../../../data/portfolioHooks';
import { portfolioSettingsRepo } from '../../../data/repositories/portfolioSettings';
import { beyondThirdBoundaryLabel, bucketLabels } from '../../../domain/aging';
import { formatDateFr, todayIso } from '../../../domain/dates';
import { addCents, formatEuros, ZERO_CENTS } from '../../../domain/money';
import { formatCount } from '../../../domain/numbers';
import { assigneeChoices } from '../../../domain/portfolioSettings';
import { MINE, matchPortfolio } from '../../../domain/teamPortfolios';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { PageLoader } from '../../../shared/ui/PageLoader';
import { EmptyLedger } from '../../onboarding';
import { ColumnPicker } from './ColumnPicker';
import { type ColumnKey, visibleColumns } from './columnValues';
import { DebtorTable } from './DebtorTable';
import { ExportButton } from './ExportButton';
import { FilterBar } from './FilterBar';
import { filterRows, type ListQuery, listQueryParams, parseListQuery, sortRows } from './listQuery';
import { SelectionBar } from './SelectionBar';
import { useSearchText } from './useSearchText';

/** Text columns sort A→Z first; amounts, counts and dates largest first. */
const ASCENDING_FIRST = new Set<ColumnKey>([
  'accountNo',
  'name',
  'siren',
  'city',
  'assignee',
  'tags',
  'stage',
]);

export function DebtorsPage() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const urlQuery = useMemo(() => parseListQuery(params), [params]);
  const setQuery = useCallback(
    (next: ListQuery) => setParams(listQueryParams(next), { replace: true }),
    [setParams],
  );
  // The list follows each keystroke; the URL (a bookmark, the back button) catches up after.
  const search = useSearchText(urlQuery, setQuery);
  const query = search.query;
  const view = usePortfolioView(query.importId);
  const listSettings = useDebtorListSettings();
  const assigneesSettings = useAssigneesSettings();
  const context = usePortfolioContext(todayIso());
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());

  // « Mes débiteurs »: the current user's portfolio today, the colleagues' entrusted ones marked.
  const portfolio = useMemo(() => {
    if (!view || !query.mine) return view?.rows ?? [];
    if (!context) return [];
    return view.rows.flatMap((row) => {
      const match = matchPortfolio(row.assignee, MINE, context.user, context.active);
      if (!match) return [];
      return [match.entrustedBy ? { ...row, entrustedBy: match.entrustedBy } : row];
    });
  }, [view, query.mine, context]);
  // Sorted once per order, filtered per keystroke: filtering keeps the order.
  const sorted = useMemo(
    () => sortRows(portfolio, query.sort, query.direction),
    [portfolio, query.sort, query.direction],
  );
  const rows = useMemo(() => filterRows(sorted, query), [sorted, query]);
  const columns = useMemo(() => visibleColumns(listSettings?.columns ?? null), [listSettings]);
  const labels = useMemo(() => bucketLabels(view?.boundaries ?? [30, 60, 90, 180]), [view]);
  const beyondLabel = beyondThirdBoundaryLabel(view?.boundaries ?? [30, 60, 90, 180]);
  const assignees = useMemo(
    () => assigneeChoices(assigneesSettings?.names ?? [], view?.rows.map((r) => r.assignee) ?? []),
    [assigneesSettings, view],
  );
  const tags = useMemo(
    () => [...new Set(view?.rows.flatMap((r) => r.tags))].sort((a, b) => a.localeCompare(b, 'fr')),
    [view],
  );
  const totals = useMemo(
    () =>
      rows.reduce(
        (sum, row) => ({
          total: addCents(sum.total, row.totalCents),
          overdue: addCents(sum.overdue, row.overdueCents),
        }),
        { total: ZERO_CENTS, overdue: ZERO_CENTS },
      ),
    [rows],
  );

  // Bulk actions apply to what is on screen: a new filter starts a new selection.
  useEffect(() => {
    if (query) setSelected(new Set());
  }, [query]);

  const onOpen = useCallback((id: string) => navigate(paths.debtor(id)), [navigate]);
  const onToggle = useCallback((id: string) => {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  if (!view) return <PageLoader />;
  if (view.rows.length === 0) {
    return (
      <>
        <PageHeader title="Débiteurs" />
        <EmptyLedger />
      </>
    );
  }

  const onSort = (key: ColumnKey) => {
    const direction =
      key === query.sort
        ? query.direction === 'asc'
          ? 'desc'
          : 'asc'
        : ASCENDING_FIRST.has(key)
          ? 'asc'
          : 'desc';
    setQuery({ ...query, sort: key, direction });
  };
  const onToggleAll = () => {
    const all = rows.length > 0 && rows.every((row) => selected.has(row.id));
    setSelected(all ? new Set() : new Set(rows.map((row) => row.id)));
  };

  return (
    <Stack gap="sm" h="calc(100dvh - 56px - 2 * var(--mantine-spacing-lg))">
      <PageHeader
        title="Débiteurs"
        description={`${formatCount(view.rows.length)} débiteurs · situation au ${formatDateFr(view.asOfDate)}`}
        actions={
          <>
            <ColumnPicker
              visible={columns}
              bucketLabels={labels}
              onChange={(keys) => portfolioSettingsRepo.saveDebtorList({ columns: keys })}
            />
            <ExportButton
              rows={rows}
              columns={columns}
              query={query}
              asOfDate={view.asOfDate}
              bucketLabels={labels}
              beyondLabel={beyondLabel}
            />
          </>
        }
      />
      {!view.isLive && (
        <Alert color="yellow" icon={<IconHistory size={18} />} p="xs">
          Montants de l’import au {formatDateFr(view.asOfDate)} ; étapes, gestionnaires et actions
          sont ceux d’aujourd’hui.{' '}
          <Anchor size="sm" onClick={() => setQuery({ ...query, importId: undefined })}>
            Revenir à la situation actuelle
          </Anchor>
        </Alert>
      )}
      <FilterBar
        query={query}
        onChange={setQuery}
        text={search.text}
        onTextChange={search.setText}
        bucketLabels={labels}
        beyondLabel={beyondLabel}
        assignees={assignees}
        tags={tags}
      />
      {selected.size > 0 && (
        <SelectionBar
          selectedIds={selected}
          assignees={assignees}
          onDone={() => setSelected(new Set())}
        />
      )}
      <DebtorTable
        rows={rows}
        columns={columns}
        bucketLabels={labels}
        sort={query.sort}
        direction={query.direction}
        onSort={onSort}
        selected={selected}
        onToggle={onToggle}
        onToggleAll={onToggleAll}
        onOpen={onOpen}
      />
      <Group justify="space-between" gap="xs">
        <Text size="sm" c="dimmed" data-testid="debtor-list-count">
          {formatCount(rows.length)} affiché{rows.length > 1 ? 's' : ''}
        </Text>
        <Text size="sm" data-testid="debtor-list-totals">
          Solde <b>{formatEuros(totals.total)}</b> · Échu <b>{formatEuros(totals.overdue)}</b>
        </Text>
      </Group>
    </Stack>
  );
}
