import type { Editor } from '@tiptap/core';
import { LiveTextInput } from '../ui/LiveTextInput';
import { handleHistoryKeys } from '../nodes/block-chrome/history-keys';
import { editOutlineTakeaway, jumpTo, moveOutlineTakeaway } from './outline-actions';
import type { OutlineItem } from './outline-model';

export interface OutlineTakeawaysProps {
  editor: Editor;
  ordinal: number;
  items: readonly OutlineItem[];
  /** "Key takeaways" or, with several blocks, "Key takeaways 2". */
  label: string;
}

function ArrowIcon({ up }: { up: boolean }) {
  return (
    <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
      <path
        d={up ? 'M2.5 7.5 6 4l3.5 3.5' : 'M2.5 4.5 6 8l3.5-3.5'}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/**
 * A Key Takeaways block in the outline: a jump to it, then each item as a
 * field (plain items; an item with formatting is a jump, so nothing is lost)
 * with buttons that move it.
 */
export function OutlineTakeaways({ editor, ordinal, items, label }: OutlineTakeawaysProps) {
  function move(index: number, direction: -1 | 1, list: HTMLElement | null): void {
    if (!moveOutlineTakeaway(editor, ordinal, index, direction)) return;
    const name = `Move takeaway ${index + 1 + direction} ${direction < 0 ? 'up' : 'down'}`;
    // Keep the focus on the moved item's button once the list has re-rendered.
    requestAnimationFrame(() => list?.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]:not(:disabled)`)?.focus());
  }

  return (
    <div className="outline-takeaways">
      <button type="button" className="outline-link outline-link-block" onClick={() => jumpTo(editor, 'takeaways', ordinal)}>
        {label}
      </button>
      <ol className="outline-items" aria-label={label}>
        {items.map((item, index) => {
          const number = index + 1;
          return (
            <li className="outline-item" key={index}>
              <span className="outline-item-number" aria-hidden="true">
                {number}
              </span>
              {item.plain ? (
                <LiveTextInput
                  className="outline-item-input"
                  dir="auto"
                  aria-label={`Takeaway ${number}`}
                  placeholder="Empty takeaway"
                  value={item.text}
                  onValue={(text) => editOutlineTakeaway(editor, ordinal, index, text)}
                  onKeyDown={(event) => {
                    if (handleHistoryKeys(editor, event)) return;
                    if (event.key === 'Enter') {
                      event.preventDefault();
                      jumpTo(editor, 'takeaways', ordinal, index);
                    }
                  }}
                />
              ) : (
                <button
                  type="button"
                  className="outline-link outline-item-link"
                  dir="auto"
                  title="This takeaway has formatting: edit it in the text"
                  onClick={() => jumpTo(editor, 'takeaways', ordinal, index)}
                >
                  {item.text || 'Empty takeaway'}
                </button>
              )}
              <span className="outline-item-moves">
                <button
                  type="button"
                  className="outline-move"
                  aria-label={`Move takeaway ${number} up`}
                  disabled={index === 0}
                  onClick={(event) => move(index, -1, event.currentTarget.closest('ol'))}
                >
                  <ArrowIcon up />
                </button>
                <button
                  type="button"
                  className="outline-move"
                  aria-label={`Move takeaway ${number} down`}
                  disabled={index === items.length - 1}
                  onClick={(event) => move(index, 1, event.currentTarget.closest('ol'))}
                >
                  <ArrowIcon up={false} />
                </button>
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
