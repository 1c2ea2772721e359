/**
 * Size evidence for the retired distroless images (Debian 11 and the Debian 12 language images): mostly
 * unpublished, so most families carry a labelled estimate with its reasoning.
 */
import { estimate, known, MB, MIB, unknown } from '../figure';
import type { Figure } from '../types';
import { generatedBytes } from './family';

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

const STATIC_README = known(2 * MIB, `${REPO} README.md: "around 2 MiB"`, '2025-02', 'medium');
const BASE_ESTIMATE = 40 * MB;
const BASE_ESTIMATE_WHY =
  'distroless base-debian10 was ~40 MB uncompressed (VirtusLab/scala-cli PR#501, 2021-12)';
/** What node:22-slim adds over debian:bookworm-slim (docker-library/repo-info). */
const NODE_PAYLOAD =
  generatedBytes('repos/node/local/22-slim.md') - generatedBytes('repos/debian/local/bookworm-slim.md');

export function evidence(family: DistrolessFamily, debian: Debian): SizeEvidence {
  const notRead = unknown('no published size found');
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
            ? known(20 * MB, 'unverified figure from a third-party size listing, mid-2025', '~2025-06', 'low')
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
          debian === 12
            ? known(50 * MB, 'unverified figure from a third-party size listing', null, 'low')
            : notRead,
        estimate: estimate(
          BASE_ESTIMATE + 23.6 * MB,
          `the base estimate (${BASE_ESTIMATE_WHY}) plus 23.6 MB, what apt installs for python3 with its ` +
            'libraries on Ubuntu 22.04 (measured for this course)',
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
                'unverified figure from a third-party size listing, mid-2025; compressed or not is unclear',
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
            ? known(55 * MB, 'unverified figure from a third-party size listing', null, 'low')
            : notRead,
        estimate: estimate(
          BASE_ESTIMATE + NODE_PAYLOAD,
          `the base estimate (${BASE_ESTIMATE_WHY}) plus the Node.js payload of node:22-slim over ` +
            'debian:bookworm-slim (227.34 − 74.83 MB, which also counts npm and yarn)',
        ),
      };
  }
}
