/**
 * The VS Code client (editors/vscode/extension.js) gives the language server the policies and
 * their tests (`*.test.yaml`), so a test file's diagnostics follow the text as typed; it
 * formats no test file. Run with stand-ins for the `vscode` and `vscode-languageclient`
 * modules, which exist only inside VS Code.
 */

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

interface Filter {
  scheme?: string;
  language?: string;
  pattern?: string;
}
interface ClientOptions {
  documentSelector: Filter[];
  middleware: { provideDocumentFormattingEdits: (document: unknown, options: unknown, token: unknown, next: () => unknown) => unknown };
}

/** Activates the extension and returns the options it gave its LanguageClient. */
function activatedClient(): ClientOptions {
  const file = resolve("editors/vscode/extension.js");
  let options: ClientOptions | undefined;
  const stubs: Record<string, unknown> = {
    vscode: { workspace: { getConfiguration: () => ({ get: () => "beleid" }), workspaceFolders: [] } },
    "vscode-languageclient/node": {
      TransportKind: { stdio: 0 },
      LanguageClient: class {
        constructor(_id: string, _name: string, _server: unknown, clientOptions: ClientOptions) {
          options = clientOptions;
        }
        start() {
          return Promise.resolve();
        }
        stop() {
          return Promise.resolve();
        }
      },
    },
  };
  const real = createRequire(file);
  const module = { exports: {} as { activate: (context: { subscriptions: unknown[] }) => unknown } };
  new Function("require", "module", "exports", readFileSync(file, "utf8"))((name: string) => stubs[name] ?? real(name), module, module.exports);
  void module.exports.activate({ subscriptions: [] });
  if (!options) throw new Error("no LanguageClient");
  return options;
}

/** Whether a glob of a document filter (`**\/*.x`, as VS Code reads it) matches `path`. */
const matches = (pattern: string, path: string): boolean =>
  new RegExp(`^${pattern.split("**/").map((part) => part.replace(/\./g, "\\.").replace(/\*/g, "[^/]*")).join("(?:.*/)?")}$`).test(path);

describe("the VS Code client", () => {
  it("gives the server the policies and their tests, whatever language VS Code gives a test file", () => {
    const { documentSelector } = activatedClient();
    const selected = (path: string, language: string) =>
      documentSelector.some((f) => f.scheme === "file" && (f.language === undefined || f.language === language) && (f.pattern === undefined || matches(f.pattern, path)));
    expect(selected("/w/policies/paramedische-zorg/2026-07.policy", "beleid")).toBe(true);
    expect(selected("/w/policies/paramedische-zorg/2026-07.policy", "yaml")).toBe(true);
    expect(selected("/w/policies/paramedische-zorg/2026-07.test.yaml", "yaml")).toBe(true);
    expect(selected("/w/policies/paramedische-zorg/2026-07.test.yml", "plaintext")).toBe(true);
    expect(selected("/w/.github/workflows/ci.yaml", "yaml")).toBe(false);
  });

  it("asks the server to format a policy, not a test file", () => {
    const { middleware } = activatedClient();
    const next = () => "asked";
    const format = (path: string) => middleware.provideDocumentFormattingEdits({ uri: { path } }, {}, {}, next);
    expect(format("/w/2026-07.policy")).toBe("asked");
    expect(format("/w/2026-07.test.yaml")).toEqual([]);
  });
});
