/**
 * `npm run preview [-- FILE.xlsx] [--port N] [--keep-answers]`: turns a sample workbook into the in-memory
 * workbook and serves the built pane against it on http://127.0.0.1:PORT/ (default 3100, sample S02).
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { startPreviewServer } from "./server";
import { xlsxToMemory } from "./xlsxToMemory";

async function main(argv: string[]): Promise<number> {
  const root = resolve(__dirname, "../../..");
  const project = existsSync(join(root, "package.json")) ? root : process.cwd();
  let file = join(project, "templates/samples/S02-mid-industrial.xlsx");
  let port = 3100;
  let keep = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--port") port = Number(argv[++i]);
    else if (argv[i] === "--keep-answers") keep = true;
    else file = resolve(argv[i]);
  }
  const dist = join(project, "dist");
  if (!existsSync(join(dist, "taskpane.html"))) {
    console.error("dist/taskpane.html is missing: run `npm run build` first.");
    return 1;
  }
  if (!existsSync(file)) {
    console.error(`workbook not found: ${file} (generate the samples with \`npm run template\`)`);
    return 1;
  }
  const workbook = await xlsxToMemory(file, { clearAnswers: !keep });
  const server = await startPreviewServer({
    distDir: dist,
    workbook,
    officeJsDir: join(project, "node_modules/@microsoft/office-js/dist"),
    port,
  });
  console.log(`credit-rating preview: ${workbook.name}`);
  console.log(`open ${server.url}taskpane.html  (Ctrl+C to stop)`);
  return await new Promise<number>(() => undefined);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  }
);
