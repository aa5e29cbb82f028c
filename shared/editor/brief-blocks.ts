import type { Extensions } from '@tiptap/core';
import { EditorsDesk } from './editors-desk';
import { KeyTakeaways, Takeaway } from './key-takeaways';

export { EditorsDesk, type EditorsDeskAttributes, type EditorsDeskOptions } from './editors-desk';
export { KeyTakeaways, Takeaway, type KeyTakeawaysOptions, type TakeawayOptions } from './key-takeaways';
export { takeawaysReport, takeawaysReportsInBody, type TakeawaysReport } from './takeaways-report';

/**
 * The brief's structured body blocks, schema plus commands and keys, no views:
 * Key Takeaways (with its items) and Editor's Desk. They need the nodes and
 * marks of `bodyExtensions()` (paragraph, lists, blockquote, bold, italic,
 * link). The renderer gives them node views with `.extend({ addNodeView })`.
 */
export const briefBlockExtensions: Extensions = [KeyTakeaways, Takeaway, EditorsDesk];
