import { stringify } from 'yaml';
import type { PipelineDraft } from './pipeline-draft.js';

/** A value in YAML flow style on one line, spaced like the docs: `{ type: cursor, stop_when: [has_more] }`. */
function flow(value: unknown): string {
  const text = stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trim();
  let out = '';
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote && text[i - 1] !== '\\') quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if ((c === ' ' && text[i - 1] === '[') || (c === ' ' && text[i + 1] === ']')) continue;
    out += c;
  }
  return out;
}

/** Writes a draft as a pipeline file, with a comment above every guess. */
export function renderPipeline(draft: PipelineDraft, origin: string): string {
  const lines: string[] = [];
  const at = (indent: number) => ' '.repeat(indent);
  const comment = (indent: number, text: string) => lines.push(`${at(indent)}# ${text}`);
  const key = (indent: number, name: string, value: unknown) => lines.push(`${at(indent)}${name}: ${flow(value)}`);

  comment(0, `Proposed by \`syncengine init\` from ${origin}.`);
  comment(0, 'Every guess below has a comment: check them against the API docs, then run');
  comment(0, `  syncengine run ${draft.name}.yaml`);
  comment(0, 'Credentials are ${env.*} references; their values are in .env (never commit it).');
  lines.push('version: 1', `name: ${draft.name}`);
  if (draft.vars) {
    lines.push('');
    comment(0, draft.vars.comment);
    lines.push('vars:');
    for (const [name, value] of Object.entries(draft.vars.value)) key(2, name, value);
  }
  lines.push('', 'connections:', `  ${draft.connection}:`, '    type: http');
  comment(4, draft.baseUrl.comment);
  key(4, 'base_url', draft.baseUrl.value);
  if (Object.keys(draft.headers).length) key(4, 'headers', draft.headers);
  if (draft.auth) {
    comment(4, draft.auth.comment);
    key(4, 'auth', draft.auth.value);
  }
  lines.push('  warehouse:');
  comment(4, draft.sink.comment);
  for (const [name, value] of Object.entries(draft.sink.value.connection)) key(4, name, value);

  lines.push('', 'streams:', `  ${draft.stream}:`);
  if (draft.primaryKey) {
    comment(4, draft.primaryKey.comment);
    key(4, 'primary_key', [draft.primaryKey.value]);
  } else comment(4, 'primary key: no field looked like a unique id; set primary_key to upsert instead of append');
  lines.push('    source:', `      connection: ${draft.connection}`);
  comment(6, draft.path.comment);
  key(6, 'path', draft.path.value);
  if (Object.keys(draft.params).length) key(6, 'params', draft.params);
  comment(6, draft.recordsPath.comment);
  if (draft.recordsPath.value !== undefined) key(6, 'records_path', draft.recordsPath.value);
  if (draft.pagination) {
    comment(6, draft.pagination.comment);
    key(6, 'pagination', draft.pagination.value);
  } else comment(6, 'paging: nothing in the response says there are more pages, so one request is made');
  if (draft.since) {
    comment(6, draft.since.comment);
    key(6, 'since', draft.since.value);
  }
  if (draft.cursorField) {
    comment(4, draft.cursorField.comment);
    if (!draft.since) comment(4, 'add source.since (the parameter that filters by that time) so that later runs read only changes');
    key(4, 'incremental', { cursor_field: draft.cursorField.value });
  } else comment(4, 'incremental: no updated-like timestamp found, so every run reads everything');

  lines.push('    sink:', '      connection: warehouse', `      table: ${draft.sink.value.table}`);
  if (draft.primaryKey) {
    comment(6, 'upsert on the primary key: a rerun updates rows instead of adding them');
    lines.push('      mode: upsert');
    key(6, 'key', [draft.primaryKey.value]);
  } else lines.push('      mode: append');
  if (Object.keys(draft.columns.value).length === 0) {
    comment(6, 'columns: the sample had no records to infer them from; list them here, e.g. { id: integer, name: text }');
  } else {
    comment(6, draft.columns.comment);
    lines.push('      columns:');
    for (const [name, type] of Object.entries(draft.columns.value)) lines.push(`        ${flow(name)}: ${type}`);
  }
  return `${lines.join('\n')}\n`;
}
