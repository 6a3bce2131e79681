/** What the assembler's parts share while building one map. */
import type { ReportCollector } from '../report';
import type { ImportFormat } from '../types';
import type { CodebookResolver } from './codebookResolver';

export interface AssemblyContext {
  readonly format: ImportFormat;
  readonly resolver: CodebookResolver;
  readonly report: ReportCollector;
  /** A number as the file writes it (a decimal comma in CSV with ";"), or null. */
  number(raw: string): number | null;
  /** A multi-valued field (fields.ts joinList), or [] when absent. */
  list(raw: string | undefined): string[];
}
