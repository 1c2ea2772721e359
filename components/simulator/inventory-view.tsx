import type { ImageInventory } from '@/lib/build/inventory';

const CAPTION = 'text-xs font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400';

/**
 * What a vulnerability scanner would index in the image: OS packages with their versions (from
 * Debian's package indexes), runtimes and the Go version compiled into each Go binary. The simulator
 * worker computes it with the result (lib/build/inventory.ts); this only shows it. It counts no
 * vulnerabilities; unknown versions say unknown.
 */
export function InventoryView({ inventory: inv, idPrefix }: { inventory: ImageInventory; idPrefix: string }) {
  const headingId = `${idPrefix}-inventory`;
  return (
    <div className="flex flex-col gap-3 text-sm" aria-labelledby={headingId}>
      <p id={headingId} className="text-zinc-700 dark:text-zinc-300">
        What a scanner such as <code>docker scout sbom</code> indexes in this image. It matches these names
        and versions against advisories; the simulator counts no vulnerabilities.
      </p>
      <p>
        <span className="font-medium">OS:</span>{' '}
        {inv.os === null ? 'unknown' : inv.os === 'none' ? 'none (scratch)' : inv.os}
      </p>
      {inv.packagesUnknown && (
        <p className="text-amber-800 dark:text-amber-200">
          The package list may be incomplete: {inv.packagesUnknown}.
        </p>
      )}
      <div>
        <h3 className={CAPTION}>OS packages ({inv.packages.length})</h3>
        {inv.packages.length === 0 ? (
          <p className="text-zinc-600 dark:text-zinc-400">None the simulator knows of.</p>
        ) : (
          <div className="max-h-64 overflow-auto" tabIndex={0} role="region" aria-label="OS packages">
            <table className="w-full text-left font-mono text-xs">
              <thead>
                <tr>
                  <th scope="col" className="pr-3">
                    Name
                  </th>
                  <th scope="col" className="pr-3">
                    Version
                  </th>
                  <th scope="col">From</th>
                </tr>
              </thead>
              <tbody>
                {inv.packages.map((p) => (
                  <tr key={`${p.manager}:${p.name}`}>
                    <td className="pr-3">{p.name}</td>
                    <td className="pr-3" title={p.versionNote}>
                      {p.version ?? 'unknown'}
                    </td>
                    <td>{p.origin}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
      <div>
        <h3 className={CAPTION}>Runtimes</h3>
        <p>
          {inv.runtimes.length === 0 ? 'None.' : inv.runtimes.map((r) => `${r.name} ${r.version}`).join(', ')}
        </p>
      </div>
      <div>
        <h3 className={CAPTION}>Go binaries (go version -m)</h3>
        {inv.goBinaries.length === 0 ? (
          <p>None.</p>
        ) : (
          <ul className="font-mono text-xs">
            {inv.goBinaries.map((g) => (
              <li key={g.path}>
                {g.path}: go{g.goVersion ?? ' version unknown'}
                {g.platform ? ` (${g.platform})` : ''}
              </li>
            ))}
          </ul>
        )}
      </div>
      {inv.sources.length > 0 && (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">Sources: {inv.sources.join('; ')}.</p>
      )}
    </div>
  );
}
