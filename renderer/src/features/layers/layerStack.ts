/** Pure helpers behind the layer stack: cleaned build instructions, bar widths, base grouping. */

/** One build step as the stack shows it, oldest first (build order, like the Dockerfile). */
export interface LayerStep {
  /** "RUN", "COPY", "ADD", "CMD"… upper-case. */
  instruction: string;
  /** The rest of the step, cleaned: "apt-get update && …". */
  text: string;
  /** Unix seconds. */
  created: number;
  /** Bytes the step's layer adds; 0 for metadata-only steps. */
  size: number;
  /** Index of the step's layer in the image's layer list, or null for a metadata-only step. */
  layerIndex: number | null;
  /** Other local images that have this layer too. */
  sharedWith: { id: string; name: string }[];
  /** The step belongs to the base image. */
  inBase: boolean;
}

const KEYWORDS = new Set([
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
]);

/**
 * An image history's `CreatedBy` as a Dockerfile line. The classic builder writes
 * `/bin/sh -c #(nop)  CMD ["sh"]` for metadata and `/bin/sh -c apt-get …` for RUN; BuildKit writes
 * `RUN /bin/sh -c … # buildkit`, `|2 A=1 B=2 /bin/sh -c …` for RUN with build args, and
 * `COPY dir:abc… in /app`.
 */
export function cleanCreatedBy(createdBy: string): { instruction: string; text: string } {
  let text = createdBy.trim().replace(/\s+# buildkit$/, '');
  let instruction = '';
  const first = /^([A-Z]+)\s+/.exec(text);
  if (first && KEYWORDS.has(first[1]!)) {
    instruction = first[1]!;
    text = text.slice(first[0].length);
  }
  // Build args of a RUN: "|2 A=1 B=2 /bin/sh -c …"
  text = text.replace(/^\|\d+\s+(?:\S+=\S*\s+)*/, '');
  const shell = /^\/bin\/(?:ba)?sh -c\s+/.exec(text);
  if (shell) {
    text = text.slice(shell[0].length);
    const nop = /^#\(nop\)\s+/.exec(text);
    if (nop) {
      text = text.slice(nop[0].length);
      const keyword = /^([A-Z]+)\s*/.exec(text);
      if (keyword && KEYWORDS.has(keyword[1]!)) {
        instruction = keyword[1]!;
        text = text.slice(keyword[0].length);
      }
    } else if (!instruction) {
      instruction = 'RUN';
    }
  }
  return { instruction: instruction || 'RUN', text: text.trim() };
}

/** A size bar's width in percent: linear to the largest layer, at least `min` when non-zero. */
export function barPercent(size: number, largest: number, min = 1.5): number {
  if (size <= 0 || largest <= 0) return 0;
  return Math.max(min, Math.min(100, (size / largest) * 100));
}

export interface StackGroups {
  base: LayerStep[];
  own: LayerStep[];
  baseBytes: number;
  ownBytes: number;
}

export function groupSteps(steps: readonly LayerStep[]): StackGroups {
  const groups: StackGroups = { base: [], own: [], baseBytes: 0, ownBytes: 0 };
  for (const step of steps) {
    if (step.inBase) {
      groups.base.push(step);
      groups.baseBytes += step.size;
    } else {
      groups.own.push(step);
      groups.ownBytes += step.size;
    }
  }
  return groups;
}

/** "shared with 3 images"; the title lists the names. */
export function sharedLabel(sharedWith: readonly { name: string }[]): { text: string; title: string } | null {
  if (sharedWith.length === 0) return null;
  return {
    text: `shared with ${sharedWith.length === 1 ? '1 image' : `${sharedWith.length} images`}`,
    title: sharedWith.map((image) => image.name).join('\n'),
  };
}
