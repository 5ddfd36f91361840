/** @jest-environment jsdom */
import "../taskpane/jsdomShims";
import "./paneCrypto";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { ExportStep } from "../../src/taskpane/components/ExportStep/ExportStep";
import { verifySignedSummary, type Person } from "../../src/summary";
import {
  memoryStore,
  model,
  s02Input,
  s02Result,
  servicesFor,
  type Captured,
} from "./paneFixtures";

jest.setTimeout(60_000);

const people: Record<string, Person> = {
  preparer: { name: "王敏", role: "officer", level: "branch" },
  reviewer: { name: "李强", role: "reviewer", level: "branch" },
  "approver-branch": { name: "赵刚", role: "approver", level: "branch" },
};

function ui(
  store: ReturnType<typeof memoryStore>,
  key: string,
  captured: Captured,
  download = true
) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ExportStep
        model={model}
        result={s02Result}
        input={s02Input}
        profile={people[key]}
        store={store}
        addinVersion="0.1.0"
        context={{ workbook: "S02.xlsx", notes: { J1: "纺织行业，前景良好" } }}
        services={servicesFor(key, captured, download)}
      />
    </FluentProvider>
  );
}

const chainItems = () =>
  within(screen.getByRole("list", { name: "签名链" })).getAllByRole("listitem");

it("signs 初评, then 审查 and 审定 by the right people, stores it, copies it and downloads the PDF", async () => {
  const store = memoryStore();
  const captured: Captured = { clipboard: [], downloads: [] };
  const first = ui(store, "preparer", captured);
  expect(await screen.findByText("工作簿中还没有签名的评级摘要。")).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "签署初评" }));
  expect(await screen.findByText(/已签署初评，摘要已保存在工作簿中/)).toBeTruthy();
  // A new user must learn that the next signature needs another profile role.
  expect(screen.getByText(/审查须由用户信息中角色为“审查人”的用户/)).toBeTruthy();
  expect(chainItems()).toHaveLength(1);
  expect(chainItems()[0].textContent).toMatch(/初评 王敏（客户经理，支行）.*签名有效/);
  first.unmount();

  const second = ui(store, "reviewer", captured);
  fireEvent.click(await screen.findByRole("button", { name: "签署审查" }));
  expect(await screen.findByText(/已签署审查/)).toBeTruthy();
  second.unmount();

  ui(store, "approver-branch", captured);
  fireEvent.click(await screen.findByRole("button", { name: "签署审定" }));
  expect(await screen.findByText(/已签署审定.*签名链已完成/)).toBeTruthy();
  expect(chainItems().map((li) => li.textContent?.slice(0, 2))).toEqual(["初评", "审查", "审定"]);
  expect((screen.getByRole("button", { name: "已全部签署" }) as HTMLButtonElement).disabled).toBe(
    true
  );

  const report = await verifySignedSummary(JSON.parse(store.json!));
  expect(report.ok && report.complete).toBe(true);
  expect(report.summary?.answers.find((a) => a.id === "J1")?.note).toBe("纺织行业，前景良好");

  fireEvent.click(screen.getByRole("button", { name: "复制到剪贴板" }));
  await screen.findByText(/已复制签名评级摘要/);
  expect(JSON.parse(captured.clipboard[0])).toEqual(JSON.parse(store.json!));

  fireEvent.click(screen.getByRole("button", { name: "下载 PDF" }));
  await screen.findByText("PDF 已生成。", undefined, { timeout: 30_000 });
  const pdf = captured.downloads.find((d) => d.mime === "application/pdf")!;
  expect(pdf.name).toBe("江南纺织有限公司-评级摘要.pdf");
  expect(Buffer.from(pdf.bytes.subarray(0, 5)).toString()).toBe("%PDF-");
});

it("lets only the step's role sign, and explains why", async () => {
  ui(memoryStore(), "reviewer", { clipboard: [], downloads: [] });
  const button = (await screen.findByRole("button", { name: "签署初评" })) as HTMLButtonElement;
  await waitFor(() => expect(button.disabled).toBe(true));
  expect(screen.getByText("下一步是初评，须由客户经理签署。")).toBeTruthy();
});

it("offers no download where the webview blocks it, and says how to get the files out", async () => {
  ui(memoryStore(), "preparer", { clipboard: [], downloads: [] }, false);
  await screen.findByText("工作簿中还没有签名的评级摘要。");
  expect(screen.queryByRole("button", { name: "下载 PDF" })).toBeNull();
  expect(screen.getByText(/credit-rating summary extract/)).toBeTruthy();
});

it("shows the user's key thumbprint and copies the registration request", async () => {
  const captured: Captured = { clipboard: [], downloads: [] };
  ui(memoryStore(), "preparer", captured);
  fireEvent.click(await screen.findByRole("button", { name: "我的签名密钥" }));
  fireEvent.click(await screen.findByRole("button", { name: "复制登记申请" }));
  await screen.findByText(/已复制登记申请/);
  const req = JSON.parse(captured.clipboard[0]);
  expect(req).toMatchObject({ name: "王敏", role: "officer", level: "branch" });
  expect(screen.getByText(req.thumbprint)).toBeTruthy();
});
