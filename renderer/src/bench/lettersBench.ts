/**
 * Letters in batch, in Chromium: 200 letters rendered off the main thread (worker pool) and
 * merged into one PDF, against 20 letters (scaling), with pages per second, the longest
 * main-thread task, and the fixed cost of a fresh pool (loading fonts into each worker).
 */

import { shippedTemplates } from '../data/shippedTemplates';
import { generateDemoPortfolio } from '../demo/generator';
import type { ClaimPolicy } from '../domain/claim';
import { isoDate } from '../domain/dates';
import { defaultInterestSettings } from '../domain/interestSettings';
import {
  buildLetter,
  defaultItemSelection,
  type LetterContent,
  type TemplateId,
} from '../domain/letters';
import type { Invoice } from '../domain/model';
import { buildRateBook } from '../domain/rates';
import { renderBatch } from '../features/letters';
import { LetterPdfPool } from '../workers/letters/client';
import { benchCreditor } from './benchCreditor';
import { watchMainThread } from './mainThreadWatch';
import type { Benchmark, Measurement } from './runner';

const AS_OF = isoDate('2026-11-23');
/** The everyday mix: mostly reminders, some formal notices. */
const MIX: readonly TemplateId[] = ['relance-1', 'relance-2', 'relance-2', 'mise-en-demeure'];

let letters: LetterContent[] | undefined;

/** 200 letters for the demo portfolio's debtors with something overdue. */
function benchLetters(): LetterContent[] {
  if (letters) return letters;
  const { debtors, invoices } = generateDemoPortfolio({
    seed: 2026,
    debtors: 400,
    items: 6_000,
    asOfDate: AS_OF,
  });
  const byDebtor = new Map<string, Invoice[]>();
  for (const invoice of invoices) {
    byDebtor.set(invoice.debtorId, [...(byDebtor.get(invoice.debtorId) ?? []), invoice]);
  }
  const creditor = benchCreditor();
  const templates = shippedTemplates();
  const policy: ClaimPolicy = {
    interest: defaultInterestSettings(),
    rates: buildRateBook(),
    reminderTemplateIds: new Set(templates.filter((t) => t.isReminder).map((t) => t.id)),
  };
  const built: LetterContent[] = [];
  for (const debtor of debtors) {
    if (built.length === 200) break;
    const template = templates.find((t) => t.id === MIX[built.length % MIX.length]);
    if (!template) continue;
    const items = defaultItemSelection(byDebtor.get(debtor.id) ?? [], template, AS_OF);
    if (!items.some((item) => item.kind === 'invoice' && item.openCents > 0)) continue;
    const result = buildLetter({
      template,
      creditor,
      debtor,
      items,
      date: AS_OF,
      sendMethod: template.sendMethod,
      payments: [],
      letters: [],
      policy,
    });
    if (result.ok) built.push(result.letter);
  }
  letters = built;
  return built;
}

async function runBatch(count: number): Promise<Measurement> {
  const selection = benchLetters().slice(0, count);
  const pool = new LetterPdfPool();
  const watch = await watchMainThread();
  try {
    const start = performance.now();
    const batch = await renderBatch(selection, { pool });
    const ms = performance.now() - start;
    const report = watch.stop();
    return {
      ms,
      metrics: {
        msPerPage: ms / batch.pages,
        pages: batch.pages,
        longestTask: report.longestTaskMs,
        // Breakdown: worker time per page (layout + PDF writing), and the pdf-lib merge.
        workerMsPerPage: batch.renderMs / batch.pages,
        mergeMs: batch.mergeMs,
      },
    };
  } finally {
    pool.terminate();
  }
}

/** A fresh pool's first letter: worker start, font fetch and parse, glyph warm-up, one page. */
async function firstLetter(): Promise<number> {
  const [letter] = benchLetters();
  if (!letter) throw new Error('Aucun courrier de test');
  const pool = new LetterPdfPool(1);
  try {
    const start = performance.now();
    await pool.render([letter]);
    return performance.now() - start;
  } finally {
    pool.terminate();
  }
}

export const LETTER_BENCHMARKS: readonly Benchmark[] = [
  {
    name: 'letters.batch.200',
    description:
      '200 courriers (relances et mises en demeure, ~300 pages) rendus dans les workers puis ' +
      'fusionnés en un PDF, comparé à 20 courriers (cible : ≤ 10,5 fois le temps).',
    targetRatio: 10.5,
    warmupRuns: 1,
    runs: 3,
    measure: () => runBatch(200),
    baseline: { kind: 'measured', measure: () => runBatch(20) },
    metrics: [
      // ≥ 20 pages per second, i.e. at most 50 ms per page.
      { key: 'msPerPage', unit: 'ms/page', reference: 50, targetRatio: 1 },
      { key: 'pages', unit: 'pages', reference: 300, targetRatio: 1.5 },
      // The window stays responsive while letters render.
      { key: 'longestTask', unit: 'ms', reference: 100, targetRatio: 1 },
      // Layout cost per page in one worker (the pool divides the wall time by its size).
      { key: 'workerMsPerPage', unit: 'ms/page', reference: 100, targetRatio: 1 },
      { key: 'mergeMs', unit: 'ms', reference: 2000, targetRatio: 1 },
    ],
  },
  {
    name: 'letters.firstLetter',
    description:
      'Premier courrier d’un worker neuf : démarrage, chargement des polices, préchauffage des ' +
      'glyphes et mise en page (coût fixe de chaque lot, hors mise en page courante).',
    targetRatio: 1,
    warmupRuns: 1,
    runs: 5,
    measure: firstLetter,
    baseline: { kind: 'fixed', ms: 2000 },
  },
];
