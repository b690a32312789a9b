package org.civic.examples.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What a release ships, held against the build: the BOM lists every published module (a module
 * with a {@code module-info.java}) at the project's version and imports nothing else; every
 * published module's jar carries LICENSE and NOTICE; only published modules are installed and
 * deployed; the parent declares the licence.
 */
class ReleaseFilesTest {

  private static final Path ROOT = Repository.root();

  @Test
  void theBomListsEveryPublishedModuleAtTheProjectVersion() throws Exception {
    Document parent = read(ROOT.resolve("pom.xml"));
    Document bom = read(ROOT.resolve("civic-bom/pom.xml"));
    String version = text(parent.getDocumentElement(), "version");

    assertThat(children(parent.getDocumentElement(), "modules").stream().map(Node::getTextContent))
        .as("the reactor builds the BOM").contains("civic-bom");
    assertThat(children(bom.getDocumentElement(), "parent"))
        .as("the BOM has no parent, so a host importing it gets no third-party pins").isEmpty();
    assertThat(text(bom.getDocumentElement(), "version")).isEqualTo(version);

    List<String> listed = new ArrayList<>();
    NodeList dependencies = bom.getElementsByTagName("dependency");
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element dependency = (Element) dependencies.item(i);
      assertThat(text(dependency, "groupId")).isEqualTo("org.civic");
      assertThat(text(dependency, "version")).isEqualTo("${project.version}");
      listed.add(text(dependency, "artifactId"));
    }
    assertThat(listed).containsExactlyInAnyOrderElementsOf(publishedModules());
  }

  @Test
  void everyPublishedJarCarriesLicenseAndNotice() throws IOException {
    String notice = Files.readString(ROOT.resolve("NOTICE"));
    assertThat(notice).contains("MIT License", "Copyright (c) 2021 liyanjie8712", "divisions-2021.csv.gz");
    assertThat(Files.readString(ROOT.resolve("LICENSE"))).contains("Apache License", "Version 2.0");
    for (String module : publishedModules()) {
      Path metaInf = ROOT.resolve(module).resolve("target/classes/META-INF");
      assertThat(metaInf.resolve("NOTICE")).as(module).hasContent(notice);
      assertThat(metaInf.resolve("LICENSE")).as(module).hasSameTextualContentAs(ROOT.resolve("LICENSE"));
    }
  }

  @Test
  void onlyPublishedModulesAreInstalledAndDeployed() throws Exception {
    for (String module : List.of("examples", "benchmarks")) {
      Document pom = read(ROOT.resolve(module).resolve("pom.xml"));
      for (String plugin : List.of("maven-install-plugin", "maven-deploy-plugin")) {
        assertThat(skip(pom, plugin)).as(module + " " + plugin).isEqualTo("true");
      }
    }
    for (String module : publishedModules()) {
      Document pom = read(ROOT.resolve(module).resolve("pom.xml"));
      assertThat(skip(pom, "maven-install-plugin")).as(module).isEmpty();
      assertThat(skip(pom, "maven-deploy-plugin")).as(module).isEmpty();
    }
  }

  @Test
  void theParentDeclaresTheLicenceAndTheProject() throws Exception {
    Element project = read(ROOT.resolve("pom.xml")).getDocumentElement();
    Element license = (Element) project.getElementsByTagName("license").item(0);
    assertThat(text(license, "name")).isEqualTo("Apache-2.0");
    assertThat(text(license, "url")).isEqualTo("https://www.apache.org/licenses/LICENSE-2.0.txt");
    assertThat(project.getElementsByTagName("developer").getLength()).isEqualTo(1);
    assertThat(text(project, "description")).isNotBlank();
    assertThat(project.getElementsByTagName("project.build.outputTimestamp").getLength())
        .as("reproducible builds").isEqualTo(1);
  }

  @Test
  void aHostOfCivicCoreGetsTheSlf4jApiAndRoaringBitmapOnly() throws Exception {
    // what civic-core passes on: its dependencies that are neither test-scoped nor optional
    // (RoaringBitmap and the SLF4J API have none of their own: docs/dependencies.md)
    Element project = read(ROOT.resolve("civic-core/pom.xml")).getDocumentElement();
    List<String> passedOn = new ArrayList<>();
    for (Node dependencies : children(project, "dependencies")) {
      for (Node node = dependencies.getFirstChild(); node != null; node = node.getNextSibling()) {
        if (node instanceof Element dependency) {
          String scope = text(dependency, "scope");
          boolean optional = "true".equals(text(dependency, "optional"));
          if (!optional && (scope.isEmpty() || scope.equals("compile") || scope.equals("runtime"))) {
            passedOn.add(text(dependency, "groupId") + ":" + text(dependency, "artifactId"));
          }
        }
      }
    }
    assertThat(passedOn).containsExactlyInAnyOrder("org.slf4j:slf4j-api", "org.roaringbitmap:RoaringBitmap");
    assertThat(Files.readString(ROOT.resolve("docs/dependencies.md")))
        .contains("org.slf4j:slf4j-api", "org.roaringbitmap:RoaringBitmap", "jakarta.validation-api:jar:3.1.1:compile (optional)");
  }

  /**
   * The library modules: those with a module descriptor, and those that name their module in their
   * jar's manifest instead (civic-flink: Flink runs jobs on the class path, and its own jars are
   * not named modules).
   */
  private static List<String> publishedModules() throws IOException {
    try (Stream<Path> dirs = Files.list(ROOT)) {
      return dirs.filter(d -> Files.isRegularFile(d.resolve("src/main/java/module-info.java"))
              || automaticModule(d.resolve("pom.xml")))
          .map(d -> d.getFileName().toString()).sorted().toList();
    }
  }

  private static boolean automaticModule(Path pom) {
    try {
      return Files.isRegularFile(pom) && Files.readString(pom).contains("<Automatic-Module-Name>org.civic.");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String skip(Document pom, String pluginArtifact) {
    NodeList plugins = pom.getElementsByTagName("plugin");
    for (int i = 0; i < plugins.getLength(); i++) {
      Element plugin = (Element) plugins.item(i);
      if (pluginArtifact.equals(text(plugin, "artifactId"))) {
        return text(plugin, "skip");
      }
    }
    return "";
  }

  private static Document read(Path pom) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
  }

  /** The text of the first descendant with that name, or "" if there is none. */
  private static String text(Element element, String name) {
    List<Node> direct = children(element, name);
    if (!direct.isEmpty()) {
      return direct.get(0).getTextContent().trim();
    }
    NodeList all = element.getElementsByTagName(name);
    return all.getLength() == 0 ? "" : all.item(0).getTextContent().trim();
  }

  /** The direct children with that name; for "modules", the modules' own elements. */
  private static List<Node> children(Element element, String name) {
    List<Node> found = new ArrayList<>();
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.ELEMENT_NODE && child.getNodeName().equals(name)) {
        if (name.equals("modules")) {
          for (Node module = child.getFirstChild(); module != null; module = module.getNextSibling()) {
            if (module.getNodeType() == Node.ELEMENT_NODE) {
              found.add(module);
            }
          }
        } else {
          found.add(child);
        }
      }
    }
    return found;
  }
}
