/**
 * Fixed French vocabulary of the demo: trades, legal forms, dispute reasons, notes… Written by
 * hand rather than drawn from faker because faker has no credit-control vocabulary, and a
 * lookup in a small array is what keeps the generator fast at 100,000 items.
 */

import type { DisputeCategory } from '../../domain/activityDetails';

export const TRADES: readonly string[] = [
  'Transports',
  'Menuiserie',
  'Bâtiment',
  'Électricité',
  'Plomberie',
  'Imprimerie',
  'Distribution',
  'Logistique',
  'Conseil',
  'Informatique',
  'Ingénierie',
  'Peinture',
  'Carrosserie',
  'Garage',
  'Traiteur',
  'Agencement',
  'Maçonnerie',
  'Paysages',
  'Nettoyage',
  'Sécurité',
  'Emballages',
  'Métallerie',
  'Chaudronnerie',
  'Froid industriel',
  'Matériaux',
  'Négoce',
  'Automatismes',
  'Énergies',
  'Télécoms',
  'Boulangerie',
  'Charpente',
  'Climatisation',
  'Couverture',
  'Travaux publics',
  'Usinage',
  'Plasturgie',
  'Location',
  'Intérim',
  'Optique',
  'Meubles',
];

/** Regions as they appear in company names (« Transports de l'Ouest »). */
export const REGION_SUFFIXES: readonly string[] = [
  "de l'Ouest",
  'du Centre',
  'du Nord',
  'du Sud-Ouest',
  'de Provence',
  'de Bretagne',
  "d'Alsace",
  'du Rhône',
  'de Normandie',
  'des Alpes',
  'du Littoral',
  "de l'Atlantique",
  'de Loire',
  'du Val de Seine',
  'de Lorraine',
  "d'Auvergne",
];

/** Syllables for coined brand names (« Batinord », « Technilor »). */
export const BRAND_HEADS: readonly string[] = [
  'Bati',
  'Techni',
  'Sofi',
  'Agri',
  'Indus',
  'Logi',
  'Elec',
  'Méca',
  'Nova',
  'Proxi',
  'Hydro',
  'Thermi',
  'Euro',
  'Inter',
  'Alpi',
  'Atlan',
  'Armor',
  'Neo',
  'Omni',
  'Valo',
];

export const BRAND_TAILS: readonly string[] = [
  'nord',
  'lor',
  'mex',
  'com',
  'tec',
  'sud',
  'plast',
  'flux',
  'lia',
  'pro',
  'vert',
  'log',
  'fer',
  'tis',
  'rhône',
  'sys',
];

export const LEGAL_FORMS: readonly string[] = [
  'SAS',
  'SARL',
  'SASU',
  'SA',
  'EURL',
  'SNC',
  'SCOP',
  'SCA',
  'GIE',
];
export const LEGAL_FORM_WEIGHTS: readonly number[] = [38, 28, 12, 8, 7, 3, 2, 1, 1];

export interface PublicBodyKind {
  /** Name before « de » and the city. */
  prefix: string;
  /** Public bodies have their own SIREN ranges: communes 21…, public establishments 26…, etc. */
  sirenPrefix: string;
  domainPrefix: string;
  /**
   * Legal payment period (Code de la commande publique R2192-10 and R2192-11): 30 days, 50 for
   * public hospitals.
   */
  paymentDays: number;
}

export const PUBLIC_BODIES: readonly PublicBodyKind[] = [
  { prefix: 'Commune', sirenPrefix: '21', domainPrefix: 'ville', paymentDays: 30 },
  { prefix: 'Centre hospitalier', sirenPrefix: '26', domainPrefix: 'ch', paymentDays: 50 },
  {
    prefix: "Communauté d'agglomération",
    sirenPrefix: '20',
    domainPrefix: 'agglo',
    paymentDays: 30,
  },
  { prefix: "Office public de l'habitat", sirenPrefix: '27', domainPrefix: 'oph', paymentDays: 30 },
  { prefix: 'Syndicat des eaux', sirenPrefix: '25', domainPrefix: 'eaux', paymentDays: 30 },
  { prefix: 'Lycée professionnel', sirenPrefix: '19', domainPrefix: 'lycee-pro', paymentDays: 30 },
];

/** Appended to a company name that is already taken, so the demo has no homonyms. */
export const NAME_QUALIFIERS: readonly string[] = [
  'Services',
  'Industrie',
  'Développement',
  'Groupe',
  'Solutions',
  'Est',
  'Ouest',
  'Nord',
  'Sud',
  'Méditerranée',
  'Atlantique',
  'Île-de-France',
];

