/**
 * The simulation panel region's name: "Simulated build", with the lab's title when it has one, since a
 * page with several labs needs each landmark named apart. Its own module, so the panel's skeleton can
 * use it without loading the panel.
 */
export function panelLabel(title: string | undefined): string {
  return title ? `Simulated build: ${title}` : 'Simulated build';
}
