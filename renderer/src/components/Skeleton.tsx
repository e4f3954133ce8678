export interface SkeletonProps {
  width?: number | string;
  height?: number | string;
}

/** A shimmering placeholder shown while a section's data loads. */
export function Skeleton({ width = '100%', height = 14 }: SkeletonProps) {
  return <span className="skeleton" style={{ width, height }} aria-hidden="true" />;
}
