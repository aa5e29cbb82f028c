import { describe, expect, it } from 'vitest';
import { runChecklist } from '../../../../shared/publish/checklist';
import type { BriefContent, PmNodeJson } from '../../../../shared/model/brief';
import { publishableContent } from '../../support/publish-fixtures';

const rules = (content: BriefContent, severity: 'errors' | 'warnings'): string[] =>
  runChecklist(content)[severity].map((item) => item.rule);

function withBody(content: BriefContent, replace: (nodes: PmNodeJson[]) => PmNodeJson[]): BriefContent {
  return { ...content, body: { type: 'doc', content: replace(content.body.content ?? []) } };
}

const takeaways = (count: number): PmNodeJson => ({
  type: 'keyTakeaways',
  content: Array.from({ length: count }, (_, index) => ({
    type: 'takeaway',
    content: [{ type: 'text', text: `Point number ${index + 1}.` }],
  })),
});

describe('the pre-publish checklist', () => {
  it('passes a complete brief with neither errors nor warnings', () => {
    expect(runChecklist(publishableContent('Harvest outlook'))).toEqual({ errors: [], warnings: [] });
  });

  it('blocks a brief without headline, standfirst or hero alt text', () => {
    const content = {
      ...publishableContent('  '),
      standfirst: ' ',
      hero: { asset: `${'a'.repeat(64)}.png`, alt: '', caption: '', credit: '' },
    };
    expect(rules(content, 'errors')).toEqual(['headline', 'standfirst', 'hero-alt']);
    expect(runChecklist(content).errors.map((item) => item.message)).toEqual([
      'The brief has no headline.',
      'The brief has no standfirst.',
      'The hero image has no alt text.',
    ]);
  });

  it('accepts a hero with alt text', () => {
    const content = {
      ...publishableContent('Hero'),
      hero: { asset: `${'b'.repeat(64)}.jpg`, alt: 'A barn at dawn', caption: '', credit: '' },
    };
    expect(rules(content, 'errors')).toEqual([]);
  });

  it('warns (does not block) for fewer than 3 or more than 7 takeaways, and none at all', () => {
    for (const [count, warned] of [
      [2, true],
      [3, false],
      [7, false],
      [8, true],
    ] as const) {
      const content = withBody(publishableContent('Counts'), (nodes) => [takeaways(count), ...nodes.slice(1)]);
      expect(rules(content, 'errors')).toEqual([]);
      expect(rules(content, 'warnings')).toEqual(warned ? ['takeaways'] : []);
    }
    const none = withBody(publishableContent('None'), (nodes) => nodes.slice(1));
    expect(runChecklist(none).warnings[0]?.message).toMatch(/no Key Takeaways block/);
  });

  it('blocks an empty Editor’s Desk block but not a synced one', () => {
    const empty: PmNodeJson = { type: 'editorsDesk', attrs: { title: 'Empty' }, content: [{ type: 'paragraph' }] };
    expect(
      rules(
        withBody(publishableContent('Desk'), (nodes) => [...nodes, empty]),
        'errors',
      ),
    ).toEqual(['desk']);
    const synced: PmNodeJson = {
      type: 'editorsDesk',
      attrs: { title: 'Synced', libraryRef: '01JNZ5Y3K2M4P6Q8R0S2T4V6X8' },
      content: [{ type: 'paragraph' }],
    };
    expect(
      rules(
        withBody(publishableContent('Desk'), (nodes) => [...nodes, synced]),
        'errors',
      ),
    ).toEqual([]);
  });

  it('blocks malformed links and names them', () => {
    const bad: PmNodeJson = {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'one', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
        { type: 'text', text: 'two', marks: [{ type: 'link', attrs: { href: 'http//missing-colon' } }] },
        { type: 'text', text: 'three', marks: [{ type: 'link', attrs: { href: 'mailto:desk@example.org' } }] },
      ],
    };
    const result = runChecklist(withBody(publishableContent('Links'), (nodes) => [...nodes, bad]));
    expect(result.errors.map((item) => item.rule)).toEqual(['links']);
    expect(result.errors[0]?.message).toContain('javascript:alert(1)');
    expect(result.errors[0]?.message).toContain('http//missing-colon');
    expect(result.errors[0]?.message).not.toContain('mailto:');
  });
});
