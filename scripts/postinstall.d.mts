/** Types for postinstall.mjs (its unit test imports it). */
export declare const MISSING_LINE: string;
export declare function main(root?: string): string;
export declare function buildAddon(options: {
  root?: string;
  runtime: 'electron' | 'node';
  target: string;
  arch?: string;
  platform?: string;
  gypArgs?: string[];
  dest: string;
}): 'prebuilt' | 'compiled' | null;
