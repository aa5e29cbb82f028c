/**
 * Footnotes: the note's text kept where its reference stands, numbered by
 * its place. Its schema and command, its plain-text forms, its numbering,
 * its Markdown rules and the endnotes of exports. The node view lives in
 * renderer/nodes/footnote/.
 */
export { FOOTNOTE } from './footnote-name';
export { createFootnote, Footnote, FOOTNOTE_SHORTCUT, insertFootnoteAt, type FootnoteOptions } from './footnote';
export { footnoteInlineText, footnoteLinks, footnotesIn, footnoteText } from './footnote-text';
export { footnoteNumbers, type NumberedFootnote } from './footnote-numbers';
export { footnoteDefinitions, footnoteMarkdown, MarkdownNotes } from './footnote-markdown';
export { noteId, noteRefId, NOTES_HEADING_ID, renderEndnotes, RESERVED_NOTE_ID, type EndnotesHeading } from './footnote-endnotes';
