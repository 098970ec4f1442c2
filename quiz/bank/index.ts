/**
 * The bank as plain data, in display order (book first, then by section).
 * Adding a question: append it to the file of its section (see quiz/README.md).
 */
import type { QuestionData } from "../schema.ts";
import { handsOn } from "./hands-on.ts";
import { livro } from "./livro.ts";
import { secao01 } from "./secao-01.ts";
import { secao02 } from "./secao-02.ts";
import { secao03 } from "./secao-03.ts";
import { secao04 } from "./secao-04.ts";
import { secao05 } from "./secao-05.ts";
import { secao06 } from "./secao-06.ts";
import { secao07 } from "./secao-07.ts";
import { secao08 } from "./secao-08.ts";
import { secao09 } from "./secao-09.ts";

export const rawBank: readonly QuestionData[] = [
  ...livro,
  ...secao01,
  ...secao02,
  ...secao03,
  ...secao04,
  ...secao05,
  ...secao06,
  ...secao07,
  ...secao08,
  ...secao09,
  ...handsOn,
];
