import { useEffect, useState } from 'react';
import { getBlob } from '../../../data/repositories/blobs';

/**
 * An object URL for stored bytes (e.g. the logo preview), revoked when the hash changes or the
 * component unmounts so previews do not leak memory. `null` while loading or when absent.
 */
export function useBlobUrl(sha256: string | null): string | null {
  const [url, setUrl] = useState<string | null>(null);

  useEffect(() => {
    if (!sha256) return;
    let cancelled = false;
    let created: string | null = null;
    void getBlob(sha256)
      .then((stored) => {
        if (cancelled || !stored) return;
        created = URL.createObjectURL(stored.data);
        setUrl(created);
      })
      // Team mode, bytes not on this workstation and not reachable: no preview.
      .catch(() => undefined);
    return () => {
      cancelled = true;
      if (created) URL.revokeObjectURL(created);
      setUrl(null);
    };
  }, [sha256]);

  return url;
}
