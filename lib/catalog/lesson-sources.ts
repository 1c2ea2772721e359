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

  {
    id: 'dockerfile-reference',
    group: 'lessons',
    title: 'The Dockerfile reference',
    url: 'https://docs.docker.com/reference/dockerfile/',
    date: '2026-08-21',
    how:
      'Read in BuildKit’s copy of the reference (moby/buildkit, frontend/dockerfile/docs/reference.md at ' +
      'commit 73ed6825, 21 August 2026), which docs.docker.com publishes. Used by lessons 4, 10–14.',
    items: [
      {
        label: 'RUN --mount=type=cache',
        detail:
          'the contents persist between builds without invalidating the instruction cache; a build must ' +
          'work when the folder is empty; the apt example removes docker-clean and uses sharing=locked',
      },
      {
        label: 'RUN --mount=type=secret, type=ssh',
        detail: 'secrets and SSH agent sockets mounted for one instruction, never committed to a layer',
      },
      {
        label: 'COPY --link, COPY --chmod',
        detail:
          'a --link layer is independent of the layers under it; --chmod sets the mode in the same layer',
      },
      {
        label: 'ARG and FROM',
        detail: 'an ARG before the first FROM is in scope for FROM only; a stage redeclares it to use it',
      },
      {
        label: 'ENTRYPOINT, STOPSIGNAL',
        detail:
          'shell form runs under /bin/sh -c and does not receive signals; STOPSIGNAL sets the stop signal',
      },
      {
        label: 'here-documents',
        detail:
          'RUN <<EOF passes the lines to the default shell (or a shebang interpreter); COPY <<EOF file ' +
          'writes the lines to a file, no shell involved',
      },
      {
        label: 'check directive',
        detail:
          '# check=skip=…;error=true since Dockerfile 1.8.0; with error=true, pin the syntax version so ' +
          'new checks do not break a build',
      },
    ],
  },
  {
    id: 'docker-build-checks',
    group: 'lessons',
    title: 'Docker Build: checking your build configuration',
    url: 'https://docs.docker.com/build/checks/',
    date: '2026-12-06',
    how:
      'Read in the page’s source in the docker/docs repository (manuals/build/checks.md, commit 06acc914). ' +
      'Used by lessons 4 and 10.',
    items: [
      {
        label: 'availability',
        detail: 'Buildx 0.15.0 and later; docker/build-push-action 6.6.0 and later annotates pull requests',
      },
      {
        label: 'docker build --check',
        detail: 'runs the checks without building; unlike a normal build, exits non-zero on a violation',
      },
      {
        label: 'check=error=true',
        detail:
          'makes an ordinary build fail on a violation (exit code 1); also as the build argument ' +
          'BUILDKIT_DOCKERFILE_CHECK',
      },
    ],
  },
  {
    id: 'build-caches',
    group: 'lessons',
    title: 'Build caches: BuildKit’s cache export, and cache mounts in CI',
    url: 'https://github.com/moby/buildkit#export-cache',
    date: '2026-08-21',
    how:
      'BuildKit’s README, “Export cache”, read at commit 73ed6825 (21 August 2026): registry, inline, local ' +
      'and gha backends, min and max modes, inline supports min only. Cited as the lesson states them: a ' +
      'maintainer’s answer in moby/buildkit issue #1512 (remote caches do not carry cache mounts; issue ' +
      '#2586 points there); GitLab’s Docker layer caching documentation (the docker driver needs the ' +
      'containerd image store or a docker-container builder to export, Docker 27.0.1 and later); a GitHub ' +
      'gist by hholst80 (2022): one Alpine toolchain image at 257 MB with the apk cache in a layer, 190 MB ' +
      'with a cache mount. Used by lesson 10.',
    items: [],
  },
  {
    id: 'dive',
    group: 'lessons',
    title: 'dive (wagoodman/dive)',
    url: 'https://github.com/wagoodman/dive',
    date: '2026-12-06',
    how:
      'The README: dive browses an image layer by layer, with the files each layer adds, changes and ' +
      'removes, and estimates the space wasted by files that a later layer overwrites or deletes; CI=true ' +
      '(or --ci) skips the interface and fails on the thresholds lowestEfficiency, highestWastedBytes and ' +
      'highestUserWastedPercent. Used by lesson 5.',
    items: [],
  },
  {
    id: 'docker-scout-compare',
    group: 'lessons',
    title: 'docker scout compare (Docker CLI reference)',
    url: 'https://docs.docker.com/reference/cli/docker/scout/compare/',
    date: '2026-12-06',
    how:
      'The reference page: compares two images and shows the differences in packages and vulnerabilities; ' +
      'meant for comparing a new build with the version in production; --to names the image to compare ' +
      'with; marked experimental. Used by lesson 5.',
    items: [],
  },
  {
    id: 'cdebug',
    group: 'lessons',
    title: 'cdebug (iximiuz/cdebug)',
    url: 'https://github.com/iximiuz/cdebug',
    date: '2026-12-06',
    how:
      'The README: cdebug exec starts a toolkit container (busybox by default, or any image given with ' +
      '--image) in the target container’s namespaces, with the target’s root file system as its own, ' +
      'without restarting the target; it works with Docker, containerd and Kubernetes. Used by lesson 15.',
    items: [],
  },
  {
    id: 'ko',
    group: 'lessons',
    title: 'ko: container images for Go',
    url: 'https://ko.build/configuration/',
    date: '2026-12-06',
    how:
      'ko’s documentation, “Configuration”: ko builds Go images without Docker, on cgr.dev/chainguard/static ' +
      'by default; defaultBaseImage in .ko.yaml or KO_DEFAULTBASEIMAGE chooses another. A ko maintainer ' +
      'in GoogleContainerTools/gcp-auth-webhook pull request #34: the default changed once, in ko 0.12, ' +
      'from Google’s distroless image to the apko-built one now at cgr.dev/chainguard. Used by lesson 13.',
    items: [],
  },
  {
    id: 'jib',
    group: 'lessons',
    title: 'Jib: its default base image',
    url: 'https://github.com/GoogleContainerTools/jib/blob/master/docs/default_base_image.md',
    date: '2026-12-06',
    how:
      'Jib’s documentation on its default base image: since Jib 3.2 the official eclipse-temurin image ' +
      '(3.0 and 3.1: adoptopenjdk), jetty for WAR projects; the project recommends setting the base image ' +
      'yourself (from.image), pinned by digest. Used by lesson 8.',
    items: [],
  },
  {
    id: 'jvm-cds',
    group: 'lessons',
    title: 'Class Data Sharing in the JVM',
    url: 'https://docs.oracle.com/en/java/javase/25/vm/class-data-sharing.html',
    date: '2026-12-06',
    how:
      'Oracle’s Java SE 25 guide, “Class Data Sharing” (a default CDS archive ships with the JDK since ' +
      'JDK 12, JEP 341); JEP 350 (dynamic archives with -XX:ArchiveClassesAtExit, JDK 13); Spring Boot’s ' +
      'reference, “Class Data Sharing” (a training run with -Dspring.context.exit=onRefresh on the ' +
      'extracted jar, then -XX:SharedArchiveFile; from Java 24 the AOT cache of JEP 483 succeeds it). Used ' +
      'by lesson 8.',
    items: [],
  },
  {
    id: 'pep-656',
    group: 'lessons',
    title: 'PEP 656: platform tag for Linux distributions using musl',
    url: 'https://peps.python.org/pep-0656/',
    date: '2026-12-06',
    how:
      'The PEP (created 17 March 2021, final): manylinux wheels target glibc and cannot be used on a ' +
      'musl-based distribution such as Alpine; musllinux_X_Y wheels target musl X.Y. Without a matching ' +
      'wheel pip builds the package from its source distribution. Used by lesson 7.',
    items: [],
  },
  {
    id: 'talk-demo',
    group: 'lessons',
    title: 'The talk’s demo: the Go calculator in one stage and in two',
    url: 'https://github.com/iam-veeramalla/Docker-Zero-to-Hero',
    date: '2026-12-06',
    how:
      'The talk this course follows (“DevOps Day 26: multi-stage Docker builds and distroless images”, ' +
      'recorded in 2023) lists its demo’s images with docker images: simple-calculator, built in one stage ' +
      'on Ubuntu with Go from apt, at 861 MB, and simple-calculator-multi-stage, the same binary on ' +
      'scratch, at 1.83 MB. The demo’s Dockerfiles are in the speaker’s Docker Zero to Hero repository ' +
      '(examples/golang-multi-stage-docker-build). The course reproduces both figures: the 861 MB within ' +
      'about 4 % by installing golang-go on Ubuntu 22.04, the 1.83 MB exactly with Go 1.21.1 (see the ' +
      'measurements and the Go binaries entries). Used by lessons 1, 2 and 5 and the home page.',
    items: [],
  },
];
