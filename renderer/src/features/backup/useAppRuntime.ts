import { useEffect, useState } from 'react';
import { platform } from '../../platform';
import type { AppInfo } from '../../platform/bridge';

/** 'electron' or 'web' once known. */
export function useAppRuntime(): AppInfo['runtime'] | undefined {
  const [runtime, setRuntime] = useState<AppInfo['runtime']>();
  useEffect(() => {
    let cancelled = false;
    platform.appInfo().then(
      (info) => !cancelled && setRuntime(info.runtime),
      () => {},
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return runtime;
}
