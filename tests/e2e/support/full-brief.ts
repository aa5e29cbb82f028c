import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Brief, BriefContent, PmNodeJson } from '../../../shared/model/brief';
import type { BriefdeskApi } from './briefdesk-api';
import { paragraphNode } from './body-nodes';

const docs = path.resolve(import.meta.dirname, '../../../docs');

/** The headline of the fully filled brief (the newest in the library, so it opens first). */
export const FULL_BRIEF_HEADLINE = 'Narrow Mandate: Lisbon Water Talks Hinge on What Is Left Off the Table';

/** A long body after the sample's blocks: headings, paragraphs, a list and a quote, about 3,000 words. */
function longBody(): PmNodeJson[] {
  const sentence =
    'Delegations will argue over flow rates, gauges and drought compensation late into the night, and each side briefs its own press. ';
  const nodes: PmNodeJson[] = [];
  for (let section = 1; section <= 8; section += 1) {
    nodes.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: `Section ${section}: what changed this week` }] });
    for (let paragraph = 0; paragraph < 5; paragraph += 1) nodes.push(paragraphNode(sentence.repeat(4).trim()));
  }
  nodes.push({
    type: 'blockquote',
    content: [paragraphNode('“We will not sign a deal that ignores the farmers downstream,” one delegate said.')],
  });
  return nodes;
}

/**
 * A library as an analyst's: the sample brief fully filled (every header
 * field, a hero with alt text, caption and credit, five takeaways, an
 * Editor's Desk, a long body), six more briefs so the list scrolls, a
 * template, a desk block and a publishing target (a folder). Resolves with
 * the full brief.
 */
export async function fillLibrary(api: BriefdeskApi, publishFolder: string): Promise<Brief> {
  const sample: BriefContent = JSON.parse(await readFile(path.join(docs, 'sample-brief.json'), 'utf8'));
  const image = await readFile(path.join(docs, 'sample-hero.png'));
  const asset = await api.call('addImage', { fileName: 'sample-hero.png', dataBase64: image.toString('base64') });
  for (let n = 1; n <= 6; n += 1) {
    await api.createBrief({
      ...sample,
      headline: `Grain corridor extension ${n}: what a sixty-day rollover buys the ports and the insurers`,
      section: n % 2 === 0 ? 'Trade' : 'Energy',
      hero: null,
    });
  }
  const full = await api.createBrief({
    ...sample,
    headline: FULL_BRIEF_HEADLINE,
    hero: sample.hero && { ...sample.hero, asset: asset.id },
    body: { type: 'doc', content: [...(sample.body.content ?? []), ...longBody()] },
  });
  await api.call('saveTemplate', { name: 'Weekly water brief', fromBriefId: full.id });
  await api.call('saveDeskBlock', {
    name: 'Water desk sign-off',
    title: 'Strategic Analysis',
    deskName: 'Water Security Desk',
    series: 'Strategic Insight',
    publication: 'Briefdesk Review',
    content: [paragraphNode('What the week means for the river, and what to watch on Thursday.')],
  });
  await api.call('saveTarget', { name: 'Review site folder', kind: 'folder', folder: publishFolder, baseUrl: null });
  return full;
}
