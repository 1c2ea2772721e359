/**
 * Which official-image repositories the browser bundle carries and which it loads on demand.
 *
 * Bundled: the repositories whose pages hand-checked entries read when the catalog module loads
 * (`generatedSize`, `generatedBytes`, `superseded`) or that other pages borrow their package list from
 * (debian). The others are written to lib/catalog/data/official-more.json, which Node bundles and the
 * simulator worker loads when a request may need it (`prepareDebianData`). A test checks the split.
 */
export const BUNDLED_OFFICIAL_REPOSITORIES: readonly string[] = [
  'alpine',
  'busybox',
  'debian',
  'eclipse-temurin',
  'golang',
  'maven',
  'mysql',
  'node',
  'python',
  'ubuntu',
];
