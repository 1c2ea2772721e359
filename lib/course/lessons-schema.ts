import { z } from 'zod';

/** The frontmatter every lesson must declare at the top of its `index.mdx`. */
export const lessonFrontmatterSchema = z.object({
  title: z.string().trim().min(1, 'must be a non-empty string'),
  summary: z.string().trim().min(1, 'must be a non-empty string'),
  objectives: z
    .array(z.string().trim().min(1, 'must be a non-empty string'))
    .min(1, 'must list at least one objective'),
  minutes: z.number().positive('must be a positive number of minutes'),
});

/** Validated lesson frontmatter. */
export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;

/** Thrown when a lesson file cannot be used; the message names the file and, where known, the field. */
export class LessonContentError extends Error {
  /** Path of the offending file. */
  readonly file: string;
  /** The frontmatter field at fault, or null when the problem is not tied to one field. */
  readonly field: string | null;

  constructor(file: string, field: string | null, detail: string) {
    super(field ? `${file}: frontmatter field "${field}" ${detail}` : `${file}: ${detail}`);
    this.name = 'LessonContentError';
    this.file = file;
    this.field = field;
  }
}

/**
 * Validates raw frontmatter data read from `file`.
 * Throws a {@link LessonContentError} naming the file and the first bad field.
 */
export function parseLessonFrontmatter(file: string, data: unknown): LessonFrontmatter {
  const result = lessonFrontmatterSchema.safeParse(data ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : null;
  const missing = issue?.code === 'invalid_type' && /received undefined/.test(issue.message);
  const detail = missing ? 'is missing' : (issue?.message ?? 'is invalid');
  throw new LessonContentError(file, field, detail);
}
