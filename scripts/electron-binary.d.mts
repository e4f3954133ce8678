/** Types for electron-binary.mjs (used from TypeScript by the Electron e2e spec). */
export declare const NATIVE_ADDON_RELATIVE: string;
export declare function electronBinaryPath(root?: string, env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform): string | null;
export declare function electronVersion(root?: string): string | null;
export declare function electronAddonPath(root?: string): string | null;
