/** See action-docs.mjs. */
export declare const START: string;
export declare const END: string;
export declare function renderActionTables(actionYml: string): string;
export declare function updateReadme(readme: string, tables: string): string;
export declare function normalizeTableLine(line: string): string;
export declare function generatedSection(readme: string): string | undefined;
