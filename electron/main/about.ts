import type { MessageBoxOptions } from 'electron';

/** The "À propos" box: the version matters when a user reports a problem. */
export function aboutDialogOptions(
  appVersion: string,
  versions: Partial<Record<'electron' | 'chrome' | 'node', string>>,
): MessageBoxOptions {
  return {
    type: 'info',
    title: 'À propos de Recouvra',
    message: `Recouvra ${appVersion}`,
    detail: [
      'Recouvrement de créances et contentieux pour les services crédit clients.',
      'Vos données restent sur cet ordinateur.',
      '',
      `Electron ${versions.electron ?? '?'} · Chromium ${versions.chrome ?? '?'} · Node.js ${versions.node ?? '?'}`,
    ].join('\n'),
    buttons: ['OK'],
    noLink: true,
  };
}
