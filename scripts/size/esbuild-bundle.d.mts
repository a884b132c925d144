export declare const EXTERNAL: string[];
export declare function bundle(contents: string, resolveDir: string): Promise<{ code: Uint8Array; lazyCode: Uint8Array; exports: string[]; packages: Set<string> }>;
export declare function packageOf(file: string): string | undefined;
