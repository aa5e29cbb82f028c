import { useState } from 'react';
import { formatTags, parseTags } from './parse-tags';

export interface TagsFieldProps {
  tags: readonly string[];
  onChange: (tags: string[]) => void;
}

/** Comma-separated tags, edited as text and shown as chips. */
export function TagsField({ tags, onChange }: TagsFieldProps) {
  const [text, setText] = useState(() => formatTags(tags));
  const parsed = parseTags(text);
  return (
    <div className="field field-tags">
      <label className="field-label" htmlFor="brief-tags">
        Tags
      </label>
      <input
        id="brief-tags"
        className="text-input"
        value={text}
        placeholder="e.g. Iran, diplomacy, nuclear"
        aria-describedby="brief-tags-hint"
        onChange={(event) => {
          setText(event.target.value);
          onChange(parseTags(event.target.value));
        }}
        onBlur={() => setText(formatTags(parsed))}
      />
      <span id="brief-tags-hint" className="visually-hidden">
        Separate tags with commas.
      </span>
      {parsed.length > 0 && (
        <ul className="tag-chips" aria-label="Tags as saved">
          {parsed.map((tag) => (
            <li key={tag} className="tag-chip">
              {tag}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
