/** Query keys, one per resource. Events update or invalidate exactly these. */
export const queryKeys = {
  containers: ['containers'] as const,
  images: ['images'] as const,
  engineStatus: ['engine', 'status'] as const,
};
