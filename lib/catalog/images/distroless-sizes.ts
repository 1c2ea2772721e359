/**
 * Size evidence for distroless images (FACTS.md §1b): mostly unverified, so most families carry a
 * labelled estimate with its reasoning.
 */
import { estimate, known, MB, MIB, unknown } from '../figure';
import type { Figure } from '../types';

const REPO = 'GoogleContainerTools/distroless';

export type DistrolessFamily =
  | 'static'
  | 'base-nossl'
  | 'base'
  | 'cc'
  | 'python3'
  | 'java11'
  | 'java17'
  | 'java21'
  | 'nodejs18'
  | 'nodejs20'
  | 'nodejs22';
export type Debian = 11 | 12 | 13;

export interface SizeEvidence {
  uncompressed: Figure;
  compressed: Figure;
  /** Estimate used when uncompressed is unknown. */
  estimate: Figure | undefined;
}

const STATIC_README = known(2 * MIB, `${REPO} README: "around 2 MiB" (FACTS.md §1b)`, '2025-02', 'medium');
const BASE_ESTIMATE = 40 * MB;
const BASE_ESTIMATE_WHY =
  'distroless base-debian10 was ~40 MB uncompressed (VirtusLab/scala-cli PR#501, 2021-12)';
const JAVA_RATIO = 200 / 71;

export function evidence(family: DistrolessFamily, debian: Debian): SizeEvidence {
  const notRead = unknown('no figure found (FACTS.md §1b gap)');
  switch (family) {
    case 'static':
      return debian === 12
        ? { uncompressed: STATIC_README, compressed: notRead, estimate: undefined }
        : {
            uncompressed: notRead,
            compressed: notRead,
            estimate: estimate(
              2 * MIB,
              'static-debian12’s "around 2 MiB" (README); seankhliao.com measured 2.4 MB in 2023',
            ),
          };
    case 'base':
      return {
        uncompressed: notRead,
        compressed:
          debian === 12
            ? known(20 * MB, 'unverified aggregate, mid-2025 (FACTS.md §1b)', '~2025-06', 'low')
            : notRead,
        estimate: estimate(BASE_ESTIMATE, BASE_ESTIMATE_WHY),
      };
    case 'base-nossl':
      return {
        uncompressed: notRead,
        compressed: notRead,
        estimate: estimate(BASE_ESTIMATE, `upper bound: ${BASE_ESTIMATE_WHY}; this one lacks libssl3`),
      };
    case 'cc':
      return {
        uncompressed: notRead,
        compressed: notRead,
        estimate: estimate(BASE_ESTIMATE, `lower bound: ${BASE_ESTIMATE_WHY}; cc adds libgcc and libstdc++`),
      };
    case 'python3':
      return {
        uncompressed: notRead,
        compressed:
          debian === 12 ? known(50 * MB, 'unverified aggregate (FACTS.md §1b)', null, 'low') : notRead,
        estimate: estimate(
          50 * MB * JAVA_RATIO,
          "~50 MB compressed (unverified) × 200/71, distroless java-debian10:11's uncompressed/compressed ratio",
        ),
      };
    case 'java11':
    case 'java17':
      return {
        uncompressed: notRead,
        compressed: notRead,
        estimate: estimate(
          200 * MB,
          'distroless Java 11 was 200 MB in `docker images` (distroless PR #769, 2021-07)',
        ),
      };
    case 'java21':
      return {
        uncompressed: notRead,
        compressed:
          debian === 12
            ? known(
                220 * MB,
                'unverified aggregate, mid-2025; size type unclear (FACTS.md §1b, §3c)',
                '~2025-06',
                'low',
              )
            : notRead,
        estimate: estimate(
          220 * MB,
          'the unverified ~220 MB aggregate (size type unclear); distroless Java 11 was 200 MB in 2021',
        ),
      };
    default:
      return {
        uncompressed: notRead,
        compressed:
          family === 'nodejs20' && debian === 12
            ? known(55 * MB, 'unverified aggregate (FACTS.md §1b)', null, 'low')
            : notRead,
        estimate: estimate(
          55 * MB * JAVA_RATIO,
          "nodejs20's ~55 MB compressed (unverified) × 200/71, distroless java-debian10:11's ratio",
        ),
      };
  }
}
