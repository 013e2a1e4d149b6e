/**
 * The pieces of the dossier being prepared: by default every printable piece about the case's
 * invoices or the debtor as a whole, in bordereau order; the user may leave some out or reorder.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { orderPieces, relevantPieces } from '../../domain/dossier';
import { isPrintableMime } from '../../domain/evidence/fileType';
import type { EvidencePiece } from '../../domain/evidence/pieces';

export function usePieceSelection(pieces: readonly EvidencePiece[], invoiceIds: readonly string[]) {
  const [order, setOrder] = useState<string[] | null>(null);
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());

  const ordered = useMemo(() => {
    const natural = orderPieces(relevantPieces(pieces, invoiceIds));
    if (!order) return natural;
    // Once the user has reordered, that order holds; pieces attached since come last.
    const rank = new Map(order.map((key, i) => [key, i]));
    const placed = natural.filter((p) => rank.has(p.key));
    placed.sort((a, b) => (rank.get(a.key) ?? 0) - (rank.get(b.key) ?? 0));
    return [...placed, ...natural.filter((p) => !rank.has(p.key))];
  }, [pieces, invoiceIds, order]);

  const included = useMemo(
    () =>
      new Set(
        ordered.filter((p) => isPrintableMime(p.mime) && !excluded.has(p.key)).map((p) => p.key),
      ),
    [ordered, excluded],
  );
  const selected = useMemo(() => ordered.filter((p) => included.has(p.key)), [ordered, included]);

  // Stable callbacks, so that the bordereau's rows are drawn again only when they change; `move`
  // reads the order of the latest render.
  const latest = useRef(ordered);
  latest.current = ordered;
  const toggle = useCallback(
    (key: string) =>
      setExcluded((current) => {
        const next = new Set(current);
        if (next.has(key)) next.delete(key);
        else next.add(key);
        return next;
      }),
    [],
  );

  const move = useCallback((key: string, delta: -1 | 1) => {
    const keys = latest.current.map((p) => p.key);
    const from = keys.indexOf(key);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= keys.length) return;
    [keys[from], keys[to]] = [keys[to] ?? key, keys[from] ?? key];
    setOrder(keys);
  }, []);

  return { ordered, included, selected, toggle, move };
}
