import type { MDXComponents } from 'mdx/types';
import { InterviewTip, Note, Warning } from './callouts';
import { Challenges } from './challenges-tag';
import { CodeBlock } from './code-block';
import { Compare } from './compare-tag';
import { CourseGoal } from './course-goal';
import { ExampleFiles } from './example-files-tag';
import { Exercise } from './exercise-tag';
import { DockerfileLab } from './lab-tag';
import { Notes, Slide, Step } from './present-tags';
import { Quiz } from './quiz-tag';
import { SimFigure } from './sim-figure';
import { SourceNote } from './source-note';
import { Terminal } from './terminal-tag';

/**
 * Every tag a lesson may use, and the element overrides for Markdown. This is the one registry: a lesson
 * tag that is not listed here fails to render. Each tag lives in its own file so its body can change
 * without touching this list.
 */
export const mdxComponents = {
  pre: CodeBlock,
  Note,
  Warning,
  InterviewTip,
  DockerfileLab,
  Compare,
  Exercise,
  Challenges,
  ExampleFiles,
  Quiz,
  SimFigure,
  CourseGoal,
  SourceNote,
  Terminal,
  Notes,
  Step,
  Slide,
} satisfies MDXComponents;
