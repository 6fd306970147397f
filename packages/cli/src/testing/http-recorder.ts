import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadEnvironment, type Pipeline } from '@syncengine/engine';
import { wrapHttpTransport } from '@syncengine/connectors';
import { createScrubber, type Exchange } from './scrub-exchange.js';

/** Name of the file that describes a fixture directory. */
export const RECORDING_FILE = 'recording.json';

/** What `recording.json` holds. */
export interface RecordingManifest {
  /** The pipeline's name. */
  readonly pipeline: string;
  /** Fields scrubbed besides the defaults; `syncengine test` scrubs live requests the same way to match them. */
  readonly scrub: string[];
  /**
   * The values of the `${env.*}` variables the pipeline uses that are not secrets (base URLs, client
   * ids, tenant ids): `syncengine test` uses them where the machine does not set them, so that the
   * requests are the recorded ones.
   */
  readonly env: Record<string, string>;
  /** The exchange files, in the order the requests were sent. */
  readonly exchanges: string[];
}

/** A recording in progress: `stop()` writes the fixtures. */
export interface HttpRecording {
  /** Stops recording and writes every exchange, scrubbed, to the directory; returns the number written. */
  stop(): number;
}

/** Response headers that describe the connection or the moment, not the answer: not kept. */
const TRANSIENT_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'date']);

const slug = (url: string) => {
  const { pathname } = new URL(url);
  return (
    pathname
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(-40) || 'root'
  );
};

/**
 * Records every HTTP request of this process and its response. Files are written at the end, when
 * the redactor knows every token obtained during the run, so that none reaches a fixture.
 */
export function startRecording(
  dir: string,
  pipeline: Pipeline,
  env: Record<string, string | undefined>,
  scrub: readonly string[],
): HttpRecording {
  const { redactor } = pipeline;
  const exchanges: Exchange[] = [];
  const restore = wrapHttpTransport((next) => async (request, signal, timeoutMs) => {
    const response = await next(request, signal, timeoutMs);
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (!TRANSIENT_HEADERS.has(name)) headers[name] = value;
    });
    exchanges.push({
      request: {
        method: request.method,
        url: request.url,
        headers: request.headers,
        ...(request.body !== undefined ? { body: request.body } : {}),
      },
      response: { status: response.status, statusText: response.statusText, headers, body: response.body },
    });
    return response;
  });
  return {
    stop() {
      restore();
      mkdirSync(dir, { recursive: true });
      // A new recording replaces the old one: stale exchanges would fail `syncengine test` as never requested.
      for (const file of readdirSync(dir)) if (/^\d{3,}-.*\.json$/.test(file)) rmSync(join(dir, file));
      const scrubber = createScrubber(redactor, scrub);
      const width = Math.max(3, String(exchanges.length).length);
      const names = exchanges.map((exchange, i) => {
        const name = `${String(i + 1).padStart(width, '0')}-${exchange.request.method}-${slug(exchange.request.url)}.json`;
        writeFileSync(join(dir, name), `${JSON.stringify(scrubber.exchange(exchange), null, 2)}\n`);
        return name;
      });
      const manifest: RecordingManifest = {
        pipeline: pipeline.name,
        scrub: [...scrub],
        env: plainVariables(pipeline, env),
        exchanges: names,
      };
      writeFileSync(join(dir, RECORDING_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
      return names.length;
    },
  };
}

/** The pipeline's `${env.*}` variables whose values the redactor does not mask, nor the scrubber. */
function plainVariables(pipeline: Pipeline, base: Record<string, string | undefined>): Record<string, string> {
  const env = loadEnvironment(pipeline.baseDir, true, base);
  const text = readFileSync(join(pipeline.baseDir, basename(pipeline.file)), 'utf8');
  const out: Record<string, string> = {};
  for (const [, name] of text.matchAll(/\$\{env\.([A-Za-z_][A-Za-z0-9_]*)\}/g)) {
    const value = env[name!];
    if (value !== undefined && value !== '' && pipeline.redactor.redact(value) === value && !/token|secret|passw|key|auth/i.test(name!))
      out[name!] = value;
  }
  return out;
}
