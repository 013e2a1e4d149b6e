/** How each kind of activity reads on the timeline: a filter, a label, an icon. */
import {
  IconCalendarDollar,
  IconCash,
  IconFileImport,
  IconGavel,
  IconListCheck,
  IconMail,
  IconNote,
  IconPhone,
  IconScale,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { ActivityType } from '../../domain/model';

export const TIMELINE_FILTERS = [
  'appels',
  'notes',
  'courriers',
  'promesses',
  'litiges',
  'paiements',
  'dossier',
  'file',
  'imports',
] as const;
export type TimelineFilter = (typeof TIMELINE_FILTERS)[number];

export const FILTER_LABELS: Record<TimelineFilter, string> = {
  appels: 'Appels',
  notes: 'Notes',
  courriers: 'Courriers',
  promesses: 'Promesses',
  litiges: 'Litiges',
  paiements: 'Paiements',
  dossier: 'Dossier',
  file: 'File d’actions',
  imports: 'Imports',
};

export const FILTER_OF: Record<ActivityType, TimelineFilter> = {
  call: 'appels',
  note: 'notes',
  letter: 'courriers',
  email: 'courriers',
  promise: 'promesses',
  dispute: 'litiges',
  payment: 'paiements',
  'stage-change': 'dossier',
  action: 'file',
  import: 'imports',
  export: 'imports',
};

export const TYPE_LABELS: Record<ActivityType, string> = {
  call: 'Appel',
  note: 'Note',
  letter: 'Courrier',
  email: 'Courriel',
  promise: 'Promesse',
  dispute: 'Litige',
  payment: 'Paiement',
  'stage-change': 'Dossier',
  action: 'File d’actions',
  import: 'Import',
  export: 'Export',
};

export const TYPE_ICONS: Record<ActivityType, ReactNode> = {
  call: <IconPhone size={12} />,
  note: <IconNote size={12} />,
  letter: <IconMail size={12} />,
  email: <IconMail size={12} />,
  promise: <IconCalendarDollar size={12} />,
  dispute: <IconGavel size={12} />,
  payment: <IconCash size={12} />,
  'stage-change': <IconScale size={12} />,
  action: <IconListCheck size={12} />,
  import: <IconFileImport size={12} />,
  export: <IconFileImport size={12} />,
};
