import {
  IconBuildingBank,
  IconCalendarEvent,
  IconFileImport,
  IconFolders,
  IconGauge,
  IconListCheck,
  IconMail,
  IconReportAnalytics,
  IconSettings,
  IconUsers,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import { paths } from './paths';

export interface NavigationEntry {
  path: string;
  label: string;
  icon: ComponentType<{ size?: number; stroke?: number }>;
  /** Alt+<digit> opens the entry: the keyboard is faster than the mouse all day long. */
  shortcut: string;
}

export const NAVIGATION: readonly NavigationEntry[] = [
  { path: paths.dashboard(), label: 'Tableau de bord', icon: IconGauge, shortcut: 'alt+1' },
  { path: paths.import(), label: 'Import', icon: IconFileImport, shortcut: 'alt+2' },
  { path: paths.bank(), label: 'Banque', icon: IconBuildingBank, shortcut: 'alt+3' },
  { path: paths.debtors(), label: 'Débiteurs', icon: IconUsers, shortcut: 'alt+4' },
  { path: paths.queue(), label: 'File d’actions', icon: IconListCheck, shortcut: 'alt+5' },
  { path: paths.agenda(), label: 'Agenda', icon: IconCalendarEvent, shortcut: 'alt+6' },
  { path: paths.letters(), label: 'Courriers', icon: IconMail, shortcut: 'alt+7' },
  { path: paths.dossiers(), label: 'Dossiers', icon: IconFolders, shortcut: 'alt+8' },
  { path: paths.report(), label: 'Rapport mensuel', icon: IconReportAnalytics, shortcut: 'alt+9' },
  { path: paths.settings(), label: 'Paramètres', icon: IconSettings, shortcut: 'alt+0' },
];

/** `alt+4` -> `Alt+4`, as the nav shows it next to each entry. */
export function shortcutLabel(shortcut: string): string {
  return shortcut
    .split('+')
    .map((key) => key.charAt(0).toUpperCase() + key.slice(1))
    .join('+');
}
