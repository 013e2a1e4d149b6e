import { Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { type AppInfo, platform } from '../platform';

export function AppVersion() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    platform.appInfo().then(setInfo, () => setInfo(null));
  }, []);
  if (!info) return null;
  return (
    <Text size="xs" c="dimmed" ta="center">
      {info.name} {info.version} · {info.runtime === 'electron' ? 'application' : 'navigateur'}
    </Text>
  );
}
