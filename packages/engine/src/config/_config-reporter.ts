import type { Document, LineCounter } from 'yaml';
import type { ConfigIssue } from '../errors.js';
import { formatPath, positionOf, type PathSegment } from './_yaml-positions.js';

/** Reports a problem at a key path of the pipeline file. */
export type ReportAt = (path: readonly PathSegment[], message: string) => void;

/** Collects the issues and warnings of one pipeline file, each placed at its YAML node. */
export interface ConfigReporter {
  readonly issues: ConfigIssue[];
  readonly warnings: ConfigIssue[];
  /** An error at `path` (at its key when `key` is set). */
  at(path: readonly PathSegment[], message: string, key?: boolean): void;
  /** A reference error: schema errors at the same path are then dropped, they would only repeat it. */
  atRef: ReportAt;
  /** A schema error, unless the path already has a reference error. */
  atSchema(path: readonly PathSegment[], message: string, key: boolean): void;
  /** An unset environment variable: an error, or a warning when `unsetEnv` is `'warning'`. */
  atUnsetEnv: ReportAt;
  /** Where a path was written: streams that extend a template point into the template (_expand-templates.ts). */
  setOrigin(origin: (path: readonly PathSegment[]) => readonly PathSegment[]): void;
}

/** A reporter over one parsed document. */
export function createConfigReporter(file: string, doc: Document, lineCounter: LineCounter, unsetEnv: 'error' | 'warning'): ConfigReporter {
  const issues: ConfigIssue[] = [];
  const warnings: ConfigIssue[] = [];
  const brokenRefs = new Set<string>();
  let origin = (path: readonly PathSegment[]): readonly PathSegment[] => path;
  const issueAt = (path: readonly PathSegment[], message: string, key = false): ConfigIssue => {
    const pos = positionOf(doc, lineCounter, origin(path), { key });
    return { file, line: pos.line, column: pos.column, path: formatPath(path), message };
  };
  const at = (path: readonly PathSegment[], message: string, key = false) => void issues.push(issueAt(path, message, key));
  const atRef: ReportAt = (path, message) => {
    brokenRefs.add(formatPath(path));
    at(path, message);
  };
  return {
    issues,
    warnings,
    at,
    atRef,
    atSchema: (path, message, key) => {
      if (!brokenRefs.has(formatPath(path))) at(path, message, key);
    },
    setOrigin: (next) => {
      origin = next;
    },
    atUnsetEnv: (path, message) => {
      if (unsetEnv === 'error') return atRef(path, message);
      brokenRefs.add(formatPath(path));
      warnings.push(issueAt(path, message));
    },
  };
}

/** Issues in document order. */
export function sortIssues(issues: readonly ConfigIssue[]): ConfigIssue[] {
  return [...issues].sort((a, b) => a.line - b.line || a.column - b.column);
}
