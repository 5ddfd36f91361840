/** Builders for engine inputs: S02 (a mid-sized manufacturer) as a base that tests change one field at a time. */
import type { RatingInput } from "../../src/engine";

export const S02_CUR = {
  total_assets: 42000,
  total_liabilities: 29400,
  owners_equity: 12600,
  current_assets: 21000,
  current_liabilities: 17500,
  inventory: 7800,
  accounts_receivable: 6900,
  intangible_assets: 1200,
  revenue: 38000,
  cost_of_sales: 32300,
  total_profit: 1520,
  net_profit: 1140,
  interest_expense: 980,
  operating_cash_flow: 1900,
};
export const S02_PRI = {
  total_assets: 39000,
  total_liabilities: 27000,
  owners_equity: 12000,
  current_assets: 19800,
  current_liabilities: 16000,
  inventory: 7200,
  accounts_receivable: 6100,
  intangible_assets: 1250,
  revenue: 36500,
  cost_of_sales: 31000,
  total_profit: 1600,
  net_profit: 1200,
  interest_expense: 900,
  operating_cash_flow: 2100,
};
export const S02_ANSWERS = { J1: "c", J2: "a", J3: "a", J4: "b", J5: "c", J6: "b", J7: "b" };

type Values = Record<string, unknown>;

/** S02 with the given changes. */
export function client(
  change: {
    cur?: Values;
    pri?: Values;
    answers?: Values;
    unit?: unknown;
    industry?: string;
    type?: string;
  } = {}
): RatingInput {
  return {
    client: {
      name: "江南纺织有限公司",
      industry: change.industry ?? "industrial",
      type: change.type ?? "enterprise",
    },
    unit: "unit" in change ? change.unit : "万元",
    statements: { cur: { ...S02_CUR, ...change.cur }, pri: { ...S02_PRI, ...change.pri } },
    answers: { ...S02_ANSWERS, ...change.answers },
  };
}
