package io.canopywave.tf.datasource.instance;

import static io.canopywave.tf.datasource.common.SimulatedApi.PROJECT;
import static io.canopywave.tf.datasource.common.SimulatedApi.REGION;
import static io.canopywave.tf.datasource.common.SimulatedApi.config;
import static io.canopywave.tf.datasource.common.SimulatedApi.operation;
import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.api.model.AllocatedIp;
import io.canopywave.tf.api.model.LaunchRequest;
import io.canopywave.tf.api.model.Scope;
import io.canopywave.tf.datasource.common.SimulatedApi;
import io.canopywave.tf.schema.AttributePath;
import io.canopywave.tf.schema.Diagnostic;
import io.canopywave.tf.spi.Operation;
import io.canopywave.tf.value.CtyType;
import io.canopywave.tf.value.CtyValue;
import io.canopywave.tf.value.ObjectReader;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class InstanceDataSourceTest {
  static final Scope SCOPE = new Scope(PROJECT, REGION);
  @RegisterExtension
  static final SimulatedApi api = new SimulatedApi();
  static final InstanceDataSource dataSource =
      new InstanceDataSource(api.connections());

  private static String launch(String name) {
    return api.client().instances().launch(new LaunchRequest(SCOPE, name, "H100-4",
        "GPU-Ubuntu.22.04", "not-a-real-password-1", null, true));
  }

  private static Diagnostic onlyError(Operation op) {
    assertThat(op.diagnostics().list()).hasSize(1);
    Diagnostic diagnostic = op.diagnostics().list().getFirst();
    assertThat(diagnostic.isError()).isTrue();
    return diagnostic;
  }

  @Test
  void read_byName_findsTheInstanceWithFlavorCodeAndPublicIp() {
    launch("other");
    String id = launch("web");
    AllocatedIp ip = api.client().publicIps().allocate(SCOPE);
    api.client().publicIps().associate(SCOPE, ip.id(), id);
    Operation op = operation();

    CtyValue state = dataSource.read(config(dataSource, Map.of("name", "web")), op);

    assertThat(op.diagnostics().list()).isEmpty();
    ObjectReader reader = ObjectReader.of(state);
    assertThat(reader.string("id")).isEqualTo(id);
    assertThat(reader.string("name")).isEqualTo("web");
    assertThat(reader.string("status")).isEqualTo("active");
    assertThat(reader.string("flavor")).isEqualTo("H100-4");
    assertThat(reader.string("flavor_name")).isEqualTo("4x H100 (80 GB SXM5)");
    assertThat(reader.string("public_ip")).isEqualTo(ip.ip());
    assertThat(reader.strings("private_ips")).singleElement().asString().startsWith("172.16.");
    assertThat(reader.strings("security_groups")).contains("monitoring");
    assertThat(reader.string("project")).isEqualTo(PROJECT);
    assertThat(reader.string("region")).isEqualTo(REGION);
  }

  @Test
  void read_byId_findsTheSameInstance() {
    String id = launch("web");

    CtyValue state = dataSource.read(config(dataSource, Map.of("id", id)), operation());

    assertThat(ObjectReader.of(state).string("name")).isEqualTo("web");
    assertThat(ObjectReader.of(state).string("launched_at")).isNotBlank();
  }

  @Test
  void read_nameNobodyHas_errorNamesTheNameProjectAndRegion() {
    launch("web");
    Operation op = operation();

    CtyValue state = dataSource.read(config(dataSource, Map.of("name", "db")), op);

    assertThat(state).isNull();
    Diagnostic error = onlyError(op);
    assertThat(error.summary()).isEqualTo("Instance not found");
    assertThat(error.path()).isEqualTo(AttributePath.of("name"));
    assertThat(error.detail()).contains("name \"db\"", "project \"" + PROJECT + "\"",
        "region \"" + REGION + "\"");
  }

  @Test
  void read_unknownId_errorNamesTheId() {
    Operation op = operation();

    dataSource.read(config(dataSource, Map.of("id", "0000-missing", "region", "redwood")), op);

    Diagnostic error = onlyError(op);
    assertThat(error.path()).isEqualTo(AttributePath.of("id"));
    assertThat(error.detail()).contains("id \"0000-missing\"", "region \"redwood\"");
  }

  @Test
  void read_terminatedButStillListed_isNotFoundByNameOrId() {
    api.control().config(Map.of("linger_seconds", 30));
    String id = launch("web");
    api.client().instances().terminate(SCOPE, id);

    Operation byName = operation();
    dataSource.read(config(dataSource, Map.of("name", "web")), byName);
    Operation byId = operation();
    dataSource.read(config(dataSource, Map.of("id", id)), byId);

    assertThat(onlyError(byName).summary()).isEqualTo("Instance not found");
    assertThat(onlyError(byId).detail()).contains("terminated", "DELETED");
  }

  @Test
  void read_nameReusedAfterTermination_findsTheLiveInstance() {
    api.control().config(Map.of("linger_seconds", 30));
    String old = launch("web");
    api.client().instances().terminate(SCOPE, old);
    String fresh = launch("web");
    Operation op = operation();

    CtyValue state = dataSource.read(config(dataSource, Map.of("name", "web")), op);

    assertThat(op.diagnostics().list()).isEmpty();
    assertThat(ObjectReader.of(state).string("id")).isEqualTo(fresh);
  }

  @Test
  void validateConfig_neitherOrBothOfIdAndName_isAnError() {
    Operation neither = operation();
    dataSource.validateConfig(config(dataSource, Map.of()), neither);
    Operation both = operation();
    dataSource.validateConfig(config(dataSource, Map.of("id", "i", "name", "n")), both);

    assertThat(onlyError(neither).path()).isEqualTo(AttributePath.of("id"));
    assertThat(onlyError(both).path()).isEqualTo(AttributePath.of("name"));
  }

  @Test
  void validateConfig_idUnknownUntilApply_passes() {
    Operation op = operation();

    dataSource.validateConfig(config(dataSource,
        Map.of("id", CtyValue.unknown(CtyType.STRING))), op);

    assertThat(op.diagnostics().list()).isEmpty();
  }
}
