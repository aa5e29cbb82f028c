import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { TextSelection } from '@tiptap/pm/state';
import { BlockAdvice } from './BlockAdvice';
import { RemoveBlockButton } from '../block-chrome/RemoveBlockButton';
import { itemCountLabel, takeawayTexts, takeawaysAdvice } from './takeaways-advice';

const DEFAULT_TITLE = 'Key Takeaways';

/**
 * The Key Takeaways block as the analyst edits it: a titled region around the
 * numbered list (the items stay text), the item count, advice when the block
 * strays from the house rules, and buttons to add an item or drop the block.
 */
export function KeyTakeawaysView({ node, editor, getPos, extension, selectionInside }: ReactNodeViewProps) {
  const texts = takeawayTexts(node);
  const advice = takeawaysAdvice(texts, selectionInside === true);
  const configured: unknown = extension.options.title;
  const title = typeof configured === 'string' && configured !== '' ? configured : DEFAULT_TITLE;

  /** A new item after the one with the cursor, or at the end when the cursor is elsewhere. */
  function addTakeaway(): void {
    editor
      .chain()
      .focus()
      .command(({ tr }) => {
        const pos = getPos();
        const block = typeof pos === 'number' ? tr.doc.nodeAt(pos) : null;
        if (typeof pos !== 'number' || !block) return false;
        const { $from } = tr.selection;
        const inThisBlock = $from.depth >= 2 && $from.before($from.depth - 1) === pos;
        // Inside the block's last item, at its end.
        if (!inThisBlock) tr.setSelection(TextSelection.create(tr.doc, pos + block.nodeSize - 2));
        return true;
      })
      .addTakeaway()
      .run();
  }

  return (
    <NodeViewWrapper as="section" className="key-takeaways" role="region" aria-label="Key takeaways" data-type="key-takeaways">
      <header className="block-header" contentEditable={false}>
        <h2 className="key-takeaways-title">{title}</h2>
        <span className="block-count">{itemCountLabel(node.childCount)}</span>
        <RemoveBlockButton editor={editor} getPos={getPos} blockName={title} />
      </header>
      <NodeViewContent className="key-takeaways-items" />
      <footer className="block-footer" contentEditable={false}>
        <button
          type="button"
          className="block-add"
          onMouseDown={(event) => event.preventDefault()}
          onClick={addTakeaway}
          title="Add takeaway (Enter at the end of an item)"
        >
          <span aria-hidden="true">+</span> Add takeaway
        </button>
        <BlockAdvice warnings={advice.warnings} label="Suggestions for Key Takeaways" />
      </footer>
    </NodeViewWrapper>
  );
}
