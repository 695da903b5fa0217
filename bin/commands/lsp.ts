/**
 * `beleid lsp`: the language server over standard input and output, for editors (see
 * docs/editor.md). It runs until the editor ends it.
 */

import { createConnection, StreamMessageReader, StreamMessageWriter } from "vscode-languageserver/node";
import { startLanguageServer } from "../../compiler/lsp/server.js";

export async function runLsp(): Promise<number> {
  const connection = createConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
  startLanguageServer(connection);
  // The connection ends the process when the editor sends `exit` or closes the stream.
  await new Promise<never>(() => undefined);
  return 0;
}
