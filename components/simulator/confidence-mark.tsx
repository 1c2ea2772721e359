import type { Confidence } from '@/lib/catalog/types';
import { confidenceInfo } from './size-text';

/**
 * A compact, visible confidence mark: three dots (filled by level) and the level in words, so an
 * estimate looks like an estimate without relying on colour or hover.
 */
export function ConfidenceMark({
  confidence,
  compact = false,
}: {
  confidence: Confidence;
  compact?: boolean;
}) {
  const info = confidenceInfo(confidence);
  return (
    <span className="inline-flex items-center gap-1 whitespace-nowrap text-xs text-zinc-600 dark:text-zinc-400">
      <span aria-hidden="true" className="tracking-tighter">
        {'●'.repeat(info.dots)}
        {'○'.repeat(3 - info.dots)}
      </span>
      <span className={compact ? 'sr-only' : undefined}>{info.label}</span>
    </span>
  );
}
