'use client';

/**
 * "Find the biggest layer": the learner picks the instruction that adds the most bytes; Check simulates
 * and shows every layer's size.
 */
import { useCallback, useState } from 'react';
import { CodeSpans } from '@/components/ui/code-spans';
import type { SimulationResult } from '@/lib/build/types';
import { gradeFind } from '@/lib/course/challenges';
import { AnswerFrame, Verdict, useCheck } from './answer-frame';
import type { FindChallengeProps } from './types';

/** The find challenge (client component). */
export function FindChallenge(props: FindChallengeProps) {
  const [line, setLine] = useState<number | null>(null);
  const grade = useCallback((result: SimulationResult) => gradeFind(result, line), [line]);
  const { state, graded, check, clear } = useCheck(props, grade);
  const form = (
    <fieldset className="m-0 border-0 p-0">
      <legend className="m-0 mb-1 text-sm font-semibold text-zinc-900 dark:text-zinc-50">
        Which instruction adds the most bytes to the image?
      </legend>
      {props.layers.map((layer) => (
        <label
          key={layer.line}
          className="flex items-baseline gap-2 text-sm text-zinc-800 dark:text-zinc-200"
        >
          <input
            type="radio"
            name={`find-${props.id}`}
            value={layer.line}
            checked={line === layer.line}
            onChange={() => {
              clear();
              setLine(layer.line);
            }}
          />
          <span>
            line {layer.line}: <code className="break-all">{layer.instruction}</code>
          </span>
        </label>
      ))}
    </fieldset>
  );
  const result = graded && (
    <div className="space-y-2">
      <Verdict passed={graded.passed}>
        <CodeSpans text={graded.message} />
      </Verdict>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Layer sizes">
        <table className="w-full border-collapse text-left text-sm text-zinc-800 dark:text-zinc-200">
          <caption className="sr-only">The layers of the final image and the bytes each adds</caption>
          <thead>
            <tr className="border-b border-zinc-200 dark:border-zinc-700">
              <th scope="col" className="py-1 pr-3 font-semibold">
                Line
              </th>
              <th scope="col" className="py-1 pr-3 font-semibold">
                Instruction
              </th>
              <th scope="col" className="py-1 font-semibold">
                Adds
              </th>
            </tr>
          </thead>
          <tbody>
            {graded.base && (
              <tr>
                <td className="py-1 pr-3">—</td>
                <td className="py-1 pr-3">base image</td>
                <td className="py-1">{graded.base}</td>
              </tr>
            )}
            {graded.layers.map((l) => (
              <tr key={l.line} className={l.biggest ? 'font-semibold' : undefined} title={l.explanation}>
                <td className="py-1 pr-3">{l.line}</td>
                <td className="py-1 pr-3">
                  <code className="break-all">{l.instruction}</code>
                </td>
                <td className="py-1" data-testid={l.biggest ? 'biggest-layer' : undefined}>
                  {l.sizeText}
                  {l.biggest ? ' (biggest)' : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
  return (
    <AnswerFrame
      props={props}
      form={form}
      result={result}
      state={state}
      onCheck={check}
      canCheck={line !== null}
    />
  );
}
