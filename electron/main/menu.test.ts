import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { aboutDialogOptions } from './about';
import { buildMenuTemplate, type MenuOptions } from './menu';

function menu(overrides: Partial<MenuOptions> = {}) {
  const options: MenuOptions = {
    platform: 'win32',
    isPackaged: true,
    onPrint: vi.fn(),
    onAbout: vi.fn(),
    ...overrides,
  };
  return { options, template: buildMenuTemplate(options) };
}

function submenuOf(template: MenuItemConstructorOptions[], label: string) {
  const item = template.find((entry) => entry.label === label);
  if (!item || !Array.isArray(item.submenu)) throw new Error(`menu ${label} absent`);
  return item.submenu;
}

/** Electron passes (menuItem, window, event) to clicks; our handlers ignore them. */
function click(item: MenuItemConstructorOptions | undefined): void {
  (item?.click as (() => void) | undefined)?.();
}

const labels = (items: MenuItemConstructorOptions[]) =>
  items.filter((item) => item.type !== 'separator').map((item) => item.label);

describe('application menu', () => {
  it.each(['win32', 'linux'] as const)('is in French on %s', (platform) => {
    const { template } = menu({ platform });
    expect(labels(template)).toEqual(['Fichier', 'Édition', 'Affichage', 'Fenêtre', 'Aide']);
    expect(labels(submenuOf(template, 'Fichier'))).toEqual(['Imprimer…', 'Quitter']);
    expect(labels(submenuOf(template, 'Édition'))).toEqual([
      'Annuler',
      'Rétablir',
      'Couper',
      'Copier',
      'Coller',
      'Tout sélectionner',
    ]);
    expect(labels(submenuOf(template, 'Affichage'))).toEqual([
      'Recharger',
      'Taille réelle',
      'Zoom avant',
      'Zoom arrière',
      'Plein écran',
    ]);
    expect(labels(submenuOf(template, 'Fenêtre'))).toEqual(['Réduire', 'Fermer']);
    expect(labels(submenuOf(template, 'Aide'))).toEqual(['À propos de Recouvra']);
  });

  it('prints with Ctrl+P (Cmd+P on macOS)', () => {
    const { options, template } = menu();
    const print = submenuOf(template, 'Fichier')[0];
    expect(print?.accelerator).toBe('CmdOrCtrl+P');
    click(print);
    expect(options.onPrint).toHaveBeenCalled();
  });

  it('opens the about box from Aide', () => {
    const { options, template } = menu();
    click(submenuOf(template, 'Aide')[0]);
    expect(options.onAbout).toHaveBeenCalled();
  });

  it('offers developer tools only in development', () => {
    const roles = (isPackaged: boolean) =>
      submenuOf(menu({ isPackaged }).template, 'Affichage').map((item) => item.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('toggleDevTools');
    expect(labels(submenuOf(menu({ isPackaged: false }).template, 'Affichage'))).toContain(
      'Outils de développement',
    );
  });

  it('follows macOS conventions: an app menu holding About and Quit', () => {
    const { template } = menu({ platform: 'darwin' });
    expect(labels(template)).toEqual([
      'Recouvra',
      'Fichier',
      'Édition',
      'Affichage',
      'Fenêtre',
      'Aide',
    ]);
    const appMenu = submenuOf(template, 'Recouvra');
    expect(labels(appMenu)).toContain('À propos de Recouvra');
    expect(appMenu.at(-1)).toMatchObject({ role: 'quit', label: 'Quitter Recouvra' });
    expect(labels(submenuOf(template, 'Fichier'))).toEqual(['Imprimer…', 'Fermer la fenêtre']);
  });

  it('gives every item a French label (no English role default leaks through)', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      for (const isPackaged of [true, false]) {
        const items = menu({ platform, isPackaged }).template.flatMap((top) => [
          top,
          ...(Array.isArray(top.submenu) ? top.submenu : []),
        ]);
        for (const item of items.filter((entry) => entry.type !== 'separator')) {
          expect(item.label, JSON.stringify(item)).toBeTruthy();
        }
      }
    }
  });
});

describe('about box', () => {
  it('shows the version in French', () => {
    const options = aboutDialogOptions('0.1.0', { electron: '45.4.1', chrome: '142', node: '22' });
    expect(options.title).toBe('À propos de Recouvra');
    expect(options.message).toBe('Recouvra 0.1.0');
    expect(options.detail).toContain('Electron 45.4.1');
  });
});
