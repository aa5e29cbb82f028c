import type { Extensions } from '@tiptap/core';
import { EditorsDesk } from './editors-desk';
import { KeyTakeaways, Takeaway } from './key-takeaways';

/**
 * The brief's structured body blocks, schema plus commands and keys, no views:
 * Key Takeaways (with its items) and Editor's Desk. They need the nodes and
 * marks of `bodyExtensions()` (paragraph, lists, blockquote, bold, italic,
 * link). The renderer gives them node views with `.extend({ addNodeView })`.
 * Each custom node has its folder here: schema, commands, Markdown rules and
 * diff lines, exported by the folder's index.
 */
export const briefBlockExtensions: Extensions = [KeyTakeaways, Takeaway, EditorsDesk];
