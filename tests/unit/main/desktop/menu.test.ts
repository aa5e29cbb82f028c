import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { electronDouble, fakeEvent, FakeWebContents, resetElectronDouble } from '../electron-double';

vi.mock('electron', async () => (await import('../electron-double')).electronDouble);

const { menuTemplate, setupMenu } = await import('../../../../main/desktop/menu');
const { contextMenuTemplate, setupContextMenu } = await import('../../../../main/desktop/context-menu');

beforeEach(() => resetElectronDouble());

/** Every role anywhere in a template. */
function roles(template: MenuItemConstructorOptions[]): string[] {
  return template.flatMap((item) => [...(item.role ? [item.role] : []), ...(Array.isArray(item.submenu) ? roles(item.submenu) : [])]);
}

/** Runs a menu item's click handler (ours ignore Electron's arguments). */
function click(item: MenuItemConstructorOptions | undefined): void {
  if (!item?.click) throw new Error(`no click handler on ${item?.label ?? 'a missing item'}`);
  Reflect.apply(item.click, undefined, []);
}

const editFlags = {
  canUndo: true,
  canRedo: true,
  canCut: true,
  canCopy: true,
  canPaste: true,
  canDelete: true,
  canSelectAll: true,
  canEditRichly: true,
};

describe('application menu', () => {
  it('has the Edit roles, a Window menu and Help', () => {
    const template = menuTemplate({ isMac: false, isDev: false, showLibraryFolder: vi.fn() });
    expect(roles(template)).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'windowMenu', 'help']));
    expect(template.map((item) => item.label ?? item.role)).toEqual(['File', 'Edit', 'View', 'windowMenu', 'help']);
  });

  it('keeps reload and the developer tools out of production builds', () => {
    const production = roles(menuTemplate({ isMac: false, isDev: false, showLibraryFolder: vi.fn() }));
    expect(production).not.toContain('toggleDevTools');
    expect(production).not.toContain('reload');
    const development = roles(menuTemplate({ isMac: false, isDev: true, showLibraryFolder: vi.fn() }));
    expect(development).toContain('toggleDevTools');
  });

  it('starts with the app menu on macOS', () => {
    const template = menuTemplate({ isMac: true, isDev: false, showLibraryFolder: vi.fn() });
    expect(template[0]).toEqual({ role: 'appMenu' });
  });

  it('opens the library folder from the File menu', () => {
    setupMenu('/library');
    const [template] = electronDouble.Menu.buildFromTemplate.mock.calls[0] ?? [];
    const file = (template ?? []).find(
      (item): item is MenuItemConstructorOptions => typeof item === 'object' && item !== null && Reflect.get(item, 'label') === 'File',
    );
    const show = Array.isArray(file?.submenu) ? file.submenu.find((item) => item.label === 'Show Library Folder') : undefined;
    click(show);
    expect(electronDouble.shell.openPath).toHaveBeenCalledWith('/library');
    expect(electronDouble.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
  });
});

describe('context menu', () => {
  const contents = new FakeWebContents();

  it('offers spelling suggestions, then the edit commands, in an editable spot', () => {
    const template = contextMenuTemplate(
      { isEditable: true, selectionText: '', misspelledWord: 'analsyt', dictionarySuggestions: ['analyst'], editFlags },
      contents,
    );
    expect(template[0]?.label).toBe('analyst');
    click(template[0]);
    expect(contents.replaceMisspelling).toHaveBeenCalledWith('analyst');
    expect(roles(template)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it('offers Copy for selected text outside an editor, and nothing for an empty spot', () => {
    const base = { isEditable: false, misspelledWord: '', dictionarySuggestions: [], editFlags };
    expect(roles(contextMenuTemplate({ ...base, selectionText: 'a quote' }, contents))).toEqual(['copy']);
    expect(contextMenuTemplate({ ...base, selectionText: '' }, contents)).toEqual([]);
  });

  it('pops up on right-click in every web contents', () => {
    setupContextMenu();
    const created = new FakeWebContents();
    electronDouble.app.emit('web-contents-created', fakeEvent(), created);
    created.emit('context-menu', fakeEvent(), {
      isEditable: true,
      selectionText: '',
      misspelledWord: '',
      dictionarySuggestions: [],
      editFlags,
    });
    expect(electronDouble.Menu.buildFromTemplate).toHaveBeenCalledTimes(1);
  });
});
