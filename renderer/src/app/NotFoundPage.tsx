import { Button, EmptyState } from '@mantine/core';
import { IconMapOff } from '@tabler/icons-react';
import { useNavigate } from 'react-router';

export function NotFoundPage() {
  const navigate = useNavigate();
  return (
    <EmptyState
      mt="xl"
      icon={<IconMapOff size={28} />}
      title="Page introuvable"
      description="Cette adresse ne correspond à aucun écran de Recouvra."
    >
      <EmptyState.Actions>
        <Button onClick={() => navigate('/')}>Retour au tableau de bord</Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
