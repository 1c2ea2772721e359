/**
 * The table of program models, by id (the `program` of a manifest entry).
 */
import { goCalculator } from './go-calculator';
import { nodeService } from './node-service';
import { pythonApp } from './python-app';
import { springBootApp } from './spring-boot-app';
import type { ProgramModel } from './types';

const PROGRAMS = new Map<string, ProgramModel>(
  [goCalculator, nodeService, pythonApp, springBootApp].map((p) => [p.id, p]),
);

/** The model for a program id, or null when the program's output is not simulated. */
export function findProgram(id: string | undefined | null): ProgramModel | null {
  return id ? (PROGRAMS.get(id) ?? null) : null;
}

export type { ProgramInput, ProgramModel, ProgramOutput } from './types';
