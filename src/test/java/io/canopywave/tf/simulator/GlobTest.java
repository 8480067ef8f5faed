package io.canopywave.tf.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {

  @ParameterizedTest(name = "{0} ~ {1} = {2}")
  @CsvSource({
    "/api/v1/volumes/*, /api/v1/volumes/abc, true",
    "/api/v1/volumes/*, /api/v1/volumes/, true",
    "/api/v1/volumes/*, /api/v1/volumes/abc/more, false",
    "/api/v1/ips/*, /api/v1/ips/x/disassociate, false",
    "/api/v1/ips/*/disassociate, /api/v1/ips/x/disassociate, true",
    "/api/v1/**, /api/v1/ips/x/disassociate, true",
    "/api/v1/**, /api/v2/projects, false",
    "/api/v1/projects, /api/v1/projects, true",
    "/api/v1/projects, /api/v1/projectsX, false",
    "/api/v1/instance-types, /api/v1/instance_types, false",
    "/a.b/*, /aXb/c, false",
  })
  void path_matchesSegmentsAsDocumented(String glob, String path, boolean matches) {
    assertThat(Glob.path(glob).matches(path)).isEqualTo(matches);
  }

  @ParameterizedTest(name = "{0} ~ {1} = {2}")
  @CsvSource({
    "bob*, bob@example.com, true",
    "*@example.com, alice@example.com, true",
    "sequoia, redwood, false",
  })
  void value_starMatchesAnything(String glob, String value, boolean matches) {
    assertThat(Glob.value(glob).matches(value)).isEqualTo(matches);
  }
}
