import type { MenuItemConstructorOptions } from 'electron';

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Developer tools are offered only in development builds. */
  isPackaged: boolean;
  onPrint: () => void;
  onAbout: () => void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * The application menu, in French. Roles keep the native behaviour (and accelerators) of each
 * item; labels are given explicitly because Electron's defaults are English.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const about: MenuItemConstructorOptions = {
    label: 'À propos de Recouvra',
    click: options.onAbout,
  };

  // macOS puts About and Quit in a menu named after the app; elsewhere Quit ends Fichier.
  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: 'Recouvra',
          submenu: [
            about,
            separator,
            { role: 'services', label: 'Services' },
            separator,
            { role: 'hide', label: 'Masquer Recouvra' },
            { role: 'hideOthers', label: 'Masquer les autres' },
            { role: 'unhide', label: 'Tout afficher' },
            separator,
            { role: 'quit', label: 'Quitter Recouvra' },
          ],
        },
      ]
    : [];

  const developerItems: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [
        { role: 'forceReload', label: 'Forcer le rechargement' },
        { role: 'toggleDevTools', label: 'Outils de développement' },
      ];

  const windowItems: MenuItemConstructorOptions[] = isMac
    ? [
        { role: 'zoom', label: 'Agrandir' },
        separator,
        { role: 'front', label: 'Tout ramener au premier plan' },
      ]
    : [{ role: 'close', label: 'Fermer' }];

  return [
    ...appMenu,
    {
      label: 'Fichier',
      submenu: [
        { label: 'Imprimer…', accelerator: 'CmdOrCtrl+P', click: options.onPrint },
        separator,
        isMac ? { role: 'close', label: 'Fermer la fenêtre' } : { role: 'quit', label: 'Quitter' },
      ],
    },
    {
      label: 'Édition',
      submenu: [
        { role: 'undo', label: 'Annuler' },
        { role: 'redo', label: 'Rétablir' },
        separator,
        { role: 'cut', label: 'Couper' },
        { role: 'copy', label: 'Copier' },
        { role: 'paste', label: 'Coller' },
        { role: 'selectAll', label: 'Tout sélectionner' },
      ],
    },
    {
      label: 'Affichage',
      submenu: [
        { role: 'reload', label: 'Recharger' },
        ...developerItems,
        separator,
        { role: 'resetZoom', label: 'Taille réelle' },
        { role: 'zoomIn', label: 'Zoom avant' },
        { role: 'zoomOut', label: 'Zoom arrière' },
        separator,
        { role: 'togglefullscreen', label: 'Plein écran' },
      ],
    },
    {
      label: 'Fenêtre',
      role: 'window',
      submenu: [{ role: 'minimize', label: 'Réduire' }, ...windowItems],
    },
    { label: 'Aide', role: 'help', submenu: [about] },
  ];
}
