/**
 * Image channels, and the Docker reference grammar other channels reuse (pull, push, run…).
 *
 * The grammar follows the distribution/reference package the Engine uses:
 *   reference := name [":" tag] ["@" digest]
 *   name      := [domain "/"] path-component ["/" path-component]*
 *   domain    := domain-component ["." domain-component]* [":" port]
 * so a valid reference can never contain "..", "?", "#" or spaces and is safe in a URL path.
 */
import { z } from 'zod';
import type {
  ImageDetail,
  ImageMap,
  ImageRemovePreview,
  ImageRemoveResult,
  ImageSummary,
  ImageTagResult,
  ImageUntagResult,
} from '../dto';
import { invoke, noInput } from './define';

const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*(?::[0-9]+)?`;
const NAME = `(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = 'sha256:[a-f0-9]{64}';

/** The Engine's limit on a repository name's length. */
const NAME_MAX = 255;

const nameOf = (reference: string) => reference.replace(/@.*$/, '').replace(/:[\w][\w.-]*$/, '');
const nameNotTooLong = (reference: string) => nameOf(reference).length <= NAME_MAX;

/** A repository name without tag or digest: "busybox", "gantry-test/web", "localhost:5000/team/app". */
export const repositoryName = z
  .string()
  .regex(new RegExp(`^${NAME}$`), 'must be a repository name (lowercase letters, digits and . _ - separators)')
  .max(NAME_MAX);

/** A tag: "latest", "1.0", "v2_rc-1". */
export const imageTag = z.string().regex(new RegExp(`^${TAG}$`), 'must be a tag (letters, digits, _ . -; up to 128)');

/** A content digest: "sha256:" and 64 lowercase hex digits. */
export const imageDigest = z.string().regex(new RegExp(`^${DIGEST}$`), 'must be a sha256 digest');

/** A full reference: name[:tag][@digest]. */
export const imageReference = z
  .string()
  .regex(new RegExp(`^${NAME}(?::${TAG})?(?:@${DIGEST})?$`), 'must be an image reference like name[:tag][@digest]')
  .refine(nameNotTooLong, 'the repository name is longer than 255 characters');

/** A reference that names one tag explicitly: "repository:tag". */
export const taggedReference = z
  .string()
  .regex(new RegExp(`^${NAME}:${TAG}$`), 'must be a repository:tag reference')
  .refine(nameNotTooLong, 'the repository name is longer than 255 characters')
  // "sha256:<64 hex>" reads as repository "sha256", tag "<hex>", but the Engine takes it as an image ID.
  .refine((reference) => !/^sha256:[a-f0-9]{64}$/.test(reference), 'an image ID is not a tag');

/** An image ID: "sha256:" + 64 hex, or a short hex ID (at least 12 digits, as `docker images` prints). */
export const imageId = z.string().regex(/^(?:sha256:[a-f0-9]{64}|[a-f0-9]{12,64})$/, 'must be an image ID');

/** Anything that names one local image: its ID or a reference. */
export const imageRef = z.union([imageId, imageReference], { error: 'must be an image ID or reference' });

export const imagesContract = {
  'images.list': invoke(noInput).returns<ImageSummary[]>(),
  /** Everything about one image: config, build history with layers, containers, base, raw JSON. */
  'images.inspect': invoke(z.object({ id: imageRef }).strict()).returns<ImageDetail>(),
  /** Every local image, grouped by the layer stacks they share. */
  'images.map': invoke(noInput).returns<ImageMap>(),
  /** Adds "repository:tag" to an image (docker tag). */
  'images.tag': invoke(
    z.object({ id: imageRef, repository: repositoryName, tag: imageTag }).strict(),
  ).returns<ImageTagResult>(),
  /**
   * Removes one tag. Refused when it is the image's last tag (the Engine would delete the image)
   * unless `alsoRemoveImage` says so.
   */
  'images.untag': invoke(
    z.object({ reference: taggedReference, alsoRemoveImage: z.boolean().optional() }).strict(),
  ).returns<ImageUntagResult>(),
  /** Exactly what `images.remove` would take. */
  'images.removePreview': invoke(z.object({ id: imageRef }).strict()).returns<ImageRemovePreview>(),
  /** Removes the image; refused when its tags are no longer `expectTags` (as the preview showed them). */
  'images.remove': invoke(
    z.object({ id: imageRef, force: z.boolean(), expectTags: z.array(taggedReference).max(1000) }).strict(),
  ).returns<ImageRemoveResult>(),
} as const;
