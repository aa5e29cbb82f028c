import { app, type ContextMenuParams, Menu, type MenuItemConstructorOptions, type Session } from 'electron';

/** What the menu's items act on: the page's web contents. */
export interface SpellingTarget {
  replaceMisspelling: (word: string) => void;
  session: Pick<Session, 'addWordToSpellCheckerDictionary'>;
}

/**
 * The right-click menu of a page: spelling suggestions for a misspelt word,
 * then the edit commands the spot allows. Empty where there is nothing to do.
 */
export function contextMenuTemplate(
  params: Pick<ContextMenuParams, 'isEditable' | 'selectionText' | 'misspelledWord' | 'dictionarySuggestions' | 'editFlags'>,
  contents: SpellingTarget,
): MenuItemConstructorOptions[] {
  const spelling: MenuItemConstructorOptions[] = [];
  if (params.isEditable && params.misspelledWord) {
    for (const suggestion of params.dictionarySuggestions.slice(0, 5)) {
      spelling.push({ label: suggestion, click: () => contents.replaceMisspelling(suggestion) });
    }
    spelling.push(
      {
        label: 'Add to Dictionary',
        click: () => contents.session.addWordToSpellCheckerDictionary(params.misspelledWord),
      },
      { type: 'separator' },
    );
  }
  if (params.isEditable) {
    return [
      ...spelling,
      { role: 'cut', enabled: params.editFlags.canCut },
      { role: 'copy', enabled: params.editFlags.canCopy },
      { role: 'paste', enabled: params.editFlags.canPaste },
      { role: 'selectAll', enabled: params.editFlags.canSelectAll },
    ];
  }
  return params.selectionText.trim() ? [{ role: 'copy' }] : [];
}

/** Gives every page the context menu above (Electron has none by default). */
export function setupContextMenu(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('context-menu', (_menuEvent, params) => {
      const template = contextMenuTemplate(params, contents);
      if (template.length > 0) Menu.buildFromTemplate(template).popup();
    });
  });
}
