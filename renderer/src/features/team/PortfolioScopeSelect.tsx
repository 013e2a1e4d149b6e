import { Select } from '@mantine/core';
import type { PortfolioScope } from '../../domain/teamPortfolios';

const MINE = 'mine';
const ALL = 'all';
const UNASSIGNED = 'unassigned';
const ONE = 'controller:';

export function scopeValue(scope: PortfolioScope): string {
  return scope.kind === 'assignee' ? `${ONE}${scope.name}` : scope.kind;
}

export function scopeFromValue(value: string): PortfolioScope {
  if (value.startsWith(ONE)) return { kind: 'assignee', name: value.slice(ONE.length) };
  if (value === ALL) return { kind: 'all' };
  if (value === UNASSIGNED) return { kind: 'unassigned' };
  return { kind: 'mine' };
}

export interface PortfolioScopeSelectProps {
  value: PortfolioScope;
  onChange: (scope: PortfolioScope) => void;
  /** Who works here: « Mes débiteurs (Julie Martin) ». */
  user: string | null;
  controllers: readonly string[];
}

/** « Mes débiteurs », « Tous », « Non attribués » or one controller’s portfolio. */
export function PortfolioScopeSelect({
  value,
  onChange,
  user,
  controllers,
}: PortfolioScopeSelectProps) {
  const others = controllers;
  return (
    <Select
      label="Portefeuille"
      data={[
        {
          group: 'Vue',
          items: [
            { value: MINE, label: user ? `Mes débiteurs (${user})` : 'Mes débiteurs' },
            { value: ALL, label: 'Tous' },
            { value: UNASSIGNED, label: 'Non attribués' },
          ],
        },
        ...(others.length > 0
          ? [
              {
                group: 'Gestionnaire',
                items: others.map((name) => ({ value: `${ONE}${name}`, label: name })),
              },
            ]
          : []),
      ]}
      value={scopeValue(value)}
      onChange={(next) => next && onChange(scopeFromValue(next))}
      allowDeselect={false}
      searchable
      w={260}
    />
  );
}
