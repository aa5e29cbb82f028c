import { describe, expect, it } from 'vitest';
import { parseBriefContent } from '../../../../../main/services/library/brief-validation';
import { sampleContent } from '../../../support/store-fixtures';

describe('why a brief cannot be saved', () => {
  it('names the first three problems with where they are, and counts the rest', () => {
    const content = { ...sampleContent('Fine'), headline: 7, standfirst: 8, section: 9, tags: 'x', status: 'lost' };
    expect(() => parseBriefContent(content)).toThrow(
      /^The brief could not be saved: section: expected string, received number; headline: expected string, received number; standfirst: expected string, received number \(and 2 more\)$/,
    );
  });

  it('names a single problem without a count', () => {
    expect(() => parseBriefContent({ ...sampleContent('Fine'), headline: 'x'.repeat(401) })).toThrow(
      /^The brief could not be saved: headline: Too big: expected string to have <=400 characters$/,
    );
  });
});
