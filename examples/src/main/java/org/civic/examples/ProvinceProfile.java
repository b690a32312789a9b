package org.civic.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.civic.json.CivicJson;
import org.civic.json.Dataset;
import org.civic.json.StandardProfile;
import org.civic.site.SiteLevel;
import org.civic.standard.SixHaves;

/** Writes a province's six-haves profile (its own thresholds) as civic JSON, ready to ship to its counties. */
public final class ProvinceProfile {

  private ProvinceProfile() {}

  /**
   * Runs the example.
   *
   * @param args none
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    StandardProfile henan = new StandardProfile("河南省新时代文明实践站所“六有”标准", "2024",
        SixHaves.profile()
            .withVenueArea(SiteLevel.STATION, 20)
            .withTeamSize(SiteLevel.STATION, 8)
            .withUnifiedLogoRequired(SiteLevel.STATION, true)
            .withRequiredRules(SiteLevel.STATION, Set.of("安全管理制度", "网格志愿小组工作职责", "信息员工作职责")));
    Dataset.Builder profileOnly = Dataset.builder();
    profileOnly.profile(henan);
    Dataset onlyTheProfile = profileOnly.build();
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    CivicJson.strict().writeDataset(onlyTheProfile, json);
    out.println(json.toString(StandardCharsets.UTF_8));
    out.println(henan.toStandard());
  }
}
