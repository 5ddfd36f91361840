/** Where results go: stdout or `--out FILE`, written with backpressure so a big batch streams in flat memory. */
import * as fs from "node:fs";
import type { Writable } from "node:stream";

export interface Sink {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

function sinkOver(stream: Writable, closeIt: boolean): Sink {
  return {
    write: (text) =>
      new Promise((resolve, reject) => {
        if (stream.write(text)) resolve();
        else {
          stream.once("drain", resolve);
          stream.once("error", reject);
        }
      }),
    close: () =>
      closeIt ? new Promise((resolve) => stream.end(() => resolve())) : Promise.resolve(),
  };
}

/** Opens the output: a file when `out` is given, else stdout. */
export function openSink(out: string | undefined): Sink {
  return out ? sinkOver(fs.createWriteStream(out, "utf8"), true) : sinkOver(process.stdout, false);
}
