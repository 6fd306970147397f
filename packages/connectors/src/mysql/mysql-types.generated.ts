/* Generated from the mysql connector's schemas by `npm run generate`. Do not edit by hand: a test fails when it is stale. */
/* Types describe options after validation, so keys with a default are always present. */

export type MysqlConnectionConfig = {
  /**
   * Connection URL (mysql://, mariadb://), e.g. `mysql://app:${env.MYSQL_PASSWORD}@db.example.com:3306/sync`. Fields given next to it override its parts. Percent-encode special characters in the password.
   */
  url?: string;
  /**
   * Server host name or address. Default `localhost`.
   */
  host?: string;
  /**
   * Server port. Default 3306.
   */
  port?: number;
  /**
   * User name.
   */
  user?: string;
  /**
   * Password.
   */
  password?: string;
  /**
   * Database name; required unless `url` names it.
   */
  database?: string;
  /**
   * `true`: encrypt and verify the server certificate; `no-verify`: encrypt without verifying (self-signed or private-CA servers); `false`: plain. Default: what the URL says (`sslmode`), else plain.
   */
  ssl?: true | false | 'no-verify';
  /**
   * Connect through this Unix socket instead of `host` and `port`, e.g. Cloud Run's `/cloudsql/<project:region:instance>` or a Cloud SQL Auth Proxy started with `--unix-socket`. Empty: host and port.
   */
  socket_path?: string;
  /**
   * Most connections held open at once.
   */
  pool_size: number;
};
