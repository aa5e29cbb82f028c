import { type Editor, useEditorState } from '@tiptap/react';
import { NodeSelection } from '@tiptap/pm/state';
import { useId } from 'react';
import { liveFootnotes } from '../nodes/footnote/footnote-numbers-plugin';
import { hostOf, sameSources, sourcesOf } from './sources-model';

/** Selects note `number` in the text (its popover opens), scrolled into view, and gives the editor the focus. */
function jumpToNote(editor: Editor, number: number): void {
  const note = liveFootnotes(editor.state).find((entry) => entry.number === number);
  if (!note) return;
  editor.view.dispatch(editor.state.tr.setSelection(NodeSelection.create(editor.state.doc, note.pos)).scrollIntoView());
  editor.view.focus();
  const dom = editor.view.nodeDOM(note.pos);
  if (dom instanceof HTMLElement) dom.scrollIntoView({ block: 'center' });
}

/**
 * The brief's sources: every footnote in order, its number, its text and
 * the sites it links to; a click on a note goes to its reference in the
 * text (and opens it). Nothing is shown while the brief has no notes.
 */
export function SourcesList({ editor }: { editor: Editor }) {
  const headingId = useId();
  const sources = useEditorState({ editor, selector: ({ editor: current }) => sourcesOf(current.state), equalityFn: sameSources });
  if (sources.length === 0) return null;
  return (
    <section className="outline-sources" aria-labelledby={headingId}>
      <h2 className="outline-sources-title" id={headingId}>
        Sources
      </h2>
      <ol className="outline-sources-list">
        {sources.map((source) => (
          <li key={source.number} className="outline-source">
            <button
              type="button"
              className="outline-link outline-source-note"
              aria-label={`Note ${source.number}: ${source.text || 'empty'}`}
              onClick={() => jumpToNote(editor, source.number)}
            >
              <span className="outline-source-number" aria-hidden="true">
                {source.number}
              </span>
              <span className={source.text ? 'outline-source-text' : 'outline-source-text is-empty'} dir="auto">
                {source.text || 'Empty note'}
              </span>
            </button>
            {source.links.length > 0 && (
              <span className="outline-source-links">
                {source.links.map((href) => (
                  <a key={href} className="outline-source-url" href={href} target="_blank" rel="noopener noreferrer" title={href}>
                    {hostOf(href)}
                  </a>
                ))}
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
