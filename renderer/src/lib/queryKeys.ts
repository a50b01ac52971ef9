/** Query keys, one per resource. Events update or invalidate exactly these. */
export const queryKeys = {
  containers: ['containers'] as const,
  /** The list. Invalidating it (a prefix) also refreshes every key below that starts with 'images'. */
  images: ['images'] as const,
  /** One image's `images.inspect`, by its ID without "sha256:". */
  imageDetail: (id: string) => ['images', 'detail', id.replace(/^sha256:/, '')] as const,
  /** `images.map`: every image by the layers they share. */
  imageMap: ['images', 'map'] as const,
  engineStatus: ['engine', 'status'] as const,
};
