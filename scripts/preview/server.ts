/**
 * The preview server (node:http, loopback only): serves the built pane from dist/, the in-memory workbook as JSON,
 * and takes the pane's changes, so closing and reopening the pane (a page reload) finds everything again.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";
import {
  applyChange,
  type MemoryChange,
  type MemoryWorkbook,
} from "../../src/excel/memoryWorkbook";

export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

export interface PreviewOptions {
  distDir: string;
  workbook: MemoryWorkbook;
  /** Serve office.js from this folder (node_modules/@microsoft/office-js/dist) instead of the CDN. */
  officeJsDir?: string;
  host?: string;
  port?: number;
}

export interface PreviewServer {
  readonly url: string;
  readonly workbook: MemoryWorkbook;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".css": "text/css",
  ".ttf": "font/ttf",
  ".otf": "font/otf",
};

function sendFile(res: ServerResponse, root: string, rel: string, rewrite?: (s: string) => string) {
  const file = normalize(join(root, rel));
  if (!file.startsWith(resolve(root) + sep) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end("not found");
    return;
  }
  res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
  if (!rewrite) {
    createReadStream(file).pipe(res);
    return;
  }
  const chunks: Buffer[] = [];
  createReadStream(file)
    .on("data", (c) => chunks.push(c as Buffer))
    .on("end", () => res.end(rewrite(Buffer.concat(chunks).toString("utf8"))));
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Starts the server; resolves once it listens. Port 0 picks a free port. */
export function startPreviewServer(opts: PreviewOptions): Promise<PreviewServer> {
  const wb = opts.workbook;
  const dist = resolve(opts.distDir);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const path = decodeURIComponent(url.pathname);
    if (path === "/") {
      res.writeHead(302, { location: "/taskpane.html" }).end();
    } else if (path === "/preview/workbook.json" && req.method === "GET") {
      res.writeHead(200, { "content-type": TYPES[".json"], "cache-control": "no-store" });
      res.end(JSON.stringify(wb));
    } else if (path === "/preview/changes" && req.method === "POST") {
      body(req)
        .then((text) => {
          const changes = JSON.parse(text) as MemoryChange[];
          if (!Array.isArray(changes)) throw new Error("changes must be an array");
          changes.forEach((c) => applyChange(wb, c));
          res.writeHead(204).end();
        })
        .catch((e: unknown) => res.writeHead(400).end(String(e)));
    } else if (path.startsWith("/office-js/") && opts.officeJsDir) {
      sendFile(res, opts.officeJsDir, path.slice("/office-js/".length));
    } else if (path === "/taskpane.html" && opts.officeJsDir) {
      sendFile(res, dist, "taskpane.html", (s) =>
        s.split(OFFICE_JS_CDN).join("office-js/office.js")
      );
    } else {
      sendFile(res, dist, path.slice(1));
    }
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(opts.port ?? 0, opts.host ?? "127.0.0.1", () => {
      const a = server.address() as AddressInfo;
      ok({
        url: `http://${a.address}:${a.port}/`,
        workbook: wb,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
