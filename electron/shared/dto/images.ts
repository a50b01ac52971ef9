/** Image shapes that cross the API. */

export interface ImageSummary {
  /** Full ID ("sha256:…"). */
  id: string;
  /** Every "repository:tag" that points at the image; empty when the image is dangling. */
  repoTags: string[];
  repoDigests: string[];
  /** Unix seconds. */
  created: number;
  /** Bytes, including shared layers, as `docker images` reports. */
  size: number;
  /** How many containers (in any state) were created from this image. */
  containers: number;
}
