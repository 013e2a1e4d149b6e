import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditActionLabel, hasAuditActionLabel } from './auditLabels';

const SOURCE = join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/**
 * Every audit action the app writes: the quoted keys of `action:` in the objects of the files
 * that write to the audit log (`action: 'case.open'`, `action: kind === 'plan' ? 'plan.create' :
 * 'promise.create'`).
 */
function auditActionsInSource(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of sourceFiles(SOURCE)) {
    const text = readFileSync(file, 'utf8');
    if (!/audit/i.test(text)) continue;
    for (const match of text.matchAll(/\baction:\s*([^,\n}]+)/g)) {
      // the keys the expression yields, not those it compares with (`kind === 'plan' ? …`)
      for (const key of (match[1] ?? '').matchAll(/(?<![=!]==\s*)'([a-z]+(?:[.-][a-z]+)*)'/g)) {
        if (key[1]) found.set(key[1], relative(SOURCE, file));
      }
    }
  }
  return found;
}

describe('audit action labels', () => {
  const actions = auditActionsInSource();

  it('finds the actions written in the code', () => {
    // The scan itself must work: these are written by the import, letters and dossiers.
    for (const known of ['import', 'letter.create', 'case.open', 'creditor.save']) {
      expect(actions.has(known), known).toBe(true);
    }
  });

  it.each([...actions.entries()])('%s (%s) has French words', (action) => {
    expect(hasAuditActionLabel(action)).toBe(true);
    expect(auditActionLabel(action)).not.toMatch(/[.]|^[a-z-]+$/);
  });

  it('shows an unknown action as written', () => {
    expect(auditActionLabel('someday.new')).toBe('someday.new');
  });
});
