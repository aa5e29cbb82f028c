import './api/zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApi } from './api/create-api';
import { App } from './app/App';
import { installDesignTokens } from './styles/design-tokens-css';
import './styles/tokens.css';
import './styles/base.css';
import './ui/overflow-notice.css';
import './styles/layout.css';
import './styles/sidebar.css';
import './styles/editor.css';
import './styles/body.css';
import './styles/toolbar.css';
import './nodes/block-chrome/block-chrome.css';
import './nodes/key-takeaways/key-takeaways.css';
import './nodes/editors-desk/editors-desk.css';
import './nodes/footnote/footnote.css';
import './nodes/table/table.css';
import './nodes/body-structure.css';
import './editor/editor-menus.css';
import './nodes/block-chrome/empty-blocks.css';
import './styles/outline.css';
import './styles/dialog.css';
import './styles/menu.css';
import './styles/library.css';
import './styles/export.css';
import './styles/import.css';
import './history/history.css';
import './history/history-diff.css';
import './settings/settings.css';
import './publish/publish.css';

/** The browser shell's address carries the access token once; keep it out of history and screenshots. */
function forgetTokenInAddress(): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has('token')) return;
  url.searchParams.delete('token');
  window.history.replaceState(null, '', url.pathname + url.search + url.hash);
}

forgetTokenInAddress();
installDesignTokens();
const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <App api={createApi()} />
    </StrictMode>,
  );
}
