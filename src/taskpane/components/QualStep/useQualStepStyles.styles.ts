/** Styles of the 定性 step: anchors as cards; the chosen card is outlined in the brand colour. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useQualStepStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  cards: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  card: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground1,
    boxSizing: "border-box",
    width: "100%",
  },
  chosen: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  nav: { display: "flex", columnGap: tokens.spacingHorizontalS, justifyContent: "space-between" },
  position: { color: tokens.colorNeutralForeground3 },
});
