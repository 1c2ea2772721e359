/**
 * Sources page entries for facts the lessons state that no catalog figure carries: each one read at its
 * primary source (the project's own documentation or release notes), with the date it was read. Listed
 * under "Facts the lessons cite" on /sources/ and linked from the lessons by anchor.
 */
import type { SourceEntry } from './sources';

export const LESSON_SOURCES: SourceEntry[] = [
  {
    id: 'buildx-attestations',
    group: 'lessons',
    title: 'Docker Build: attestations, and the Buildx release notes',
    url: 'https://docs.docker.com/build/metadata/attestations/',
    date: '2026-12-06',
    how:
      'Read in Docker’s documentation (the docker/docs repository): the pages “Build attestations” and ' +
      '“Provenance attestations”, and the Buildx release notes. Used by lesson 16.',
    items: [
      {
        label: 'Buildx 0.10.0',
        detail:
          'released 2023-01-10; adds --attest, --sbom and --provenance, and includes a minimal provenance ' +
          'attestation by default when it creates OCI images (release notes)',
      },
      {
        label: 'defaults',
        detail:
          'provenance is on by default with mode=min; --provenance=false or BUILDX_NO_DEFAULT_ATTESTATIONS ' +
          'turns it off; a bare --provenance=true gives mode=max (“Build attestations”)',
      },
      {
        label: 'mode=min and mode=max',
        detail:
          'min: timestamps, frontend, materials, source revision, platform, no build-argument values; max ' +
          'adds the build definition, the Dockerfile and build-argument values (“Provenance attestations”)',
      },
      {
        label: 'where they are kept',
        detail:
          'the classic image store cannot hold attestations: a build on the docker driver or with --load ' +
          'loses them; push with a docker-container builder, or use the containerd image store',
      },
      {
        label: 'compatibility',
        detail:
          'the v0.10 release notes warn that the default attestation needs OCI-compliant multi-platform ' +
          'image support and name Google Cloud Run and AWS Lambda (docker/buildx#1533)',
      },
    ],
  },
  {
    id: 'musl-1-2-4',
    group: 'lessons',
    title: 'musl 1.2.4 release notes',
    url: 'https://musl.libc.org/releases.html',
    date: '2026-12-06',
    how:
      'musl’s announcement of release 1.2.4 (1 May 2023): the stub resolver falls back to TCP, so large DNS ' +
      'answers and nameservers that truncate UDP replies work. Kubernetes’ “Debugging DNS Resolution” page ' +
      'asks Alpine users to move to Alpine 3.18 or later for it. Used by lesson 16.',
    items: [],
  },
  {
    id: 'docker-hardened-images',
    group: 'lessons',
    title: 'Docker Hardened Images',
    url: 'https://docs.docker.com/dhi/',
    date: '2026-12-06',
    how:
      'Docker’s blog posts “Introducing Docker Hardened Images” (19 May 2025, the launch, as a subscription) ' +
      'and “A Safer Container Ecosystem with Docker: Free Docker Hardened Images” (17 December 2025: the ' +
      'catalog free and open source under Apache 2.0); the DHI documentation for the variants (runtime ' +
      'images non-root without shell or package manager, dev images for building) and pulling from dhi.io ' +
      'after docker login. Used by lesson 16.',
    items: [],
  },
];
