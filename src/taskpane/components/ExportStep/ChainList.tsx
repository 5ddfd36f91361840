/** The signatures of a summary, one list item each: step, signer, role and level, time, thumbprint, status. */
import { Text } from "@fluentui/react-components";
import { LEVEL_LABEL, ROLE_LABEL, STEP_LABEL } from "../../../summary/types";
import type { VerifyReport } from "../../../summary/verify";

export interface ChainListProps {
  readonly report: VerifyReport;
  readonly className?: string;
  readonly monoClassName?: string;
}

export function ChainList({ report, className, monoClassName }: ChainListProps) {
  return (
    <ul className={className} aria-label="签名链">
      {report.signatures.map((g) => {
        const status = [
          g.valid ? "签名有效" : "签名无效",
          g.trusted === null ? null : g.trusted ? "已登记可信" : "不可信",
        ]
          .filter(Boolean)
          .join("，");
        return (
          <li key={g.index}>
            <Text weight="semibold">{g.step ? STEP_LABEL[g.step] : "?"}</Text>{" "}
            <Text>
              {g.name ?? "?"}（{g.role ? ROLE_LABEL[g.role] : "?"}，
              {g.level ? LEVEL_LABEL[g.level] : "?"}）
              {g.signedAt ? ` ${g.signedAt.slice(0, 16).replace("T", " ")} UTC` : ""} · {status}
            </Text>
            <div className={monoClassName}>{g.thumbprint}</div>
            {g.problems.map((p) => (
              <Text key={p} as="p" style={{ margin: 0 }}>
                ✗ {p}
              </Text>
            ))}
          </li>
        );
      })}
    </ul>
  );
}
