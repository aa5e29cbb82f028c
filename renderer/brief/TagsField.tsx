import { useState } from 'react';
import { TextField } from '../ui/TextField';
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
    <TextField
      id="brief-tags"
      label="Tags"
      fieldClassName="field-tags"
      value={text}
      placeholder="e.g. Iran, diplomacy, nuclear"
      hint={{ text: 'Separate tags with commas.', hidden: true, element: 'span' }}
      onValue={(value) => {
        setText(value);
        onChange(parseTags(value));
      }}
      onBlur={() => setText(formatTags(parsed))}
      after={
        parsed.length > 0 && (
          <ul className="tag-chips" aria-label="Tags as saved">
            {parsed.map((tag) => (
              <li key={tag} className="tag-chip">
                {tag}
              </li>
            ))}
          </ul>
        )
      }
    />
  );
}
