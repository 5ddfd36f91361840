/**
 * Generates templates/<model>-<version>.xlsx from the default model document and one filled sample per worked case
 * in ../shared/domain/cases into templates/samples/. Run `npm run template` whenever the model or the layout
 * changes; test/template/stale.test.ts fails until the committed files match.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { defaultModel } from "../src/model";
import { generatedFiles } from "../src/node/template/files";

async function main(): Promise<void> {
  const root = process.cwd();
  const casesDir = path.resolve(root, "../shared/domain/cases");
  const outDir = path.join(root, "templates");
  fs.mkdirSync(path.join(outDir, "samples"), { recursive: true });
  for (const g of generatedFiles(defaultModel(), casesDir)) {
    const file = path.join(outDir, g.file);
    await g.build().xlsx.writeFile(file);
    console.log(`wrote ${path.relative(root, file)}`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
