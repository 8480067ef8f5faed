package io.canopywave.tf.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.canopywave.tf.e2e.support.CommandResult;
import io.canopywave.tf.e2e.support.TofuWorkspace;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The real tofu installs the provider from the test mirror and reads its schema. */
class TofuSchemaIT {
  private static final String ADDRESS = "registry.opentofu.org/canopywave/canopywave";

  @Test
  void providersSchema_moduleUsingTheProvider_showsTheProviderBlock() {
    TofuWorkspace workspace =
        TofuWorkspace.create("schema")
            // Nothing here contacts the API; should anything try, it finds a closed local port.
            .withEnvironment("CANOPYWAVE_API_URL", "http://127.0.0.1:9")
            .write(
                "main.tf",
                """
                terraform {
                  required_providers {
                    canopywave = {
                      source = "canopywave/canopywave"
                    }
                  }
                }
                """);

    CommandResult init = workspace.init();
    JsonNode schemas = workspace.providersSchemaJson();

    assertThat(init.stdout()).contains("canopywave/canopywave");
    assertThat(Files.exists(workspace.directory().resolve(".terraform.lock.hcl"))).isTrue();
    JsonNode provider = schemas.path("provider_schemas").path(ADDRESS);
    assertThat(provider.isMissingNode()).as("schemas: %s", schemas).isFalse();
    JsonNode attributes = provider.path("provider").path("block").path("attributes");
    assertThat(attributes.has("api_key")).as("attributes: %s", attributes).isTrue();
    assertThat(attributes.path("api_key").path("sensitive").asBoolean()).isTrue();
    assertThat(attributes.has("api_url")).isTrue();
    assertThat(attributes.has("project")).isTrue();
    assertThat(attributes.has("region")).isTrue();
  }
}
