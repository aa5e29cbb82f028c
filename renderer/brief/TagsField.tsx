import { useState } from 'react';
import { TAGS_MAX } from '../../shared/model/field-limits';
import { COUNTER_FROM } from '../ui/text-limit';
import { TextField } from '../ui/TextField';
import { formatTags, readTags, tagsProblem } from './parse-tags';

export interface TagsFieldProps {
  tags: readonly string[];
  onChange: (tags: string[]) => void;
}

const SEPARATE = 'Separate tags with commas.';

/**
 * Comma-separated tags, edited as text and shown as chips. A tag over its
 * limit (or beyond the 60th) is named under the field and its text left in
 * place until the analyst changes it: never cut or dropped without a word.
 */
export function TagsField({ tags, onChange }: TagsFieldProps) {
  const [text, setText] = useState(() => formatTags(tags));
  const parsed = readTags(text);
  const problem = tagsProblem(parsed);
  const count = parsed.tags.length;
  const counting = count >= Math.ceil(TAGS_MAX * COUNTER_FROM);
  return (
    <TextField
      dir="auto"
      id="brief-tags"
      label="Tags"
      fieldClassName="field-tags"
      value={text}
      placeholder="e.g. Iran, diplomacy, nuclear"
      hint={
        counting
          ? { text: `${count} / ${TAGS_MAX} tags. ${SEPARATE}`, element: 'span', warning: count >= TAGS_MAX }
          : { text: SEPARATE, hidden: true, element: 'span' }
      }
      problem={problem}
      onValue={(value) => {
        setText(value);
        onChange(readTags(value).tags);
      }}
      onBlur={() => {
        if (problem === null) setText(formatTags(parsed.tags));
      }}
      after={
        parsed.tags.length > 0 && (
          <ul className="tag-chips" aria-label="Tags as saved">
            {parsed.tags.map((tag) => (
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
