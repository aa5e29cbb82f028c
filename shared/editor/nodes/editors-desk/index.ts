/**
 * The Editor's Desk: a labelled block of analysis with a title and sign-off,
 * reusable across briefs through the desk library. Its schema and commands,
 * the functions on desk nodes in body JSON (synced copies resolved and
 * detached, library refs), its Markdown rules (written and read back) and
 * its diff lines. The node view lives in renderer/nodes/editors-desk/.
 */
export {
  EDITORS_DESK,
  EDITORS_DESK_BADGE,
  EDITORS_DESK_DEFAULT_TITLE,
  EditorsDesk,
  editorsDeskAttributes,
  type EditorsDeskAttributes,
  type EditorsDeskOptions,
} from './editors-desk';
export { deskNodeFromBlock, libraryRefOf, libraryRefsIn, mapEditorsDesks } from './desk-nodes';
export { resolveSyncedDesks, type ResolvedDesks } from './resolve-synced-desks';
export { detachSyncedDesks } from './detach-synced-desks';
export { editorsDeskLines } from './editors-desk-lines';
export {
  editorsDeskMarkdown,
  MARKDOWN_DESK_CONTAINER,
  MARKDOWN_DESK_LABELS,
  markdownDeskFields,
  type MarkdownDeskFields,
} from './editors-desk-markdown';
export { markdownDeskContainer } from './markdown-desk-container';
