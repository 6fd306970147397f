import { open } from 'node:fs/promises';
import { PipelineConfigError } from '../errors.js';

/** The largest pipeline file syncengine reads: a pipeline is configuration, never data. */
export const MAX_PIPELINE_BYTES = 1024 * 1024;

const LIMIT_TEXT = `${MAX_PIPELINE_BYTES / (1024 * 1024)} MB`;

/** A problem with the characters of a pipeline text, at a 1-based line and column. */
export interface TextProblem {
  line: number;
  column: number;
  message: string;
}

/**
 * Reads a pipeline file as UTF-8 text. Throws `PipelineConfigError` for a missing file, a directory,
 * a file over `MAX_PIPELINE_BYTES`, or bytes that are not UTF-8 (at the line and column of the first one).
 */
export async function readPipelineText(path: string, file: string): Promise<string> {
  const fail = (message: string, line = 1, column = 1): never => {
    throw new PipelineConfigError([{ file, line, column, path: '', message }]);
  };
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? 'file not found' : code === 'EACCES' ? 'permission denied' : String(error));
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) return fail('is a directory, not a pipeline file');
    if (stat.size > MAX_PIPELINE_BYTES) return fail(tooLarge(stat.size));
    const bytes = await handle.readFile();
    if (bytes.length > MAX_PIPELINE_BYTES) return fail(tooLarge(bytes.length));
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      const offset = firstInvalidUtf8(bytes);
      const { line, column } = bytePosition(bytes, offset);
      return fail(
        `the file is not valid UTF-8: byte 0x${bytes[offset]!.toString(16).padStart(2, '0')} cannot start or continue a character here; save the file as UTF-8`,
        line,
        column,
      );
    }
  } catch (error) {
    if (error instanceof PipelineConfigError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === 'EISDIR' ? 'is a directory, not a pipeline file' : String(error));
  } finally {
    await handle.close();
  }
}

function tooLarge(bytes: number): string {
  return `the file is ${(bytes / (1024 * 1024)).toFixed(1)} MB; a pipeline file may be at most ${LIMIT_TEXT} (move data to a database, a file the pipeline reads, or vars)`;
}

/**
 * The first character YAML does not allow (NUL and other control characters but tab, line feed and
 * carriage return), or a text over the size limit. Undefined when the text is fine.
 */
export function checkPipelineText(text: string): TextProblem | undefined {
  if (text.length * 3 > MAX_PIPELINE_BYTES && Buffer.byteLength(text) > MAX_PIPELINE_BYTES)
    return { line: 1, column: 1, message: tooLarge(Buffer.byteLength(text)) };
  // YAML 1.2 printable characters: tab, LF, CR, x20-x7E, x85, xA0-xD7FF, xE000-xFFFD and above.
  const bad = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]/.exec(text);
  if (!bad) return undefined;
  const before = text.slice(0, bad.index);
  const line = before.split('\n').length;
  const column = bad.index - (before.lastIndexOf('\n') + 1) + 1;
  const code = bad[0].charCodeAt(0);
  const name = code === 0 ? 'a NUL byte (U+0000)' : `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return { line, column, message: `the file contains ${name}; a pipeline file is text and YAML allows only printable characters` };
}

/** Byte offset of the first byte that is not part of a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i += 1;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let code = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return i;
    i += need + 1;
  }
  return i;
}

/** 1-based line and column (in characters) of a byte offset whose line before it is valid UTF-8. */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line += 1;
      lineStart = i + 1;
    }
  }
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  // Columns count UTF-16 units, as the YAML parser's positions do.
  return { line, column: prefix.length + 1 };
}
