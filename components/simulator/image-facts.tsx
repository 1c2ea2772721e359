import type { ReactNode } from 'react';
import type { SimulatedImage } from '@/lib/build/types';
import { ConfidenceMark } from './confidence-mark';
import { imageSizeText } from './size-text';

/** Props of {@link ImageFacts}. */
export interface ImageFactsProps {
  image: SimulatedImage;
}

function Fact({ term, children, warn = false }: { term: string; children: ReactNode; warn?: boolean }) {
  return (
    <div className="flex flex-wrap gap-x-2 border-b border-zinc-200 py-1.5 dark:border-zinc-800">
      <dt className="w-36 shrink-0 text-zinc-600 dark:text-zinc-400">{term}</dt>
      <dd
        className={`min-w-0 flex-1 break-words ${warn ? 'font-medium text-amber-800 dark:text-amber-300' : ''}`}
      >
        {warn && (
          <span aria-hidden="true" className="mr-1">
            ⚠
          </span>
        )}
        {children}
      </dd>
    </div>
  );
}

/** A fact the simulator cannot tell, with why. */
function CantTell({ because }: { because: string }) {
  return (
    <>
      can&apos;t tell <span className="text-zinc-600 dark:text-zinc-400">({because})</span>
    </>
  );
}

/**
 * The facts a learner asks first about an image: size, shell, package manager, user, runtimes,
 * libc, and build tools it ships (a warning: a final image should not carry compilers).
 */
export function ImageFacts({ image }: ImageFactsProps) {
  const f = image.facts;
  const unknown = f.unknown ?? {};
  return (
    <dl className="text-sm">
      <Fact term="Size">
        <span className="font-semibold tabular-nums">{imageSizeText(image)}</span>{' '}
        <ConfidenceMark confidence={image.confidence} /> · {image.layers.length} layers ·{' '}
        {image.fileCount.toLocaleString('en-US')} {image.fileCount === 1 ? 'file' : 'files'}
      </Fact>
      <Fact term="Shell">
        {f.shell ? (
          <span className="font-mono">{f.shell}</span>
        ) : unknown.shell ? (
          <CantTell because={unknown.shell} />
        ) : (
          <>none (shell-form commands cannot run; no one can open a shell inside)</>
        )}
      </Fact>
      <Fact term="Package manager">
        {unknown.packageManager ? (
          <CantTell because={unknown.packageManager} />
        ) : f.packageManager === 'none' ? (
          'none'
        ) : (
          f.packageManager
        )}
      </Fact>
      <Fact term="User" warn={f.runsAsRoot && !unknown.user}>
        {unknown.user ? (
          <CantTell because={unknown.user} />
        ) : (
          <>
            {f.user} {f.runsAsRoot ? '(root: a break-out has full rights in the container)' : '(non-root)'}
          </>
        )}
      </Fact>
      <Fact term="Runtimes">
        {f.runtimes.length
          ? f.runtimes.map((r) => `${r.name} ${r.version} (${r.path})`).join(', ')
          : 'none (fine for a static binary)'}
      </Fact>
      <Fact term="libc">
        {f.libc.kind === 'none'
          ? 'none (only static binaries run)'
          : `${f.libc.kind}${f.libc.version ? ` ${f.libc.version}` : ''}`}
      </Fact>
      <Fact term="Build tools" warn={f.buildTools.length > 0}>
        {f.buildTools.length
          ? `${f.buildTools.join(', ')} — shipped in the final image; leave them in a build stage`
          : 'none'}
      </Fact>
    </dl>
  );
}
