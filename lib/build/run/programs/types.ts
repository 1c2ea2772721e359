/**
 * Program models: what a known program prints for a given standard input.
 */
import type { SimulatedImage } from '../../types';

/** What a program model is given. */
export interface ProgramInput {
  argv: string[];
  stdin: string;
  env: Record<string, string>;
  image: SimulatedImage;
  /** Path of the program's main file (binary, script or jar) in the image. */
  mainPath: string;
}

/** What it did. */
export interface ProgramOutput {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** True when the model stopped a run that would go on (a server, an endless loop). */
  truncated: boolean;
  explanation: string;
}

/** A program the run can simulate. */
export interface ProgramModel {
  id: string;
  run(input: ProgramInput): ProgramOutput;
}
