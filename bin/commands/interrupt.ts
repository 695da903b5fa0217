/**
 * Ctrl-C (SIGINT) or SIGTERM during a command that writes a file for a while (`beleid eval
 * --aanbieders --uit`, `beleid aanbieders --uit`): without a handler Node dies at once, which
 * leaves the hidden temporary file of the output behind and, on a terminal, the cursor hidden
 * and line wrapping off (the progress bar). The handler undoes both, says so, and exits with
 * the shell's code for the signal (130, 143).
 */

/**
 * Until the returned function is called, SIGINT and SIGTERM run `cleanUp` (synchronous: stop
 * the progress bar, remove the temporary file), print what it returns and end the process.
 */
export function onInterrupt(cleanUp: () => string): () => void {
  const handler = (signal: NodeJS.Signals) => {
    let message = "Afgebroken.\n";
    try {
      message = cleanUp();
    } finally {
      process.stderr.write(message);
      // Worker threads end with the process; nothing is renamed into place after this.
      process.exit(signal === "SIGINT" ? 130 : 143);
    }
  };
  process.once("SIGINT", handler);
  process.once("SIGTERM", handler);
  return () => {
    process.off("SIGINT", handler);
    process.off("SIGTERM", handler);
  };
}

/** What an interrupted command says about its output file: unchanged, or not written. */
export function interruptedMessage(shown: string | undefined, existed: boolean): string {
  if (shown === undefined) return "Afgebroken.\n";
  return existed ? `Afgebroken; ‘${shown}’ is niet gewijzigd.\n` : `Afgebroken; ‘${shown}’ is niet geschreven.\n`;
}
