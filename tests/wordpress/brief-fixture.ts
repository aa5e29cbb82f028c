import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LibraryStore } from '../../main/services/library/library-store';
import { type Brief, type BriefContent, blankBriefContent, type PmNodeJson } from '../../shared/model/brief';

const IMAGES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'images');

const text = (value: string): PmNodeJson => ({ type: 'text', text: value });
const paragraph = (value: string): PmNodeJson => ({ type: 'paragraph', content: [text(value)] });

/**
 * A brief with everything a post carries: a hero image with alt text,
 * caption and credit; Key Takeaways; an Editor's Desk; an inline image;
 * tags and a section. Returns the stored brief.
 */
export async function createPublishableBrief(store: LibraryStore, headline: string): Promise<Brief> {
  const hero = await store.addImage('harbour-dusk.jpg', await readFile(path.join(IMAGES, 'harbour-dusk.jpg')));
  const chart = await store.addImage('throughput-chart.png', await readFile(path.join(IMAGES, 'throughput-chart.png')));
  const content: BriefContent = {
    ...blankBriefContent(),
    headline,
    section: 'Maritime Trade',
    standfirst: 'Container volumes at the northern ports slipped for a third month running.',
    byline: 'By Test Analyst',
    tags: ['shipping', 'ports', 'Q3 outlook'],
    hero: {
      asset: hero.id,
      alt: 'Cranes over a quiet quay at dusk',
      caption: 'The outer harbour after the evening shift.',
      credit: 'Library photo',
    },
    body: {
      type: 'doc',
      content: [
        {
          type: 'keyTakeaways',
          content: [
            { type: 'takeaway', content: [text('Throughput fell four per cent against the spring peak.')] },
            { type: 'takeaway', content: [text('Two carriers moved their rotations south.')] },
          ],
        },
        {
          type: 'editorsDesk',
          attrs: { title: 'Why it matters', deskName: 'Trade Desk', series: 'Port Watch', publication: 'The Test Gazette' },
          content: [paragraph('Fewer calls mean thinner feeder networks inland.')],
        },
        paragraph('Berth occupancy data point to a slow autumn.'),
        { type: 'image', attrs: { src: `asset:${chart.id}`, alt: 'Monthly throughput bars', title: 'Throughput by month' } },
        paragraph('Operators expect a partial recovery once the new crane line opens.'),
      ],
    },
  };
  const created = await store.createFrom(content);
  return store.get(created.id);
}
