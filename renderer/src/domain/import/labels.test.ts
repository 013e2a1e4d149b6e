import { describe, expect, it } from 'vitest';
import { recognizeBucketLabel } from './bucketLabels';
import { recognizeLabel } from './labels';
import { LABEL_TABLE } from './labelTable';
import { normalizeLabel } from './normalize';
import type { ImportField } from './types';

describe('normalizeLabel', () => {
  it.each([
    ["Date d'échéance", 'date echeance'],
    ['N° pièce', 'no piece'],
    ['Numéro de pièce', 'no piece'],
    ['No. Piece', 'no piece'],
    ['Reste dû', 'reste due'],
    ['MONTANT TTC (€)', 'montant ttc'],
    ['> 90 jours', '+ 90 j'],
    ['0 à 30 j', '0 30 j'],
    ['Amount in doc. curr.', 'amount document currency'],
    ['Nettofälligkeit', 'nettofalligkeit'],
    ['  Raison   sociale  ', 'raison sociale'],
  ])('%j -> %j', (label, normalized) => {
    expect(normalizeLabel(label)).toBe(normalized);
  });
});

/** First meaning of a label, or null when not recognised. */
function firstField(label: string): ImportField | 'older' | null {
  const match = recognizeLabel(label);
  if (!match) return null;
  return 'olderBucket' in match ? 'older' : (match.fields[0] ?? null);
}

describe('recognizeLabel', () => {
  it.each<[string, ImportField | 'older' | null]>([
    ['Code client', 'accountNo'],
    ['N° compte', 'accountNo'],
    ['Compte tiers', 'accountNo'],
    ['N° compte tiers', 'accountNo'],
    ['Account', 'accountNo'],
    ['Customer', 'accountNo'],
    ['Konto', 'accountNo'],
    ['Client', 'debtorName'],
    ['Raison sociale', 'debtorName'],
    ['Intitulé', 'debtorName'],
    ['Name', 'debtorName'],
    ['Partenaire', 'debtorName'],
    ['N° pièce', 'documentNumber'],
    ['N° facture', 'documentNumber'],
    ['Numéro de facture', 'documentNumber'],
    ['Référence', 'documentNumber'],
    ['Document', 'documentNumber'],
    ['Document Number', 'documentNumber'],
    ['Invoice', 'documentNumber'],
    ['Belegnummer', 'documentNumber'],
    ['Date pièce', 'documentDate'],
    ['Date facture', 'documentDate'],
    ['Date', 'documentDate'],
    ['Document Date', 'documentDate'],
    ['Échéance', 'dueDate'],
    ["Date d'échéance", 'dueDate'],
    ['Date échéance', 'dueDate'],
    ['Due date', 'dueDate'],
    ['Net due date', 'dueDate'],
    ['Montant', 'amount'],
    ['Montant TTC', 'amount'],
    ['Montant (EUR)', 'amount'],
    ['Amount', 'amount'],
    ['Amount in local currency', 'amount'],
    ['Débit', 'debit'],
    ['Crédit', 'credit'],
    ['Solde', 'openAmount'],
    ['Reste dû', 'openAmount'],
    ['Montant ouvert', 'openAmount'],
    ['Open amount', 'openAmount'],
    ['Balance', 'openAmount'],
    ['Devise', 'currency'],
    ['Currency', 'currency'],
    ['N° commande', 'poNumber'],
    ['Total', 'total'],
    ['Non échu', 'bucketNotDue'],
    ['Plus ancien', 'older'],
    ['Reste à régler', 'openAmount'],
    ['Restant à payer', 'openAmount'],
    ['Montant non réglé', 'openAmount'],
    ['Amount remaining', 'openAmount'],
    ['Réglé', 'paidAmount'],
    ['Montant réglé', 'paidAmount'],
    ['Déjà payé', 'paidAmount'],
    ['Amount paid', 'paidAmount'],
    ['Statut', 'status'],
    ['État du paiement', 'status'],
    ['Payment status', 'status'],
    ['Lettrage', 'lettering'],
    ['Code lettrage', 'lettering'],
    ['Let.', 'lettering'],
    ['Montant HT', null],
    ['Solde progressif', null],
    ['Libellé', null],
    ['Observations', null],
    ['', null],
  ])('%j -> %s', (label, field) => {
    expect(firstField(label)).toBe(field);
  });

  it('gives ambiguous labels a second meaning', () => {
    expect(recognizeLabel('Client')).toEqual({ fields: ['debtorName', 'accountNo'] });
    expect(recognizeLabel('Date')).toEqual({ fields: ['documentDate', 'dueDate'] });
    expect(recognizeLabel('Référence')).toEqual({ fields: ['documentNumber', 'poNumber'] });
  });
});

