package io.canopywave.tf.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.protocol.tfplugin6.Tfplugin6;
import io.canopywave.tf.provider.CanopyWaveProvider;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The real provider's schema as core receives it. */
class CanopyWaveSchemaTest {

  @Test
  void getProviderSchema_realProvider_hasTheSettingsWithApiKeySensitive() throws Exception {
    try (InProcessService service = new InProcessService(new CanopyWaveProvider(Map.of()))) {
      Tfplugin6.GetProviderSchema.Response schema = service.client()
          .getProviderSchema(Tfplugin6.GetProviderSchema.Request.getDefaultInstance());

      Tfplugin6.Schema.Block block = schema.getProvider().getBlock();
      assertThat(block.getAttributesList()).extracting(a -> a.getName())
          .containsExactlyInAnyOrder("api_key", "api_url", "project", "region",
              "requests_per_second", "max_retries");
      Tfplugin6.Schema.Attribute apiKey = block.getAttributesList().stream()
          .filter(a -> a.getName().equals("api_key")).findFirst().orElseThrow();
      assertThat(apiKey.getSensitive()).isTrue();
      assertThat(apiKey.getOptional()).isTrue();
      assertThat(apiKey.getType().toStringUtf8()).isEqualTo("\"string\"");
      assertThat(block.getAttributesList()).filteredOn(a -> !a.getName().equals("api_key"))
          .allSatisfy(a -> assertThat(a.getSensitive()).isFalse());
      assertThat(schema.getDiagnosticsList()).isEmpty();
    }
  }
}
