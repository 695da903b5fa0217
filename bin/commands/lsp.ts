/**
 * `beleid lsp`: the language server over standard input and output, for editors (see
 * docs/editor.md). It runs until the editor ends it.
 */

import { createServerConnection } from "../../compiler/lsp/connection.js";
import { startLanguageServer } from "../../compiler/lsp/server.js";

export async function runLsp(): Promise<number> {
  const debug = Boolean(process.env.BELEID_DEBUG);
  const connection = createServerConnection(process.stdin, process.stdout, {
    stderr: (text) => void process.stderr.write(text),
    // Once what is written has reached the editor.
    exit: (code) => void process.stdout.write("", () => process.exit(code)),
    debug,
  });
  startLanguageServer(connection, { debug });
  // The connection ends the process when the editor sends `exit` or closes the stream.
  await new Promise<never>(() => undefined);
  return 0;
}
