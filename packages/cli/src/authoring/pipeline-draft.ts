/** A value `init` proposes, with the comment that says why it was guessed. */
export interface Guess<T> {
  readonly value: T;
  /** One line written above (or beside) the key in the generated file. */
  readonly comment: string;
}

/** Column types a SQL sink accepts. */
export type DraftColumnType = 'text' | 'integer' | 'bigint' | 'number' | 'boolean' | 'json' | 'timestamp' | 'date';

/** Everything `syncengine init` proposes for a one-stream pipeline, before it is written as YAML. */
export interface PipelineDraft {
  /** Pipeline name, also the file name (`<name>.yaml`). */
  readonly name: string;
  /** `vars:` of the file: values of the path's parameters (`/repos/${vars.owner}/issues`). */
  readonly vars?: Guess<Record<string, string>>;
  /** Name of the http connection. */
  readonly connection: string;
  readonly baseUrl: Guess<string>;
  /** Connection headers; values are literals or `${env.*}` references. */
  readonly headers: Record<string, string>;
  /** The connection's `auth` block, credentials as `${env.*}` references. */
  readonly auth?: Guess<Record<string, string>>;
  readonly stream: string;
  readonly path: Guess<string>;
  readonly params: Record<string, string | number>;
  readonly recordsPath: Guess<string | undefined>;
  readonly primaryKey?: Guess<string>;
  readonly pagination?: Guess<Record<string, unknown>>;
  readonly cursorField?: Guess<string>;
  /** The `since` block of the source, when a parameter that filters by time was found. */
  readonly since?: Guess<Record<string, unknown>>;
  readonly columns: Guess<Record<string, DraftColumnType>>;
  readonly sink: Guess<{ connection: Record<string, string>; table: string }>;
  /** Environment variables the file references, with their values for `.env` (empty when unknown). */
  readonly env: Record<string, string>;
}
