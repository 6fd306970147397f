/**
 * The published editor schema, through a real editor client: `yaml-language-server` (the server
 * behind VS Code's YAML extension) is started over stdio and sent the fixtures of
 * test/fixtures/editor; its diagnostics and completions are what an author sees while typing.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from './_cli.js';

const SCHEMA_FILE = 'packages/cli/schema/pipeline.schema.json';
const require = createRequire(import.meta.url);

interface Diagnostic {
  range: { start: { line: number; character: number } };
  message: string;
}

/** A minimal LSP client: Content-Length framed JSON-RPC over the server's stdin and stdout. */
class LspClient {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private pending = new Map<number, (result: unknown) => void>();
  private diagnostics = new Map<string, (d: Diagnostic[]) => void>();
  constructor(private readonly server: ChildProcessWithoutNullStreams) {
    server.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
  }
  private send(message: object): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }));
    this.server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.server.stdin.write(body);
  }
  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end === -1) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString())![1]);
      if (this.buffer.length < end + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString()) as {
        id?: number;
        method?: string;
        params?: { uri: string; diagnostics: Diagnostic[]; items?: unknown[] };
        result?: unknown;
      };
      this.buffer = this.buffer.subarray(end + 4 + length);
      if (message.method === 'textDocument/publishDiagnostics' && message.params)
        this.diagnostics.get(message.params.uri)?.(message.params.diagnostics);
      else if (message.method && message.id !== undefined) {
        // Requests from the server (workspace/configuration, client/registerCapability): answer with our settings.
        const settings = { validate: true, completion: true, hover: true, schemaStore: { enable: false } };
        this.send({ id: message.id, result: message.method === 'workspace/configuration' ? [settings, {}, {}, {}] : null });
      } else if (message.id !== undefined) this.pending.get(message.id)?.(message.result);
    }
  }
  request<T>(method: string, params: object): Promise<T> {
    const id = this.nextId++;
    this.send({ id, method, params });
    return new Promise((done) => this.pending.set(id, done as (r: unknown) => void));
  }
  notify(method: string, params: object): void {
    this.send({ method, params });
  }
  /** Opens a file and resolves with the first non-empty diagnostics the server publishes for it. */
  open(file: string): Promise<Diagnostic[]> {
    const uri = pathToFileURL(resolve(file)).href;
    const published = new Promise<Diagnostic[]>((done) => this.diagnostics.set(uri, (d) => d.length && done(d)));
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: readFileSync(file, 'utf8') } });
    return published;
  }
  /** The labels of the completion items at a position of an open file. */
  async labels(file: string, line: number, character: number): Promise<string[]> {
    const uri = pathToFileURL(resolve(file)).href;
    const result = await this.request<{ items: { label: string }[] } | { label: string }[]>('textDocument/completion', {
      textDocument: { uri },
      position: { line, character },
    });
    return (Array.isArray(result) ? result : result.items).map((i) => i.label);
  }
}

let server: ChildProcessWithoutNullStreams;
let client: LspClient;
beforeAll(async () => {
  const bin = join(require.resolve('yaml-language-server/package.json'), '..', 'bin', 'yaml-language-server');
  server = spawn(process.execPath, [bin, '--stdio']);
  client = new LspClient(server);
  await client.request('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(process.cwd()).href,
    capabilities: { textDocument: { completion: { completionItem: { snippetSupport: false } } }, workspace: { configuration: true } },
  });
  client.notify('initialized', {});
  client.notify('workspace/didChangeConfiguration', {
    settings: { yaml: { validate: true, completion: true, hover: true, schemaStore: { enable: false } } },
  });
}, 30_000);
afterAll(() => {
  server?.kill();
});

/** The 0-based line of the first line of `file` that contains `text`. */
const lineOf = (file: string, text: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(text));

describe('yaml-language-server with the published schema', () => {
  const TYPOS = 'test/fixtures/editor/typos.yaml';

  it('flags unknown keys and bad choices at every level: connection, auth, source, pagination, transform step, sink', async () => {
    const diagnostics = await client.open(TYPOS);
    const at = (text: string) => diagnostics.filter((d) => d.range.start.line === lineOf(TYPOS, text)).map((d) => d.message);
    expect(at('bse_url:').join('\n')).toMatch(/bse_url is not allowed/);
    expect(at('tokn: abc').join('\n')).toMatch(/tokn is not allowed/);
    expect(at('pathh:').join('\n')).toMatch(/pathh is not allowed/);
    expect(at('type: pag,').join('\n')).toMatch(/Value must be "page" \| "offset" \| "cursor"/);
    expect(at('missing: sometimes').join('\n')).toMatch(/Value is not accepted\. Valid values: "quarantine", "skip", "fail"/);
    expect(at('- mapp:').join('\n')).toMatch(/mapp is not allowed/);
    expect(at('mode: upserd').join('\n')).toMatch(/Value is not accepted\. Valid values: "append", "insert_new", "upsert", "replace"/);
    expect(at('primry_key:').join('\n')).toMatch(/primry_key is not allowed/);
    // The lines without mistakes have none.
    for (const fine of ['base_url: https://api', 'retries: 3', 'path: /items', '- map:', 'table: items']) expect(at(fine)).toEqual([]);
  }, 30_000);

  it('completes the keys of a SQL sink and of a pagination style, with their descriptions', async () => {
    const COMPLETE = 'test/fixtures/editor/complete.yaml';
    // `version: 2` is wrong: once the server says so, it has read the file and its schema.
    expect((await client.open(COMPLETE)).map((d) => d.range.start.line)).toEqual([lineOf(COMPLETE, 'version: 2')]);
    const sink = await client.labels(COMPLETE, lineOf(COMPLETE, 'connection: db') + 1, 6);
    expect(sink).toEqual(expect.arrayContaining(['table', 'mode', 'key', 'schema', 'columns', 'create_table']));
    const pagination = await client.labels(COMPLETE, lineOf(COMPLETE, 'type: page') + 1, 8);
    expect(pagination).toEqual(expect.arrayContaining(['size', 'size_param']));
  }, 30_000);
});

describe('the published schema', () => {
  it('is what `syncengine schema` prints', async () => {
    const { code, stdout } = await runCli(['schema']);
    expect(code).toBe(0);
    expect(stdout).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
  });

  it('accepts every shipped pipeline, each of which names it on its first line', () => {
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));
    const files = [
      ...readdirSync('pipelines')
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => join('pipelines', f)),
      ...readdirSync('examples', { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => join('examples', f)),
    ];
    expect(files.length).toBeGreaterThan(6);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const depth = file.split('/').length - 1;
      expect(text.split('\n')[0], file).toBe(`# yaml-language-server: $schema=${'../'.repeat(depth)}${SCHEMA_FILE}`);
      expect(validate(parse(text)) ? [] : validate.errors, file).toEqual([]);
    }
  });
});
