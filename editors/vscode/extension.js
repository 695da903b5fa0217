// The VS Code client of beleid: starts `beleid lsp --stdio` for .policy files and their tests
// (.test.yaml). The language server does the work (diagnostics, hover, completion, go to
// definition, formatting); see docs/editor.md.
"use strict";

const { existsSync } = require("node:fs");
const { join } = require("node:path");
const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client;

const isTestFile = (path) => /\.test\.ya?ml$/.test(path);

function serverCommand() {
  const configured = vscode.workspace.getConfiguration("beleid").get("opdracht");
  if (configured) return configured;
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const local = join(folder.uri.fsPath, "node_modules", ".bin", process.platform === "win32" ? "beleid.cmd" : "beleid");
    if (existsSync(local)) return local;
  }
  return "beleid";
}

function activate(context) {
  const command = serverCommand();
  const server = { command, args: ["lsp", "--stdio"], transport: TransportKind.stdio };
  client = new LanguageClient("beleid", "beleid", { run: server, debug: server }, {
    documentSelector: [
      { scheme: "file", language: "beleid" },
      { scheme: "file", language: "yaml", pattern: "**/*.policy" },
      // The tests, whatever language VS Code gives them: their diagnostics follow the text as
      // typed (not as saved), and references and rename work from them.
      { scheme: "file", pattern: "**/*.test.yaml" },
      { scheme: "file", pattern: "**/*.test.yml" },
    ],
    middleware: {
      // beleid formats policies only: formatting a test file (on every save, with "format on
      // save") gives no edit, without asking the server, which would say so in a notice each time.
      provideDocumentFormattingEdits: (document, options, token, next) => (isTestFile(document.uri.path) ? [] : next(document, options, token)),
    },
  });
  context.subscriptions.push({ dispose: () => client && client.stop() });
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
