/**
 * Grading students' folders (`npm run grade`), the one import callers need. Each job has its module:
 * - grade-inspect.ts: the folder before any check runs (present, pristine, links out, syntax errors);
 * - grade-student.ts: the per-student run, one sandbox per exercise, lab mode without the grader's keys;
 * - grade-result.ts: the results in exercism's test-runner results.json v3 shape, plus score/max_score;
 * - grade-formats.ts: JSON, CSV and JUnit XML; grade-text.ts: the pt-BR text report and the class summary.
 * The sandbox itself is sandbox.ts (docs/grading.md).
 */
export { syntaxError, isUntouched } from "./grade-inspect.ts";
export { gradeStudent, type GradeOptions } from "./grade-student.ts";
export { buildStudentResult, cap, OUTPUT_LIMIT, type GradedExercise, type GradedTest, type Status, type StudentResult } from "./grade-result.ts";
export { toCsv, toJson, toJunit } from "./grade-formats.ts";
export { classSummary, toText, type Colours } from "./grade-text.ts";
