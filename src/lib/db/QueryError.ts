import { enumLabelHint } from './enumLabelHint';

/**
 * A failure in the engine worker, with the context the page knows: the SQL that failed (or the
 * file being imported). The worker sends only `name` and `message` across (comlink), so the
 * page adds the rest here.
 */
export class QueryError extends Error {
  constructor(
    message: string,
    readonly sql: string | undefined,
    readonly causeName: string,
  ) {
    super(message);
    this.name = 'QueryError';
  }

  /**
   * Wrap whatever the worker threw, keeping its name and message and adding the SQL, and a hint
   * where the message alone would mislead (enumLabelHint).
   */
  static wrap(error: unknown, sql?: string): QueryError {
    if (error instanceof QueryError) return error;
    // SAFETY: comlink rethrows worker errors as Error objects carrying name and message.
    const e = error as { name?: string; message?: string };
    const message = e?.message ?? String(error);
    const hint = enumLabelHint(message, sql);
    return new QueryError(hint === undefined ? message : `${message} (${hint})`, sql, e?.name ?? 'Error');
  }
}
