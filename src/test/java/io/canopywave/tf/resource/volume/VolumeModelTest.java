package io.canopywave.tf.resource.volume;

import static io.canopywave.tf.plan.BlockValues.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.canopywave.tf.api.model.Volume;
import io.canopywave.tf.plan.Timeouts;
import io.canopywave.tf.value.CtyValue;
import org.junit.jupiter.api.Test;

class VolumeModelTest {

  @Test
  void fromApi_fullAnswer_mapsEveryField() {
    Volume listed = new Volume("c585", "data", 100L, "ssd", "available", "sequoia",
        "2025-05-24T01:15:50Z");

    CtyValue.ObjectVal state = VolumeModel.fromApi(listed, importedState())
        .toState(importedState());

    assertThat(state.get("id")).isEqualTo(CtyValue.string("c585"));
    assertThat(state.get("name")).isEqualTo(CtyValue.string("data"));
    assertThat(state.get("size")).isEqualTo(CtyValue.number(100));
    assertThat(state.get("type")).isEqualTo(CtyValue.string("ssd"));
    assertThat(state.get("status")).isEqualTo(CtyValue.string("available"));
    assertThat(state.get("project")).isEqualTo(CtyValue.string("bob@example.com"));
    assertThat(state.get("region")).isEqualTo(CtyValue.string("sequoia"));
    assertThat(state.isWhollyKnown()).isTrue();
  }

  @Test
  void fromApi_terseAnswer_keepsWhatTheStateKnew() {
    CtyValue prior = object(VolumeSchema.SCHEMA.block(), "id", "c585", "name", "data",
        "size", 50, "type", "hdd", "status", "available", "project", "bob@example.com",
        "region", "sequoia");
    Volume terse = new Volume("c585", null, null, null, "in-use", "sequoia", null);

    CtyValue.ObjectVal state = VolumeModel.fromApi(terse, prior).toState(prior);

    assertThat(state.get("name")).isEqualTo(CtyValue.string("data"));
    assertThat(state.get("size")).isEqualTo(CtyValue.number(50));
    assertThat(state.get("type")).isEqualTo(CtyValue.string("hdd"));
    assertThat(state.get("status")).isEqualTo(CtyValue.string("in-use"));
  }

  @Test
  void toState_timeoutsBlock_comesFromTheSource() {
    var timeoutsBlock = VolumeSchema.SCHEMA.block().block(Timeouts.BLOCK_NAME).orElseThrow();
    CtyValue timeouts = object(timeoutsBlock.block(), "create", "30s");
    CtyValue planned = object(VolumeSchema.SCHEMA.block(), "name", "data", "size", 10,
        "type", "hdd", "project", "bob@example.com", "region", "sequoia", "timeouts",
        timeouts);

    CtyValue.ObjectVal state = VolumeModel.of(planned, "c585", null).toState(planned);

    assertThat(state.get(Timeouts.BLOCK_NAME)).isEqualTo(timeouts);
    assertThat(state.get("id")).isEqualTo(CtyValue.string("c585"));
    assertThat(state.get("status").isNull()).isTrue();
  }

  private static CtyValue importedState() {
    return object(VolumeSchema.SCHEMA.block(), "id", "c585", "project", "bob@example.com",
        "region", "sequoia");
  }
}
