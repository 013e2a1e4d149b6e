import { Button, EmptyState } from '@mantine/core';
import { IconMapOff } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { usePageTitle } from '../shared/ui/usePageTitle';
import { paths } from './paths';

export function NotFoundPage() {
  const navigate = useNavigate();
  usePageTitle('Page introuvable');
  return (
    <EmptyState
      mt="xl"
      icon={<IconMapOff size={28} />}
      title="Page introuvable"
      description="Cette adresse ne correspond à aucun écran de Recouvra."
    >
      <EmptyState.Actions>
        <Button onClick={() => navigate(paths.dashboard())}>Retour au tableau de bord</Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
