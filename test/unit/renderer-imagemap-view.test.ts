/** The image map's markup, rendered to a string (no DOM needed). */
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ImageMap, type MapNode } from '../../renderer/src/features/imageMap/ImageMap';

const forest: MapNode[] = [
  {
    id: 'debian',
    layers: 1,
    bytes: 74_800_000,
    images: [{ id: 'sha256:d', name: 'debian:bookworm', dangling: false }],
    children: [
      {
        id: 'py',
        layers: 6,
        bytes: 48_200_000,
        images: [],
        children: [
          {
            id: 'a',
            layers: 3,
            bytes: 1_200,
            images: [{ id: 'sha256:a', name: 'api:2', dangling: false }],
            children: [],
          },
          {
            id: 'b',
            layers: 2,
            bytes: null,
            images: [{ id: 'sha256:b', name: '<none>', dangling: true }],
            children: [],
          },
        ],
      },
    ],
  },
  {
    id: 'alpine',
    layers: 1,
    bytes: 7_800_000,
    images: [{ id: 'sha256:al', name: 'alpine:3.20', dangling: false }],
    children: [],
  },
];

describe('ImageMap markup', () => {
  const html = renderToString(createElement(ImageMap, { forest, onOpenImage: () => {}, selectedImage: 'sha256:a' }));

  it('summarises the images, bases and dangling ones', () => {
    expect(html).toContain('4 images</span> on<!-- --> <!-- -->2 bases');
    expect(html).toContain('; <!-- -->1<!-- --> dangling');
  });

  it('draws boxes with their layers and sizes, names as buttons, shared boxes counted', () => {
    expect(html).toContain('<svg');
    expect(html).toContain('+6 layers · 48.2MB');
    expect(html).toContain('1 layer · 74.8MB');
    expect(html).toContain('2<!-- --> images share this base');
    expect(html).toMatch(/<button[^>]*title="api:2"[^>]*aria-current="true"/);
    expect(html).toContain('aria-label="+6 layers · 48.2MB, shared by 2 images"');
  });

  it('marks dangling images in words', () => {
    expect(html).toContain('title="&lt;none&gt; (dangling: no tag)"');
    expect(html).toMatch(/>dangling<\/span>/);
  });

  it('keeps one box in the tab order; the rest are reached with arrows', () => {
    expect((html.match(/role="group"[^>]*tabindex="0"/g) ?? []).length).toBe(1);
  });
});
