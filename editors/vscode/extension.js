// The VS Code client of beleid: starts `beleid lsp --stdio` for .policy files. The language
// server does the work (diagnostics, hover, completion, go to definition, formatting); see
// docs/editor.md.
"use strict";

const { existsSync } = require("node:fs");
const { join } = require("node:path");
const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client;

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
    ],
  });
  context.subscriptions.push({ dispose: () => client && client.stop() });
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
