/**
 * One figure of `npm run bench`. A file adds figures by exporting a list of these and run.ts
 * listing it; `target` (optional) is a comparison such as "<= 70" or "> 40", reported as ok or FAIL.
 */
export interface Bench {
  name: string;
  unit: string;
  run(): number | Promise<number>;
  target?: string;
}
