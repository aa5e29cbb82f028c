import { describe, expect, it } from 'vitest';
import { dataUrlBytes, droppedImagesNotice, sortImages } from '../../../../../renderer/editor/paste/paste-images';
import { fragmentOf, markupOf } from './paste-dom-fixture';

const PNG = 'data:image/png;base64,iVBORw0KGgo=';
const ASSET = `${'ab'.repeat(32)}.png`;

describe('the images of a paste', () => {
  it('keeps embedded and library images, out of their paragraphs, and removes the rest without splitting the text', () => {
    const fragment = fragmentOf(
      `<p>Before <img src="https://example.org/a.png"> middle <img src="${PNG}" alt="Chart"> after<img src="//cdn.example.org/b.png"></p>` +
        `<p><a href="https://example.org"><img data-asset="${ASSET}"></a>Linked</p><p><img src="file:///C:/clip.png"><img src="blob:https://mail.example.org/5d1c0e"><img></p><h2>T<img src="pics/x.png"></h2>`,
    );
    const { pending, dropped } = sortImages(fragment);
    expect(dropped).toEqual({ web: 2, unreadable: 4 });
    expect(pending.map((image) => ('dataUrl' in image ? image.dataUrl : image.file.name))).toEqual([PNG]);
    expect(markupOf(fragment)).toBe(
      `<p>Before  middle  after</p><img src="${PNG}" alt="Chart">` +
        `<p><a href="https://example.org"></a>Linked</p><img data-asset="${ASSET}"><p></p><h2>T</h2>`,
    );
  });

  it('says once what was left out', () => {
    expect(droppedImagesNotice({ web: 12, unreadable: 0 })).toBe('12 images could not be brought in: they are on the web.');
    expect(droppedImagesNotice({ web: 1, unreadable: 1 })).toBe(
      '1 image could not be brought in: it is on the web. 1 image could not be brought in: Briefdesk cannot read its file.',
    );
    expect(droppedImagesNotice({ web: 0, unreadable: 0 })).toBeNull();
  });

  it('reads the bytes and type of an embedded image', () => {
    const { type, bytes } = dataUrlBytes('data:image/jpg;base64,/9j/\n4A==');
    expect(type).toBe('image/jpeg');
    expect(Array.from(bytes)).toEqual([0xff, 0xd8, 0xff, 0xe0]);
  });
});
