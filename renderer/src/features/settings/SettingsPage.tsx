import { Stack, Tabs, Title } from '@mantine/core';
import {
  IconBuilding,
  IconCloud,
  IconDatabase,
  IconFileText,
  IconListNumbers,
  IconMessage2,
  IconPercentage,
  IconUser,
  IconUsersGroup,
} from '@tabler/icons-react';
import { lazy, type ReactNode, Suspense, useState } from 'react';
import { useSearchParams } from 'react-router';
import { parseSettingsQuery } from '../../app/paths';
import { PageLoader } from '../../shared/ui/PageLoader';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { DataSettings } from '../backup';
import { CallScriptSettings } from '../calls';
import { CurrentUserSettings, LadderSettings } from '../queue';
import { TeamSettings } from '../team';
import { AssigneesSettings } from './assignees/AssigneesSettings';
import { CreditorSettings } from './creditor/CreditorSettings';

/**
 * The letters' panels come with the whole Courriers feature and its PDF engine (fonts
 * decompressed as the module loads): loaded when their tab is first shown, not on opening
 * Paramètres.
 */
const RatesSettings = lazy(() => import('../letters').then((m) => ({ default: m.RatesSettings })));
const TemplatesSettings = lazy(() =>
  import('../letters').then((m) => ({ default: m.TemplatesSettings })),
);

interface SettingsTab {
  value: string;
  label: string;
  icon: ReactNode;
  panel: ReactNode;
}

/** One entry per settings area: adding a tab is adding an entry here. */
const SETTINGS_TABS: readonly SettingsTab[] = [
  {
    value: 'creditor',
    label: 'Créancier',
    icon: <IconBuilding size={16} />,
    panel: <CreditorSettings />,
  },
  {
    value: 'assignees',
    label: 'Gestionnaires',
    icon: <IconUsersGroup size={16} />,
    panel: <AssigneesSettings />,
  },
  {
    value: 'taux',
    label: 'Taux',
    icon: <IconPercentage size={16} />,
    panel: <RatesSettings />,
  },
  {
    value: 'modeles',
    label: 'Modèles de courrier',
    icon: <IconFileText size={16} />,
    panel: <TemplatesSettings />,
  },
  {
    value: 'relances',
    label: 'Relances',
    icon: <IconListNumbers size={16} />,
    panel: <LadderSettings />,
  },
  {
    value: 'scripts',
    label: 'Scripts d’appel',
    icon: <IconMessage2 size={16} />,
    panel: <CallScriptSettings />,
  },
  {
    value: 'utilisateur',
    label: 'Utilisateur',
    icon: <IconUser size={16} />,
    panel: <CurrentUserSettings />,
  },
  {
    value: 'equipe',
    label: 'Équipe',
    icon: <IconCloud size={16} />,
    panel: <TeamSettings />,
  },
  {
    value: 'donnees',
    label: 'Données',
    icon: <IconDatabase size={16} />,
    panel: <DataSettings />,
  },
];

export interface SettingsPageProps {
  /**
   * Selected tab, when the shell drives it; otherwise the URL's `?onglet=` (so another screen can
   * link to « /parametres?onglet=creditor »), the first tab by default.
   */
  tab?: string;
  onTabChange?: (tab: string) => void;
}

/**
 * The Paramètres page. A panel is first drawn when its tab is first shown: drawing all ten on
 * opening the page (the letterhead's fonts, the templates, the rates) held the main thread in
 * tasks of 90-150 ms on a 100,000-item ledger. Once shown, a panel stays mounted in React's
 * hidden Activity mode (Mantine's default), which keeps unsaved edits across tab switches while
 * pausing their effects, so a hidden form's Ctrl+S handler does not fire.
 */
export function SettingsPage({ tab, onTabChange }: SettingsPageProps) {
  const [params, setParams] = useSearchParams();
  const fromUrl = parseSettingsQuery(params).tab;
  const current =
    tab ??
    (SETTINGS_TABS.some((t) => t.value === fromUrl) ? fromUrl : null) ??
    SETTINGS_TABS[0]?.value;
  const tabLabel = SETTINGS_TABS.find((t) => t.value === current)?.label;
  usePageTitle(tabLabel ? `Paramètres › ${tabLabel}` : 'Paramètres');
  const [shown, setShown] = useState<ReadonlySet<string>>(() => new Set());
  if (current && !shown.has(current)) setShown(new Set(shown).add(current));
  return (
    <Stack gap="md">
      <Title order={2}>Paramètres</Title>
      <Tabs
        value={current ?? null}
        onChange={(value) => {
          if (!value) return;
          if (onTabChange) onTabChange(value);
          else setParams({ onglet: value }, { replace: true });
        }}
      >
        <Tabs.List>
          {SETTINGS_TABS.map(({ value, label, icon }) => (
            <Tabs.Tab key={value} value={value} leftSection={icon}>
              {label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {SETTINGS_TABS.map(({ value, panel }) => (
          <Tabs.Panel key={value} value={value} pt="md">
            {value === current || shown.has(value) ? (
              <Suspense fallback={<PageLoader />}>{panel}</Suspense>
            ) : null}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}