export const SECOND_ADDRESS_LINES: readonly string[] = [
  'ZI des Paluds',
  'ZA du Moulin',
  "Parc d'activités de la Gare",
  'Zone industrielle Nord',
  'ZAC des Portes du Sud',
  'Bâtiment B',
  'Immeuble Le Quadrant',
  'Parc technologique',
  'Pôle entreprises',
  '2ᵉ étage',
];

/**
 * Common first names of working-age French adults. faker's French list favours rare names
 * (« Timoléon », « Scholastique ») that make an accounts-payable clerk look invented.
 */
export const FIRST_NAMES: readonly string[] = [
  'Nathalie',
  'Isabelle',
  'Sylvie',
  'Catherine',
  'Valérie',
  'Sandrine',
  'Christine',
  'Véronique',
  'Stéphanie',
  'Céline',
  'Aurélie',
  'Julie',
  'Caroline',
  'Sophie',
  'Émilie',
  'Laetitia',
  'Virginie',
  'Marie',
  'Camille',
  'Laura',
  'Pauline',
  'Sarah',
  'Élodie',
  'Audrey',
  'Karine',
  'Delphine',
  'Anne',
  'Hélène',
  'Claire',
  'Mélanie',
  'Manon',
  'Léa',
  'Chloé',
  'Inès',
  'Agnès',
  'Philippe',
  'Christophe',
  'Stéphane',
  'Laurent',
  'Frédéric',
  'Nicolas',
  'Olivier',
  'Éric',
  'David',
  'Sébastien',
  'Julien',
  'Thomas',
  'Pierre',
  'Jérôme',
  'Pascal',
  'Thierry',
  'Patrick',
  'Vincent',
  'Alexandre',
  'Guillaume',
  'Mathieu',
  'Antoine',
  'Romain',
  'Maxime',
  'Benoît',
  'Franck',
  'Arnaud',
  'Jean-Marc',
  'Jean-Pierre',
  'Cédric',
  'Fabrice',
  'Yann',
  'Karim',
  'Mehdi',
  'Hugo',
  'Lucas',
  'Kevin',
];

/** The collectors of the demo team: who owns which accounts. */
export const ASSIGNEES: readonly string[] = ['Camille', 'Julien', 'Sophie', 'Nicolas', 'Émilie'];

/** What customers contest, and the dispute category the credit controller files it under. */
export const DISPUTE_REASONS: readonly { reason: string; category: DisputeCategory }[] = [
  { reason: 'Marchandise non conforme à la commande', category: 'qualite' },
  { reason: 'Livraison incomplète', category: 'quantite' },
  { reason: 'Prix facturé différent du devis', category: 'prix' },
  { reason: 'Facture en double', category: 'doublon' },
  { reason: 'Numéro de bon de commande manquant', category: 'autre' },
  { reason: 'Prestation contestée par le client', category: 'qualite' },
  { reason: 'Remise annuelle non appliquée', category: 'prix' },
  { reason: 'Avoir attendu pour retour de marchandise', category: 'autre' },
  { reason: 'Produits endommagés à la livraison', category: 'livraison' },
  { reason: 'Facture jamais reçue par le service comptable', category: 'facture-non-recue' },
  { reason: 'Délai de livraison non respecté : pénalités réclamées', category: 'livraison' },
  { reason: 'Quantités facturées supérieures aux quantités livrées', category: 'quantite' },
];

/** Notes that follow a dispute while it is being looked into. */
export const DISPUTE_FOLLOW_UPS: readonly string[] = [
  'bon de livraison signé demandé au transporteur',
  'photos des produits reçues, transmises au service qualité',
  'devis et bon de commande renvoyés au client pour comparaison',
  'le commercial doit confirmer la remise accordée',
  'retour de marchandise accepté, avoir en cours de validation',
  'duplicata de facture envoyé au service comptable',
];

export const DEBTOR_NOTES: readonly string[] = [
  'Paie uniquement par virement en fin de mois.',
  'Exige le numéro de bon de commande sur chaque facture.',
  'Interlocuteur comptable remplacé récemment.',
  'Relances par courriel de préférence, pas avant 10 h au téléphone.',
  'Règlement par LCR à 60 jours.',
  'Client historique, toujours payé avec un peu de retard.',
  'Factures à déposer sur leur portail fournisseurs.',
  'Changement de logiciel comptable annoncé : retards possibles.',
];

export const PUBLIC_NOTES: readonly string[] = [
  'Factures à déposer sur Chorus Pro.',
  "Paiement par mandat administratif : relancer d'abord le service ordonnateur.",
];

export const CONTACT_BEST_TIMES: readonly string[] = [
  'le matin',
  'après 14 h',
  'mardi et jeudi',
  'avant 11 h',
  'fin de semaine',
];
