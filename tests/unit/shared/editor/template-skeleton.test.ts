import { describe, expect, it } from 'vitest';
import { templateSkeleton } from '../../../../shared/editor/template-skeleton';
import { bodyProblem } from '../../../../shared/editor/validate-body';
import { DEFAULT_TEMPLATE } from '../../../../shared/model/template';
import { desk, doc, heading, para, takeaways } from '../../support/body-fixtures';

describe('templateSkeleton', () => {
  it('keeps the block structure and drops the text', () => {
    const body = doc(
      takeaways('Flows first.', 'Compensation later.', 'A deal by June.'),
      desk(
        { title: 'Why scope matters', deskName: 'Water Desk', series: 'Strategic Insight', publication: 'The Brief' },
        para('Analysis.'),
        para('More.'),
      ),
      para('Negotiators arrive in Lisbon.'),
      heading('What each side wants'),
      { type: 'bulletList', content: [{ type: 'listItem', content: [para('Minimum flows.')] }] },
      { type: 'blockquote', content: [para('We can measure water.')] },
      { type: 'image', attrs: { src: 'https://example.org/a.png', alt: 'A dam', title: null, width: null, height: null } },
      heading('Outlook', 3),
      para('Observers will watch.'),
    );
    expect(templateSkeleton(body)).toEqual(
      doc(
        takeaways('', '', ''),
        desk({ title: 'Why scope matters', deskName: 'Water Desk', series: 'Strategic Insight', publication: 'The Brief' }, para()),
        heading('What each side wants'),
        heading('Outlook', 3),
        para(),
      ),
    );
  });

  it('keeps a synced desk whole', () => {
    const synced = desk({ title: 'House view', libraryRef: 'desk-1' }, para('Library text.'), para('Second paragraph.'));
    expect(templateSkeleton(doc(synced, para('Body.')))).toEqual(doc(synced, para()));
  });

  it('always ends with one empty paragraph, also for an empty body', () => {
    expect(templateSkeleton({ type: 'doc' })).toEqual(doc(para()));
    expect(templateSkeleton(doc(para('Only text.')))).toEqual(doc(para()));
    expect(templateSkeleton(doc(heading('Last')))).toEqual(doc(heading('Last'), para()));
  });

  it('produces bodies that fit the schema, and does not change its input', () => {
    const body = doc(takeaways('One.', 'Two.'), desk({ deskName: 'Desk' }, para('Text.')), heading('H'), para('x'));
    const before = structuredClone(body);
    const skeleton = templateSkeleton(body);
    expect(bodyProblem(skeleton)).toBeNull();
    expect(body).toEqual(before);
  });

  it('leaves the default template as it is (it is already a skeleton)', () => {
    expect(templateSkeleton(DEFAULT_TEMPLATE.body)).toEqual(DEFAULT_TEMPLATE.body);
  });
});
