/**
 * A small static file server for the site, for authors (`beleid serve`) and for the browser
 * tests: serves a folder on localhost, `index.html` for a folder, Dutch 404 pages, nothing
 * outside the folder, and no caching so a rebuilt page shows at once.
 */

import { createReadStream, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ts": "text/plain; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

export interface SiteServer {
  /** "http://127.0.0.1:4173/" */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** 0 picks a free port. */
  readonly port?: number;
  readonly host?: string;
}

function notFound(): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Niet gevonden</title></head><body><main><h1>Niet gevonden</h1><p>Deze pagina bestaat niet. Ga naar <a href="/">het overzicht</a>.</p></main></body></html>`;
}

/** The file for a request path, or undefined when it does not exist or lies outside `root`. */
export function resolveRequest(root: string, urlPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split("?")[0]?.split("#")[0] ?? "/");
  } catch {
    return undefined;
  }
  const base = resolve(root);
  let file = resolve(base, `.${path.startsWith("/") ? path : `/${path}`}`);
  if (file !== base && !file.startsWith(base + sep)) return undefined;
  try {
    if (statSync(file).isDirectory()) file = join(file, "index.html");
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

export function serveSite(root: string, options: ServeOptions = {}): Promise<SiteServer> {
  const server: Server = createServer((request, response) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" });
      response.end("Alleen lezen (GET of HEAD) is mogelijk.\n");
      return;
    }
    const file = resolveRequest(root, request.url ?? "/");
    if (!file) {
      response.writeHead(404, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
      response.end(request.method === "HEAD" ? undefined : notFound());
      return;
    }
    response.writeHead(200, {
      "Content-Type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    });
    if (request.method === "HEAD") {
      response.end();
      return;
    }
    createReadStream(file).pipe(response);
  });
  const host = options.host ?? "127.0.0.1";
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 4173, host, () => {
      const { port } = server.address() as AddressInfo;
      resolvePromise({
        url: `http://${host.includes(":") ? `[${host}]` : host}:${port}/`,
        port,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
