import type { BuildContext } from '@/lib/build/types';

/** What the class link and the build replay are given: the lab, and how to close them. */
export interface LabToolProps {
  labId: string;
  example: string;
  file: string;
  target: string | null;
  originalText: string;
  context: BuildContext;
  onClose(): void;
}

/**
 * The lab's text as the learner (here, the instructor) left it: the saved draft when there is one, else
 * the lesson's original. Drafts are written a moment after the last keystroke.
 */
export async function currentLabText(labId: string, original: string): Promise<string> {
  try {
    const { loadProgressStore } = await import('@/components/progress/browser-store');
    const store = await loadProgressStore();
    return store.getLabDraft(labId) ?? original;
  } catch {
    return original;
  }
}
