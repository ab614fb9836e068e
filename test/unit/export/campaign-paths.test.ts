// Where each brand's dossier goes in a campaign bundle: a folder name every file system and the
// manifest accept, unique in the campaign, stable when a brand's case is deleted.
import { describe, expect, it } from "vitest";
import { BundlePath } from "../../../src/domain/dossier/manifest";
import { brandSlug, caseFolders } from "../../../src/export/campaign-paths";
import { campaign, campaignBrand, moment, T0 } from "../domain/campaigns/comparison-fixtures";

describe("campaign bundle paths", () => {
  it("makes a folder name from the brand's name: letters and digits, accents dropped", () => {
    expect(brandSlug("Orange España S.A.")).toBe("orange-espana-s-a");
    expect(brandSlug("  Free -- Mobile  ")).toBe("free-mobile");
    expect(brandSlug("../../etc/passwd")).toBe("etc-passwd");
    expect(brandSlug("<script>alert(1)</script>")).toBe("script-alert-1-script");
    expect(brandSlug("日本通信")).toBe("brand");
    expect(brandSlug("x".repeat(100))).toHaveLength(40);
  });

  it("keeps folders unique in the campaign's order, deleted cases keeping theirs", () => {
    const folders = caseFolders(
      campaign([
        campaignBrand("SFR", "case-sfr-00001"),
        campaignBrand("S.F.R.", "case-sfr-00002", { caseDeleted: moment(T0) }),
        campaignBrand("sfr", "case-sfr-00003"),
        campaignBrand("日本通信", "case-japan-0001"),
        campaignBrand("Ünïcode", "case-japan-0002"),
        campaignBrand("台灣", "case-taiwan-001"),
      ]),
    );
    expect([...folders.values()]).toEqual(["cases/sfr", "cases/s-f-r", "cases/sfr-2", "cases/brand", "cases/unicode", "cases/brand-2"]);
    for (const folder of folders.values()) expect(BundlePath.safeParse(`${folder}/case.json`).success).toBe(true);
  });
});
