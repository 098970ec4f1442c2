/** The workbook's root folder (the one with package.json and curriculum.ts). */
export declare const ROOT: string;
