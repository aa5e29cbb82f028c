import { join } from 'node:path';
import type { LibraryStore } from '../../../main/services/library/library-store';
import { FileKeySecretStore } from '../../../main/services/publish/secret-store-file-key';
import type { PublishEnv } from '../../../main/services/publish/publish-service';
import { type BriefContent, blankBriefContent, type PmNodeJson } from '../../../shared/model/brief';

const text = (value: string): PmNodeJson => ({ type: 'text', text: value });
const paragraph = (value: string): PmNodeJson => ({ type: 'paragraph', content: [text(value)] });
const takeaway = (value: string): PmNodeJson => ({ type: 'takeaway', content: [text(value)] });

/** Content that passes the pre-publish checklist: headline, standfirst, three takeaways, a filled desk, a good link. */
export function publishableContent(
  headline: string,
  bodyText = 'Orchard yields in the valley recovered after the late frost.',
): BriefContent {
  return {
    ...blankBriefContent(),
    headline,
    section: 'Agriculture',
    standfirst: 'Growers report a patchy harvest with strong prices for early fruit.',
    byline: 'By Field Analyst',
    tags: ['harvest', 'prices'],
    body: {
      type: 'doc',
      content: [
        {
          type: 'keyTakeaways',
          content: [
            takeaway('Early varieties sold above last year.'),
            takeaway('Frost damage stayed local.'),
            takeaway('Cold storage is nearly full.'),
          ],
        },
        {
          type: 'editorsDesk',
          attrs: { title: 'Why it matters', deskName: 'Farm Desk', series: 'Season Notes', publication: 'The Test Ledger' },
          content: [paragraph('Storage limits will decide winter prices.')],
        },
        {
          type: 'paragraph',
          content: [
            text(bodyText),
            { type: 'text', text: ' Details', marks: [{ type: 'link', attrs: { href: 'https://example.org/harvest' } }] },
          ],
        },
      ],
    },
  };
}

/** A stored brief made from publishableContent. */
export async function createPublishable(store: LibraryStore, headline: string): Promise<string> {
  return (await store.createFrom(publishableContent(headline))).id;
}

/** A publish environment whose key file is in `keyDir` (outside the library). */
export function testEnv(keyDir: string, now?: () => Date): PublishEnv {
  return { secrets: new FileKeySecretStore(join(keyDir, 'publishing.key')), generator: 'Briefdesk test', ...(now ? { now } : {}) };
}

/** A clock the test moves by hand. */
export function manualClock(start = Date.parse('2026-02-02T08:00:00.000Z')): { now: () => Date; advance: (ms: number) => void } {
  let time = start;
  return { now: () => new Date(time), advance: (ms) => (time += ms) };
}
