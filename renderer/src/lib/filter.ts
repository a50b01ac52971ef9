/**
 * Text filters for the tables. Every whitespace-separated term must match somewhere: a field
 * containing it, or an ID starting with it (with or without "sha256:").
 */
import type { ImageSummary } from '../../../electron/shared/dto';

function terms(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

function idMatches(id: string, term: string): boolean {
  const bare = id.toLowerCase().replace(/^sha256:/, '');
  return bare.startsWith(term.replace(/^sha256:/, ''));
}

export function filterImages(list: readonly ImageSummary[], query: string): readonly ImageSummary[] {
  const wanted = terms(query);
  if (wanted.length === 0) return list;
  return list.filter((image) => {
    const text = (image.repoTags.length > 0 ? image.repoTags.join('\n') : '<none>').toLowerCase();
    return wanted.every((term) => text.includes(term) || idMatches(image.id, term));
  });
}
