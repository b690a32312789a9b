package org.civic.examples.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's "Adding civic to a project" names what a host needs, at the versions civic is built
 * with: the BOM at the project's version, civic-core, civic-json and civic-report, and for
 * {@code @MeetsStandard} Hibernate Validator and Expressly at the parent pom's pins — in the Maven
 * snippet and the Gradle one alike. The examples module, where {@code HostProjectTest} plays the
 * host, depends on each of them.
 */
class ReadmeCoordinatesTest {

  private static String section(String readme, String heading) {
    int start = readme.indexOf(heading);
    assertThat(start).as(heading).isNotNegative();
    int end = readme.indexOf("\n## ", start + heading.length());
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  private static String block(String section, String language) {
    int start = section.indexOf("```" + language + "\n");
    assertThat(start).as("a ```" + language + " block").isNotNegative();
    return section.substring(start, section.indexOf("\n```", start + 4));
  }

  private static String property(String pom, String name) {
    Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
    assertThat(m.find()).as(name).isTrue();
    return m.group(1);
  }

  /** groupId:artifactId → version (empty when the BOM gives it) of each dependency in an XML snippet. */
  private static Map<String, String> dependencies(String xml) {
    Map<String, String> found = new LinkedHashMap<>();
    Matcher m = Pattern.compile("<dependency>\\s*<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)</artifactId>"
        + "(?:\\s*<version>([^<]+)</version>)?").matcher(xml);
    while (m.find()) {
      found.put(m.group(1) + ":" + m.group(2), m.group(3) == null ? "" : m.group(3));
    }
    return found;
  }

  @Test
  void theReadmeNamesWhatAHostNeedsAtTheVersionsCivicIsBuiltWith() throws IOException {
    String readme = Files.readString(Repository.root().resolve("README.md"), StandardCharsets.UTF_8);
    String parent = Files.readString(Repository.root().resolve("pom.xml"), StandardCharsets.UTF_8);
    String version = parent.replaceAll("(?s).*?<artifactId>civic-parent</artifactId>\\s*<version>([^<]+)</version>.*", "$1");
    String hv = property(parent, "hibernate-validator.version");
    String el = property(parent, "expressly.version");
    String adding = section(readme, "## Adding civic to a project");

    Map<String, String> maven = dependencies(block(adding, "xml"));
    assertThat(maven).containsEntry("org.civic:civic-bom", version)
        .containsEntry("org.civic:civic-core", "").containsEntry("org.civic:civic-json", "")
        .containsEntry("org.civic:civic-report", "").containsEntry("org.civic:civic-testkit", "")
        .containsEntry("org.hibernate.validator:hibernate-validator", hv)
        .containsEntry("org.glassfish.expressly:expressly", el)
        .hasSize(7);

    String gradle = block(adding, "kotlin");
    assertThat(gradle).contains("platform(\"org.civic:civic-bom:" + version + "\")", "\"org.civic:civic-core\"",
        "\"org.civic:civic-json\"", "\"org.civic:civic-report\"", "\"org.civic:civic-testkit\"",
        "\"org.hibernate.validator:hibernate-validator:" + hv + "\"", "\"org.glassfish.expressly:expressly:" + el + "\"");
    assertThat(adding.replaceAll("\\s+", " ")).contains("ParameterMessageInterpolator").contains("HV000183")
        .contains("no Jakarta Validation provider could be found").contains("toHierarchyLenient()");

    String examples = Files.readString(Repository.root().resolve("examples/pom.xml"), StandardCharsets.UTF_8);
    for (String artifact : maven.keySet()) {
      if (!artifact.endsWith(":civic-bom")) {
        assertThat(examples).as("HostProjectTest's module depends on " + artifact)
            .contains("<artifactId>" + artifact.substring(artifact.indexOf(':') + 1) + "</artifactId>");
      }
    }
  }
}
