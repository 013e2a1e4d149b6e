import {
  ActionIcon,
  AppShell,
  Burger,
  Group,
  NavLink,
  Text,
  Title,
  Tooltip,
  useComputedColorScheme,
  useMantineColorScheme,
} from '@mantine/core';
import { useDisclosure, useHotkeys } from '@mantine/hooks';
import { IconMoon, IconSun } from '@tabler/icons-react';
import { Suspense } from 'react';
import { Outlet, NavLink as RouterNavLink, useLocation, useNavigate } from 'react-router';
import { TeamStatusBar, useTeamMode } from '../features/team';
import { PageLoader } from '../shared/ui/PageLoader';
import { useWhenIdle } from '../shared/ui/useWhenIdle';
import { AppVersion } from './AppVersion';
import { NAVIGATION, shortcutLabel } from './navigation';
import { preloadQueuePage } from './pageCode';

export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure();
  const navigate = useNavigate();
  const location = useLocation();
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  const toggleScheme = () => setColorScheme(scheme === 'dark' ? 'light' : 'dark');
  // The status bar exists only in team mode: alone, the shell is exactly as before.
  const teamMode = useTeamMode();
  useWhenIdle(preloadQueuePage);

  useHotkeys([
    ...NAVIGATION.map(
      (entry) => [entry.shortcut, () => navigate(entry.path)] as [string, () => void],
    ),
    ['mod+J', toggleScheme],
  ]);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 256, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      footer={teamMode ? { height: 28 } : undefined}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="sm">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Menu" />
            <Title
              order={3}
              style={{
                color: 'light-dark(var(--mantine-color-indigo-7), var(--mantine-color-indigo-4))',
              }}
            >
              Recouvra
            </Title>
            <Text size="sm" c="dimmed" visibleFrom="md">
              Recouvrement et contentieux
            </Text>
          </Group>
          <Tooltip label={scheme === 'dark' ? 'Thème clair (Ctrl+J)' : 'Thème sombre (Ctrl+J)'}>
            <ActionIcon
              variant="default"
              size="lg"
              onClick={toggleScheme}
              aria-label={scheme === 'dark' ? 'Passer au thème clair' : 'Passer au thème sombre'}
            >
              {scheme === 'dark' ? <IconSun size={18} /> : <IconMoon size={18} />}
            </ActionIcon>
          </Tooltip>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Navigation principale">
        <AppShell.Section grow>
          {NAVIGATION.map((entry) => (
            <NavLink
              key={entry.path}
              component={RouterNavLink}
              to={entry.path}
              end={entry.path === '/'}
              label={entry.label}
              leftSection={<entry.icon size={18} stroke={1.6} />}
              rightSection={
                <Text span size="xs" c="dimmed" aria-hidden>
                  {shortcutLabel(entry.shortcut)}
                </Text>
              }
              aria-keyshortcuts={shortcutLabel(entry.shortcut)}
              title={`${entry.label} (${shortcutLabel(entry.shortcut)})`}
              active={
                entry.path === '/'
                  ? location.pathname === '/'
                  : location.pathname.startsWith(entry.path)
              }
              onClick={close}
            />
          ))}
        </AppShell.Section>
        <AppShell.Section>
          <AppVersion />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
      {teamMode && (
        <AppShell.Footer>
          <TeamStatusBar />
        </AppShell.Footer>
      )}
    </AppShell>
  );
}
