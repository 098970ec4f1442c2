/** The exercise a command names (`npm run diff -- 3`, `reset 3`, `solucao 3`), or the pt-BR reason it cannot go on. */
import type { Exercise } from "../../curriculum.ts";
import { findExercise } from "../../lib/exercises.ts";

/**
 * The ready exercise named by `query`; otherwise exits: 2 with the error (its example names `command`), or
 * 0 when the exercise is not written yet in this version (`notReady` says what that means for the command).
 */
export function readyExerciseOrExit(query: string | undefined, command: string, notReady = ""): Exercise {
  const found = findExercise(query);
  if ("error" in found) {
    console.error(found.error.replace("npm run ex:1", `${command} 1`));
    process.exit(2);
  }
  const { exercise } = found;
  if (exercise.status !== "ready") {
    console.log(`O exercício ${exercise.id} (${exercise.title}) ainda não foi escrito nesta versão do workbook${notReady ? `: ${notReady}` : ""}.`);
    process.exit(0);
  }
  return exercise;
}
