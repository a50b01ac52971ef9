/**
 * Splitting what people type as a tag into the repository and tag `images.tag` takes. The tag is
 * after the last ':' that is not part of a registry's port: in "localhost:5000/app" the ':' is
 * followed by a '/', so it belongs to the registry and there is no tag. Validation stays in the
 * backend (its BAD_INPUT message is shown under the field); this only splits.
 */
export interface SplitReference {
  repository: string;
  /** "latest" when none was typed, as `docker tag` does. */
  tag: string;
  /** True when the tag was not typed and "latest" was filled in. */
  defaulted: boolean;
}

export function splitReference(input: string): SplitReference {
  const text = input.trim();
  const colon = text.lastIndexOf(':');
  // A ':' followed later by a '/' is a registry port ("host:5000/app"), not a tag separator.
  if (colon <= 0 || text.indexOf('/', colon) !== -1) return { repository: text, tag: 'latest', defaulted: true };
  const tag = text.slice(colon + 1);
  if (tag === '') return { repository: text.slice(0, colon), tag: 'latest', defaulted: true };
  return { repository: text.slice(0, colon), tag, defaulted: false };
}

/** The repository part of "repo:tag" (registry ports kept). */
export function repositoryOf(reference: string): string {
  return splitReference(reference).repository;
}
