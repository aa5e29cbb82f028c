/**
 * Key Takeaways: the brief's numbered list of one-sentence items. Its schema
 * and commands, the paste handling inside an item, the house rules on its
 * items, its Markdown rules and its diff lines. The node view lives in
 * renderer/nodes/key-takeaways/.
 */
export { KEY_TAKEAWAYS, KeyTakeaways, TAKEAWAY, Takeaway, type KeyTakeawaysOptions, type TakeawayOptions } from './key-takeaways';
export { keyTakeawaysLines } from './key-takeaways-lines';
export { keyTakeawaysMarkdown, MARKDOWN_TAKEAWAYS_HEADING } from './key-takeaways-markdown';
export { sliceAsTakeaways, takeawaysPasteKey, takeawaysPastePlugin } from './takeaways-paste';
export {
  TAKEAWAYS_MAX,
  TAKEAWAYS_MIN,
  TAKEAWAY_ITEM_MAX_CHARS,
  takeawaysReport,
  takeawaysReportFromTexts,
  takeawaysReportsInBody,
  type TakeawaysReport,
} from './takeaways-report';
