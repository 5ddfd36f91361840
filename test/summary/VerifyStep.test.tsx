/** @jest-environment jsdom */
import "../taskpane/jsdomShims";
import "./paneCrypto";
import * as fs from "node:fs";
import * as path from "node:path";
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  webLightTheme,
} from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { VerifyStep } from "../../src/taskpane/components/VerifyStep/VerifyStep";
import type { RatingInput } from "../../src/engine";
import { KEYS_DIR, signChain, summaryOf } from "./fixtures";
import { memoryStore, s02Input } from "./paneFixtures";

jest.setTimeout(60_000);

const trustText = fs.readFileSync(path.join(KEYS_DIR, "TEST-ONLY-trust.json"), "utf8");

async function signedStore() {
  // summaryOf builds from the same S02 case input the pane holds.
  return memoryStore(JSON.stringify(await signChain(summaryOf("S02"))));
}

/** The class list Fluent gives a MessageBar of this intent (classes are atomic, so compare whole lists). */
function intentClass(intent: "info" | "error"): string {
  const { container, unmount } = render(
    <FluentProvider theme={webLightTheme}>
      <MessageBar intent={intent}>
        <MessageBarBody>x</MessageBarBody>
      </MessageBar>
    </FluentProvider>
  );
  const cls = container.querySelector(".fui-MessageBar")!.className;
  unmount();
  return cls;
}

function ui(store: ReturnType<typeof memoryStore>, input: RatingInput = s02Input) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <VerifyStep input={input} store={store} />
    </FluentProvider>
  );
}

it("verifies the workbook's summary on open and says signers were not checked without a trust list", async () => {
  ui(await signedStore());
  expect(await screen.findByText("核验通过：摘要未被改动，签名链完整。")).toBeTruthy();
  expect(screen.getByText(/未提供信任列表：只核验了完整性/)).toBeTruthy();
  expect(screen.queryByText(/日常监测/)).toBeNull();
  const items = within(screen.getByRole("list", { name: "签名链" })).getAllByRole("listitem");
  expect(items.map((i) => i.textContent?.slice(0, 2))).toEqual(["初评", "审查", "审定"]);
});

it("warns when the workbook's inputs changed after signing (日常监测)", async () => {
  const changed: RatingInput = {
    ...s02Input,
    statements: { ...s02Input.statements, cur: { ...s02Input.statements.cur, total_assets: 1 } },
  };
  ui(await signedStore(), changed);
  expect(await screen.findByText(/日常监测：工作簿当前的输入与已签署的摘要不一致/)).toBeTruthy();
});

it("checks signers against a pasted trust list", async () => {
  ui(await signedStore());
  await screen.findByText(/核验通过/);
  fireEvent.change(screen.getByRole("textbox", { name: /信任列表/ }), {
    target: { value: trustText },
  });
  fireEvent.click(screen.getByRole("button", { name: "核验工作簿中的摘要" }));
  await screen.findAllByText(/已登记可信/);
  expect(screen.getAllByText(/已登记可信/)).toHaveLength(3);
  expect(screen.queryByText(/未提供信任列表/)).toBeNull();
});

it("rejects a pasted summary whose payload was altered", async () => {
  ui(memoryStore());
  // No summary yet is a normal state: neutral information, not an error.
  const info = await screen.findByText(/工作簿中还没有签名的评级摘要/);
  expect(info.closest(".fui-MessageBar")?.className).toBe(intentClass("info"));
  expect(intentClass("info")).not.toBe(intentClass("error"));
  const env = await signChain(summaryOf("S02"));
  const forged = { ...env, payload: env.payload.replace('"grade":"BBB"', '"grade":"AAA"') };
  fireEvent.change(screen.getByRole("textbox", { name: /粘贴签名摘要/ }), {
    target: { value: JSON.stringify(forged) },
  });
  fireEvent.click(screen.getByRole("button", { name: "核验粘贴的摘要" }));
  expect(await screen.findByText(/核验未通过：签名验证失败/)).toBeTruthy();
});

it("re-reads the workbook after a signature is stored, so it never contradicts 已签署初评", async () => {
  const store = memoryStore();
  const view = (v: number) => (
    <FluentProvider theme={webLightTheme}>
      <VerifyStep input={s02Input} store={store} storedVersion={v} />
    </FluentProvider>
  );
  const { rerender } = render(view(0));
  await screen.findByText(/工作簿中还没有签名的评级摘要/);
  await store.writeSummaryStore(JSON.stringify(await signChain(summaryOf("S02"))));
  rerender(view(1));
  expect(await screen.findByText("核验通过：摘要未被改动，签名链完整。")).toBeTruthy();
  expect(screen.queryByText(/工作簿中还没有签名的评级摘要/)).toBeNull();
});
