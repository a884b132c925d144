/** Where this repository's paths are published: the package entry points a host imports. */
export const PUBLISHED_PATHS: Record<string, string> = {
  '../../../src/index': 'permutive-cohort-builder',
  '../../../src/core': 'permutive-cohort-builder/core',
  '../../../src/components/styles.css': 'permutive-cohort-builder/styles.css',
};

/** An example's source as a host writes it: the package's entry points instead of repository paths. */
export function published(source: string): string {
  return source.replace(/(['"])(\.\.\/\.\.\/\.\.\/src\/[^'"]+)\1/g, (whole, quote: string, path: string) =>
    path in PUBLISHED_PATHS ? `${quote}${PUBLISHED_PATHS[path]}${quote}` : whole,
  );
}