describe('recognizeBucketLabel', () => {
  it.each([
    ['Non échu', 'bucketNotDue'],
    ['Non échues', 'bucketNotDue'],
    ['Not due', 'bucketNotDue'],
    ['À échoir', 'bucketNotDue'],
    ['0-30', 'bucket1_30'],
    ['1 - 30', 'bucket1_30'],
    ['0 à 30 j', 'bucket1_30'],
    ['1-30 jours', 'bucket1_30'],
    ['31-60', 'bucket31_60'],
    ['30-60 days', 'bucket31_60'],
    ['61 - 90', 'bucket61_90'],
    ['91-120', 'bucket91_120'],
    ['91 à 180 jours', 'bucket91_180'],
    ['+90', 'bucketOver90'],
    ['+ 90 j', 'bucketOver90'],
    ['> 90 jours', 'bucketOver90'],
    ['Plus de 90 j', 'bucketOver90'],
    ['90+', 'bucketOver90'],
    ['+120', 'bucketOver120'],
    ['Au-delà de 120 jours', 'bucketOver120'],
    ['Over 180 days', 'bucketOver180'],
    ['Plus ancien', 'older'],
    ['Older', 'older'],
    ['Plus anciennes', 'older'],
    ['Au-delà', 'older'],
    ['Pas dû', 'bucketNotDue'],
    ['Pas encore dû', 'bucketNotDue'],
    ['Non dû', 'bucketNotDue'],
    ['À venir', 'bucketNotDue'],
    ['Not yet due', 'bucketNotDue'],
    ['Current', 'bucketNotDue'],
    ['Courant', 'bucketNotDue'],
    ['De 1 à 30 jours', 'bucket1_30'],
    ['Échu 1-30 j', 'bucket1_30'],
    ['Retard 0 à 30 j', 'bucket1_30'],
    ['< 30 j', 'bucket1_30'],
    ['Moins de 30 jours', 'bucket1_30'],
    ['Up to 30 days', 'bucket1_30'],
    ["Jusqu'à 30 j", 'bucket1_30'],
    ['31 - 60', 'bucket31_60'],
    ['Échu 31 à 60 j', 'bucket31_60'],
    ['91 - 120', 'bucket91_120'],
    ['121-180', 'bucket121_180'],
    ['121 à 180 j', 'bucket121_180'],
    ['181-360', 'bucket181_360'],
    ['181 à 365 jours', 'bucket181_360'],
    ['+ 120 j', 'bucketOver120'],
    ['> 120', 'bucketOver120'],
    ['Plus de 120 jours', 'bucketOver120'],
    ['120+', 'bucketOver120'],
    ['121 et plus', 'bucketOver120'],
    ['91 and over', 'bucketOver90'],
    ['Over 90 days', 'bucketOver90'],
    ['+ 180 j', 'bucketOver180'],
    ['> 360 j', 'bucketOver360'],
    ['> 1 an', 'bucketOver360'],
    ["Plus d'un an", 'bucketOver360'],
    ['Over 1 year', 'bucketOver360'],
    ['121-150', null],
    ['30', null],
    ['Total échu', null],
    ['Total', null],
    ['2026', null],
  ])('%j -> %s', (label, field) => {
    expect(recognizeBucketLabel(normalizeLabel(label))).toBe(field);
  });
});

describe('LABEL_TABLE', () => {
  it('gives each normalised label a single meaning', () => {
    const seen = new Map<string, string>();
    const conflicts: string[] = [];
    for (const [labels, fields] of LABEL_TABLE) {
      for (const label of labels) {
        const key = normalizeLabel(label);
        const meaning = fields.join(',');
        const before = seen.get(key);
        if (before !== undefined && before !== meaning)
          conflicts.push(`${label}: ${before} / ${meaning}`);
        seen.set(key, meaning);
      }
    }
    expect(conflicts).toEqual([]);
  });
});
