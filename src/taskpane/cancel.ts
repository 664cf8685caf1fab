/**
 * Cancelling a long write. The writers check the signal between their steps and throw this; the
 * Excel host then removes what it added (it treats the throw as a failed step), a download's worker
 * is terminated. Its message never reaches the user: the panel says "cancelled" in their language.
 */
export class WriteCancelled extends Error {
  constructor() {
    super("cancelled by the user");
    this.name = "WriteCancelled";
  }
}

export function isCancelled(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === "WriteCancelled";
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new WriteCancelled();
}
